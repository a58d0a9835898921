import { consoleIO, UsageError, type CliIO, type Command } from "./command";

/** A command as `rasd --help` lists it; its module (and all it imports) loads only when it runs. */
interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<{ command: Command }>;
}

// Each module is imported on demand: a command pays for its own dependencies (dynalite, cheerio,
// the extractor, the map outlines) and for no other command's.
const COMMANDS: CommandEntry[] = [
  { name: "collect", summary: "run one collection cycle (live web, or recorded pages with --replay)", load: () => import("./commands/collect") },
  { name: "demo", summary: "collect the recorded outlet pages offline and show incidents and alerts", load: () => import("./commands/demo") },
  { name: "incidents", summary: "list stored incidents", load: () => import("./commands/incidents") },
  { name: "events", summary: "list events (attacks clustered across outlets) with their reports", load: () => import("./commands/events") },
  { name: "alerts", summary: "list alerts with their state (pending, sent, dropped) and resend a pending one", load: () => import("./commands/alerts") },
  { name: "outlets", summary: "list the watched outlets and how their articles are found; --match tells whether URLs are articles", load: () => import("./commands/outlets") },
  { name: "clean", summary: "print the cleaned article of a saved HTML page as JSON", load: () => import("./commands/clean") },
  { name: "export", summary: "export events as ACLED-style CSV, GeoJSON or JSON", load: () => import("./commands/export") },
  { name: "map", summary: "write an offline HTML map of the events", load: () => import("./commands/map") },
  { name: "reextract", summary: "re-extract stored articles with the current extractor and show what changed", load: () => import("./commands/reextract") },
];

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
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(`rasd: unknown command "${name}"`);
    help(io);
    return 2;
  }
  const { command } = await entry.load();
  try {
    return await command.run(rest, io);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    // parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
    if (error instanceof UsageError || e.code?.startsWith("ERR_PARSE_ARGS")) {
      // parseArgs writes some messages over several lines: one line reads better after the prefix.
      io.err(`rasd ${name}: ${error instanceof UsageError ? e.message : e.message?.replace(/\s*\n\s*/g, " ")}`);
      io.err(`(rasd ${name} --help lists its options)`);
      return 2;
    }
    io.err(`rasd ${name}: ${e.message ?? String(error)}`);
    return 1;
  }
}
