import type { Db } from "../store/client";
import type { EventRecord, EventWithReports } from "./types";
import { loadEvent, queryEvents } from "../store/events";
import { byReportTime } from "./figures";
import { knownMonths } from "../store/months";
import { EVENT_LIST_DEFAULT_LIMIT } from "../constants";

export { attachReports, eventIdFor, EventInputError } from "./attach";
export type { ArticleMeta, Estimate, EventChanges, EventRecord, EventReport, EventWithReports } from "./types";

/** A listing asked for with a malformed date or limit. */
export class EventQueryError extends Error {
  readonly code = "INVALID_EVENT_QUERY";
  constructor(message: string) {
    super(message);
    this.name = "EventQueryError";
  }
}

export interface EventQuery {
  /** First day, `YYYY-MM-DD`, inclusive. Without it, the latest events. */
  since?: string;
  /** Last day, `YYYY-MM-DD`, inclusive; today (UTC) by default. */
  until?: string;
  governorate?: string;
  limit?: number;
  /** Only the events after this one in the listing's order (day, then id, descending): where a page ended. */
  before?: { day: string; id: string };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Events by day, newest first, each with its reports — read through the month index (gsi1) or,
 * with `governorate`, the governorate index (gsi2); never a scan. The month index is read only
 * for the months the catalog says hold events, so a wide range costs no more than the data.
 * Without `since`, walks back from `until` until `limit` events are found.
 * @example const latest = await listEvents(db, { governorate: "Homs", limit: 20 });
 */
export async function listEvents(db: Db, q: EventQuery = {}): Promise<EventWithReports[]> {
  for (const [name, value] of [["since", q.since], ["until", q.until], ["before", q.before?.day]] as const) {
    if (value !== undefined && !(DAY.test(value) && !Number.isNaN(Date.parse(value)))) {
      throw new EventQueryError(`${name} must be a day as YYYY-MM-DD, not "${value}"`);
    }
  }
  const limit = q.limit ?? EVENT_LIST_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new EventQueryError(`limit must be a positive whole number, not ${limit}`);
  const until = q.until ?? new Date().toISOString().slice(0, 10);
  const before = q.before ? `${q.before.day}#${q.before.id}` : undefined;
  const range = { since: q.since, until, before };

  let records: EventRecord[];
  if (q.governorate !== undefined) {
    records = await queryEvents(db, "governorate", q.governorate, range, limit);
  } else {
    const last = (q.before && q.before.day < until ? q.before.day : until).slice(0, 7);
    const first = q.since?.slice(0, 7) ?? "";
    const months = (await knownMonths(db, "events")).filter((m) => m >= first && m <= last).reverse();
    records = [];
    for (const month of months) {
      if (records.length >= limit) break;
      records.push(...(await queryEvents(db, "month", month, range, limit - records.length)));
    }
  }
  const loaded = await Promise.all(records.map((r) => getEvent(db, r.id)));
  return loaded.filter((e): e is EventWithReports => e !== null);
}

/** One event with its reports, oldest report first, or null when there is none with this id. */
export async function getEvent(db: Db, id: string): Promise<EventWithReports | null> {
  const loaded = await loadEvent(db, id);
  if (!loaded) return null;
  return { ...loaded.event, reports: loaded.reports.sort(byReportTime) };
}
