import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import dynalite from "dynalite";
import { PutCommand } from "../../lib/store/dynamo";
import { createDb, ensureTable } from "../../lib/store/client";

// A dynalite that keeps a new table CREATING for a while, as DynamoDB does and a loaded machine does.
const server = dynalite({ createTableMs: 300 });
let endpoint: string;
beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve())).then(() => {
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("ensureTable", () => {
  it("returns once a new table is ACTIVE, so the first write finds it", async () => {
    const db = createDb({ table: "slow", endpoint });
    await ensureTable(db);
    await expect(db.doc.send(new PutCommand({ TableName: db.table, Item: { pk: "A", sk: "B" } }))).resolves.toBeDefined();
  });
});
