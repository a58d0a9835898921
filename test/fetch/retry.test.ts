import { describe, expect, it } from "vitest";
import {
  DEFAULT_RETRY_POLICY,
  HttpStatusError,
  NetworkError,
  NotHtmlError,
  parseRetryAfter,
  retryDelay,
  ServerError,
  ThrottledError,
  TimeoutError,
  type RetryPolicy,
} from "../../lib/fetch";

const policy: RetryPolicy = {
  maxRetries: 2,
  baseDelayMs: 1_000,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  random: () => 0.5,
};
const url = "https://news.test/archives/1";

describe("retryDelay", () => {
  it("does not retry a 404", () => {
    expect(retryDelay(new HttpStatusError(404, url), 1, policy)).toBeNull();
  });
  it("does not retry a page that is not HTML", () => {
    expect(retryDelay(new NotHtmlError("application/pdf", url), 1, policy)).toBeNull();
  });
  it("backs off exponentially with equal jitter on transient errors", () => {
    expect(retryDelay(new ServerError(500, url), 1, policy)).toBe(750);
    expect(retryDelay(new TimeoutError("headers", url), 2, policy)).toBe(1_500);
  });
  it("keeps jitter between half and all of the backoff", () => {
    expect(retryDelay(new NetworkError("reset", url), 1, { ...policy, random: () => 0 })).toBe(500);
    expect(retryDelay(new NetworkError("reset", url), 1, { ...policy, random: () => 0.999 })).toBe(1_000);
  });
  it("caps the backoff at maxDelayMs", () => {
    // Uncapped, the 5th retry would back off 16 s; capped at 8 s, its fixed half is 4 s.
    expect(retryDelay(new NetworkError("reset", url), 5, { ...policy, maxRetries: 10, random: () => 0 })).toBe(4_000);
  });
  it("stops after maxRetries", () => {
    expect(retryDelay(new ServerError(500, url), 3, policy)).toBeNull();
  });
  it("waits exactly the Retry-After of a 429", () => {
    expect(retryDelay(new ThrottledError(url, 2_000), 1, policy)).toBe(2_000);
  });
  it("backs off normally on a 429 without Retry-After", () => {
    expect(retryDelay(new ThrottledError(url, null), 1, policy)).toBe(750);
  });
  it("gives up when Retry-After is longer than the cap", () => {
    expect(retryDelay(new ThrottledError(url, 120_000), 1, policy)).toBeNull();
  });
  it("does not retry errors that are not FetchErrors (bugs)", () => {
    expect(retryDelay(new TypeError("x is undefined"), 1, policy)).toBeNull();
  });
  it("retries twice by default", () => {
    expect(DEFAULT_RETRY_POLICY.maxRetries).toBe(2);
  });
});

describe("parseRetryAfter", () => {
  const now = new Date("2025-06-10T04:00:00Z");
  it("reads delay-seconds", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
  });
  it("reads an HTTP date", () => {
    expect(parseRetryAfter("Tue, 10 Jun 2025 04:00:30 GMT", now)).toBe(30_000);
  });
  it("reads a past date as no wait", () => {
    expect(parseRetryAfter("Tue, 10 Jun 2025 03:00:00 GMT", now)).toBe(0);
  });
  it("returns null for a missing or unreadable value", () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
  });
});
