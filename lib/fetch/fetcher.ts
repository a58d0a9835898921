import { setTimeout as sleep } from "node:timers/promises";
import type { IncomingHttpHeaders } from "node:http";
import type { Readable } from "node:stream";
import type { Dispatcher } from "undici";
import { Agent, request } from "./undici";
import {
  CRAWLER_TOKEN,
  FETCH_BODY_TIMEOUT_MS,
  FETCH_CONNECT_TIMEOUT_MS,
  FETCH_DISCARD_GRACE_MS,
  FETCH_HEADERS_TIMEOUT_MS,
  FETCH_MAX_BODY_BYTES,
  FETCH_MAX_REDIRECTS,
  FETCH_REQUEST_TIMEOUT_MS,
  ROBOTS_MAX_BYTES,
  USER_AGENT,
} from "../constants";
import type { Outlet } from "../outlets/registry";
import type { FetchedPage } from "../types";
import { contentCoding, decompress, readCapped } from "./body";
import { decodeText } from "./charset";
import { GZIP_FILE_TYPES, judgeType, looksLike, mimeType, type Expected } from "./content-type";
import {
  BlockedAddressError,
  FetchError,
  ForeignHostError,
  HttpStatusError,
  InvalidUrlError,
  NetworkError,
  NotHtmlError,
  NotXmlError,
  PacingDeadlineError,
  RedirectLoopError,
  RobotsDisallowedError,
  RobotsUnavailableError,
  ServerError,
  ThrottledError,
  TimeoutError,
  TooLargeError,
  TruncatedBodyError,
  UnsafeRedirectError,
  type TimeoutPhase,
} from "./errors";
import { guardedConnector } from "./address-guard";
import { HostLimiter } from "./host-limiter";
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay, type RetryPolicy } from "./retry";
import { ALLOW_ALL, parseRobots, type RobotsRules } from "./robots";
import type { FetchPageOptions, FetchStats, Fetcher, FetcherOptions, NotModified } from "./types";

type ResponseData = Dispatcher.ResponseData;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT: Readonly<Record<Expected, string>> = {
  html: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  feed: "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
  text: "text/plain,*/*;q=0.1",
};

/** Bytes of an unwanted body (a redirect's or an error page's) read so the connection can be reused. */
const DISCARD_LIMIT_BYTES = 64 * 1024;

const UNDICI_TIMEOUTS: Readonly<Record<string, "connect" | "headers" | "body">> = {
  UND_ERR_CONNECT_TIMEOUT: "connect",
  UND_ERR_HEADERS_TIMEOUT: "headers",
  UND_ERR_BODY_TIMEOUT: "body",
};

/** What one request returned, before redirects are followed. */
/** robots.txt could not be read for this reason: nothing is fetched from that host this run. */
type RobotsUnavailable = { unavailable: FetchError };

type Attempt =
  | { kind: "redirect"; location: URL }
  | { kind: "not-modified" }
  | { kind: "body"; status: number; contentType: string; charset: string; text: string; etag: string | null; lastModified: string | null };

interface GetOptions {
  outlet: Outlet;
  expected: Expected;
  etag?: string | null;
  lastModified?: string | null;
  maxBytes: number;
  checkRobots: boolean;
  notAfter?: number;
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** Stop reading a body and close its connection; the abort error it then emits is expected. */
function abandon(body: Readable): void {
  body.on("error", () => undefined);
  body.destroy();
}

function parseHttpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : null;
  } catch {
    return null;
  }
}

/** Refuse a URL that is not http(s) or not on one of the outlet's hosts. */
function checkHost(url: URL, outlet: Outlet): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InvalidUrlError(url.href);
  const hosts = outlet.hosts.map((h) => h.toLowerCase());
  if (!hosts.includes(url.hostname)) throw new ForeignHostError(url.hostname, url.href);
}

/** Map a thrown undici or socket error to a FetchError; `inBody` tells a cut body from a failed connection. */
function classifyError(error: unknown, url: string, inBody: boolean): unknown {
  // The address guard knows the host it refused, not the URL.
  if (error instanceof BlockedAddressError) return new BlockedAddressError(error.host, error.address, error.range, url);
  if (error instanceof FetchError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return error;
  const phase = UNDICI_TIMEOUTS[code];
  if (phase) return new TimeoutError(phase, url, { cause: error });
  if (code === "UND_ERR_RES_CONTENT_LENGTH_MISMATCH" || (inBody && code === "UND_ERR_SOCKET")) {
    return new TruncatedBodyError(`body of ${url} ended before its Content-Length`, url, { cause: error });
  }
  return new NetworkError(`${code} while fetching ${url}`, url, { cause: error });
}

class HttpFetcher implements Fetcher {
  private readonly agent: Agent;
  private readonly limiter: HostLimiter;
  private readonly retry: RetryPolicy;
  private readonly replay: URL | null;
  private readonly robots = new Map<string, Promise<RobotsRules | RobotsUnavailable>>();
  private readonly counts: FetchStats = { responses: 0, byStatus: {}, errors: {} };
  private readonly userAgent: string;
  private readonly headersTimeoutMs: number;
  private readonly requestTimeoutMs: number;
  private readonly maxBodyBytes: number;
  private readonly maxRedirects: number;

  constructor(options: FetcherOptions) {
    this.replay = options.replayOrigin ? new URL(options.replayOrigin) : null;
    this.userAgent = options.userAgent ?? USER_AGENT;
    this.headersTimeoutMs = options.headersTimeoutMs ?? FETCH_HEADERS_TIMEOUT_MS;
    this.requestTimeoutMs = options.requestTimeoutMs ?? FETCH_REQUEST_TIMEOUT_MS;
    this.maxBodyBytes = options.maxBodyBytes ?? FETCH_MAX_BODY_BYTES;
    this.maxRedirects = options.maxRedirects ?? FETCH_MAX_REDIRECTS;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.limiter = new HostLimiter(options.paceScale ?? (this.replay ? 0 : 1));
    const timeoutMs = options.connectTimeoutMs ?? FETCH_CONNECT_TIMEOUT_MS;
    this.agent = new Agent({
      connect: options.allowPrivateAddresses
        ? { timeout: timeoutMs, lookup: options.lookup }
        : guardedConnector({ timeoutMs, resolve: options.lookup, trusted: this.replay?.host }),
      headersTimeout: this.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs ?? FETCH_BODY_TIMEOUT_MS,
    });
  }

  async fetchPage(url: string, opts: FetchPageOptions): Promise<FetchedPage | NotModified> {
    const real = parseHttpUrl(url);
    if (!real) throw new InvalidUrlError(url);
    const result = await this.get(real, {
      outlet: opts.outlet,
      expected: opts.accept ?? "html",
      etag: opts.etag,
      lastModified: opts.lastModified,
      maxBytes: this.maxBodyBytes,
      checkRobots: true,
      notAfter: opts.notAfter,
    });
    if (result.attempt.kind === "not-modified") return { notModified: true, url: real.href };
    const page = result.attempt;
    return {
      url: real.href,
      finalUrl: result.finalUrl.href,
      status: page.status,
      contentType: page.contentType,
      charset: page.charset,
      html: page.text,
      fetchedAt: new Date().toISOString(),
      etag: page.etag,
      lastModified: page.lastModified,
    };
  }

  stats(): FetchStats {
    return { responses: this.counts.responses, byStatus: { ...this.counts.byStatus }, errors: { ...this.counts.errors } };
  }

  /** Close pooled connections; calling it again is a no-op. */
  async close(): Promise<void> {
    if (this.agent.closed || this.agent.destroyed) return;
    await this.agent.close();
  }

  /** Fetch `start`, following redirects within the outlet's hosts; each hop is checked before it is contacted. */
  private async get(start: URL, opts: GetOptions): Promise<{ finalUrl: URL; attempt: Exclude<Attempt, { kind: "redirect" }> }> {
    const chain = [start.href];
    let current = start;
    for (;;) {
      await this.checkAllowed(current, opts);
      const attempt = await this.attemptWithRetries(current, opts);
      if (attempt.kind !== "redirect") return { finalUrl: current, attempt };
      const next = attempt.location;
      if (chain.includes(next.href) || chain.length > this.maxRedirects) {
        throw new RedirectLoopError([...chain, next.href], start.href);
      }
      checkHost(next, opts.outlet);
      // Same hosts are not enough: another port of a registry host is another service, and
      // https → http would let anyone on the path answer for the outlet.
      if (next.port !== current.port) throw new UnsafeRedirectError(current.href, next.href, "port");
      if (current.protocol === "https:" && next.protocol === "http:") throw new UnsafeRedirectError(current.href, next.href, "downgrade");
      chain.push(next.href);
      current = next;
    }
  }

  /** Refuse, before any request, a URL off the outlet's hosts or one robots.txt disallows. */
  private async checkAllowed(url: URL, opts: GetOptions): Promise<void> {
    checkHost(url, opts.outlet);
    if (!opts.checkRobots) return;
    const rules = await this.robotsFor(url, opts.outlet);
    if ("unavailable" in rules) {
      const why = rules.unavailable.message;
      throw new RobotsUnavailableError(`robots.txt of ${url.host} could not be read (${why}); not fetching ${url.href}`, url.href, {
        cause: rules.unavailable,
      });
    }
    if (!rules.allows(url.pathname + url.search)) throw new RobotsDisallowedError(url.href);
  }

  /** robots.txt of the URL's origin, fetched once per fetcher. */
  private robotsFor(url: URL, outlet: Outlet): Promise<RobotsRules | RobotsUnavailable> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      rules = this.loadRobots(new URL("/robots.txt", url.origin), outlet);
      this.robots.set(url.origin, rules);
    }
    return rules;
  }

  private async loadRobots(robotsUrl: URL, outlet: Outlet): Promise<RobotsRules | RobotsUnavailable> {
    try {
      const { attempt } = await this.get(robotsUrl, {
        outlet,
        expected: "text",
        maxBytes: ROBOTS_MAX_BYTES,
        checkRobots: false,
      });
      return attempt.kind === "body" ? parseRobots(attempt.text, CRAWLER_TOKEN) : ALLOW_ALL;
    } catch (error) {
      // RFC 9309 §2.3.1: a robots.txt that is missing (4xx) or unusable allows everything;
      // one that is unreachable (5xx, network) disallows everything until it can be read.
      if (error instanceof FetchError && error.kind === "permanent") return ALLOW_ALL;
      if (error instanceof FetchError) return { unavailable: error };
      throw error;
    }
  }

  private async attemptWithRetries(url: URL, opts: GetOptions): Promise<Attempt> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.attemptOnce(url, opts);
      } catch (error) {
        // Status errors are already in byStatus; count the failures that had no status of their own.
        if (error instanceof FetchError && !(error instanceof HttpStatusError || error instanceof ServerError || error instanceof ThrottledError)) {
          this.counts.errors[error.code] = (this.counts.errors[error.code] ?? 0) + 1;
        }
        const delay = retryDelay(error, attempt, this.retry);
        if (delay === null) throw error;
        if (error instanceof ThrottledError || (error instanceof ServerError && error.retryAfterMs !== null)) {
          this.limiter.defer(url.host, delay);
        }
        await sleep(delay);
      }
    }
  }

  /** The URL a request for `real` is sent to: itself, or its path under the replay origin. */
  private wireUrl(real: URL): string {
    if (!this.replay) return real.href;
    return `${this.replay.origin}/${real.host}${real.pathname}${real.search}`;
  }

  /** A redirect's Location as a real URL; one pointing into the replay origin maps back to its host. */
  private realLocation(location: string, wire: string, real: URL): URL {
    let resolved: URL;
    try {
      resolved = new URL(location, this.replay ? wire : real);
    } catch {
      throw new InvalidUrlError(location);
    }
    if (!this.replay || resolved.origin !== this.replay.origin) return resolved;
    const match = /^\/([^/]+)(\/.*)?$/.exec(resolved.pathname);
    if (!match) throw new InvalidUrlError(location);
    return new URL(`${real.protocol}//${match[1]}${match[2] ?? "/"}${resolved.search}`);
  }

  private async attemptOnce(url: URL, opts: GetOptions): Promise<Attempt> {
    const release = await this.limiter.acquire(url.host, opts.outlet.politeness, opts.notAfter);
    if (!release) throw new PacingDeadlineError(url.href);
    try {
      return await this.exchange(url, opts);
    } finally {
      release();
    }
  }

  /**
   * One request and its response under one deadline, whatever the status: connection, headers
   * (which have a shorter limit of their own) and the body, read or discarded.
   */
  private async exchange(url: URL, opts: GetOptions): Promise<Attempt> {
    let phase: TimeoutPhase = "headers";
    const deadline = new AbortController();
    const expire = () => deadline.abort(new TimeoutError(phase, url.href));
    // undici's own headers timeout ticks at ~1 s resolution; this one is exact, undici's is the backstop.
    const headersTimer = setTimeout(expire, this.headersTimeoutMs);
    const requestTimer = setTimeout(expire, this.requestTimeoutMs);
    try {
      const wire = this.wireUrl(url);
      let response: ResponseData;
      try {
        response = await request(wire, { method: "GET", headers: this.requestHeaders(opts), dispatcher: this.agent, signal: deadline.signal });
      } catch (error) {
        throw deadline.signal.aborted ? deadline.signal.reason : classifyError(error, url.href, false);
      }
      clearTimeout(headersTimer);
      phase = "body";
      return await this.classify(response, url, wire, opts, deadline.signal);
    } finally {
      clearTimeout(headersTimer);
      clearTimeout(requestTimer);
    }
  }

  private requestHeaders(opts: GetOptions): Record<string, string> {
    const headers: Record<string, string> = {
      "user-agent": this.userAgent,
      accept: ACCEPT[opts.expected],
      "accept-encoding": "gzip, deflate, br",
      "accept-language": "ar,en;q=0.5",
    };
    if (opts.etag) headers["if-none-match"] = opts.etag;
    if (opts.lastModified) headers["if-modified-since"] = opts.lastModified;
    return headers;
  }

  /** A response as an Attempt; the body is read only for a 2xx of an acceptable type, any other is discarded at once. */
  private async classify(response: ResponseData, url: URL, wire: string, opts: GetOptions, deadline: AbortSignal): Promise<Attempt> {
    const { statusCode: status, headers: h, body } = response;
    this.counts.responses += 1;
    this.counts.byStatus[status] = (this.counts.byStatus[status] ?? 0) + 1;
    // A body that has already arrived is drained so the connection is reused; one still
    // trickling in is cut after a short grace (the request deadline cuts it anyway).
    const discard = () => body.dump({ limit: DISCARD_LIMIT_BYTES, signal: AbortSignal.timeout(FETCH_DISCARD_GRACE_MS) }).catch(() => undefined);

    if (REDIRECT_STATUSES.has(status) && header(h, "location")) {
      await discard();
      return { kind: "redirect", location: this.realLocation(header(h, "location") ?? "", wire, url) };
    }
    if (status === 304) {
      await discard();
      return { kind: "not-modified" };
    }
    if (status === 429 || status >= 500) {
      await discard();
      const retryAfterMs = parseRetryAfter(header(h, "retry-after"), new Date());
      throw status === 429 ? new ThrottledError(url.href, retryAfterMs) : new ServerError(status, url.href, retryAfterMs);
    }
    if (status < 200 || status >= 300) {
      await discard();
      throw new HttpStatusError(status, url.href);
    }

    const contentType = header(h, "content-type") ?? "";
    const verdict = judgeType(contentType, opts.expected);
    const wrongType = () =>
      opts.expected === "html" ? new NotHtmlError(contentType, url.href) : new NotXmlError(contentType, url.href);
    if (verdict === "refuse") {
      abandon(body);
      throw wrongType();
    }
    const declaredLength = Number(header(h, "content-length") ?? Number.NaN);
    if (declaredLength > opts.maxBytes) {
      abandon(body);
      throw new TooLargeError(opts.maxBytes, url.href);
    }
    // Parsed before reading so an unknown coding costs no download.
    const coding = contentCoding(header(h, "content-encoding"), url.href);

    let raw: Buffer;
    try {
      raw = await readCapped(body, { maxBytes: opts.maxBytes, deadline, url: url.href });
    } catch (error) {
      throw classifyError(error, url.href, true);
    }
    if (Number.isFinite(declaredLength) && raw.length < declaredLength) {
      throw new TruncatedBodyError(`body of ${url.href} has ${raw.length} of ${declaredLength} bytes`, url.href);
    }
    let bytes = decompress(raw, coding, { maxBytes: opts.maxBytes, url: url.href });
    const isGzipFile = bytes[0] === 0x1f && bytes[1] === 0x8b;
    if (opts.expected === "feed" && GZIP_FILE_TYPES.has(mimeType(contentType)) && isGzipFile) {
      bytes = decompress(bytes, "gzip", { maxBytes: opts.maxBytes, url: url.href });
    }
    const { text, charset } = decodeText(bytes, contentType);
    if (verdict === "sniff" && !looksLike(text, opts.expected)) throw wrongType();

    return {
      kind: "body",
      status,
      contentType,
      charset,
      text,
      etag: header(h, "etag"),
      lastModified: header(h, "last-modified"),
    };
  }
}

/**
 * A polite HTTP client for registry outlets: host allow-list, robots.txt, per-host pacing,
 * timeouts, retries with backoff, conditional GET, size cap, decompression and charset decoding.
 *
 * @example
 * const fetcher = createFetcher({});
 * const page = await fetcher.fetchPage("https://www.enabbaladi.net/archives/651728", { outlet });
 * await fetcher.close();
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  return new HttpFetcher(options);
}
