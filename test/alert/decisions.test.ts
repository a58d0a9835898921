import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { attachReports } from "../../lib/events";
import { DEFAULT_ALERT_RULES, deliverAlerts } from "../../lib/alert";
import { alertsDue, markAlertDue } from "../../lib/store/alert-due";
import { ClusterLease } from "../../lib/store/lease";
import { createDb, ensureTable } from "../../lib/store/client";
import { startLocalDynamo } from "../../lib/local/dynamo";
import { startReplayServer, type ReplayServer } from "../../lib/local/replay-server";
import { RECORDED_PAGES } from "../../lib/cli/commands/demo";
import { createFetcher } from "../../lib/fetch";
import { collectOutlet } from "../../lib/pipeline/collect";
import { outletById } from "../../lib/outlets/registry";
import { articleKey } from "../../lib/store/keys";
import { PLACES, SAWANA, article, count, incident } from "../events/fixtures";
import { crashingDb, faultyDb } from "../support/faults";
import { RecordingPublisher } from "./helpers";

// README "Reliability": alerts are decided from durable marks, so no crash loses one.
let dynamo: LocalDynamo;
let replay: ReplayServer;
let db: Db;
let tables = 0;
const NOW = new Date("2020-11-26T12:00:00Z");
const rules = DEFAULT_ALERT_RULES;

beforeAll(async () => {
  dynamo = await startLocalDynamo(null);
  replay = await startReplayServer(RECORDED_PAGES);
});
afterAll(async () => {
  await replay.close();
  await dynamo.close();
});
beforeEach(async () => {
  db = createDb({ table: `decisions-${++tables}`, endpoint: dynamo.endpoint });
  await ensureTable(db);
});

const sukhnah = (outlet: string, slug: string, killed: number) => ({
  article: article(outlet, slug, "2020-11-25T15:00:00Z"),
  incident: incident({ places: ["السخنة"], location: PLACES.sukhnah, killed: count(killed) }),
});

/** One SOHR run over the recorded pages (the Shoula checkpoint attack: 11 killed, a major alert). */
async function sohrRun(on: Db, publisher: RecordingPublisher) {
  const fetcher = createFetcher({ replayOrigin: replay.origin });
  try {
    return await collectOutlet(outletById("sohr"), {
      db: on,
      fetcher,
      publisher,
      rules: { ...rules, maxAlertAgeHours: null },
      now: () => new Date("2026-11-26T12:00:00Z"),
      log: () => {},
      articleConcurrency: 1,
    });
  } catch {
    return null;
  } finally {
    await fetcher.close();
  }
}

describe("alert decisions after a crash", () => {
  it("a run that dies after storing the attack's article, before deciding alerts, is alerted by the next run, once", async () => {
    const attackArticle = articleKey("https://www.syriahr.com/658214").pk;
    let saved = false;
    const crashing = crashingDb(db, {
      when: (call) => {
        if (saved) return true;
        if (call.command === "PutCommand" && call.target.startsWith(`${attackArticle}/`)) saved = true;
        return false;
      },
    });
    const publisher = new RecordingPublisher();
    await sohrRun(crashing.db, publisher);
    expect(crashing.crashed()).not.toBeNull();
    expect(publisher.sent).toEqual([]);

    await sohrRun(db, publisher);
    await sohrRun(db, publisher);
    expect(publisher.sent.map((m) => [m.kind, m.attributes.killedBest])).toEqual([["major", 11]]);
    expect(await alertsDue(db, 10)).toEqual([]);
  });

  it("one event whose decision throws is reported, the others are still alerted, and the next run decides it", async () => {
    const [broken] = (await attachReports(db, SAWANA.sy24.article, [SAWANA.sy24.incident], NOW)).touched;
    const [fine] = (await attachReports(db, sukhnah("alaraby", "sukhnah-8", 8).article, [sukhnah("alaraby", "sukhnah-8", 8).incident], NOW)).touched;
    const publisher = new RecordingPublisher();
    // The broken event's partition cannot be read (throttled, or a malformed item).
    const failing = faultyDb(db, (call) => call.operation === "read" && call.target === `EVT#${broken}`);
    const outcomes = await deliverAlerts(failing, publisher, { eventIds: [broken, fine], rules, now: NOW });

    expect(outcomes.find((o) => o.eventId === broken)).toMatchObject({ status: "failed", kind: null, error: { code: "INJECTED_FAILURE" } });
    expect(publisher.sent.map((m) => m.eventId)).toEqual([fine]);
    expect((await alertsDue(db, 10)).map((d) => d.eventId)).toEqual([broken]);

    const next = await deliverAlerts(db, publisher, { eventIds: [], rules, now: NOW });
    expect(next.map((o) => [o.eventId, o.status])).toEqual([[broken, "sent"]]);
    expect(await alertsDue(db, 10)).toEqual([]);
  });

  it("keeps a mark while the event write it announces may still be under way, and clears it once that run is known dead", async () => {
    const [id] = (await attachReports(db, SAWANA.sy24.article, [SAWANA.sy24.incident], NOW)).touched;
    const publisher = new RecordingPublisher();
    await deliverAlerts(db, publisher, { eventIds: [], rules, now: NOW });
    expect(await alertsDue(db, 10)).toEqual([]);

    // Another run holds the lease and has marked version 2, but not written it yet.
    const lease = await ClusterLease.acquire(db);
    await markAlertDue(db, id, 2, "decide", NOW.toISOString());
    await deliverAlerts(db, publisher, { eventIds: [], rules, now: NOW });
    expect((await alertsDue(db, 10)).map((d) => d.version)).toEqual([2]);

    // That run died without writing: with the lease free, the stale mark goes.
    await lease.release();
    await deliverAlerts(db, publisher, { eventIds: [], rules, now: NOW });
    expect(await alertsDue(db, 10)).toEqual([]);
    expect(publisher.sent).toHaveLength(1);
  });
});

describe("re-extraction's rule survives a crash", () => {
  const fourDaysLater = new Date("2020-11-29T12:00:00Z");

  it("a change made without `alert` is marked for no decision", async () => {
    await attachReports(db, SAWANA.sy24.article, [SAWANA.sy24.incident], NOW, { alerts: "never" });
    expect(await alertsDue(db, 10)).toEqual([]);
    const publisher = new RecordingPublisher();
    expect(await deliverAlerts(db, publisher, { eventIds: [], rules, now: NOW })).toEqual([]);
    expect(publisher.sent).toEqual([]);
  });

  it("a change made with `alert` but left undecided never pages for an old event, even where the stage has no age limit", async () => {
    await attachReports(db, SAWANA.sy24.article, [SAWANA.sy24.incident], fourDaysLater, { alerts: "decide-if-recent" });
    const publisher = new RecordingPublisher();
    const outcomes = await deliverAlerts(db, publisher, { eventIds: [], rules: { ...rules, maxAlertAgeHours: null }, now: fourDaysLater });
    expect(outcomes.map((o) => [o.status, o.reason])).toEqual([["suppressed", "too old"]]);
    expect(publisher.sent).toEqual([]);
    expect(await alertsDue(db, 10)).toEqual([]);
  });

  it("a collect change stays decided by the stage's rules when re-extraction marks the same event", async () => {
    const { touched } = await attachReports(db, SAWANA.sy24.article, [SAWANA.sy24.incident], fourDaysLater);
    await markAlertDue(db, touched[0], 2, "decide-if-recent", fourDaysLater.toISOString());
    expect((await alertsDue(db, 10)).map((d) => d.recentOnly)).toEqual([false]);
  });
});
