/** Where a command writes; tests pass their own to capture output. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** True on an interactive terminal (progress bars only then). */
  isTTY: boolean;
}

/**
 * One `rasd` sub-command, the `command` export of a module in `commands/`. Its name and one-line
 * summary live in main.ts's list, so `rasd --help` loads no command module. `run` returns the
 * process exit code.
 */
export interface Command {
  /** Full `--help` text. */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

export const consoleIO: CliIO = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  isTTY: Boolean(process.stdout.isTTY),
};

/** A command line that cannot be run as given: `main` prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  readonly code = "USAGE";
}

/** The value of an option that must be one of `choices`, or a {@link UsageError} naming them. */
export function oneOf<T extends string>(option: string, value: string | undefined, choices: readonly T[]): T {
  if (value !== undefined && (choices as readonly string[]).includes(value)) return value as T;
  const list = choices.length > 2 ? `${choices.slice(0, -1).join(", ")} or ${choices.at(-1)}` : choices.join(" or ");
  if (value === undefined) throw new UsageError(`--${option} is required: ${list}`);
  throw new UsageError(`--${option} must be ${list}, not "${value}"`);
}
