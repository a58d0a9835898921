import path from "node:path";
import { createDb, ensureTable, type Db } from "../store/client";
import { startLocalDynamo } from "./dynamo";
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
}

/**
 * Starts dynalite (persisted under the data folder, or in memory) and creates the table with
 * the stack's key schema on first use.
 */
export async function openLocalSession(options: LocalOptions = {}): Promise<LocalSession> {
  const dataDir = path.resolve(options.dataDir ?? LOCAL_DATA_DIR);
  let dynamo;
  try {
    dynamo = await startLocalDynamo(options.memory ? null : path.join(dataDir, "db"));
  } catch (error) {
    // leveldb holds a lock on its folder: a second run at the same time cannot open it.
    throw new Error(`cannot open the local database under ${dataDir} (is another rasd run using it?)`, { cause: error });
  }
  const db = createDb({ table: LOCAL_TABLE, endpoint: dynamo.endpoint });
  await ensureTable(db);
  return {
    db,
    outboxPath: options.memory ? null : path.join(dataDir, "outbox.jsonl"),
    close: () => dynamo.close(),
  };
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
