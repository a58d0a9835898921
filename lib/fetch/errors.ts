/**
 * Fetch failures as typed errors. Each class has a stable `code` and a `kind` that says how a
 * retry policy should treat it; `retryDelay` (./retry) is the one place that acts on it.
 */

/** transient: try again soon; throttled: try again after the server's delay; permanent: do not retry. */
export type RetryKind = "transient" | "throttled" | "permanent";

export abstract class FetchError extends Error {
  abstract readonly code: string;
  abstract readonly kind: RetryKind;
  /** The real (not replay) URL the failing request was for. */
  readonly url: string;

  constructor(message: string, url: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.url = url;
  }

  /** True for transient and throttled errors. */
  get retryable(): boolean {
    return this.kind !== "permanent";
  }
}

// ── transient ────────────────────────────────────────────────────────────────

/** DNS failure, refused or reset connection, TLS failure. */
export class NetworkError extends FetchError {
  readonly code = "NETWORK";
  readonly kind = "transient";
}

export type TimeoutPhase = "connect" | "headers" | "body";

export class TimeoutError extends FetchError {
  readonly code = "TIMEOUT";
  readonly kind = "transient";
  constructor(
    readonly phase: TimeoutPhase,
    url: string,
    options?: { cause?: unknown },
  ) {
    super(`timed out waiting for the ${phase} of ${url}`, url, options);
  }
}

/** A 5xx answer; `retryAfterMs` when a 503 said how long to wait. */
export class ServerError extends FetchError {
  readonly code = "HTTP_5XX";
  readonly kind = "transient";
  constructor(
    readonly status: number,
    url: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(`HTTP ${status} from ${url}`, url);
  }
}

/**
 * The connection ended before the body was complete (fewer bytes than Content-Length, or a cut
 * compressed stream). Transient: nearly always a dropped connection or a proxy reset, and a
 * second try usually gets the whole page; a server that always lies stops at the retry cap.
 */
export class TruncatedBodyError extends FetchError {
  readonly code = "TRUNCATED_BODY";
  readonly kind = "transient";
}

/** robots.txt answered 5xx or could not be reached: RFC 9309 §2.3.1.4 says assume "disallow all" for now. */
export class RobotsUnavailableError extends FetchError {
  readonly code = "ROBOTS_UNAVAILABLE";
  readonly kind = "transient";
}

// ── throttled ────────────────────────────────────────────────────────────────

/** 429 Too Many Requests; `retryAfterMs` from the `Retry-After` header when it had one. */
export class ThrottledError extends FetchError {
  readonly code = "THROTTLED";
  readonly kind = "throttled";
  readonly status = 429;
  constructor(
    url: string,
    readonly retryAfterMs: number | null,
  ) {
    super(`HTTP 429 from ${url}${retryAfterMs === null ? "" : `, retry after ${retryAfterMs} ms`}`, url);
  }
}

// ── permanent ────────────────────────────────────────────────────────────────

/** A 4xx answer other than 429 (404, 403, 410 …), or a status the fetcher cannot use. */
export class HttpStatusError extends FetchError {
  readonly code = "HTTP_STATUS";
  readonly kind = "permanent";
  constructor(
    readonly status: number,
    url: string,
  ) {
    super(`HTTP ${status} from ${url}`, url);
  }
}

/** An article request answered with something other than HTML (PDF, image, JSON …). */
export class NotHtmlError extends FetchError {
  readonly code = "NOT_HTML";
  readonly kind = "permanent";
  constructor(
    readonly contentType: string,
    url: string,
  ) {
    super(`expected HTML from ${url}, got "${contentType}"`, url);
  }
}

/** A feed or sitemap request answered with something other than XML. */
export class NotXmlError extends FetchError {
  readonly code = "NOT_XML";
  readonly kind = "permanent";
  constructor(
    readonly contentType: string,
    url: string,
  ) {
    super(`expected a feed or sitemap (XML) from ${url}, got "${contentType}"`, url);
  }
}

/** The body (compressed or decompressed) is larger than the cap; reading stopped at the cap. */
export class TooLargeError extends FetchError {
  readonly code = "TOO_LARGE";
  readonly kind = "permanent";
  constructor(
    readonly limitBytes: number,
    url: string,
  ) {
    super(`body of ${url} exceeds ${limitBytes} bytes`, url);
  }
}

/** The URL, or a redirect target, is on a host the outlet does not list. Nothing was sent to it. */
export class ForeignHostError extends FetchError {
  readonly code = "FOREIGN_HOST";
  readonly kind = "permanent";
  constructor(
    readonly host: string,
    url: string,
  ) {
    super(`refusing ${url}: host "${host}" is not one of the outlet's hosts`, url);
  }
}

/**
 * A registry host resolved to (or is) an address that is not the public internet: loopback, a
 * private or link-local network, the metadata service, the Lambda runtime API. Refused when
 * connecting, before anything is sent.
 */
export class BlockedAddressError extends FetchError {
  readonly code = "BLOCKED_ADDRESS";
  readonly kind = "permanent";
  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string,
    url = host,
  ) {
    super(`refusing to connect to ${host}: it resolves to ${address} (${range})`, url);
  }
}

/** A redirect that would leave the port it came from, or go from https down to http. Nothing was sent to it. */
export class UnsafeRedirectError extends FetchError {
  readonly code = "UNSAFE_REDIRECT";
  readonly kind = "permanent";
  constructor(
    readonly from: string,
    readonly to: string,
    readonly reason: "port" | "downgrade",
  ) {
    super(`refusing the redirect from ${from} to ${to}: ${reason === "port" ? "it changes the port" : "it downgrades https to http"}`, from);
  }
}

/** A redirect went back to a URL already visited, or the hop limit was reached. */
export class RedirectLoopError extends FetchError {
  readonly code = "REDIRECT_LOOP";
  readonly kind = "permanent";
  constructor(
    readonly chain: readonly string[],
    url: string,
  ) {
    super(`redirect loop or too many redirects from ${url}: ${chain.join(" → ")}`, url);
  }
}

export class RobotsDisallowedError extends FetchError {
  readonly code = "ROBOTS_DISALLOWED";
  readonly kind = "permanent";
  constructor(url: string) {
    super(`robots.txt disallows ${url}`, url);
  }
}

/** Not an absolute http(s) URL. */
export class InvalidUrlError extends FetchError {
  readonly code = "INVALID_URL";
  readonly kind = "permanent";
  constructor(url: string) {
    super(`not an absolute http(s) URL: "${url}"`, url);
  }
}

/** A Content-Encoding the fetcher cannot decode, or corrupt compressed data. */
export class ContentEncodingError extends FetchError {
  readonly code = "CONTENT_ENCODING";
  readonly kind = "permanent";
}

/** The host's pacing would start this request after the caller's deadline: it is not sent (the run leaves it for the next one). */
export class PacingDeadlineError extends FetchError {
  readonly code = "PACING_DEADLINE";
  readonly kind = "permanent";
  constructor(url: string) {
    super(`not fetching ${url}: its host's pacing would start it after the run's deadline`, url);
  }
}
