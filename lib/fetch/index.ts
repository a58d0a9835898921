/** Polite, resilient fetching of registry outlets' pages (see ./fetcher). */
export { createFetcher } from "./fetcher";
export type { Fetcher, FetcherOptions, FetchPageOptions, FetchStats, NotModified } from "./types";
export * from "./errors";
export { retryDelay, parseRetryAfter, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry";
export { decodeText } from "./charset";
export { parseRobots, type RobotsRules } from "./robots";
