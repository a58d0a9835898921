import { GetCommand, UpdateCommand } from "./dynamo";
import type { Db } from "./client";

/**
 * Months (`YYYY-MM`) that hold records of a kind, kept as a string set in one small item per
 * kind: listing everything, or the latest, then visits only month partitions that exist,
 * without a scan.
 */
export type MonthCatalog = "incidents" | "events";

const catalogKey = (kind: MonthCatalog) => ({ pk: "META", sk: `MONTHS#${kind}` });

/** Adds months to a catalog (ADD on a set is atomic and idempotent). */
export async function noteMonths(db: Db, kind: MonthCatalog, months: Iterable<string>): Promise<void> {
  const set = new Set([...months].map((m) => m.slice(0, 7)));
  if (set.size === 0) return;
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: catalogKey(kind),
      UpdateExpression: "ADD months :m",
      ExpressionAttributeValues: { ":m": set },
    }),
  );
}

/** The months of a catalog, oldest first. */
export async function knownMonths(db: Db, kind: MonthCatalog): Promise<string[]> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: catalogKey(kind) }));
  return [...((Item?.months as Set<string> | undefined) ?? [])].sort();
}
