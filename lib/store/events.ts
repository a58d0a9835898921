import { randomUUID } from "node:crypto";
import {
  BatchGetCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type QueryCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { isConditionFailure, withoutKeys, type Db } from "./client";
import { noteMonths } from "./months";
import type { EventRecord, EventReport } from "../events/types";
import {
  EVENT_SK,
  REPORT_PREFIX,
  articleReportsKey,
  clusterLeaseKey,
  eventDayKey,
  eventGovernoratePk,
  eventIndex,
  eventKey,
  eventMonthPk,
  eventPartition,
  reportKey,
} from "./keys";
import { TABLE_KEYS } from "./schema";
import { EVENT_LEASE_MS, EVENT_LEASE_POLL_MS, EVENT_LEASE_WAIT_MS } from "../constants";

/** Another writer changed an event between our read and our write: the clustering lease was lost. */
export class EventConflictError extends Error {
  readonly code = "EVENT_CONFLICT";
  readonly retryable = true;
  constructor(readonly eventId: string, options?: { cause?: unknown }) {
    super(`event ${eventId} was changed by another run while this one held the clustering lease`, options);
    this.name = "EventConflictError";
  }
}

/** The clustering lease stayed taken for longer than {@link EVENT_LEASE_WAIT_MS}. */
export class ClusterBusyError extends Error {
  readonly code = "CLUSTER_BUSY";
  readonly retryable = true;
  constructor(waitedMs: number) {
    super(`the event clustering lease stayed taken for ${waitedMs} ms`);
    this.name = "ClusterBusyError";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ── The clustering lease ─────────────────────────────────────────────────────

/**
 * Takes the one lease that serialises clustering, waiting while another run holds it. Without
 * it, two runs reading the same attack from two outlets at once would each start an event.
 * Lease times are wall-clock (not the run's `now`): they are about this process, not the news.
 * Returns the owner token to release with.
 */
export async function acquireClusterLease(db: Db): Promise<string> {
  const owner = randomUUID();
  const started = Date.now();
  for (;;) {
    const now = Date.now();
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: { ...clusterLeaseKey(), kind: "lease", owner, leaseUntil: now + EVENT_LEASE_MS },
          ConditionExpression: "attribute_not_exists(pk) OR leaseUntil < :now",
          ExpressionAttributeValues: { ":now": now },
        }),
      );
      return owner;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    if (Date.now() - started > EVENT_LEASE_WAIT_MS) throw new ClusterBusyError(Date.now() - started);
    await sleep(EVENT_LEASE_POLL_MS * (0.5 + Math.random()));
  }
}

/** Gives the lease back; a lease that expired and was taken by another run is left alone. */
export async function releaseClusterLease(db: Db, owner: string): Promise<void> {
  try {
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: clusterLeaseKey(),
        ConditionExpression: "#owner = :owner",
        ExpressionAttributeNames: { "#owner": "owner" },
        ExpressionAttributeValues: { ":owner": owner },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

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

/** Ids of the events filed under each of `days` (consistent reads). */
export async function eventIdsOnDays(db: Db, days: readonly string[]): Promise<string[]> {
  const items = await batchGet(db, [...new Set(days)].map(eventDayKey));
  return [...new Set(items.flatMap((item) => [...((item.ids as Set<string> | undefined) ?? [])]))];
}

/** Files an event under a day, or takes it off (a string set: ADD and DELETE are atomic). */
export async function fileEventOnDay(db: Db, day: string, id: string, action: "ADD" | "DELETE"): Promise<void> {
  if (action === "ADD") await noteMonths(db, "events", [day]);
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
  return { ...eventKey(event.id), ...eventIndex(event.date, event.id, event.governorate), kind: "event", ...event };
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
    new PutCommand({ TableName: db.table, Item: { ...reportKey(report.eventId, report.url, report.index), kind: "report", ...report } }),
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
  // In the event partition "ALERT#" < "EVENT" < "REPORT#": `sk >= EVENT` reads the event and its reports only.
  const items = await queryAll(db, {
    TableName: db.table,
    KeyConditionExpression: "pk = :pk AND sk >= :event",
    ExpressionAttributeValues: { ":pk": eventPartition(id), ":event": EVENT_SK },
    ConsistentRead: true,
  });
  const record = items.find((item) => item.sk === EVENT_SK);
  if (!record) return null;
  const reports = items
    .filter((item) => String(item.sk).startsWith(REPORT_PREFIX))
    .map((item) => withoutKeys<EventReport>(item));
  return { event: withoutKeys<EventRecord>(record), reports };
}

/**
 * Event records filed in `[since, until]` (`YYYY-MM-DD`, inclusive) of one partition of an
 * index — a month (gsi1) or a governorate (gsi2) — newest first, at most `limit`.
 */
export async function queryEvents(
  db: Db,
  index: "month" | "governorate",
  value: string,
  range: { since?: string; until?: string },
  limit: number,
): Promise<EventRecord[]> {
  const gsi = index === "month" ? TABLE_KEYS.gsi1 : TABLE_KEYS.gsi2;
  const pk = index === "month" ? eventMonthPk(value) : eventGovernoratePk(value);
  // Sort keys are "<day>#<id>": "~" sorts after every id character, so `until#~` closes the day.
  const low = range.since ? `${range.since}#` : "0";
  const high = range.until ? `${range.until}#~` : "~";
  const items = await queryAll(
    db,
    {
      TableName: db.table,
      IndexName: gsi.name,
      KeyConditionExpression: `${gsi.partitionKey} = :pk AND ${gsi.sortKey} BETWEEN :low AND :high`,
      ExpressionAttributeValues: { ":pk": pk, ":low": low, ":high": high },
      ScanIndexForward: false,
    },
    limit,
  );
  return items.map((item) => withoutKeys<EventRecord>(item));
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
async function queryAll(db: Db, input: QueryCommandInput, limit = Infinity): Promise<Record<string, unknown>[]> {
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
