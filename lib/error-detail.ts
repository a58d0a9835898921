/** The code and message an outcome records for a failure. */
export interface ErrorDetail {
  code: string;
  message: string;
}

/**
 * What a caught value says of itself: its own `code` when it has one (typed errors, the SDK's),
 * else `fallback`; its message, or the value as text.
 * @example errorDetail(new Error("boom"), "ALERT_PUBLISH_FAILED") // { code: "ALERT_PUBLISH_FAILED", message: "boom" }
 */
export function errorDetail(error: unknown, fallback: string): ErrorDetail {
  const e = error as { code?: unknown; message?: unknown } | null | undefined;
  return { code: typeof e?.code === "string" ? e.code : fallback, message: String(e?.message ?? error) };
}
