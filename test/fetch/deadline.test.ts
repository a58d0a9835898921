import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { HttpStatusError, ServerError, type Fetcher } from "../../lib/fetch";
import type { FetchedPage } from "../../lib/types";
import { page, rejection, replayFetcher, startTestServer, testOutlet, type TestServer } from "./helpers";

const outlet = testOutlet();
let server: TestServer | undefined;
let raw: Server | undefined;
let fetcher: Fetcher;

afterEach(async () => {
  await fetcher?.close();
  await server?.close();
  raw?.close();
  server = raw = undefined;
});

/**
 * Answers `status` and then sends its body a few bytes at a time, never finishing; `closed`
 * resolves when the fetcher hangs up on it.
 */
function trickle(status: number, headers: Record<string, string> = {}) {
  let hungUp: () => void = () => undefined;
  const closed = new Promise<void>((done) => (hungUp = done));
  const route = (_req: unknown, res: ServerResponse) => {
    res.writeHead(status, { "content-type": "text/html", ...headers });
    const timer = setInterval(() => res.write("<p>x</p>"), 30);
    res.on("close", () => {
      clearInterval(timer);
      hungUp();
    });
  };
  return { route, closed };
}

describe("one deadline per request, whatever the status", () => {
  it("fails a 500 whose error page trickles in, and hangs up on it", async () => {
    const slow = trickle(500);
    server = await startTestServer({ "/news.test/a": slow.route });
    fetcher = replayFetcher(server, { retry: { maxRetries: 0 } });
    const error = await rejection(fetcher.fetchPage("https://news.test/a", { outlet }));
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(500);
    await slow.closed;
  });

  it("fails a 404 whose error page trickles in, and hangs up on it", async () => {
    const slow = trickle(404);
    server = await startTestServer({ "/news.test/gone": slow.route });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/gone", { outlet }));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(404);
    await slow.closed;
  });

  it("follows a 302 whose body trickles in, without waiting for that body", async () => {
    const slow = trickle(302, { location: "/news.test/archives/2" });
    server = await startTestServer({ "/news.test/archives/1": slow.route, "/news.test/archives/2": page("<p>ثاني</p>") });
    fetcher = replayFetcher(server);
    const result = (await fetcher.fetchPage("https://news.test/archives/1", { outlet })) as FetchedPage;
    expect(result.finalUrl).toBe("https://news.test/archives/2");
    expect(result.html).toBe("<p>ثاني</p>");
    await slow.closed;
  });

  it("answers not-modified at once for a 304 followed by trickling bytes (HTTP gives a 304 no body)", async () => {
    // node:http never sends a body with a 304, so this server writes the bytes itself.
    let hungUp: () => void = () => undefined;
    const closed = new Promise<void>((done) => (hungUp = done));
    raw = createServer((socket: Socket) => {
      socket.once("data", (request) => {
        if (request.toString().startsWith("GET /robots.txt")) {
          socket.end("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
          return;
        }
        socket.write('HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\nContent-Length: 4096\r\n\r\n');
        const timer = setInterval(() => socket.write("<p>x</p>"), 30);
        socket.on("error", () => undefined);
        socket.on("close", () => {
          clearInterval(timer);
          hungUp();
        });
      });
    });
    await new Promise<void>((ready) => raw!.listen(0, "127.0.0.1", () => ready()));
    const origin = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
    fetcher = replayFetcher({ origin } as TestServer);
    const result = await fetcher.fetchPage("https://news.test/archives/1", { outlet, etag: '"v1"' });
    expect(result).toEqual({ notModified: true, url: "https://news.test/archives/1" });
    await closed;
  });
});
