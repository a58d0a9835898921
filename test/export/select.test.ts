import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { Db } from "../../lib/store/client";
import { EventFilterError, pageEvents, selectEvents, validateFilter } from "../../lib/export";
import { startTestDb } from "../support/db";
import { storeEvents } from "./fixtures";

let db: Db;
let dynamo: LocalDynamo;

beforeAll(async () => {
  ({ db, dynamo } = await startTestDb());
  await storeEvents(db);
});
afterAll(() => dynamo.close());

const days = async (filter: Parameters<typeof selectEvents>[1]) => (await selectEvents(db, filter)).map((e) => e.date);

describe("selecting events", () => {
  it("takes every stored event, newest first, without a since", async () => {
    expect(await days({})).toEqual(["2024-03-20", "2024-02-27", "2024-01-22", "2022-04-16", "2020-11-25"]);
  });

  it("keeps the days between since and until, both included", async () => {
    expect(await days({ since: "2024-01-22", until: "2024-02-27" })).toEqual(["2024-02-27", "2024-01-22"]);
  });

  it("keeps one governorate", async () => {
    expect(await days({ governorate: "Homs" })).toEqual(["2024-03-20", "2020-11-25"]);
  });

  it("keeps events whose best estimate of killed reaches min-killed, counting no report of deaths as 0", async () => {
    expect(await days({ minKilled: 5 })).toEqual(["2020-11-25"]);
    expect(await days({ minKilled: 0 })).toHaveLength(5);
    expect(await days({ governorate: "Homs", minKilled: 4 })).toEqual(["2024-03-20", "2020-11-25"]);
  });

  it("returns [] when nothing matches", async () => {
    expect(await selectEvents(db, { since: "2023-01-01", until: "2023-12-31" })).toEqual([]);
  });
});

describe("pages", () => {
  it("hands out every event once across pages of two, and no cursor after the last", async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof pageEvents>> = await pageEvents(db, {}, { limit: 2, cursor });
      seen.push(...page.events.map((e) => e.date));
      sizes.push(page.events.length);
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toEqual(["2024-03-20", "2024-02-27", "2024-01-22", "2022-04-16", "2020-11-25"]);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it("fills a page past events min-killed leaves out", async () => {
    const page = await pageEvents(db, { minKilled: 4 }, { limit: 2 });
    expect(page.events.map((e) => e.date)).toEqual(["2024-03-20", "2024-01-22"]);
    const next = await pageEvents(db, { minKilled: 4 }, { limit: 2, cursor: page.cursor });
    expect(next.events.map((e) => e.date)).toEqual(["2020-11-25"]);
    expect(next.cursor).toBeNull();
  });

  it("refuses a cursor given with another filter, and one it never gave out", async () => {
    const { cursor } = await pageEvents(db, {}, { limit: 1 });
    await expect(pageEvents(db, { governorate: "Homs" }, { limit: 1, cursor })).rejects.toMatchObject({ code: "INVALID_CURSOR" });
    await expect(pageEvents(db, {}, { limit: 1, cursor: "bm9wZQ" })).rejects.toMatchObject({ code: "INVALID_CURSOR" });
  });
});

describe("filter validation", () => {
  it("names every problem at once", () => {
    let error: unknown;
    try {
      validateFilter({ since: "2024-02-30", until: "yesterday", governorate: "Homs Governorate", minKilled: -1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EventFilterError);
    expect((error as EventFilterError).code).toBe("INVALID_EVENT_FILTER");
    const message = (error as Error).message;
    expect(message).toContain('since must be a day as YYYY-MM-DD, not "2024-02-30"');
    expect(message).toContain('until must be a day as YYYY-MM-DD, not "yesterday"');
    expect(message).toContain('not "Homs Governorate"');
    expect(message).toContain("min-killed must be a whole number of 0 or more, not -1");
  });

  it("refuses since after until", () => {
    expect(() => validateFilter({ since: "2024-03-01", until: "2024-02-01" })).toThrow("since (2024-03-01) is after until (2024-02-01)");
  });
});
