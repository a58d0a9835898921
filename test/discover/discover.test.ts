import { afterEach, describe, expect, it } from "vitest";
import { discoverArticles, FeedParseError } from "../../lib/discover";
import { HttpStatusError, type Fetcher } from "../../lib/fetch";
import type { DiscoveryMethod } from "../../lib/outlets/registry";
import { replayFetcher, startTestServer, testOutlet, type Route, type TestServer } from "../fetch/helpers";

const NOW = new Date("2025-06-10T12:00:00Z");
let server: TestServer;
let fetcher: Fetcher;

afterEach(async () => {
  await fetcher?.close();
  await server?.close();
});

function xml(body: string, headers: Record<string, string> = {}): Route {
  return (_req, res) => res.writeHead(200, { "content-type": "application/xml; charset=utf-8", ...headers }).end(body);
}

async function discover(routes: Record<string, Route>, discovery: DiscoveryMethod[], state = {}) {
  server = await startTestServer(routes);
  fetcher = replayFetcher(server);
  return discoverArticles(testOutlet({ discovery }), fetcher, { state, now: NOW });
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>أخبار</title>
  <atom:link href="https://news.test/feed" rel="self" type="application/rss+xml"/>
  <link>https://news.test</link>
  <item>
    <title><![CDATA[مقتل خمسة عناصر]]></title>
    <link>https://news.test/archives/101?utm_source=rss&amp;utm_medium=rss</link>
    <pubDate>Tue, 10 Jun 2025 08:30:00 +0000</pubDate>
    <guid isPermaLink="false">https://news.test/?p=101</guid>
  </item>
  <item>
    <title>same story, AMP link</title>
    <link>https://news.test/archives/101/amp/</link>
  </item>
  <item>
    <title>not an article</title>
    <link>https://news.test/category/syria</link>
  </item>
  <item>
    <title>guid only</title>
    <guid>https://www.news.test/archives/102</guid>
    <dc:date>2025-06-10T09:00:00Z</dc:date>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>News</title>
  <entry>
    <title>one</title>
    <link rel="alternate" type="text/html" href="https://news.test/archives/201"/>
    <link rel="replies" href="https://news.test/archives/201/comments"/>
    <id>tag:news.test,2025:201</id>
    <published>2025-06-09T22:15:00+03:00</published>
    <updated>2025-06-10T01:00:00+03:00</updated>
  </entry>
  <entry>
    <title>two</title>
    <link href="https://news.test/archives/202#comments"/>
    <updated>2025-06-10T05:00:00Z</updated>
  </entry>
</feed>`;

describe("discoverArticles", () => {
  it("reads an RSS 2.0 feed: canonical, pattern-filtered, deduplicated URLs with publication times", async () => {
    const result = await discover({ "/news.test/feed": xml(RSS) }, [{ kind: "feed", url: "https://news.test/feed" }]);
    expect(result.urls).toEqual([
      { url: "https://news.test/archives/101", outlet: "test-news", published: "2025-06-10T08:30:00.000Z" },
      { url: "https://www.news.test/archives/102", outlet: "test-news", published: "2025-06-10T09:00:00.000Z" },
    ]);
    // The category link is listed and rejected; the AMP copy is the same article as 101.
    expect(result.rejected).toBe(1);
    expect(result.errors).toEqual([]);
  });

  it("reads an Atom feed, taking the alternate link", async () => {
    const result = await discover({ "/news.test/atom": xml(ATOM) }, [{ kind: "feed", url: "https://news.test/atom" }]);
    expect(result.urls).toEqual([
      { url: "https://news.test/archives/201", outlet: "test-news", published: "2025-06-09T19:15:00.000Z" },
      { url: "https://news.test/archives/202", outlet: "test-news", published: "2025-06-10T05:00:00.000Z" },
    ]);
  });

  it("follows a sitemap index into its newest child sitemaps and reads a news sitemap", async () => {
    const index = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.test/sitemap-2024-01.xml</loc><lastmod>2024-01-31T00:00:00Z</lastmod></sitemap>
  <sitemap><loc>https://news.test/sitemap-news.xml</loc><lastmod>2025-06-10T11:00:00Z</lastmod></sitemap>
  <sitemap><loc>https://news.test/sitemap-2025-06.xml</loc><lastmod>2025-06-10T10:00:00Z</lastmod></sitemap>
</sitemapindex>`;
    const news = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://news.test/archives/301</loc>
    <news:news>
      <news:publication><news:name>News</news:name><news:language>ar</news:language></news:publication>
      <news:publication_date>2025-06-10T10:45:00+03:00</news:publication_date>
      <news:title>هجوم في البادية</news:title>
    </news:news>
  </url>
</urlset>`;
    const monthly = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.test/archives/301</loc><lastmod>2025-06-10T08:00:00Z</lastmod></url>
  <url><loc>https://news.test/archives/302</loc><lastmod>2025-06-09T08:00:00Z</lastmod></url>
  <url><loc>https://news.test/archives/250</loc><lastmod>2025-06-01T08:00:00Z</lastmod></url>
</urlset>`;
    const result = await discover(
      {
        "/news.test/sitemap_index.xml": xml(index),
        "/news.test/sitemap-news.xml": xml(news),
        "/news.test/sitemap-2025-06.xml": xml(monthly),
        "/news.test/sitemap-2024-01.xml": xml(monthly),
      },
      [{ kind: "sitemap", url: "https://news.test/sitemap_index.xml" }],
    );
    expect(result.urls).toEqual([
      { url: "https://news.test/archives/301", outlet: "test-news", published: "2025-06-10T07:45:00.000Z" },
      // Dated by lastmod only: recent enough to keep, but no publication time to report.
      { url: "https://news.test/archives/302", outlet: "test-news", published: null },
    ]);
    // The 2024 child is older than the window and never fetched.
    expect(server.count("/news.test/sitemap-2024-01.xml")).toBe(0);
    expect(result.errors).toEqual([]);
    // Counted, so that an outlet that yields nothing can say why.
    expect([result.tooOld, result.rejected]).toEqual([1, 0]);
  });

  it("counts sitemap entries older than the age limit, and takes them all when the limit is lifted as the demo does", async () => {
    const old = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.test/archives/11</loc><lastmod>2021-03-01T08:00:00Z</lastmod></url>
  <url><loc>https://news.test/archives/12</loc><lastmod>2021-03-02T08:00:00Z</lastmod></url>
  <url><loc>https://news.test/about</loc><lastmod>2021-03-02T08:00:00Z</lastmod></url>
</urlset>`;
    server = await startTestServer({ "/news.test/sitemap.xml": xml(old) });
    fetcher = replayFetcher(server);
    const outlet = testOutlet({ discovery: [{ kind: "sitemap", url: "https://news.test/sitemap.xml" }] });
    const live = await discoverArticles(outlet, fetcher, { now: NOW });
    expect(live.urls).toEqual([]);
    expect([live.tooOld, live.rejected]).toEqual([3, 0]);
    const lifted = await discoverArticles(outlet, fetcher, { now: NOW, sitemapMaxAgeMs: null });
    expect(lifted.urls.map((u) => u.url)).toEqual(["https://news.test/archives/11", "https://news.test/archives/12"]);
    expect([lifted.tooOld, lifted.rejected]).toEqual([0, 1]);
  });

  it("reads a listing page through the entry's link selector", async () => {
    const html = `<html><head><base href="https://news.test/news/"></head><body>
      <div class="one-post"><div class="item-content"><a href="/archives/401"><h3>أولى</h3></a></div></div>
      <div class="one-post"><div class="item-content"><a href="../archives/402?fbclid=abc"><h3>ثانية</h3></a></div></div>
      <div class="one-post"><div class="item-content"><a href="mailto:desk@news.test"><h3>بريد</h3></a></div></div>
      <nav><a href="/archives/999">not under the selector</a></nav>
    </body></html>`;
    const result = await discover(
      { "/news.test/news/": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html) },
      [{ kind: "listing", url: "https://news.test/news/", linkSelector: "div.one-post .item-content a > h3" }],
    );
    expect(result.urls.map((u) => u.url)).toEqual(["https://news.test/archives/401", "https://news.test/archives/402"]);
    expect(result.urls[0].published).toBeNull();
  });

  it("sends the saved validators and yields no URLs and no error on a 304", async () => {
    const feed: Route = (req, res) => {
      if (req.headers["if-none-match"] === '"rss-7"') return void res.writeHead(304).end();
      xml(RSS, { etag: '"rss-7"' })(req, res, 1);
    };
    const first = await discover({ "/news.test/feed": feed }, [{ kind: "feed", url: "https://news.test/feed" }]);
    expect(first.state).toEqual({ "https://news.test/feed": { etag: '"rss-7"', lastModified: null } });
    const second = await discoverArticles(testOutlet({ discovery: [{ kind: "feed", url: "https://news.test/feed" }] }), fetcher, {
      state: first.state,
      now: NOW,
    });
    expect(second).toEqual({ urls: [], rejected: 0, tooOld: 0, state: first.state, errors: [] });
  });

  it("reports a failing method and still returns the others' URLs", async () => {
    const result = await discover({ "/news.test/atom": xml(ATOM), "/news.test/broken": xml("<html><p>no feed</p></html>") }, [
      { kind: "feed", url: "https://news.test/missing-feed" },
      { kind: "feed", url: "https://news.test/broken" },
      { kind: "feed", url: "https://news.test/atom" },
    ]);
    expect(result.urls.map((u) => u.url)).toEqual(["https://news.test/archives/201", "https://news.test/archives/202"]);
    expect(result.errors).toHaveLength(2);
    expect(result.errors.find((e) => e instanceof HttpStatusError)).toMatchObject({ status: 404, url: "https://news.test/missing-feed" });
    expect(result.errors.find((e) => e instanceof FeedParseError)).toMatchObject({ code: "FEED_PARSE", url: "https://news.test/broken" });
  });

  it("keeps the saved validators of a source that failed this run", async () => {
    const saved = { "https://news.test/feed": { etag: '"old"', lastModified: null } };
    const result = await discover(
      { "/news.test/feed": (_req, res) => res.writeHead(404).end() },
      [{ kind: "feed", url: "https://news.test/feed" }],
      saved,
    );
    expect(result.state).toEqual(saved);
    expect(result.errors).toHaveLength(1);
  });
});
