import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GetCommand, PutCommand } from "../../lib/store/dynamo";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { ArticleMeta } from "../../lib/events";
import type { Incident } from "../../lib/types";
import { attachReports, listEvents } from "../../lib/events";
import { DEFAULT_ALERT_RULES, deliverAlerts } from "../../lib/alert";
import { ClusterLease, ClusterLeaseLostError } from "../../lib/store/lease";
import { clusterLeaseKey } from "../../lib/store/keys";
import { createDb, ensureTable } from "../../lib/store/client";
import { startLocalDynamo } from "../../lib/local/dynamo";
import { EVENT_LEASE_MS } from "../../lib/constants";
import { PLACES, SAWANA, article, count, incident } from "./fixtures";
import { RecordingPublisher } from "../alert/helpers";
import { crashingDb, scanTable } from "../support/faults";

// README "Reliability": every partial write of clustering is completed by the next attach.
let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startLocalDynamo(null);
});
afterAll(() => dynamo.close());
afterEach(() => vi.useRealTimers());

const NOW = new Date("2020-11-26T12:00:00Z");

async function freshTable(): Promise<Db> {
  const db = createDb({ table: `repair-${randomUUID()}`, endpoint: dynamo.endpoint });
  await ensureTable(db);
  return db;
}

/** The table without the lease item (its owner differs from run to run). */
const state = async (db: Db) => JSON.stringify((await scanTable(db)).filter((item) => item.pk !== "EVTLEASE"), (_, v) => (v instanceof Set ? [...v].sort() : v));

type Step = { article: ArticleMeta; incidents: Incident[] };
const day = "2021-10-05";
const sukhnahBase: Step = {
  article: article("enab-baladi", "sukhnah-base", `${day}T09:30:00Z`),
  incidents: [incident({ date: day, places: ["السخنة"], location: PLACES.sukhnah, killed: count(5) })],
};
const qaryataynBase: Step = {
  article: article("sy24", "qaryatayn-base", `${day}T09:00:00Z`),
  incidents: [incident({ date: day, places: ["القريتين"], location: PLACES.qaryatayn, killed: count(4) })],
};
const misplaced = article("alaraby", "misplaced", `${day}T10:00:00Z`);
const atSukhnah: Step = { article: misplaced, incidents: [incident({ date: day, places: ["السخنة"], location: PLACES.sukhnah, killed: count(9) })] };
const movedToQaryatayn: Step = {
  article: misplaced,
  incidents: [incident({ date: "2021-10-04", places: ["القريتين"], location: PLACES.qaryatayn, killed: count(6) })],
};
const alone: Step = { article: article("sy24", "alone", "2021-11-02T10:00:00Z"), incidents: [incident({ date: "2021-11-02", places: ["تدمر"], killed: count(3) }), incident({ date: "2021-11-01", places: ["السخنة"], location: PLACES.sukhnah, killed: count(2) })] };
const aloneRetracted: Step = { article: alone.article, incidents: [] };

/** Attaches that create events, join one, move a report between events (and days), and delete events. */
const WALKS: { name: string; before: Step[]; step: Step }[] = [
  { name: "creating two events of one article", before: [], step: alone },
  { name: "joining an event", before: [sukhnahBase, qaryataynBase], step: atSukhnah },
  { name: "moving a report to another event of another day", before: [sukhnahBase, qaryataynBase, atSukhnah], step: movedToQaryatayn },
  { name: "deleting the events an article leaves empty", before: [alone], step: aloneRetracted },
];

describe("an attach crashed at any write", () => {
  for (const walk of WALKS) {
    it(`is completed by the next attach of the same article: ${walk.name}`, async () => {
      const reference = await freshTable();
      for (const s of [...walk.before, walk.step]) await attachReports(reference, s.article, s.incidents, NOW);
      const expected = await state(reference);

      const failures: string[] = [];
      for (let at = 1; ; at++) {
        const db = await freshTable();
        for (const s of walk.before) await attachReports(db, s.article, s.incidents, NOW);
        const crashing = crashingDb(db, { operation: "write", at });
        await attachReports(crashing.db, walk.step.article, walk.step.incidents, NOW).catch(() => undefined);
        const crash = crashing.crashed();
        if (!crash) break;
        await attachReports(db, walk.step.article, walk.step.incidents, NOW);
        if ((await state(db)) !== expected) failures.push(`write ${at} (${crash.command} ${crash.target})`);
      }
      expect(failures).toEqual([]);
    });
  }

  it("files an event a crash left off its day, so the next outlet's report joins it: one event, one alert", async () => {
    const db = await freshTable();
    const crashing = crashingDb(db, { when: (call) => call.target.startsWith("EVTDAY#") });
    await expect(attachReports(crashing.db, SAWANA.sy24.article, [SAWANA.sy24.incident], NOW)).rejects.toMatchObject({ code: "INJECTED_CRASH" });
    // The next run redoes the article (it was not saved), then another outlet reports the attack.
    await attachReports(db, SAWANA.sy24.article, [SAWANA.sy24.incident], NOW);
    await attachReports(db, SAWANA.enab.article, [SAWANA.enab.incident], NOW);

    const events = await listEvents(db, { since: "2020-11-25", until: "2020-11-25" });
    expect(events.map((e) => e.reports.map((r) => r.outlet).sort())).toEqual([["enab-baladi", "sy24"]]);
    const publisher = new RecordingPublisher();
    await deliverAlerts(db, publisher, { eventIds: [], rules: DEFAULT_ALERT_RULES, now: NOW });
    expect(publisher.sent).toHaveLength(1);
  });
});

describe("the clustering lease", () => {
  /** Counts the lease puts the table refused: each is a wait for another holder. */
  function countingRefusals(db: Db) {
    const refused = { count: 0 };
    const send = async (command: { constructor: { name: string }; input: { Item?: { pk?: string } } }) => {
      try {
        return await db.doc.send(command as never);
      } catch (error) {
        if (command.constructor.name === "PutCommand" && command.input.Item?.pk === "EVTLEASE") refused.count++;
        throw error;
      }
    };
    return { db: { doc: { send } as unknown as Db["doc"], table: db.table }, refused };
  }

  it("left by a run of this process that crashed while holding it is taken at once", async () => {
    const db = await freshTable();
    const crashing = crashingDb(db, { when: (call) => call.target.startsWith("EVT#") });
    await expect(attachReports(crashing.db, SAWANA.sy24.article, [SAWANA.sy24.incident], NOW)).rejects.toMatchObject({ code: "INJECTED_CRASH" });
    const left = await db.doc.send(new GetCommand({ TableName: db.table, Key: clusterLeaseKey() }));
    expect(left.Item?.leaseUntil).toBeGreaterThan(Date.now());

    const counting = countingRefusals(db);
    await attachReports(counting.db, SAWANA.sy24.article, [SAWANA.sy24.incident], NOW);
    expect(counting.refused.count).toBe(0);
    expect(await listEvents(db, { since: "2020-11-25", until: "2020-11-25" })).toHaveLength(1);
  });

  it("held by a run that died elsewhere is free once its short lease runs out", async () => {
    const db = await freshTable();
    await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...clusterLeaseKey(), kind: "lease", owner: "a dead Lambda", leaseUntil: Date.now() + EVENT_LEASE_MS } }));
    await attachReports(db, SAWANA.sy24.article, [SAWANA.sy24.incident], NOW);
    expect(await listEvents(db, { since: "2020-11-25", until: "2020-11-25" })).toHaveLength(1);
  }, 20_000);

  it("is renewed by a holder still at work, and a holder that lost it may not go on", async () => {
    const db = await freshTable();
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    const holder = (await ClusterLease.tryAcquire(db))!;
    vi.setSystemTime(start + EVENT_LEASE_MS * 0.8);
    await holder.keep();
    vi.setSystemTime(start + EVENT_LEASE_MS * 1.5);
    // Renewed at 0.8: still held at 1.5.
    expect(await ClusterLease.tryAcquire(db)).toBeNull();

    vi.setSystemTime(start + EVENT_LEASE_MS * 2);
    const next = await ClusterLease.tryAcquire(db);
    expect(next).not.toBeNull();
    await expect(holder.keep()).rejects.toBeInstanceOf(ClusterLeaseLostError);
    await next!.release();
  });
});
