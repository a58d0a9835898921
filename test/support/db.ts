import { randomUUID } from "node:crypto";
import { createDb, ensureTable, type Db } from "../../lib/store/client";
import { startLocalDynamo, type LocalDynamo } from "../../lib/local/dynamo";

/** An in-memory dynalite with a fresh rasd table, for one test file. */
export async function startTestDb(): Promise<{ db: Db; dynamo: LocalDynamo }> {
  const dynamo = await startLocalDynamo(null);
  const db = createDb({ table: `test-${randomUUID()}`, endpoint: dynamo.endpoint });
  await ensureTable(db);
  return { db, dynamo };
}
