import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../store/client";
import type { Position, Selection } from "./types";
import { getArticle, type StoredArticle } from "../store/articles";
import { articleKey } from "../store/keys";
import { TABLE_KEYS } from "../store/schema";
import { OUTLETS } from "../outlets/registry";

/** One article of the selection, with the position just after it (what a cursor records once it is done). */
export interface Selected {
  url: string;
  /** Null when a named URL is not stored. */
  article: StoredArticle | null;
  after: Position;
}

/** The bounds of a day range on the outlet index, as `articlesOfOutlet` (lib/store/articles.ts) sets them. */
function bounds(range: { since?: string; until?: string }) {
  return { ":since": range.since ?? "0000", ":until": `${range.until ?? "9999"}\uffff` };
}

const OUTLET_QUERY = `${TABLE_KEYS.gsi1.partitionKey} = :pk AND ${TABLE_KEYS.gsi1.sortKey} BETWEEN :since AND :until`;

/**
 * Articles of one outlet in a day range, oldest first, after `after` (a gsi1 sort key), read
 * by the outlet index a page of `pageSize` at a time.
 */
async function* outletArticles(
  db: Db,
  outlet: string,
  range: { since?: string; until?: string },
  after: string | null,
  pageSize: number,
): AsyncGenerator<Selected> {
  // The exclusive start key of an index query is the index key plus the table key of the last item.
  let startKey: Record<string, unknown> | undefined =
    after === null ? undefined : { ...articleKey(after.slice(after.indexOf("#") + 1)), gsi1pk: `OUTLET#${outlet}`, gsi1sk: after };
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: TABLE_KEYS.gsi1.name,
        KeyConditionExpression: OUTLET_QUERY,
        ExpressionAttributeValues: { ":pk": `OUTLET#${outlet}`, ...bounds(range) },
        ExclusiveStartKey: startKey,
        Limit: pageSize,
      }),
    );
    for (const item of page.Items ?? []) {
      const { pk: _pk, sk: _sk, gsi1pk: _gpk, gsi1sk, kind: _kind, ...article } = item;
      yield { url: article.url as string, article: article as unknown as StoredArticle, after: { outlet, after: gsi1sk as string } };
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/**
 * The stored articles of a selection from `start` on, in a fixed order, so a cursor resumes
 * where the last run stopped: named URLs in the given order (one GetItem each); an outlet's
 * articles by its index partition; `all` walks the registry outlets' partitions one after
 * another. No scan.
 */
export async function* selectArticles(db: Db, selection: Selection, start: Position | undefined, pageSize: number): AsyncGenerator<Selected> {
  if (selection.kind === "urls") {
    const from = start && "next" in start ? start.next : 0;
    for (let i = from; i < selection.urls.length; i++) {
      const url = selection.urls[i];
      yield { url, article: await getArticle(db, url), after: { next: i + 1 } };
    }
    return;
  }
  const range = { since: selection.since, until: selection.until };
  const at = start && "outlet" in start ? start : null;
  const outlets = selection.kind === "outlet" ? [selection.outlet] : OUTLETS.map((o) => o.id);
  const first = at ? Math.max(0, outlets.indexOf(at.outlet)) : 0;
  for (let i = first; i < outlets.length; i++) {
    yield* outletArticles(db, outlets[i], range, i === first && at ? at.after : null, pageSize);
  }
}

/** The position at the very start of a selection. */
export function startOf(selection: Selection): Position {
  if (selection.kind === "urls") return { next: 0 };
  return { outlet: selection.kind === "outlet" ? selection.outlet : OUTLETS[0].id, after: null };
}

/**
 * How many articles a selection holds (named URLs count whether stored or not): the total of a
 * progress bar. Counts with `Select: COUNT` on the outlet index, which reads the items but
 * returns none.
 */
export async function countSelected(db: Db, selection: Selection): Promise<number> {
  if (selection.kind === "urls") return selection.urls.length;
  const outlets = selection.kind === "outlet" ? [selection.outlet] : OUTLETS.map((o) => o.id);
  let total = 0;
  for (const outlet of outlets) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await db.doc.send(
        new QueryCommand({
          TableName: db.table,
          IndexName: TABLE_KEYS.gsi1.name,
          KeyConditionExpression: OUTLET_QUERY,
          ExpressionAttributeValues: { ":pk": `OUTLET#${outlet}`, ...bounds(selection) },
          Select: "COUNT",
          ExclusiveStartKey: startKey,
        }),
      );
      total += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }
  return total;
}
