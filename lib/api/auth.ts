import { createHash, timingSafeEqual } from "node:crypto";
import type { ApiRequest, ApiResponse } from "./types";
import { problem } from "./responses";

/** The header an API key travels in (API Gateway's identity source in apiKey mode). */
export const API_KEY_HEADER = "x-api-key";

/** Keys shorter than this are refused at start-up: a key must not be guessable. */
export const MIN_API_KEY_LENGTH = 24;

/** Compares digests, so neither the length nor the content of the key leaks through timing. */
function sameKey(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The outcome of an API key check, named as the authorizer reports it. */
export type ApiKeyVerdict = "missing" | "wrong" | "ok";

/**
 * Checks a request's `x-api-key` header against the stage's keys: the rule the deployed Lambda
 * authorizer and the local adapter both apply.
 * @example checkApiKey(request.headers, ["k3y…"]) // "ok"
 */
export function checkApiKey(headers: ApiRequest["headers"], keys: readonly string[]): ApiKeyVerdict {
  const given = headers[API_KEY_HEADER];
  if (given === undefined || given === "") return "missing";
  return keys.some((key) => sameKey(given, key)) ? "ok" : "wrong";
}

/** The keys of a comma-separated secret; throws when one is too short to be safe. */
export function parseApiKeys(secret: string): string[] {
  const keys = secret.split(",").map((k) => k.trim()).filter((k) => k !== "");
  if (keys.length === 0 || keys.some((k) => k.length < MIN_API_KEY_LENGTH)) {
    throw new Error(`RASD_API_KEY must hold one or more comma-separated keys of at least ${MIN_API_KEY_LENGTH} characters`);
  }
  return keys;
}

/** API Gateway's answers when an authorizer refuses: 401 without credentials, 403 with wrong ones. */
export function refusal(verdict: Exclude<ApiKeyVerdict, "ok">): ApiResponse {
  return verdict === "missing"
    ? problem(401, "UNAUTHORIZED", `send the API key in the ${API_KEY_HEADER} header`)
    : problem(403, "FORBIDDEN", "the API key is not valid");
}
