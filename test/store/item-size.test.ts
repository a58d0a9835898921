import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetCommand } from "../../lib/store/dynamo";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { itemSize } from "../../lib/store/item-size";
import { createDb, ensureTable } from "../../lib/store/client";
import { contentHash, getArticle, saveArticle, type StoredArticle } from "../../lib/store/articles";
import { incidentsOfArticle, replaceIncidents } from "../../lib/store/incidents";
import { articleKey } from "../../lib/store/keys";
import { attachReports, getEvent } from "../../lib/events";
import { DEFAULT_ALERT_RULES } from "../../lib/alert";
import { createFetcher } from "../../lib/fetch";
import { collectOutlet } from "../../lib/pipeline/collect";
import { PLACES, article, count, incident } from "../events/fixtures";
import { RecordingPublisher } from "../alert/helpers";
import { awsSizedDb, DYNAMODB_ITEM_LIMIT_BYTES, scanTable } from "../support/faults";
import { startTestDb } from "../support/db";
import { page as htmlPage, startTestServer, testOutlet, type TestServer } from "../fetch/helpers";

// README "Reliability": no item the store writes exceeds DynamoDB's 400 KB, counted as AWS does.
let local: Db;
let db: Db;
let dynamo: LocalDynamo;
beforeAll(async () => {
  ({ db: local, dynamo } = await startTestDb());
  db = awsSizedDb(local);
});
afterAll(() => dynamo.close());

/** Arabic prose written for this test: two bytes per letter in UTF-8, one UTF-16 unit. */
const FILLER = "وتحدث السكان عن الأوضاع المعيشية الصعبة في القرى المحيطة بالمدينة خلال الأشهر الماضية. ";
const arabic = (chars: number) => FILLER.repeat(Math.ceil(chars / FILLER.length)).slice(0, chars);

const stored = async (key: Record<string, string>) =>
  (await local.doc.send(new GetCommand({ TableName: local.table, Key: key }))).Item as Record<string, unknown>;

describe("item size by AWS's rule", () => {
  it("counts names and strings in UTF-8, numbers by digits, binary by length, lists and maps with their overhead", () => {
    expect(itemSize({ pk: "ART#1", text: "قتل" })).toBe(2 + 5 + 4 + 6);
    expect(itemSize({ n: 12345 })).toBe(1 + 4);
    expect(itemSize({ n: 1000 })).toBe(1 + 2);
    expect(itemSize({ b: new Uint8Array(10) })).toBe(1 + 10);
    expect(itemSize({ l: ["ab", "c"] })).toBe(1 + 3 + (2 + 1) + (1 + 1));
    expect(itemSize({ m: { a: "x" } })).toBe(1 + 3 + (1 + 1 + 1));
    expect(itemSize({ s: new Set(["ab", "c"]), t: true, z: null, u: undefined })).toBe(1 + 3 + 1 + 1 + 1 + 1);
  });
});

describe("articles", () => {
  const base = (url: string, text: string, extra: Partial<StoredArticle> = {}): StoredArticle => ({
    url,
    outlet: "sy24",
    title: "هجوم",
    published: "2026-11-25T10:00:00Z",
    fetchedAt: "2026-11-25T11:00:00Z",
    contentHash: contentHash(text),
    text,
    extractorVersion: "v1",
    incidentCount: 0,
    ...extra,
  });

  it("stores an Arabic text under 400K UTF-16 units but over 400 KB in UTF-8 cut to fit, and says so", async () => {
    const text = arabic(250_000);
    expect(text.length).toBeLessThan(400_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(DYNAMODB_ITEM_LIMIT_BYTES);
    const url = "https://sy24.example/huge";
    expect(await saveArticle(db, base(url, text, { rawHtmlGz: new Uint8Array(randomBytes(100_000)) }))).toBe("created");

    const item = await stored(articleKey(url));
    expect(itemSize(item)).toBeLessThanOrEqual(DYNAMODB_ITEM_LIMIT_BYTES);
    const back = (await getArticle(local, url))!;
    expect(back.textTruncated).toBe(true);
    expect(back.rawHtmlGz).toBeUndefined();
    expect(text.startsWith(back.text)).toBe(true);
    expect(back.text.length).toBeGreaterThan(150_000);
    // Still the whole text's hash: the next run sees the page unchanged.
    expect(back.contentHash).toBe(contentHash(text));
    expect(await saveArticle(db, base(url, text))).toBe("unchanged");
  });

  it("drops a page that does not fit beside the text, and keeps the text whole", async () => {
    const text = arabic(90_000);
    const url = "https://sy24.example/with-page";
    await saveArticle(db, base(url, text, { rawHtmlGz: new Uint8Array(randomBytes(240_000)) }));
    const back = (await getArticle(local, url))!;
    expect(back.text).toBe(text);
    expect(back.textTruncated).toBeUndefined();
    expect(back.rawHtmlGz).toBeUndefined();
    expect(itemSize(await stored(articleKey(url)))).toBeLessThanOrEqual(DYNAMODB_ITEM_LIMIT_BYTES);
  });
});

describe("incidents, reports and events with runaway evidence", () => {
  const sentence = arabic(1_500);
  const huge = incident({
    date: "2026-11-24",
    places: ["السخنة"],
    location: PLACES.sukhnah,
    killed: count(9),
    evidence: Array.from({ length: 150 }, () => sentence),
    fieldEvidence: Array.from({ length: 150 }, (_, i) => ({ field: "killed", sentence, start: i, end: i + 1 })),
  });

  it("keeps the first evidence and stays far under the limit", async () => {
    const meta = { url: "https://sy24.example/evidence", outlet: "sy24", published: "2026-11-25T10:00:00Z", fetchedAt: "2026-11-25T11:00:00Z" };
    await replaceIncidents(db, meta, [huge]);
    const [kept] = await incidentsOfArticle(local, meta.url);
    expect(kept.evidence[0]).toBe(sentence);
    expect(kept.killed).toEqual(count(9));

    const { created } = await attachReports(db, article("sy24", "evidence", "2026-11-25T10:00:00Z"), [huge], new Date("2026-11-25T12:00:00Z"));
    const event = (await getEvent(local, created[0]))!;
    expect(event.reports[0].incident.evidence[0]).toBe(sentence);
    for (const item of await scanTable(local)) expect(itemSize(item), `${item.pk}/${item.sk}`).toBeLessThanOrEqual(DYNAMODB_ITEM_LIMIT_BYTES);
  });
});

describe("collecting an article too long for one item", () => {
  const OUTLET = testOutlet({ discovery: [{ kind: "feed", url: "https://news.test/feed" }], articlePattern: /^https:\/\/news\.test\/news\/\d+$/ });
  const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title><link>https://news.test/news/1</link></item></channel></rss>`;
  const PAGE = `<html><head><title>هجوم على حاجز قرب تدمر</title><meta property="article:published_time" content="2026-11-25T10:00:00Z"></head>
<body><article><h1>هجوم على حاجز قرب تدمر</h1>
<p>قتل سبعة عناصر من قوات النظام وأصيب أربعة آخرون أمس الثلاثاء في هجوم شنه مسلحون على حاجز عسكري قرب مدينة تدمر في ريف حمص الشرقي.</p>
${Array.from({ length: 2_400 }, () => `<p>${FILLER}</p>`).join("\n")}
</article></body></html>`;
  let site: TestServer;
  beforeAll(async () => {
    site = await startTestServer({
      "/news.test/feed": (_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(FEED),
      "/news.test/news/1": htmlPage(PAGE),
    });
  });
  afterAll(() => site.close());

  it("stores it cut to fit and alerts its attack, once", async () => {
    // A table of its own: the run would also decide the events the tests above left marked.
    const own = createDb({ table: "long-article", endpoint: dynamo.endpoint });
    await ensureTable(own);
    const db = awsSizedDb(own);
    const publisher = new RecordingPublisher();
    for (let run = 0; run < 2; run++) {
      const fetcher = createFetcher({ replayOrigin: site.origin });
      try {
        const report = await collectOutlet(OUTLET, {
          db, fetcher, publisher, rules: DEFAULT_ALERT_RULES, now: () => new Date("2026-11-25T12:00:00Z"), log: () => {},
        });
        // Stored the first time, so skipped the second.
        expect(report.articles.map((a) => a.outcome)).toEqual(run === 0 ? ["created"] : []);
      } finally {
        await fetcher.close();
      }
    }
    expect(publisher.sent.map((m) => m.attributes.killedBest)).toEqual([7]);
    const back = (await getArticle(own, "https://news.test/news/1"))!;
    expect(back.textTruncated).toBe(true);
  }, 60_000);
});
