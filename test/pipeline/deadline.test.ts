import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { Outlet } from "../../lib/outlets/registry";
import { DEFAULT_ALERT_RULES } from "../../lib/alert";
import { createFetcher } from "../../lib/fetch";
import { collectOutlet, collectStartBy, type CollectDeps } from "../../lib/pipeline/collect";
import { readOutletState } from "../../lib/store/outlet-state";
import { createDb, ensureTable } from "../../lib/store/client";
import { startLocalDynamo } from "../../lib/local/dynamo";
import { COLLECT_SAFETY_MARGIN_MS } from "../../lib/constants";
import { RecordingPublisher } from "../alert/helpers";
import { HTML, startTestServer, testOutlet, type Route, type TestServer } from "../fetch/helpers";

// README "Reliability": a run stops starting articles at its deadline and leaves them to the next.
const OUTLET = testOutlet({
  discovery: [{ kind: "feed", url: "https://news.test/feed" }],
  articlePattern: /^https:\/\/news\.test\/news\/\d+$/,
});

// Three attacks written for this test, each over the alert threshold.
const ARTICLES = [
  ["هجوم على حاجز قرب تدمر", "قتل سبعة عناصر من قوات النظام وأصيب أربعة آخرون أمس الثلاثاء في هجوم شنه مسلحون على حاجز عسكري قرب مدينة تدمر في ريف حمص الشرقي."],
  ["انفجار لغم في بادية السخنة", "قتل ستة مدنيين أمس الثلاثاء بانفجار لغم أرضي بسيارتهم قرب بلدة السخنة في ريف حمص الشرقي."],
  ["كمين في ريف الميادين", "قتل ثمانية عناصر من قوات النظام أمس الثلاثاء في كمين نصبه مسلحون على طريق قرب مدينة الميادين في ريف دير الزور الشرقي."],
];
const articlePage = ([title, body]: string[]) => `<html><head><title>${title}</title>
<meta property="article:published_time" content="2026-11-25T10:00:00Z"></head>
<body><article><h1>${title}</h1><p>${body}</p><p>وتشهد المنطقة هجمات متكررة منذ أشهر.</p></article></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
${ARTICLES.map((_, i) => `<item><title>${i}</title><link>https://news.test/news/${i + 1}</link></item>`).join("\n")}
</channel></rss>`;
const NOW = new Date("2026-11-25T12:00:00Z");

/** Serves an article and moves the fake clock on by a second. */
const articleRoute = (article: string[]): Route => (_req, res) => {
  fakeNow += 1_000;
  res.writeHead(200, { "content-type": HTML }).end(articlePage(article));
};

let dynamo: LocalDynamo;
let db: Db;
let tables = 0;
let site: TestServer;
/** A fake wall clock the site moves on by one second per article served. */
let fakeNow = 0;

beforeAll(async () => {
  dynamo = await startLocalDynamo(null);
  site = await startTestServer({
    "/news.test/feed": (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end(FEED);
    },
    ...Object.fromEntries(ARTICLES.map((article, i) => [`/news.test/news/${i + 1}`, articleRoute(article)])),
  });
});
afterAll(async () => {
  await site.close();
  await dynamo.close();
});
beforeEach(async () => {
  db = createDb({ table: `deadline-${++tables}`, endpoint: dynamo.endpoint });
  await ensureTable(db);
  site.hits.length = 0;
  fakeNow = 0;
});

async function run(publisher: RecordingPublisher, extra: Partial<CollectDeps> & { paceScale?: number; outlet?: Outlet } = {}) {
  const { paceScale, outlet = OUTLET, ...deps } = extra;
  const fetcher = createFetcher({ replayOrigin: site.origin, paceScale });
  try {
    return await collectOutlet(outlet, { db, fetcher, publisher, rules: DEFAULT_ALERT_RULES, now: () => NOW, log: () => {}, ...deps });
  } finally {
    await fetcher.close();
  }
}

describe("a collect run's deadline", () => {
  it("starts no article after it, alerts what it stored, and leaves the rest (and the feed's validators) to the next run", async () => {
    const publisher = new RecordingPublisher();
    const first = await run(publisher, { clock: () => fakeNow, startBy: 1_500, articleConcurrency: 1 });
    expect(first.articles.map((a) => a.outcome)).toEqual(["created", "created"]);
    expect(first.deferred).toBe(1);
    expect(first.alerts.filter((a) => a.status === "sent")).toHaveLength(2);
    expect((await readOutletState(db, OUTLET.id)).feeds).toEqual({});

    const second = await run(publisher);
    expect(second.articles.map((a) => [a.url, a.outcome])).toEqual([["https://news.test/news/3", "created"]]);
    expect(second.deferred).toBe(0);
    expect(publisher.sent.map((m) => m.attributes.killedBest).sort()).toEqual([6, 7, 8]);
    // The feed was read in full both times; only now are its validators kept.
    expect(site.count("/news.test/feed")).toBe(2);
    expect(Object.keys((await readOutletState(db, OUTLET.id)).feeds)).toEqual(["https://news.test/feed"]);
  });

  it("does not start an article whose host's pacing would begin it after the deadline", async () => {
    const slow: Outlet = { ...OUTLET, politeness: { minDelayMs: 1_000, concurrency: 1 } };
    // robots.txt at once and the feed a second later; the first article could start only
    // after two seconds, past the deadline at one and a half.
    const report = await run(new RecordingPublisher(), { outlet: slow, paceScale: 1, startBy: Date.now() + 1_500 });
    expect(report.articles).toEqual([]);
    expect(report.deferred).toBe(3);
    expect(site.hits.filter((r) => r.includes("/news/"))).toEqual([]);
  });

  it("on Lambda, is the remaining time less the safety margin", () => {
    expect(collectStartBy(300_000, 1_000_000)).toBe(1_000_000 + 300_000 - COLLECT_SAFETY_MARGIN_MS);
    expect(collectStartBy(COLLECT_SAFETY_MARGIN_MS - 1, 1_000_000)).toBe(1_000_000);
  });
});
