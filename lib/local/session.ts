import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createDb, ensureTable, type Db } from "../store/client";
import { startLocalDynamo, type LocalDynamo } from "./dynamo";
import { lockDataFolder } from "./lock";
import { LOCAL_DATA_DIR, LOCAL_TABLE } from "../constants";

/** The embedded parts of a local run: dynalite with rasd's table, and where the outbox goes. */
export interface LocalSession {
  db: Db;
  /** The alert outbox file, or null for a throwaway (`--memory`) run. */
  outboxPath: string | null;
  close(): Promise<void>;
}

export interface LocalOptions {
  /** Keep nothing on disk. */
  memory?: boolean;
  /** Data folder; `.rasd` under the working directory by default. */
  dataDir?: string;
  /** What holds the data folder, as the lock file names it to a second run ("demo", "incidents"). */
  command?: string;
}

/** dynalite with rasd's table, persisted under `dbDir` or in memory. */
async function startTable(dbDir: string | null): Promise<{ db: Db; dynamo: LocalDynamo }> {
  const dynamo = await startLocalDynamo(dbDir);
  try {
    const db = createDb({ table: LOCAL_TABLE, endpoint: dynamo.endpoint });
    await ensureTable(db);
    return { db, dynamo };
  } catch (error) {
    await dynamo.close();
    throw error;
  }
}

/**
 * Takes the data folder (a second run at the same time is refused with DataFolderBusyError:
 * dynalite's files can be open in one process only), starts dynalite (persisted under the data
 * folder, or in memory) and creates the table with the stack's key schema on first use.
 */
export async function openLocalSession(options: LocalOptions = {}): Promise<LocalSession> {
  if (options.memory) {
    const { db, dynamo } = await startTable(null);
    return { db, outboxPath: null, close: () => dynamo.close() };
  }
  const dataDir = path.resolve(options.dataDir ?? LOCAL_DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataFolder(dataDir, options.command ?? "rasd");
  try {
    const { db, dynamo } = await startTable(path.join(dataDir, "db"));
    return {
      db,
      outboxPath: path.join(dataDir, "outbox.jsonl"),
      close: async () => {
        await dynamo.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/** Runs `fn` with a local session and always closes it. */
export async function withLocalSession<T>(options: LocalOptions, fn: (session: LocalSession) => Promise<T>): Promise<T> {
  const session = await openLocalSession(options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
