import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { Outlet } from "../../lib/outlets/registry";
import { DEFAULT_ALERT_RULES } from "../../lib/alert";
import { createFetcher } from "../../lib/fetch";
import { collectOutlet } from "../../lib/pipeline/collect";
import { startTestDb } from "../support/db";

const OUTLET: Outlet = {
  id: "feed-test",
  name: "Feed Test",
  nameAr: "اختبار",
  home: "https://feed.test/",
  hosts: ["feed.test"],
  discovery: [{ kind: "feed", url: "https://feed.test/feed" }],
  articlePattern: /^https:\/\/feed\.test\/news\/\d+$/,
  politeness: { minDelayMs: 0, concurrency: 2 },
};

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>https://feed.test/news/1</link></item></channel></rss>`;
const ARTICLE = `<html><head><title>هجوم</title></head><body><article><h1>هجوم في البادية</h1>
<p>قتل ثلاثة عناصر من قوات النظام أمس في هجوم على حاجز قرب تدمر في ريف حمص الشرقي.</p>
<p>وأصيب عنصران آخران بجروح خطيرة نقلا على إثرها إلى المشفى العسكري في المدينة.</p></article></body></html>`;

let db: Db;
let dynamo: LocalDynamo;
let server: Server;
let origin: string;
let articleUp = false;
const feedAnswers: number[] = [];

beforeAll(async () => {
  ({ db, dynamo } = await startTestDb());
  server = createServer((req, res) => {
    if (req.url === "/feed.test/feed") {
      const status = req.headers["if-none-match"] === '"v1"' ? 304 : 200;
      feedAnswers.push(status);
      if (status === 304) return void res.writeHead(304).end();
      return void res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end(FEED);
    }
    if (req.url === "/feed.test/news/1" && articleUp) return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await dynamo.close();
});

async function run() {
  const fetcher = createFetcher({ replayOrigin: origin });
  try {
    return await collectOutlet(OUTLET, {
      db,
      fetcher,
      publisher: { publish: async () => ({ messageId: "m" }) },
      rules: DEFAULT_ALERT_RULES,
      now: () => new Date(),
      log: () => {},
    });
  } finally {
    await fetcher.close();
  }
}

describe("feed validators", () => {
  it("are not kept while an article the feed listed failed, so the next run lists it again", async () => {
    const first = await run();
    expect(first.articles.map((a) => a.outcome)).toEqual(["failed"]);

    articleUp = true;
    const second = await run();
    expect(second.articles.map((a) => a.outcome)).toEqual(["created"]);

    const third = await run();
    expect(third.discovered).toBe(0);
    expect(feedAnswers).toEqual([200, 200, 304]);
  });
});
