import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Outlet } from "../../lib/outlets/registry";
import { createFetcher } from "../../lib/fetch";
import type { Fetcher, FetcherOptions } from "../../lib/fetch";

/** Answers one request; `hit` counts requests to this path so far (1 on the first). */
export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export interface TestServer {
  origin: string;
  /** Request paths (with query) in arrival order. */
  hits: string[];
  /** Arrival times (ms since epoch), parallel to `hits`. */
  times: number[];
  /** Most requests ever in flight at once. */
  maxInFlight: number;
  headers: IncomingMessage["headers"][];
  /** Requests to a path, robots.txt and everything else counted apart. */
  count(path: string): number;
  close(): Promise<void>;
}

/** A real node:http server on 127.0.0.1, port 0. Unknown paths answer 404. */
export async function startTestServer(routes: Record<string, Route>): Promise<TestServer> {
  const perPath = new Map<string, number>();
  let inFlight = 0;
  const state: TestServer = {
    origin: "",
    hits: [],
    times: [],
    maxInFlight: 0,
    headers: [],
    count: (path) => state.hits.filter((h) => h.split("?")[0] === path).length,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    const path = url.split("?")[0];
    state.hits.push(url);
    state.times.push(Date.now());
    state.headers.push(req.headers);
    inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on("close", () => (inFlight -= 1));
    const hit = (perPath.get(path) ?? 0) + 1;
    perPath.set(path, hit);
    const route = routes[path];
    if (route) route(req, res, hit);
    else res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", () => ready()));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

/** Servers a test file starts, closed together (call `closeAll` after each test). */
export function serverPool(): { serve(routes: Record<string, Route>): Promise<TestServer>; closeAll(): Promise<void> } {
  const started: TestServer[] = [];
  return {
    async serve(routes) {
      const server = await startTestServer(routes);
      started.push(server);
      return server;
    },
    async closeAll() {
      await Promise.all(started.splice(0).map((s) => s.close()));
    },
  };
}

export const HTML = "text/html; charset=utf-8";

/** A route that answers 200 with this HTML. */
export function page(html: string, headers: Record<string, string | number> = {}): Route {
  return (_req, res) => res.writeHead(200, { "content-type": HTML, ...headers }).end(html);
}

/** An outlet on the fictional hosts news.test and www.news.test, with no pacing. */
export function testOutlet(overrides: Partial<Outlet> = {}): Outlet {
  return {
    id: "test-news",
    name: "Test News",
    nameAr: "أخبار الاختبار",
    home: "https://news.test/",
    hosts: ["news.test", "www.news.test"],
    discovery: [],
    articlePattern: /^https:\/\/(www\.)?news\.test\/archives\/\d+$/,
    politeness: { minDelayMs: 0, concurrency: 2 },
    ...overrides,
  };
}

/** Small timeouts and near-zero backoff so fault tests take milliseconds. */
export const FAST: FetcherOptions = {
  connectTimeoutMs: 500,
  headersTimeoutMs: 150,
  bodyTimeoutMs: 150,
  requestTimeoutMs: 400,
  retry: { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 20 },
};

export function replayFetcher(server: TestServer, options: FetcherOptions = {}): Fetcher {
  return createFetcher({ ...FAST, replayOrigin: server.origin, ...options });
}

/** Encode text in a single-byte charset such as windows-1256 (Node has no encoder for them). */
export function encodeSingleByte(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const ch = decoder.decode(Uint8Array.of(byte));
    if (!table.has(ch)) table.set(ch, byte);
  }
  return Buffer.from(
    [...text].map((ch) => {
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`"${ch}" has no ${encoding} byte`);
      return byte;
    }),
  );
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the promise to reject");
}
