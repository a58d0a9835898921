import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";

/** The lock file of a data folder: which run holds it. */
export const LOCK_FILE = "rasd.lock";

interface LockOwner {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
}

/** Another run holds the data folder: dynalite's files can be open in one process only. */
export class DataFolderBusyError extends Error {
  readonly code = "DATA_FOLDER_BUSY";
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    const where = path.relative(process.cwd(), dataDir) || ".";
    super(
      `another rasd run (${owner.command}, pid ${owner.pid}${owner.host === hostname() ? "" : ` on ${owner.host}`}, since ${owner.startedAt}) ` +
        `is using the data folder ${where}: wait for it to end, or use another --data folder ` +
        `(if no run is going on, delete ${path.join(where, LOCK_FILE)})`,
    );
    this.name = "DataFolderBusyError";
  }
}

/** True while `pid` runs on this machine; EPERM means it runs under another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(file: string): Promise<{ text: string; owner: LockOwner | null } | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const owner = JSON.parse(text) as LockOwner;
    return { text, owner: Number.isInteger(owner.pid) ? owner : null };
  } catch {
    // A lock cut short by a crash while it was written: nobody holds it.
    return { text, owner: null };
  }
}

/** A lock left by a run that ended without releasing it (killed, crashed): its process is gone. */
function isStale(owner: LockOwner | null): boolean {
  return owner === null || (owner.host === hostname() && !isRunning(owner.pid));
}

/**
 * Takes the data folder for this process: writes `rasd.lock` (pid, host, command) with an
 * exclusive create, or throws {@link DataFolderBusyError} naming the run that holds it. A lock
 * whose process is gone is taken over. Returns the release function.
 * @example const release = await lockDataFolder(".rasd", "demo"); try { … } finally { await release(); }
 */
export async function lockDataFolder(dataDir: string, command: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockOwner = { pid: process.pid, host: hostname(), command, startedAt: new Date().toISOString().slice(0, 19) + "Z" };
  const text = JSON.stringify(mine);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, text, { flag: "wx" });
      return async () => {
        // Only our own lock is removed: a lock taken over after ours was judged stale is left alone.
        const current = await readOwner(file);
        if (current?.text === text) await unlink(file).catch(() => {});
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const held = await readOwner(file);
    if (held === null) continue;
    if (!isStale(held.owner)) throw new DataFolderBusyError(dataDir, held.owner!);
    // Move the stale lock aside rather than deleting it: of two runs taking it over at once, only
    // the one whose rename moved the very file it judged stale goes on.
    const aside = `${file}.stale-${process.pid}`;
    await rename(file, aside).catch(() => {});
    const moved = await readOwner(aside);
    if (moved && moved.text !== held.text && moved.owner) {
      // Another run had already replaced it with its own, live lock: put it back, and give way.
      await rename(aside, file).catch(() => {});
      throw new DataFolderBusyError(dataDir, moved.owner);
    }
    await unlink(aside).catch(() => {});
  }
  const held = await readOwner(file);
  throw new DataFolderBusyError(dataDir, held?.owner ?? { pid: 0, host: hostname(), command: "unknown", startedAt: "?" });
}
