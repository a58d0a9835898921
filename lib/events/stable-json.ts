/**
 * JSON with object keys sorted, so that a record read back from DynamoDB (whose maps have no
 * order) compares equal to the one computed in memory. `undefined` fields are left out, as
 * the document client drops them on write.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
