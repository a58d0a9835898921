import { createHash } from "node:crypto";
import type { Db } from "../store/client";
import type { EventWithReports } from "../events";
import { listEvents } from "../events";
import { GOVERNORATES } from "../places/governorates";
import { EXPORT_MAX_EXAMINED_EVENTS, EXPORT_PAGE_EVENTS } from "../constants";

/** Which events an export, the map or the API takes. Every field is optional. */
export interface EventFilter {
  /** First day, `YYYY-MM-DD`, inclusive; by default the first month that holds events. */
  since?: string;
  /** Last day, `YYYY-MM-DD`, inclusive; today (UTC) by default. */
  until?: string;
  /** One governorate, spelled as in the data ("Deir ez-Zor"). */
  governorate?: string;
  /** Events whose best estimate of killed is at least this; no report of deaths counts as 0. */
  minKilled?: number;
}

/** A filter or cursor that cannot be used; `code` tells which. */
export class EventFilterError extends Error {
  constructor(
    readonly code: "INVALID_EVENT_FILTER" | "INVALID_CURSOR",
    message: string,
  ) {
    super(message);
    this.name = "EventFilterError";
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d+$/;

/** A calendar day as YYYY-MM-DD (not 2024-02-30). */
export function isDay(value: string): boolean {
  return DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** A filter as text: API query parameters or CLI options, by the names both use. */
export interface FilterText {
  since?: string;
  until?: string;
  governorate?: string;
  "min-killed"?: string;
}

/** How a caller writes a parameter's name in messages: "since" in the API, "--since" in the CLI. */
export type Spell = (name: keyof FilterText) => string;
const asIs: Spell = (name) => name;

function problemsOf(filter: EventFilter, spell: Spell): string[] {
  const problems: string[] = [];
  for (const name of ["since", "until"] as const) {
    const value = filter[name];
    if (value !== undefined && !isDay(value)) problems.push(`${spell(name)} must be a day as YYYY-MM-DD, not "${value}"`);
  }
  if (filter.since && filter.until && isDay(filter.since) && isDay(filter.until) && filter.since > filter.until) {
    problems.push(`${spell("since")} (${filter.since}) is after ${spell("until")} (${filter.until})`);
  }
  if (filter.governorate !== undefined && !(GOVERNORATES as readonly string[]).includes(filter.governorate)) {
    problems.push(`${spell("governorate")} must be one of ${GOVERNORATES.join(", ")}; not "${filter.governorate}"`);
  }
  if (filter.minKilled !== undefined && !(Number.isInteger(filter.minKilled) && filter.minKilled >= 0)) {
    problems.push(`${spell("min-killed")} must be a whole number of 0 or more, not ${filter.minKilled}`);
  }
  return problems;
}

/** The filter with only the fields that are set, or an error naming every problem. */
function checked(filter: EventFilter, problems: string[]): EventFilter {
  if (problems.length > 0) throw new EventFilterError("INVALID_EVENT_FILTER", problems.join("; "));
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as EventFilter;
}

/**
 * Checks a filter and returns it with only the fields that are set. Throws an
 * {@link EventFilterError} naming every problem, each parameter spelled by `spell`.
 * @example validateFilter({ since: "2024-01-01", minKilled: 5 })
 */
export function validateFilter(filter: EventFilter, spell: Spell = asIs): EventFilter {
  return checked(filter, problemsOf(filter, spell));
}

/**
 * A filter from text parameters, checked as {@link validateFilter} checks it; `min-killed` must
 * be written as a whole number ("5", not "5.0" or "-3"). Every problem is named at once.
 * @example parseFilter({ since: "2024-01-01", "min-killed": "5" }, (name) => `--${name}`)
 */
export function parseFilter(text: FilterText, spell: Spell = asIs): EventFilter {
  const minKilledText = text["min-killed"];
  const wellWritten = minKilledText === undefined || WHOLE.test(minKilledText);
  const filter = {
    since: text.since,
    until: text.until,
    governorate: text.governorate,
    minKilled: minKilledText === undefined || !wellWritten ? undefined : Number(minKilledText),
  };
  const problems = problemsOf(filter, spell);
  if (!wellWritten) problems.push(`${spell("min-killed")} must be a whole number of 0 or more, not "${minKilledText}"`);
  return checked(filter, problems);
}

/** One page of events, newest first, and the cursor of the next page (null on the last). */
export interface EventPage {
  events: EventWithReports[];
  cursor: string | null;
}

/**
 * Where a page ended in the (day, id) descending order listEvents reads the indexes in: the last
 * event handed out (or looked at). The next page starts just after it, so whatever a client puts
 * in a cursor, a request reads no more than its page (README "Reliability").
 */
interface Position {
  day: string;
  id: string;
}

/** Ties a cursor to its filter: a cursor used with another filter would skip the wrong events. */
function fingerprint(filter: EventFilter): string {
  const canonical = JSON.stringify([filter.since ?? null, filter.until ?? null, filter.governorate ?? null, filter.minKilled ?? null]);
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 10);
}

function encodeCursor(position: Position, filter: EventFilter): string {
  return Buffer.from(JSON.stringify({ d: position.day, i: position.id, f: fingerprint(filter) })).toString("base64url");
}

// Event ids are 16 hex digits (lib/events/attach.ts).
const EVENT_ID = /^[0-9a-f]{16}$/;
const CURSOR_FIELDS = ["d", "f", "i"].join();

function decodeCursor(cursor: string, filter: EventFilter): Position {
  const refuse = () => new EventFilterError("INVALID_CURSOR", "cursor is not one this service gave out");
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  // Exactly the fields this service writes: anything else (an old or hand-made cursor) is refused.
  if (typeof parsed !== "object" || parsed === null || Object.keys(parsed).sort().join() !== CURSOR_FIELDS) throw refuse();
  const c = parsed as { d?: unknown; i?: unknown; f?: unknown };
  if (typeof c.d !== "string" || !isDay(c.d) || typeof c.i !== "string" || !EVENT_ID.test(c.i)) throw refuse();
  if (c.f !== fingerprint(filter)) {
    throw new EventFilterError("INVALID_CURSOR", "cursor belongs to another filter: ask again without it");
  }
  return { day: c.d, id: c.i };
}

const passes = (e: EventWithReports, filter: EventFilter) => filter.minKilled === undefined || (e.killed?.best ?? 0) >= filter.minKilled;

/**
 * One page of the events a filter selects, newest first (day, then id, descending), read through
 * listEvents — the month or governorate index, never a scan. `cursor` is the one the previous
 * page returned. A page may hold fewer than `limit` events when `minKilled` leaves most out:
 * at most {@link EXPORT_MAX_EXAMINED_EVENTS} are read per call, and the cursor goes on from there.
 * @example
 * let page = await pageEvents(db, { governorate: "Homs" }, { limit: 50 });
 * if (page.cursor) page = await pageEvents(db, { governorate: "Homs" }, { limit: 50, cursor: page.cursor });
 */
export async function pageEvents(
  db: Db,
  filter: EventFilter,
  { limit, cursor }: { limit: number; cursor?: string | null },
): Promise<EventPage> {
  const f = validateFilter(filter);
  if (!(Number.isInteger(limit) && limit > 0)) throw new EventFilterError("INVALID_EVENT_FILTER", `limit must be a positive whole number, not ${limit}`);
  let position = cursor ? decodeCursor(cursor, f) : null;
  const out: EventWithReports[] = [];
  let examined = 0;
  for (;;) {
    // One more than the page needs, to tell whether another page follows.
    const want = Math.min(limit - out.length, EXPORT_MAX_EXAMINED_EVENTS - examined) + 1;
    const batch = await listEvents(db, { since: f.since, until: f.until, governorate: f.governorate, limit: want, before: position ?? undefined });
    let taken = 0;
    for (const event of batch) {
      if (out.length === limit || examined >= EXPORT_MAX_EXAMINED_EVENTS) break;
      examined++;
      taken++;
      position = { day: event.date, id: event.id };
      if (passes(event, f)) out.push(event);
    }
    if (taken === batch.length && batch.length < want) return { events: out, cursor: null };
    if (taken < batch.length || out.length === limit || examined >= EXPORT_MAX_EXAMINED_EVENTS) {
      return { events: out, cursor: encodeCursor(position!, f) };
    }
  }
}

/**
 * Every event a filter selects, newest first, read page by page; `onPage` hears how many so far.
 * @example const events = await selectEvents(db, { since: "2024-01-01", minKilled: 5 });
 */
export async function selectEvents(
  db: Db,
  filter: EventFilter,
  { onPage }: { onPage?: (eventsSoFar: number) => void } = {},
): Promise<EventWithReports[]> {
  const events: EventWithReports[] = [];
  let cursor: string | null = null;
  do {
    // The examined cap is per call: an export keeps calling until the cursor runs out.
    const page: EventPage = await pageEvents(db, filter, { limit: EXPORT_PAGE_EVENTS, cursor });
    events.push(...page.events);
    onPage?.(events.length);
    cursor = page.cursor;
  } while (cursor);
  return events;
}
