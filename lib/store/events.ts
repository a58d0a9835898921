import {
  BatchGetCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type QueryInput,
} from "./dynamo";
import { isConditionFailure, withoutKeys, type Db } from "./client";
import { checkedItem } from "./item-size";
import type { EventRecord, EventReport } from "../events/types";
import {
  EVENT_SK,
  REPORT_PREFIX,
  articleReportsKey,
  eventDayKey,
  eventGovernoratePk,
  eventIndex,
  eventKey,
  eventMonthPk,
  eventPartition,
  reportKey,
} from "./keys";
import { TABLE_KEYS } from "./schema";

/** Another writer changed an event between our read and our write: the clustering lease was lost. */
export class EventConflictError extends Error {
  readonly code = "EVENT_CONFLICT";
  readonly retryable = true;
  constructor(readonly eventId: string, options?: { cause?: unknown }) {
    super(`event ${eventId} was changed by another run while this one held the clustering lease`, options);
    this.name = "EventConflictError";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ── Which events hold an article's reports ───────────────────────────────────

/**
 * Ids of the events that may hold reports of an article (consistent read). A superset while an
 * attach is under way, so that a run stopped half-way is cleaned up by the next one.
 */
export async function getArticleEvents(db: Db, url: string): Promise<string[]> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: articleReportsKey(url), ConsistentRead: true }));
  return [...((Item?.events as string[] | undefined) ?? [])];
}

/** Records the events that may hold an article's reports; none deletes the record. */
export async function putArticleEvents(db: Db, url: string, events: readonly string[]): Promise<void> {
  if (events.length === 0) {
    await db.doc.send(new DeleteCommand({ TableName: db.table, Key: articleReportsKey(url) }));
    return;
  }
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: { ...articleReportsKey(url), kind: "article-events", url, events: [...events] } }),
  );
}

// ── Event ids by day ─────────────────────────────────────────────────────────

/** The ids filed under each of `days` (consistent reads); a day with none maps to an empty set. */
export async function eventDays(db: Db, days: readonly string[]): Promise<Map<string, Set<string>>> {
  const unique = [...new Set(days)];
  const items = await batchGet(db, unique.map(eventDayKey));
  const dayOf = new Map(unique.map((day) => [eventDayKey(day).pk, day]));
  const lists = new Map(unique.map((day) => [day, new Set<string>()]));
  for (const item of items) lists.set(dayOf.get(String(item.pk))!, new Set((item.ids as Set<string> | undefined) ?? []));
  return lists;
}

/** Files an event under a day, or takes it off (a string set: ADD and DELETE are atomic). */
export async function fileEventOnDay(db: Db, day: string, id: string, action: "ADD" | "DELETE"): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: eventDayKey(day),
      UpdateExpression: `${action} ids :id`,
      ExpressionAttributeValues: { ":id": new Set([id]) },
    }),
  );
}

// ── Events and reports ───────────────────────────────────────────────────────

function eventItem(event: EventRecord) {
  return checkedItem({ ...eventKey(event.id), ...eventIndex(event.date, event.id, event.governorate), kind: "event", ...event });
}

/**
 * Creates an event unless one with its id exists. Returns false when it exists: ids are
 * derived from the first report, so that is a concurrent run that created the same event.
 */
export async function createEvent(db: Db, event: EventRecord): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({ TableName: db.table, Item: eventItem(event), ConditionExpression: "attribute_not_exists(pk)" }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Replaces an event if it is still at `previousVersion`; else throws {@link EventConflictError}. */
export async function replaceEvent(db: Db, event: EventRecord, previousVersion: number): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: eventItem(event),
        ConditionExpression: "version = :v",
        ExpressionAttributeValues: { ":v": previousVersion },
      }),
    );
  } catch (error) {
    throw isConditionFailure(error) ? new EventConflictError(event.id, { cause: error }) : error;
  }
}

/** Deletes an event record if it is still at `version` (its reports are deleted by the caller). */
export async function deleteEvent(db: Db, id: string, version: number): Promise<void> {
  try {
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: eventKey(id),
        ConditionExpression: "version = :v",
        ExpressionAttributeValues: { ":v": version },
      }),
    );
  } catch (error) {
    throw isConditionFailure(error) ? new EventConflictError(id, { cause: error }) : error;
  }
}

/** Writes (or overwrites) one report under its event. */
export async function putReport(db: Db, report: EventReport): Promise<void> {
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: checkedItem({ ...reportKey(report.eventId, report.url, report.index), kind: "report", ...report }) }),
  );
}

/** Deletes one report from its event. */
export async function deleteReport(db: Db, report: Pick<EventReport, "eventId" | "url" | "index">): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: reportKey(report.eventId, report.url, report.index) }));
}

/** Event records by id (consistent reads); missing ids are left out. */
export async function getEvents(db: Db, ids: readonly string[]): Promise<EventRecord[]> {
  const items = await batchGet(db, [...new Set(ids)].map(eventKey));
  return items.map((item) => withoutKeys<EventRecord>(item));
}

/** An event and its reports, oldest report first, or null. */
export async function loadEvent(db: Db, id: string): Promise<{ event: EventRecord; reports: EventReport[] } | null> {
  const { event, reports } = await loadEventItems(db, id);
  return event ? { event, reports } : null;
}

/**
 * What the event partition holds (consistent read): the record, or null, and the reports, also
 * those a crashed run wrote before it could create the record (clustering cleans them up).
 */
export async function loadEventItems(db: Db, id: string): Promise<{ event: EventRecord | null; reports: EventReport[] }> {
  // In the event partition "ALERT#" < "EVENT" < "REPORT#": `sk >= EVENT` reads the event and its reports only.
  const items = await queryAll(db, {
    TableName: db.table,
    KeyConditionExpression: "pk = :pk AND sk >= :event",
    ExpressionAttributeValues: { ":pk": eventPartition(id), ":event": EVENT_SK },
    ConsistentRead: true,
  });
  const record = items.find((item) => item.sk === EVENT_SK);
  const reports = items
    .filter((item) => String(item.sk).startsWith(REPORT_PREFIX))
    .map((item) => withoutKeys<EventReport>(item));
  return { event: record ? withoutKeys<EventRecord>(record) : null, reports };
}

/**
 * Event records filed in `[since, until]` (`YYYY-MM-DD`, inclusive) of one partition of an
 * index — a month (gsi1) or a governorate (gsi2) — newest first, at most `limit`. With `before`
 * (an index sort key, `<day>#<id>`), only the events after it in that order: where a page ended.
 */
export async function queryEvents(
  db: Db,
  index: "month" | "governorate",
  value: string,
  range: { since?: string; until?: string; before?: string },
  limit: number,
): Promise<EventRecord[]> {
  const gsi = index === "month" ? TABLE_KEYS.gsi1 : TABLE_KEYS.gsi2;
  const pk = index === "month" ? eventMonthPk(value) : eventGovernoratePk(value);
  // Sort keys are "<day>#<id>": "~" sorts after every id character, so `until#~` closes the day.
  const low = range.since ? `${range.since}#` : "0";
  const untilKey = range.until ? `${range.until}#~` : "~";
  const high = range.before !== undefined && range.before < untilKey ? range.before : untilKey;
  const items = await queryAll(
    db,
    {
      TableName: db.table,
      IndexName: gsi.name,
      KeyConditionExpression: `${gsi.partitionKey} = :pk AND ${gsi.sortKey} BETWEEN :low AND :high`,
      ExpressionAttributeValues: { ":pk": pk, ":low": low, ":high": high },
      ScanIndexForward: false,
    },
    // BETWEEN includes `before` itself: one more item, then left out.
    range.before === undefined ? limit : limit + 1,
  );
  return items
    .filter((item) => item[gsi.sortKey] !== range.before)
    .slice(0, limit)
    .map((item) => withoutKeys<EventRecord>(item));
}

// ── Helpers ──────────────────────────────────────────────────────────────────

/** BatchGet that reads consistently, in chunks of 100, and retries unprocessed keys. */
async function batchGet(db: Db, keys: Record<string, string>[]): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + 100);
    for (let attempt = 0; pending && pending.length > 0; attempt++) {
      const result: { Responses?: Record<string, Record<string, unknown>[]>; UnprocessedKeys?: Record<string, { Keys?: Record<string, unknown>[] }> } =
        await db.doc.send(
          new BatchGetCommand({ RequestItems: { [db.table]: { Keys: pending, ConsistentRead: true } } }),
        );
      out.push(...(result.Responses?.[db.table] ?? []));
      pending = result.UnprocessedKeys?.[db.table]?.Keys;
      if (pending && pending.length > 0) await sleep(Math.min(1_000, 50 * 2 ** attempt));
    }
  }
  return out;
}

/** Every page of a query, up to `limit` items. */
async function queryAll(db: Db, input: QueryInput, limit = Infinity): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({ ...input, ExclusiveStartKey: start, ...(limit < Infinity ? { Limit: limit - out.length } : {}) }),
    );
    out.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start && out.length < limit);
  return out;
}
