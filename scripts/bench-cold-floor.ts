/**
 * A handler that only builds the DynamoDB client, as every function does at import
 * (lib/store/client): `npm run bench:cold` measures it beside the real handlers, as the floor
 * the client (lib/store/dynamo.ts) sets under every function's module init.
 */
import { createDb } from "../lib/store/client";

const db = createDb({ table: "bench-cold-floor" });

export async function handler() {
  return db.table;
}
