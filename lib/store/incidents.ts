import { BatchWriteCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Incident } from "../types";
import { withoutKeys, type Db } from "./client";
import { INCIDENT_PREFIX, articleKey, incidentIndex, incidentKey, monthsBetween } from "./keys";
import { TABLE_KEYS } from "./schema";
import { knownMonths, noteMonths } from "./months";

/** An incident as stored, with the article it came from. */
export interface StoredIncident extends Incident {
  url: string;
  outlet: string;
  /** Position of the incident in its article. */
  index: number;
}

/** Day an incident is filed under: its own date, else the article's publication or fetch day. */
const filingDay = (incident: Incident, fallback: string) => (incident.date ?? fallback).slice(0, 10);

/**
 * Replaces the incidents of an article with `incidents`: writes them under the article's
 * partition and deletes any left from an earlier extraction.
 */
export async function replaceIncidents(
  db: Db,
  article: { url: string; outlet: string; published: string | null; fetchedAt: string },
  incidents: Incident[],
): Promise<void> {
  const fallback = article.published ?? article.fetchedAt;
  const puts = incidents.map((incident, index) => ({
    PutRequest: {
      Item: {
        ...incidentKey(article.url, index),
        ...incidentIndex(filingDay(incident, fallback), article.url, index),
        kind: "incident",
        url: article.url,
        outlet: article.outlet,
        index,
        ...incident,
      },
    },
  }));
  const stale = (await incidentsOfArticle(db, article.url)).filter((old) => old.index >= incidents.length);
  const deletes = stale.map((old) => ({ DeleteRequest: { Key: incidentKey(article.url, old.index) } }));
  await batchWrite(db, [...puts, ...deletes]);
  await noteMonths(db, "incidents", incidents.map((i) => filingDay(i, fallback)));
}

/** The incidents of one article, in order. */
export async function incidentsOfArticle(db: Db, url: string): Promise<StoredIncident[]> {
  const { pk } = articleKey(url);
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :inc)",
      ExpressionAttributeValues: { ":pk": pk, ":inc": INCIDENT_PREFIX },
    }),
  );
  return (out.Items ?? []).map(toIncident);
}

/** Stored incidents filed in `[since, until]` (YYYY-MM-DD, inclusive), by day, through the month index. */
export async function listIncidents(db: Db, range: { since?: string; until?: string } = {}): Promise<StoredIncident[]> {
  const known = await knownMonths(db, "incidents");
  if (known.length === 0) return [];
  const since = range.since ?? `${known[0]}-01`;
  const until = range.until ?? `${known[known.length - 1]}-31`;
  const wanted = new Set(monthsBetween(since, until));
  const incidents: StoredIncident[] = [];
  for (const month of known.filter((m) => wanted.has(m))) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await db.doc.send(
        new QueryCommand({
          TableName: db.table,
          IndexName: TABLE_KEYS.gsi2.name,
          KeyConditionExpression: "gsi2pk = :pk AND gsi2sk BETWEEN :since AND :until",
          ExpressionAttributeValues: { ":pk": `INCMONTH#${month}`, ":since": since, ":until": `${until}\uffff` },
          ExclusiveStartKey: startKey,
        }),
      );
      incidents.push(...(page.Items ?? []).map(toIncident));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }
  return incidents;
}

/** Writes in batches of 25 (the DynamoDB limit), resending what comes back unprocessed. */
async function batchWrite(db: Db, requests: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 25) {
    let batch = requests.slice(i, i + 25);
    while (batch.length > 0) {
      const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: batch } }));
      batch = (out.UnprocessedItems?.[db.table] as Record<string, unknown>[] | undefined) ?? [];
    }
  }
}

const toIncident = (item: Record<string, unknown>) => withoutKeys<StoredIncident>(item);
