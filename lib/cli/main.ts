import { consoleIO, UsageError, type CliIO, type Command } from "./command";
import { command as collect } from "./commands/collect";
import { command as demo } from "./commands/demo";
import { command as incidents } from "./commands/incidents";
import { command as events } from "./commands/events";
import { command as outlets } from "./commands/outlets";
import { command as clean } from "./commands/clean";
import { command as exportCommand } from "./commands/export";
import { command as map } from "./commands/map";
import { command as reextract } from "./commands/reextract";

const COMMANDS: Command[] = [collect, demo, incidents, events, outlets, clean, exportCommand, map, reextract];

function help(io: CliIO): void {
  io.out("Usage: rasd <command> [options]   (rasd <command> --help for its options)\n");
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  for (const c of COMMANDS) io.out(`  ${c.name.padEnd(width)}  ${c.summary}`);
}

/** Runs a `rasd` command line and returns the exit code; errors are printed, never thrown. */
export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    help(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`rasd: unknown command "${name}"`);
    help(io);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    // parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
    if (error instanceof UsageError || e.code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`rasd ${name}: ${e.message}\n\n${command.usage}`);
      return 2;
    }
    io.err(`rasd ${name}: ${e.message ?? String(error)}`);
    return 1;
  }
}
