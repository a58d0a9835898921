import { HostLimiter } from "../../lib/fetch/host-limiter";
import { afterEach, describe, expect, it } from "vitest";
import { USER_AGENT, CRAWLER_CONTACT_URL } from "../../lib/constants";
import {
  createFetcher,
  ForeignHostError,
  InvalidUrlError,
  RobotsDisallowedError,
  RobotsUnavailableError,
  type Fetcher,
} from "../../lib/fetch";
import type { FetchedPage } from "../../lib/types";
import { FAST, page, rejection, replayFetcher, serverPool, testOutlet } from "./helpers";

const { serve, closeAll } = serverPool();
let fetcher: Fetcher;

afterEach(async () => {
  await fetcher?.close();
  await closeAll();
});

describe("fetcher politeness", () => {
  it("never requests a host the outlet does not list", async () => {
    const server = await serve({});
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://elsewhere.test/archives/1", { outlet: testOutlet() }));
    expect(error).toBeInstanceOf(ForeignHostError);
    expect((error as ForeignHostError).host).toBe("elsewhere.test");
    expect(server.hits).toEqual([]);
  });

  it("refuses a URL that is not http(s) before any request", async () => {
    const server = await serve({});
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("ftp://news.test/file", { outlet: testOutlet() }));
    expect(error).toBeInstanceOf(InvalidUrlError);
    expect(server.hits).toEqual([]);
  });

  it("refuses a redirect to a foreign host without contacting it", async () => {
    const server = await serve({
      "/news.test/go": (_req, res) => res.writeHead(302, { location: "https://foreign.test/x" }).end(),
    });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/go", { outlet: testOutlet() }));
    expect(error).toBeInstanceOf(ForeignHostError);
    expect((error as ForeignHostError).host).toBe("foreign.test");
    expect(server.hits.filter((h) => h.startsWith("/foreign.test"))).toEqual([]);
  });

  it("refuses a redirect to a foreign host without contacting it (direct, two servers)", async () => {
    const foreign = await serve({ "/x": page("<p>no</p>") });
    const port = new URL(foreign.origin).port;
    // "localhost" is another host name than the outlet's "127.0.0.1", though both reach this machine.
    const home = await serve({ "/go": (_req, res) => res.writeHead(301, { location: `http://localhost:${port}/x` }).end() });
    fetcher = createFetcher({ ...FAST, paceScale: 0, allowPrivateAddresses: true });
    const outlet = testOutlet({ hosts: ["127.0.0.1"] });
    const error = await rejection(fetcher.fetchPage(`${home.origin}/go`, { outlet }));
    expect(error).toBeInstanceOf(ForeignHostError);
    expect(foreign.hits).toEqual([]);
    expect(home.hits).toEqual(["/robots.txt", "/go"]);
  });

  it("follows a redirect within the outlet's hosts and reports the real final URL", async () => {
    const server = await serve({
      // A replay-relative Location maps back to the real host.
      "/news.test/archives/7": (_req, res) => res.writeHead(301, { location: "/www.news.test/archives/7/" }).end(),
      "/www.news.test/archives/7/": page("<p>7</p>"),
    });
    fetcher = replayFetcher(server);
    const result = (await fetcher.fetchPage("https://news.test/archives/7", { outlet: testOutlet() })) as FetchedPage;
    expect(result.url).toBe("https://news.test/archives/7");
    expect(result.finalUrl).toBe("https://www.news.test/archives/7/");
    expect(result.html).toBe("<p>7</p>");
  });

  it("does not fetch a URL robots.txt disallows, and reads robots.txt once per host", async () => {
    const server = await serve({
      "/news.test/robots.txt": (_req, res) =>
        res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private\n"),
      "/news.test/archives/1": page("<p>1</p>"),
      "/news.test/archives/2": page("<p>2</p>"),
    });
    fetcher = replayFetcher(server);
    const outlet = testOutlet();
    const error = await rejection(fetcher.fetchPage("https://news.test/private/1", { outlet }));
    expect(error).toBeInstanceOf(RobotsDisallowedError);
    await fetcher.fetchPage("https://news.test/archives/1", { outlet });
    await fetcher.fetchPage("https://news.test/archives/2", { outlet });
    expect(server.hits).toEqual(["/news.test/robots.txt", "/news.test/archives/1", "/news.test/archives/2"]);
  });

  it("treats a 404 robots.txt as allowing everything", async () => {
    const server = await serve({ "/news.test/archives/1": page("<p>1</p>") });
    fetcher = replayFetcher(server);
    const result = (await fetcher.fetchPage("https://news.test/archives/1", { outlet: testOutlet() })) as FetchedPage;
    expect(result.html).toBe("<p>1</p>");
  });

  it("does not fetch pages while robots.txt answers 5xx", async () => {
    const server = await serve({
      "/news.test/robots.txt": (_req, res) => res.writeHead(503).end(),
      "/news.test/archives/1": page("<p>1</p>"),
    });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/archives/1", { outlet: testOutlet() }));
    expect(error).toBeInstanceOf(RobotsUnavailableError);
    expect((error as RobotsUnavailableError).retryable).toBe(true);
    expect(server.count("/news.test/archives/1")).toBe(0);
  });

  it("sends a descriptive User-Agent with a contact URL", async () => {
    const server = await serve({ "/news.test/archives/1": page("<p>1</p>") });
    fetcher = replayFetcher(server);
    await fetcher.fetchPage("https://news.test/archives/1", { outlet: testOutlet() });
    expect(server.headers.map((h) => h["user-agent"])).toEqual([USER_AGENT, USER_AGENT]);
    expect(USER_AGENT).toContain(CRAWLER_CONTACT_URL);
  });

  it("keeps at most `concurrency` requests in flight per host", async () => {
    const routes = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [
        `/news.test/archives/${i}`,
        (_req: unknown, res: import("node:http").ServerResponse) =>
          setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(`<p>${i}</p>`), 40),
      ]),
    );
    const server = await serve(routes);
    fetcher = replayFetcher(server);
    const outlet = testOutlet({ politeness: { minDelayMs: 0, concurrency: 2 } });
    const pages = await Promise.all(
      Array.from({ length: 6 }, (_, i) => fetcher.fetchPage(`https://news.test/archives/${i}`, { outlet })),
    );
    expect(pages.map((p) => (p as FetchedPage).html)).toEqual(["<p>0</p>", "<p>1</p>", "<p>2</p>", "<p>3</p>", "<p>4</p>", "<p>5</p>"]);
    expect(server.maxInFlight).toBe(2);
  });

  it("spaces request starts on one host by the outlet's minDelayMs", async () => {
    // Measured where the limiter lets each request go, not at the server: arrival times carry
    // network jitter on a loaded machine, start times do not.
    const limiter = new HostLimiter(1);
    const politeness = { minDelayMs: 80, concurrency: 3 };
    const starts: number[] = [];
    const begin = performance.now();
    await Promise.all(
      [1, 2, 3].map(async () => {
        const release = await limiter.acquire("news.test", politeness);
        starts.push(performance.now() - begin);
        release();
      }),
    );
    // The n-th start comes no sooner than n × 80 ms after the first could go (timers may round
    // a millisecond early).
    expect(starts).toHaveLength(3);
    expect(starts[1]).toBeGreaterThanOrEqual(78);
    expect(starts[2]).toBeGreaterThanOrEqual(158);
  });

  it("answers a conditional GET with 304 as not modified", async () => {
    const server = await serve({
      "/news.test/feed": (req, res) => {
        if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
        res
          .writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"', "last-modified": "Tue, 10 Jun 2025 04:00:00 GMT" })
          .end("<rss><channel></channel></rss>");
      },
    });
    fetcher = replayFetcher(server);
    const outlet = testOutlet();
    const first = (await fetcher.fetchPage("https://news.test/feed", { outlet, accept: "feed" })) as FetchedPage;
    expect(first.etag).toBe('"v1"');
    expect(first.lastModified).toBe("Tue, 10 Jun 2025 04:00:00 GMT");
    const second = await fetcher.fetchPage("https://news.test/feed", {
      outlet,
      accept: "feed",
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second).toEqual({ notModified: true, url: "https://news.test/feed" });
    expect(server.headers[2]["if-modified-since"]).toBe("Tue, 10 Jun 2025 04:00:00 GMT");
    expect(fetcher.stats().byStatus).toEqual({ "404": 1, "200": 1, "304": 1 });
  });
});
