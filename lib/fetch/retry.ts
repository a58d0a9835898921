import {
  FETCH_MAX_RETRIES,
  FETCH_MAX_RETRY_AFTER_MS,
  FETCH_RETRY_BASE_DELAY_MS,
  FETCH_RETRY_MAX_DELAY_MS,
} from "../constants";
import { FetchError, ServerError, ThrottledError } from "./errors";

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Milliseconds before the first retry; doubles per retry. */
  baseDelayMs: number;
  /** Milliseconds; backoff never waits longer. */
  maxDelayMs: number;
  /** Milliseconds; a longer `Retry-After` is not waited for. */
  maxRetryAfterMs: number;
  /** A number in [0, 1); Math.random unless a test pins it. */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: FETCH_MAX_RETRIES,
  baseDelayMs: FETCH_RETRY_BASE_DELAY_MS,
  maxDelayMs: FETCH_RETRY_MAX_DELAY_MS,
  maxRetryAfterMs: FETCH_MAX_RETRY_AFTER_MS,
  random: Math.random,
};

/**
 * The one retry decision: milliseconds to wait before the next attempt, or null to give up.
 * `attempt` counts the attempts made so far (1 after the first failure).
 *
 * @example
 * const wait = retryDelay(err, 1, DEFAULT_RETRY_POLICY); // null for a 404, ~1 s for a 500
 */
export function retryDelay(error: unknown, attempt: number, policy: RetryPolicy): number | null {
  // Anything that is not a FetchError is a bug in our code; retrying would only repeat it.
  if (!(error instanceof FetchError) || error.kind === "permanent") return null;
  if (attempt > policy.maxRetries) return null;

  const serverDelay =
    error instanceof ThrottledError || error instanceof ServerError ? error.retryAfterMs : null;
  if (serverDelay !== null) {
    // Waiting less than the server asked is impolite; waiting longer than the cap holds the run.
    return serverDelay <= policy.maxRetryAfterMs ? serverDelay : null;
  }

  // "Equal jitter": half the backoff is fixed, half random, so retries never bunch at zero.
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(backoff / 2 + policy.random() * (backoff / 2));
}

const DELAY_SECONDS = /^\s*(\d+)\s*$/;

/**
 * A `Retry-After` header value (delay in seconds, or an HTTP date) as milliseconds from `now`;
 * null when absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  const seconds = DELAY_SECONDS.exec(value);
  if (seconds) return Number(seconds[1]) * 1_000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
