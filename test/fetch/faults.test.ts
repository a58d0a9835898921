import { afterEach, describe, expect, it } from "vitest";
import {
  HttpStatusError,
  NotHtmlError,
  RedirectLoopError,
  ServerError,
  ThrottledError,
  TimeoutError,
  TooLargeError,
  TruncatedBodyError,
  type Fetcher,
} from "../../lib/fetch";
import type { FetchedPage } from "../../lib/types";
import { HTML, page, rejection, replayFetcher, startTestServer, testOutlet, type TestServer } from "./helpers";

const outlet = testOutlet();
let server: TestServer;
let fetcher: Fetcher;

afterEach(async () => {
  await fetcher?.close();
  await server?.close();
});

describe("fetcher fault policy", () => {
  it("retries a response whose headers never come, then fails with a transient timeout", async () => {
    server = await startTestServer({ "/news.test/slow": () => undefined });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/slow", { outlet }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).phase).toBe("headers");
    expect((error as TimeoutError).kind).toBe("transient");
    expect(server.count("/news.test/slow")).toBe(3);
    expect(fetcher.stats().errors).toEqual({ TIMEOUT: 3 });
  });

  it("times out a body that stalls half-way", async () => {
    server = await startTestServer({
      "/news.test/stall": (_req, res) => {
        res.writeHead(200, { "content-type": HTML });
        res.write("<html><body><p>بداية");
      },
    });
    fetcher = replayFetcher(server, { retry: { maxRetries: 0 } });
    const error = await rejection(fetcher.fetchPage("https://news.test/stall", { outlet }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).phase).toBe("body");
    expect(server.count("/news.test/stall")).toBe(1);
  });

  it("times out a body that trickles in under the idle timeout but past the total budget", async () => {
    server = await startTestServer({
      "/news.test/trickle": (_req, res) => {
        res.writeHead(200, { "content-type": HTML });
        const timer = setInterval(() => res.write("<p>x</p>"), 40);
        res.on("close", () => clearInterval(timer));
      },
    });
    fetcher = replayFetcher(server, { retry: { maxRetries: 0 } });
    const error = await rejection(fetcher.fetchPage("https://news.test/trickle", { outlet }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).phase).toBe("body");
  });

  it("waits for Retry-After on a 429, then succeeds", async () => {
    server = await startTestServer({
      "/news.test/busy": (req, res, hit) =>
        hit === 1
          ? res.writeHead(429, { "retry-after": "1" }).end()
          : page("<p>تم</p>")(req, res, hit),
    });
    fetcher = replayFetcher(server);
    const result = (await fetcher.fetchPage("https://news.test/busy", { outlet })) as FetchedPage;
    expect(result.html).toBe("<p>تم</p>");
    const [first, second] = server.times.filter((_, i) => server.hits[i] === "/news.test/busy");
    expect(second - first).toBeGreaterThanOrEqual(950);
    expect(fetcher.stats().byStatus).toEqual({ "404": 1, "429": 1, "200": 1 });
  });

  it("gives up at once, throttled, when Retry-After is longer than the cap", async () => {
    server = await startTestServer({
      "/news.test/busy": (_req, res) => res.writeHead(429, { "retry-after": "3600" }).end(),
    });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/busy", { outlet }));
    expect(error).toBeInstanceOf(ThrottledError);
    expect((error as ThrottledError).retryAfterMs).toBe(3_600_000);
    expect(server.count("/news.test/busy")).toBe(1);
  });

  it("retries a 500 once and returns the page", async () => {
    server = await startTestServer({
      "/news.test/flaky": (req, res, hit) =>
        hit === 1 ? res.writeHead(500).end("oops") : page("<p>ok</p>")(req, res, hit),
    });
    fetcher = replayFetcher(server);
    const result = (await fetcher.fetchPage("https://news.test/flaky", { outlet })) as FetchedPage;
    expect(result.status).toBe(200);
    expect(result.html).toBe("<p>ok</p>");
    expect(server.count("/news.test/flaky")).toBe(2);
    expect(fetcher.stats()).toEqual({
      responses: 3,
      byStatus: { "404": 1, "500": 1, "200": 1 },
      errors: {},
    });
  });

  it("fails transient after the retry cap when a 503 persists", async () => {
    server = await startTestServer({ "/news.test/down": (_req, res) => res.writeHead(503).end() });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/down", { outlet }));
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
    expect(server.count("/news.test/down")).toBe(3);
  });

  it("does not retry a 404", async () => {
    server = await startTestServer({});
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/archives/1", { outlet }));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(404);
    expect((error as HttpStatusError).retryable).toBe(false);
    expect(server.count("/news.test/archives/1")).toBe(1);
  });

  it("ends a redirect loop with an error", async () => {
    server = await startTestServer({
      "/news.test/a": (_req, res) => res.writeHead(301, { location: "https://news.test/b" }).end(),
      "/news.test/b": (_req, res) => res.writeHead(302, { location: "https://news.test/a" }).end(),
    });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/a", { outlet }));
    expect(error).toBeInstanceOf(RedirectLoopError);
    expect((error as RedirectLoopError).chain).toEqual(["https://news.test/a", "https://news.test/b", "https://news.test/a"]);
    expect(server.count("/news.test/a") + server.count("/news.test/b")).toBe(2);
  });

  it("stops an endless redirect chain after maxRedirects hops", async () => {
    server = await startTestServer(
      Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [
          `/news.test/r${i}`,
          (_req, res) => res.writeHead(307, { location: `/news.test/r${i + 1}` }).end(),
        ]),
      ),
    );
    fetcher = replayFetcher(server, { maxRedirects: 3 });
    const error = await rejection(fetcher.fetchPage("https://news.test/r0", { outlet }));
    expect(error).toBeInstanceOf(RedirectLoopError);
    expect(server.hits.filter((h) => /^\/news\.test\/r\d/.test(h))).toEqual([
      "/news.test/r0",
      "/news.test/r1",
      "/news.test/r2",
      "/news.test/r3",
    ]);
  });

  it("fails, then retries, a body shorter than its Content-Length", async () => {
    server = await startTestServer({
      "/news.test/cut": (_req, res) => {
        res.writeHead(200, { "content-type": HTML, "content-length": 1_000 });
        res.write("<html><body>".padEnd(100, " "), () => res.socket?.destroy());
      },
    });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/cut", { outlet }));
    expect(error).toBeInstanceOf(TruncatedBodyError);
    expect(server.count("/news.test/cut")).toBe(3);
  });

  it("cuts a 10 MB page at the size cap with a permanent error, without reading it all", async () => {
    const total = 10 * 1024 * 1024;
    let written = 0;
    server = await startTestServer({
      "/news.test/huge": (_req, res) => {
        // Chunked (no Content-Length), written only as fast as the client reads.
        res.writeHead(200, { "content-type": HTML });
        const chunk = Buffer.alloc(64 * 1024, "a");
        const pump = () => {
          while (written < total) {
            written += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("close", () => res.removeAllListeners("drain"));
        pump();
      },
    });
    // Deadlines far above FAST's: on a loaded machine reading 1 MB can outlast 400 ms, and a
    // timeout's retry would make this a test of timing rather than of the size cap.
    fetcher = replayFetcher(server, {
      maxBodyBytes: 1024 * 1024,
      headersTimeoutMs: 10_000,
      bodyTimeoutMs: 10_000,
      requestTimeoutMs: 20_000,
    });
    const error = await rejection(fetcher.fetchPage("https://news.test/huge", { outlet }));
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as TooLargeError).kind).toBe("permanent");
    expect(server.count("/news.test/huge")).toBe(1);
    // The server could not push the whole page: reading stopped at the cap (plus socket buffers).
    expect(written).toBeLessThan(total / 2);
  });

  it("refuses a page whose Content-Length is over the cap before reading it", async () => {
    server = await startTestServer({
      "/news.test/declared": (_req, res) => {
        res.writeHead(200, { "content-type": HTML, "content-length": 10 * 1024 * 1024 });
        res.write("<html>");
      },
    });
    fetcher = replayFetcher(server, { maxBodyBytes: 1024 * 1024 });
    const error = await rejection(fetcher.fetchPage("https://news.test/declared", { outlet }));
    expect(error).toBeInstanceOf(TooLargeError);
  });

  it("refuses a PDF as not HTML, without retrying", async () => {
    server = await startTestServer({
      "/news.test/report.pdf": (_req, res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4"),
    });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/report.pdf", { outlet }));
    expect(error).toBeInstanceOf(NotHtmlError);
    expect((error as NotHtmlError).contentType).toBe("application/pdf");
    expect(server.count("/news.test/report.pdf")).toBe(1);
  });

  it("fetches malformed HTML as it is (cleaning is the cleaner's job)", async () => {
    const broken = "<html><body><p>قتل <div><b>3</p></i><table><td>عناصر";
    server = await startTestServer({ "/news.test/broken": page(broken) });
    fetcher = replayFetcher(server);
    const result = (await fetcher.fetchPage("https://news.test/broken", { outlet })) as FetchedPage;
    expect(result.html).toBe(broken);
  });
});
