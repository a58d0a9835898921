import { BatchWriteCommand, QueryCommand, type WriteRequest } from "./dynamo";
import type { Incident } from "../types";
import { withoutKeys, type Db } from "./client";
import { checkedItem, cutText, itemSize } from "./item-size";
import {
  MAX_SENTENCE_CHARS,
  STORED_EVIDENCE_SENTENCES,
  STORED_FIELD_EVIDENCE_PER_FIELD,
  STORED_INCIDENT_BYTES,
  STORED_LIST_ENTRIES,
  STORED_NAME_CHARS,
} from "../constants";
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

/**
 * An incident as it may be stored (alone and in its event report): evidence sentences, per-field
 * evidence and lists capped in number and length, and the whole within
 * {@link STORED_INCIDENT_BYTES} by dropping the last per-field evidence, then the last sentences.
 * Real incidents pass unchanged; apply it right after extraction, so that what is compared with
 * the stored copy is what was stored.
 */
export function boundIncident(incident: Incident): Incident {
  const name = (text: string) => cutText(text, STORED_NAME_CHARS);
  const list = <T>(items: readonly T[]) => items.slice(0, STORED_LIST_ENTRIES);
  const perField = new Map<string, number>();
  const bounded: Incident = {
    ...incident,
    places: list(incident.places).map(name),
    targets: list(incident.targets).map((t) => ({ ...t, name: name(t.name), alias: name(t.alias) })),
    equipment: list(incident.equipment).map((e) => ({ ...e, kind: name(e.kind), alias: name(e.alias) })),
    sources: list(incident.sources).map((s) => ({ ...s, name: name(s.name), alias: name(s.alias) })),
    evidence: incident.evidence.slice(0, STORED_EVIDENCE_SENTENCES).map((s) => cutText(s, MAX_SENTENCE_CHARS)),
    fieldEvidence: incident.fieldEvidence
      .filter((e) => {
        perField.set(e.field, (perField.get(e.field) ?? 0) + 1);
        return perField.get(e.field)! <= STORED_FIELD_EVIDENCE_PER_FIELD;
      })
      .map((e) => ({ ...e, field: name(e.field), sentence: cutText(e.sentence, MAX_SENTENCE_CHARS) })),
  };
  while (itemSize(bounded as unknown as Record<string, unknown>) > STORED_INCIDENT_BYTES) {
    if (bounded.fieldEvidence.length > 0) bounded.fieldEvidence.pop();
    else if (bounded.evidence.length > 1) bounded.evidence.pop();
    else break;
  }
  return bounded;
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
      Item: checkedItem({
        ...incidentKey(article.url, index),
        ...incidentIndex(filingDay(incident, fallback), article.url, index),
        kind: "incident",
        url: article.url,
        outlet: article.outlet,
        index,
        ...boundIncident(incident),
      }),
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
async function batchWrite(db: Db, requests: WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 25) {
    let batch = requests.slice(i, i + 25);
    while (batch.length > 0) {
      const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: batch } }));
      batch = out.UnprocessedItems?.[db.table] ?? [];
    }
  }
}

const toIncident = (item: Record<string, unknown>) => withoutKeys<StoredIncident>(item);
