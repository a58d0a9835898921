/**
 * The registry's Telegram channels, `rasd outlets` listing them, and the demo's recorded channel
 * pages collected with the websites: a channel-first event joined by websites' articles.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { DEFAULT_ALERT_RULES } from "../../lib/alert";
import { createFetcher } from "../../lib/fetch";
import { listEvents } from "../../lib/events";
import { startReplayServer, type ReplayServer } from "../../lib/local/replay-server";
import { RECORDED_PAGES } from "../../lib/cli/commands/demo";
import { collectOutlets } from "../../lib/pipeline/run";
import { getArticle } from "../../lib/store/articles";
import { OUTLETS, reportingOutlet, type ChannelOutlet } from "../../lib/outlets/registry";
import { parsePreview } from "../../lib/telegram/preview";
import { matchUrl } from "../../lib/discover";
import { startTestDb } from "../support/db";

const CHANNELS = OUTLETS.filter((o): o is ChannelOutlet => o.kind === "telegram");
const ROOT = path.resolve(RECORDED_PAGES, "../../..");

describe("the registry's channels", () => {
  it("lists channels of registry outlets and local networks of the east and the south", () => {
    expect(CHANNELS.length).toBeGreaterThanOrEqual(8);
    const websites = new Set(OUTLETS.filter((o) => o.kind !== "telegram").map((o) => o.id));
    for (const c of CHANNELS) if (c.channel.outletOf) expect(websites).toContain(c.channel.outletOf);
    const own = CHANNELS.filter((c) => !c.channel.outletOf).map((c) => c.coverage ?? "");
    expect(own.some((coverage) => /Deir ez-Zor|Hasakah|Raqqa/.test(coverage))).toBe(true);
    expect(own.some((coverage) => /Daraa|Suwayda|south/.test(coverage))).toBe(true);
  });

  it("marks every handle unverified, says where it was seen, and polls every 2 to 5 minutes", () => {
    for (const c of CHANNELS) {
      expect(c.channel.verified, c.id).toBe(false);
      expect(c.channel.evidence.length, c.id).toBeGreaterThan(20);
      expect(c.channel.pollMinutes, c.id).toBeGreaterThanOrEqual(2);
      expect(c.channel.pollMinutes, c.id).toBeLessThanOrEqual(5);
    }
    expect(new Set(CHANNELS.map((c) => c.channel.handle.toLowerCase())).size).toBe(CHANNELS.length);
  });

  it("stores an outlet's channel posts as that outlet's reports, and a network's as its own", () => {
    expect(reportingOutlet(CHANNELS.find((c) => c.id === "sohr-telegram")!)).toBe("sohr");
    expect(reportingOutlet(CHANNELS.find((c) => c.id === "naher-media")!)).toBe("naher-media");
  });

  it("takes a post URL as an article of its channel, whichever way the handle is spelled", () => {
    expect(matchUrl("https://t.me/deir_ezzor_24/5102")).toEqual({ url: "https://t.me/deir_ezzor_24/5102", outlet: "deirezzor24-telegram", article: true, reason: null });
    expect(matchUrl("https://t.me/someone_else/5").reason).toBe("no registry channel is named in https://t.me/someone_else/5");
  });
});

describe("rasd outlets", () => {
  it(
    "lists the channels with their kind, preview and poll interval",
    async () => {
      const stdout = await new Promise<string>((resolve, reject) =>
        execFile(process.execPath, [path.join(ROOT, "bin/rasd.mjs"), "outlets"], { cwd: ROOT }, (error, out) => (error ? reject(error) : resolve(out))),
      );
      const line = stdout.split("\n").find((l) => l.startsWith("naher-media "));
      expect(line).toMatch(/^naher-media\s+telegram\s+نهر ميديا\s+Naher Media\s+preview https:\/\/t\.me\/s\/nahermedia, every 2 min \(handle unverified\)/);
      expect(stdout.split("\n").filter((l) => / telegram /.test(l))).toHaveLength(CHANNELS.length);
      expect(stdout).toMatch(/^sohr\s+website\s/m);
    },
    180_000,
  );
});

describe("the demo's recorded channel pages", () => {
  let db: Db;
  let dynamo: LocalDynamo;
  let replay: ReplayServer;
  beforeAll(async () => {
    ({ db, dynamo } = await startTestDb());
    replay = await startReplayServer(RECORDED_PAGES);
    const fetcher = createFetcher({ replayOrigin: replay.origin });
    try {
      const reports = await collectOutlets(OUTLETS, {
        db,
        fetcher,
        publisher: { publish: async () => ({ messageId: "m" }) },
        rules: { ...DEFAULT_ALERT_RULES, maxAlertAgeHours: null },
        now: () => new Date(),
        log: () => {},
      });
      expect(reports.flatMap((r) => r.errors)).toEqual([]);
    } finally {
      await fetcher.close();
    }
  });
  afterAll(async () => {
    await replay.close();
    await dynamo.close();
  });

  it("record a page for every registry channel, with several posts, an edited toll and forwarded posts", () => {
    const pages = CHANNELS.map((c) => parsePreview(readFileSync(path.join(RECORDED_PAGES, "t.me/s", c.channel.handle, "index.html"), "utf8"), c.channel.handle));
    for (const page of pages) expect(page.posts.length).toBeGreaterThanOrEqual(2);
    expect(pages.flatMap((p) => p.posts).some((p) => p.edited)).toBe(true);
    expect(pages.flatMap((p) => p.posts).filter((p) => p.forwardedFrom?.url).length).toBeGreaterThanOrEqual(2);
  });

  it("show an attack first reported on a channel, joined in one event by the websites' articles", async () => {
    const events = await listEvents(db, { since: "2024-03-14", until: "2024-03-14" });
    const shoula = events.find((e) => e.reports.some((r) => r.url === "https://t.me/Deir_Ezzor_24/5102"))!;
    const first = shoula.reports.reduce((a, b) => ((a.published ?? "") <= (b.published ?? "") ? a : b));
    expect(first.url).toBe("https://t.me/Deir_Ezzor_24/5102");
    expect(shoula.reports.map((r) => r.url)).toEqual(expect.arrayContaining(["https://www.syriahr.com/658214", "https://deirezzor24.net/isis-attack-shoula-checkpoint-13-killed"]));
    expect(shoula.firstPublished).toBe(first.published);
  });

  it("store a post forwarded by two channels once, as its origin's report", async () => {
    expect((await getArticle(db, "https://t.me/nahermedia/2210"))?.outlet).toBe("naher-media");
    expect(await getArticle(db, "https://t.me/Deir_Ezzor_24/5104")).toBeNull();
    expect(await getArticle(db, "https://t.me/alkhabour/9303")).toBeNull();
  });
});
