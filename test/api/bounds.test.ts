import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { Governorate } from "../../lib/types";
import { handleRoute } from "../../lib/api";
import { attachReports } from "../../lib/events";
import { article, count, incident } from "../events/fixtures";
import { startTestDb } from "../support/db";

// README "Reliability": no request to the read API can make it read without bound.
let db: Db;
let dynamo: LocalDynamo;
const DAY = "2024-05-01";
const GOVERNORATES: Governorate[] = ["Homs", "Hama", "Raqqa", "Deir ez-Zor", "Aleppo", "Daraa", "Idlib"];

beforeAll(async () => {
  ({ db, dynamo } = await startTestDb());
  // Seven attacks on one day, one per governorate: seven events.
  for (const [i, governorate] of GOVERNORATES.entries()) {
    await attachReports(db, article("sy24", `attack-${i}`, `${DAY}T10:00:00Z`), [incident({ date: DAY, governorate, killed: count(i + 1) })], new Date(`${DAY}T12:00:00Z`));
  }
});
afterAll(() => dynamo.close());

/** The table behind the API, counting the calls one request makes. */
function counted() {
  const calls = { count: 0 };
  const send = (command: never) => {
    calls.count++;
    return db.doc.send(command);
  };
  return { db: { doc: { send } as unknown as Db["doc"], table: db.table }, calls };
}

async function get(query: Record<string, string>, on: Db = db) {
  const response = await handleRoute("GET /events", { db: on, now: () => new Date("2024-05-02T00:00:00Z") }, { method: "GET", path: "/events", query, headers: {} });
  return { status: response.status, body: JSON.parse(response.body) };
}

const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("read API bounds", () => {
  it("pages through many events of one day, each once, resuming just after the last one handed out", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { status, body } = await get({ limit: "2", ...(cursor ? { cursor } : {}) });
      expect(status).toBe(200);
      seen.push(...body.events.map((e: { id: string }) => e.id));
      cursor = body.cursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it("refuses a cursor altered to skip ahead, with 400, before reading any event", async () => {
    const { body } = await get({ limit: "1" });
    const forged = encode({ ...decode(body.cursor), s: 1_000_000_000 });
    const counting = counted();
    const answer = await get({ limit: "1", cursor: forged }, counting.db);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("INVALID_CURSOR");
    expect(counting.calls.count).toBe(0);
  });

  it("reads no more than a page for any well-formed cursor", async () => {
    const { body } = await get({ limit: "1" });
    // A cursor pointing anywhere (here: after the newest possible event) still reads one page.
    const anywhere = encode({ ...decode(body.cursor), d: "9999-12-31", i: "ffffffffffffffff" });
    const counting = counted();
    const answer = await get({ limit: "2", cursor: anywhere }, counting.db);
    expect(answer.status).toBe(200);
    expect(answer.body.events).toHaveLength(2);
    // The month catalog, the one month holding events, and each of the three events read (two and the look-ahead).
    expect(counting.calls.count).toBeLessThanOrEqual(5);
  });

  it("answers a range of thousands of years with 400 and says how far one request may go", async () => {
    const counting = counted();
    const answer = await get({ since: "0001-01-01", until: "9999-12-31" }, counting.db);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("INVALID_EVENT_FILTER");
    expect(answer.body.error.message).toMatch(/spans 3652059 days; one request covers at most 3660/);
    expect(counting.calls.count).toBe(0);
  }, 30_000);

  it("refuses a since long ago even without an until (until is today)", async () => {
    const answer = await get({ since: "1900-01-01" });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain("to until 2024-05-02");
  });
});
