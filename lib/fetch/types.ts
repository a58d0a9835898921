import type { LookupFunction } from "node:net";
import type { Outlet } from "../outlets/registry";
import type { FetchedPage } from "../types";
import type { RetryPolicy } from "./retry";

export interface FetcherOptions {
  /** Defaults to USER_AGENT (lib/constants). */
  userAgent?: string;
  connectTimeoutMs?: number;
  /** From sending the request (connection set-up included) to the response headers. */
  headersTimeoutMs?: number;
  /** Longest pause between two chunks of a body. */
  bodyTimeoutMs?: number;
  /** From sending the request to the last byte of its body, whatever the status (redirects, error pages and 304s included). */
  requestTimeoutMs?: number;
  /** Cap on body bytes, compressed and decompressed alike. */
  maxBodyBytes?: number;
  maxRedirects?: number;
  retry?: Partial<RetryPolicy>;
  /**
   * Send every request to this origin instead ("http://127.0.0.1:43210"): `https://HOST/PATH?Q`
   * goes to `${replayOrigin}/HOST/PATH?Q`. Host checks, robots and returned URLs stay real.
   */
  replayOrigin?: string;
  /**
   * Let the fetcher connect to loopback and private addresses, which it otherwise refuses at
   * connect time (SSRF). Only for local runs and tests that serve pages on 127.0.0.1; the
   * Lambda never sets it. The `replayOrigin` itself is always allowed: the caller named it.
   */
  allowPrivateAddresses?: boolean;
  /** Resolves host names (dns.lookup by default); tests map registry hosts to loopback with it. */
  lookup?: LookupFunction;
  /**
   * Multiplies each outlet's `politeness.minDelayMs`. Default 1, or 0 when `replayOrigin` is set,
   * so the demo and tests do not wait. Per-host concurrency applies either way.
   */
  paceScale?: number;
}

/** A conditional GET answered 304: the caller's copy is current. */
export interface NotModified {
  notModified: true;
  url: string;
}

export interface FetchPageOptions {
  outlet: Outlet;
  etag?: string | null;
  lastModified?: string | null;
  /** "html" (default) for article and listing pages, "feed" for RSS/Atom/sitemaps. */
  accept?: "html" | "feed";
  /** Epoch ms: a request (or retry) that the host's pacing would start later is not sent; throws PacingDeadlineError. */
  notAfter?: number;
}

/** Counts for the run log. */
export interface FetchStats {
  /** HTTP responses received, robots.txt and redirects included. */
  responses: number;
  /** Responses by status code: { "200": 41, "304": 3, "404": 1 }. */
  byStatus: Record<string, number>;
  /** Attempts that failed without an HTTP status (timeouts, network, truncated or oversized bodies, refusals), by FetchError code, retried ones included: { "TIMEOUT": 2 }. */
  errors: Record<string, number>;
}

export interface Fetcher {
  /** GET a page of a registry outlet. Throws a FetchError subclass; returns NotModified for a conditional GET that answered 304. */
  fetchPage(url: string, opts: FetchPageOptions): Promise<FetchedPage | NotModified>;
  stats(): FetchStats;
  close(): Promise<void>;
}
