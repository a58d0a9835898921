import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ALERT_RULES } from "../../lib/alert";
import { createFetcher } from "../../lib/fetch";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { Outlet } from "../../lib/outlets/registry";
import { collectOutlet } from "../../lib/pipeline/collect";
import { getArticle } from "../../lib/store/articles";
import { readOutletState } from "../../lib/store/outlet-state";
import type { Db } from "../../lib/store/client";
import { startTestDb } from "../support/db";
import { startTestServer, type TestServer } from "../fetch/helpers";

const OUTLET: Outlet = {
  id: "canon-test",
  name: "Canonical Test",
  nameAr: "اختبار",
  home: "https://news.test/",
  hosts: ["news.test"],
  discovery: [{ kind: "feed", url: "https://news.test/feed" }],
  articlePattern: /^https?:\/\/news\.test\/(?:archives\/(?<id>\d+)|\?p=(?<idp>\d+))$/,
  politeness: { minDelayMs: 0, concurrency: 2 },
};

function feed(...links: string[]): string {
  const items = links.map((l) => `<item><title>x</title><link>${l}</link></item>`).join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
}

function articlePage(title: string, body: string, canonical: string): string {
  return `<html><head><title>${title}</title><link rel="canonical" href="${canonical}"></head><body><article><h1>${title}</h1>
<p>${body}</p><p>وقال مصدر محلي إن الطريق أغلق لساعات بعد الحادثة قبل أن يعاد فتحه مساء اليوم نفسه.</p></article></body></html>`;
}

const PAGES: Record<string, string> = {
  // A declares itself; B (another article) declares A; C, fetched by its short link, declares its own long URL.
  "/news.test/archives/100": articlePage("هجوم على حاجز", "قتل ثلاثة عناصر في هجوم على حاجز قرب تدمر في ريف حمص الشرقي صباح أمس.", "https://news.test/archives/100"),
  "/news.test/archives/200": articlePage("انفجار لغم", "أصيب راعيان بانفجار لغم في بادية السخنة أثناء رعي الأغنام قرب الطريق العام.", "https://news.test/archives/100"),
  "/news.test/": articlePage("كمين في البادية", "قتل عنصران في كمين على طريق دير الزور في البادية الشرقية ليل الجمعة.", "https://news.test/archives/300"),
};

let db: Db;
let dynamo: LocalDynamo;
let server: TestServer;
let listed: string[] = [];

beforeAll(async () => {
  ({ db, dynamo } = await startTestDb());
  const html = (body: string) => (_req: unknown, res: import("node:http").ServerResponse) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  server = await startTestServer({
    "/news.test/feed": (_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(feed(...listed)),
    ...Object.fromEntries(Object.entries(PAGES).map(([path, body]) => [path, html(body)])),
  });
});
afterAll(async () => {
  await server.close();
  await dynamo.close();
});

async function run() {
  const fetcher = createFetcher({ replayOrigin: server.origin });
  try {
    const deps = { db, fetcher, publisher: { publish: async () => ({ messageId: "m" }) }, rules: DEFAULT_ALERT_RULES, now: () => new Date(), log: () => {} };
    return await collectOutlet(OUTLET, deps);
  } finally {
    await fetcher.close();
  }
}

describe("the URL an article is stored under", () => {
  it("keeps an article's own URL when its page claims another article as canonical, and leaves that article as it was", async () => {
    listed = ["https://news.test/archives/100"];
    await run();
    const before = await getArticle(db, "https://news.test/archives/100");
    expect(before?.title).toBe("هجوم على حاجز");

    listed = ["https://news.test/archives/100", "https://news.test/archives/200"];
    const report = await run();
    expect(report.articles.map((a) => [a.url, a.outcome])).toEqual([["https://news.test/archives/200", "created"]]);
    expect(await getArticle(db, "https://news.test/archives/100")).toEqual(before);
    const b = await getArticle(db, "https://news.test/archives/200");
    expect(b?.title).toBe("انفجار لغم");
    expect(b?.text).toContain("انفجار لغم في بادية السخنة");
  });

  it("stores a page fetched by its short link under the canonical URL of the same article", async () => {
    listed = ["https://news.test/?p=300"];
    const report = await run();
    expect(report.articles.map((a) => [a.url, a.outcome])).toEqual([["https://news.test/archives/300", "created"]]);
    expect((await getArticle(db, "https://news.test/archives/300"))?.title).toBe("كمين في البادية");
    expect(await getArticle(db, "https://news.test/?p=300")).toBeNull();
  });
});

describe("links the outlet's sources list that are not articles", () => {
  it("are counted in the report and the outlet's state", async () => {
    listed = ["https://news.test/archives/100", "https://news.test/tag/homs", "https://news.test/category/news", "https://elsewhere.test/archives/1"];
    const report = await run();
    expect(report.rejected).toBe(3);
    expect(report.errors).toEqual([]);
    expect((await readOutletState(db, OUTLET.id)).lastRun).toMatchObject({ discovered: 1, rejected: 3 });
  });

  it("are an error of the run when the sources list links and none is an article", async () => {
    listed = ["https://news.test/tag/homs", "https://news.test/news/100"];
    const report = await run();
    expect(report.discovered).toBe(0);
    expect(report.rejected).toBe(2);
    expect(report.errors).toEqual([
      {
        code: "NO_ARTICLE_LINKS",
        message: "canon-test: none of the 2 links its sources list is an article URL (e.g. https://news.test/tag/homs: a tag page)",
      },
    ]);
  });
});
