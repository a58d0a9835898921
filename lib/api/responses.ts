import type { ApiResponse } from "./types";

/** Responses hold data from the table; proxies and browsers must not keep a copy for others. */
const PRIVATE = { "cache-control": "private, no-store", "x-content-type-options": "nosniff" };

export function json(status: number, value: unknown, contentType = "application/json; charset=utf-8"): ApiResponse {
  return { status, headers: { ...PRIVATE, "content-type": contentType }, body: JSON.stringify(value) };
}

export function html(status: number, page: string, contentSecurityPolicy: string): ApiResponse {
  return {
    status,
    headers: { ...PRIVATE, "content-type": "text/html; charset=utf-8", "content-security-policy": contentSecurityPolicy },
    body: page,
  };
}

/** An error as `{ "error": { "code", "message" } }`: the code is stable, the message for people. */
export function problem(status: number, code: string, message: string): ApiResponse {
  return json(status, { error: { code, message } });
}
