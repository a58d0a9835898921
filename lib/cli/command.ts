/** Where a command writes; tests pass their own to capture output. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** True on an interactive terminal (progress bars only then). */
  isTTY: boolean;
}

/** One `rasd` sub-command. `run` returns the process exit code. */
export interface Command {
  name: string;
  summary: string;
  /** Full `--help` text. */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

export const consoleIO: CliIO = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  isTTY: Boolean(process.stdout.isTTY),
};
