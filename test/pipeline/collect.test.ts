import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { AlertMessage } from "../../lib/alert";
import type { AlertPublisher } from "../../lib/alert/publisher";
import type { Outlet, WebsiteOutlet } from "../../lib/outlets/registry";
import { DEFAULT_ALERT_RULES } from "../../lib/alert";
import { OUTLETS, outletById } from "../../lib/outlets/registry";
import { createFetcher } from "../../lib/fetch";
import { startReplayServer, type ReplayServer } from "../../lib/local/replay-server";
import { collectOutlets } from "../../lib/pipeline/run";
import { summarize, type CollectDeps } from "../../lib/pipeline/collect";
import { listIncidents } from "../../lib/store/incidents";
import { getArticle } from "../../lib/store/articles";
import { listEvents } from "../../lib/events";
import { RECORDED_PAGES } from "../../lib/cli/commands/demo";
import { isGsm7 } from "../../lib/alert/gsm";
import { startTestDb } from "../support/db";

/** Records what would go to SNS. */
class RecordingPublisher implements AlertPublisher {
  readonly sent: AlertMessage[] = [];
  async publish(message: AlertMessage) {
    this.sent.push(message);
    return { messageId: `m${this.sent.length}` };
  }
}

const SEED_OUTLETS = ["enab-baladi", "alaraby", "sy24", "orient-net"].map(outletById);

// An outlet whose feed is not served: its whole run fails at discovery.
const DOWN: WebsiteOutlet = {
  ...(outletById("enab-baladi") as WebsiteOutlet),
  id: "down",
  name: "Down",
  hosts: ["down.example"],
  discovery: [{ kind: "feed", url: "https://down.example/feed" }],
  articlePattern: /^https:\/\/down\.example\//,
};

let db: Db;
let dynamo: LocalDynamo;
let replay: ReplayServer;
beforeAll(async () => {
  ({ db, dynamo } = await startTestDb());
  replay = await startReplayServer(RECORDED_PAGES);
});
afterAll(async () => {
  await replay.close();
  await dynamo.close();
});

/** One collection cycle over the recorded pages, with its own fetcher, into `into` (the shared table by default). */
async function run(outlets: readonly Outlet[], publisher: AlertPublisher, into: Db = db) {
  const fetcher = createFetcher({ replayOrigin: replay.origin });
  const deps: CollectDeps = {
    db: into,
    fetcher,
    publisher,
    // The recorded articles are years old: lift the age limit as the demo does.
    rules: { ...DEFAULT_ALERT_RULES, maxAlertAgeHours: null },
    now: () => new Date("2026-11-26T12:00:00Z"),
    log: () => {},
  };
  try {
    return await collectOutlets(outlets, deps);
  } finally {
    await fetcher.close();
  }
}

describe("collection pipeline over recorded pages", () => {
  it("stores incidents of all four seed outlets and alerts, while a failing outlet is reported with its cause", async () => {
    const publisher = new RecordingPublisher();
    const reports = await run([...SEED_OUTLETS, DOWN], publisher);

    for (const outlet of SEED_OUTLETS) {
      const report = reports.find((r) => r.outlet === outlet.id)!;
      expect(report.errors).toEqual([]);
      expect(summarize(report).created).toBeGreaterThanOrEqual(2);
    }
    const incidents = await listIncidents(db);
    expect(new Set(incidents.map((i) => i.outlet))).toEqual(new Set(SEED_OUTLETS.map((o) => o.id)));
    expect(incidents.every((i) => i.evidence.length > 0)).toBe(true);
    expect(publisher.sent.length).toBeGreaterThanOrEqual(1);

    const down = reports.find((r) => r.outlet === "down")!;
    expect(down.discovered).toBe(0);
    expect(down.errors.map((e) => e.code)).toEqual(["HTTP_STATUS"]);
    expect(down.errors[0].message).toContain("404");
  });

  it("adds no incident and no alert when the same run repeats", async () => {
    const before = (await listIncidents(db)).length;
    const publisher = new RecordingPublisher();
    const reports = await run(SEED_OUTLETS, publisher);
    expect(reports.map((r) => summarize(r).created + summarize(r).updated)).toEqual([0, 0, 0, 0]);
    expect((await listIncidents(db)).length).toBe(before);
    expect(publisher.sent).toEqual([]);
  });

  it("keeps a seed article's Enab Baladi attack with its bounds and Arabic evidence", async () => {
    const incidents = await listIncidents(db, { since: "2020-11-25", until: "2020-11-25" });
    const attack = incidents.find((i) => i.outlet === "enab-baladi")!;
    expect(attack.governorate).toBe("Homs");
    expect(attack.killed?.min).toBe(5);
    expect(attack.evidence.some((s) => s.includes("مشفى تدمر العسكري"))).toBe(true);
  });

  it("collects every registry outlet's recorded pages without an article failing, each SMS in one segment", async () => {
    const publisher = new RecordingPublisher();
    const reports = await run(OUTLETS, publisher);
    expect(publisher.sent.length).toBeGreaterThanOrEqual(1);
    for (const message of publisher.sent) {
      expect(isGsm7(message.sms), message.sms).toBe(true);
      expect(message.sms.length, message.sms).toBeLessThanOrEqual(160);
    }
    const failed = reports.flatMap((r) => r.articles.filter((a) => a.outcome === "failed").map((a) => `${a.url}: ${a.error?.message}`));
    expect(failed).toEqual([]);
    expect(reports.flatMap((r) => r.errors)).toEqual([]);
  });
});

describe("photo captions printed in an article's body", () => {
  const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/web");

  it("are stored and extracted out of the article's text", async () => {
    await run([outletById("syria-tv"), outletById("sohr")], new RecordingPublisher());
    for (const dir of ["www.syria.tv/isis-attack-national-defence-resafa-raqqa", "www.syriahr.com/658214"]) {
      const want = JSON.parse(readFileSync(path.join(WEB, dir, "expected.json"), "utf8")) as { title: string; paragraphs: string[]; captionParagraphs: number[] };
      const captions = want.captionParagraphs.map((i) => want.paragraphs[i]);
      expect(captions.length, dir).toBeGreaterThan(0);
      const stored = await getArticle(db, `https://${dir}`);
      expect(stored?.text).toBe([want.title, ...want.paragraphs.filter((_, i) => !want.captionParagraphs.includes(i))].join("\n"));
      for (const caption of captions) expect(stored?.text).not.toContain(caption);
    }
  });
});

describe("two collections at the same time", () => {
  it("make no duplicate event and send no alert twice", async () => {
    const fresh = await startTestDb();
    const publisher = new RecordingPublisher();
    try {
      await Promise.all([run(OUTLETS, publisher, fresh.db), run(OUTLETS, publisher, fresh.db)]);
      const alerted = publisher.sent.map((m) => `${m.eventId}/${m.kind}/${m.level}`);
      expect(alerted.length).toBeGreaterThanOrEqual(1);
      expect(new Set(alerted).size).toBe(alerted.length);
      const events = await listEvents(fresh.db, { limit: 1000 });
      const reportKeys = events.flatMap((e) => e.reports.map((r) => `${r.url}#${r.index}`));
      expect(new Set(reportKeys).size).toBe(reportKeys.length);
      expect(reportKeys.length).toBe((await listIncidents(fresh.db)).length);
    } finally {
      await fresh.dynamo.close();
    }
  });
});
