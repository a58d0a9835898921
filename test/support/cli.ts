import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root and the real command line entry point, as `npx rasd` runs it. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin/rasd.mjs");

export interface RasdResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A running `bin/rasd.mjs`; `done` settles when it exits. */
export interface RasdProcess {
  child: ChildProcess;
  done: Promise<RasdResult>;
  /** Settles once its standard error has a line matching `pattern`; rejects if it exits first. */
  stderrLine(pattern: RegExp): Promise<string>;
}

/** Starts the real `bin/rasd.mjs` with `args` in its own process (not a TTY: pipes). */
export function startRasd(args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): RasdProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const done = new Promise<RasdResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
  const stderrLine = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const look = () => {
        const line = stderr.split("\n").find((l) => pattern.test(l));
        if (line === undefined) return false;
        child.stderr!.off("data", look);
        resolve(line);
        return true;
      };
      if (look()) return;
      child.stderr!.on("data", look);
      void done.then((r) => reject(new Error(`rasd exited (${r.code}) before printing ${pattern}:\n${r.stderr}`)));
    });
  return { child, done, stderrLine };
}

/** Runs the real `bin/rasd.mjs` with `args` to its end. */
export function rasd(args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RasdResult> {
  return startRasd(args, opts).done;
}

/** The lines of a text, without the empty one after its last newline. */
export const lines = (text: string) => text.split("\n").filter((l, i, all) => l !== "" || i < all.length - 1);

/** The per-outlet table a collection prints: outlet → its counters by column name ("found", "new", "failed" …). */
export function outletTable(stdout: string): Map<string, Record<string, number>> {
  const all = lines(stdout);
  const at = all.findIndex((l) => l.startsWith("outlet "));
  // Columns are two or more spaces apart; a header such as "not articles" has one inside.
  const header = all[at].split(/\s{2,}/);
  const rows = new Map<string, Record<string, number>>();
  for (const line of all.slice(at + 2)) {
    const cells = line.split(/\s{2,}/);
    if (cells.length !== header.length) break;
    rows.set(cells[0], Object.fromEntries(header.slice(1).map((h, i) => [h, Number(cells[i + 1])])));
  }
  return rows;
}
