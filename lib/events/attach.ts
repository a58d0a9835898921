import { createHash } from "node:crypto";
import type { Db } from "../store/client";
import type { Incident } from "../types";
import type { ArticleMeta, EventChanges, EventProfile, EventRecord, EventReport } from "./types";
import {
  createEvent,
  deleteEvent,
  deleteReport,
  eventDays,
  fileEventOnDay,
  getArticleEvents,
  getEvents,
  loadEventItems,
  queryEvents,
  putArticleEvents,
  putReport,
  replaceEvent,
  EventConflictError,
} from "../store/events";
import { ClusterLease } from "../store/lease";
import { markAlertDue, type AlertMarking } from "../store/alert-due";
import { noteMonths } from "../store/months";
import { reportId } from "../store/keys";
import { boundIncident } from "../store/incidents";
import { profileOf, summarize, type EventSummary } from "./summary";
import { addDays, daysBetween } from "./days";
import { chooseEvent, describeMatch, matchEvent, type Match } from "./match";
import { stableJson } from "./stable-json";
import { EVENT_DAY_TOLERANCE_DAYS, EVENT_RECAP_CANDIDATES, EVENT_UNDATED_WINDOW_DAYS } from "../constants";

/** An event as this call sees it: its record, the other articles' reports, and this article's old ones. */
interface Working {
  record: EventRecord | null;
  others: EventReport[];
  mine: EventReport[];
}

const NO_CHANGES: EventChanges = { created: [], changed: [], removed: [], touched: [] };

/** An article or incident attachReports cannot place: a malformed day or time. Nothing is written. */
export class EventInputError extends Error {
  readonly code = "INVALID_EVENT_INPUT";
  readonly retryable = false;
  constructor(readonly url: string, readonly problems: string[]) {
    super(`cannot attach ${url}: ${problems.join("; ")}`);
    this.name = "EventInputError";
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls "2021-02-30" over to March; a real day reads back the same.
  return DAY.test(day) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
};
const validTime = (time: string) => !Number.isNaN(Date.parse(time));

function inputProblems(article: ArticleMeta, incidents: readonly Incident[]): string[] {
  const problems: string[] = [];
  if (!article.url) problems.push("the article has no url");
  if (!validTime(article.fetchedAt)) problems.push(`fetchedAt "${article.fetchedAt}" is not a time`);
  if (article.published !== null && !validTime(article.published)) problems.push(`published "${article.published}" is not a time`);
  incidents.forEach((incident, i) => {
    if (incident.date !== null && !validDay(incident.date.slice(0, 10))) problems.push(`incident ${i}: date "${incident.date}" is not a day`);
  });
  return problems;
}

/** How attachReports treats the events it changes. */
export interface AttachOptions {
  /** Whether the changed events' alerts are to be decided (README "Reliability"); `decide` by default. */
  alerts?: AlertMarking;
}

/**
 * Places an article's incidents in events (README "Events"): each incident joins the event
 * of the same attack or starts one; the article's earlier reports are replaced, events left
 * without reports are deleted, and each touched event's estimates are recomputed. Each created
 * or changed event is marked for an alert decision (unless `alerts: "never"`) before it is
 * written, so a run that dies before deciding leaves the decision to the next one.
 *
 * Runs under the clustering lease, so two runs never both start an event for one attack.
 * Idempotent: the same call twice writes nothing the second time, and a call that a crash cut
 * short at any write is completed by the next call for the same article. An incident stays in
 * the event it was placed in while it still matches the rest of that event.
 *
 * @example
 * const { touched } = await attachReports(db, article, extractIncidents(input), new Date());
 * await deliverAlerts(db, publisher, { eventIds: touched, rules, now });
 */
export async function attachReports(
  db: Db,
  article: ArticleMeta,
  incidents: Incident[],
  now: Date,
  options: AttachOptions = {},
): Promise<EventChanges> {
  const problems = inputProblems(article, incidents);
  if (problems.length > 0) throw new EventInputError(article.url, problems);
  // Most articles hold no incident and never did: no need to wait for the lease.
  if (incidents.length === 0 && (await getArticleEvents(db, article.url)).length === 0) return NO_CHANGES;
  const lease = await ClusterLease.acquire(db);
  let changes: EventChanges;
  try {
    changes = await attachUnderLease(db, lease, article, incidents, { now: now.toISOString(), alerts: options.alerts ?? "decide" });
  } catch (error) {
    // The error that stopped the attach is the one to report, not a failure to give the lease back.
    await lease.release().catch(() => undefined);
    throw error;
  }
  await lease.release();
  return changes;
}

/** What every write of one attach needs. */
interface WriteContext {
  now: string;
  alerts: AlertMarking;
}

async function attachUnderLease(db: Db, lease: ClusterLease, article: ArticleMeta, incidents: Incident[], ctx: WriteContext): Promise<EventChanges> {
  const { now } = ctx;
  const incoming: EventReport[] = incidents.map((incident, index) => ({
    id: reportId(article.url, index),
    eventId: "",
    url: article.url,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    fetchedAt: article.fetchedAt,
    index,
    incident: boundIncident(incident),
    attachedAt: now,
  }));

  // The events that hold this article's reports are read whole; the other candidates only
  // as records (their stored profile is what matching needs).
  const priorIds = await getArticleEvents(db, article.url);
  const working = new Map<string, Working>();
  await loadWorking(db, article.url, priorIds, working);
  const profiles = incoming.map((r) => profileOf([r]));
  const dayLists = await eventDays(db, profiles.flatMap(candidateDays));
  const filedIds = [...new Set([...dayLists.values()].flatMap((ids) => [...ids]))];
  const recalledIds = await recalledEvents(db, profiles);
  const candidateIds = [...new Set([...filedIds, ...recalledIds])].filter((id) => !working.has(id));
  const records = new Map((await getEvents(db, candidateIds)).map((e) => [e.id, e]));

  const candidates = (exclude: ReadonlySet<string>) => [
    ...[...working].filter(([id, w]) => w.others.length > 0 && !exclude.has(id)).map(([id, w]) => ({ id, profile: profileOf(w.others) })),
    ...[...records.values()].filter((e) => !exclude.has(e.id)).map((e) => ({ id: e.id, profile: e.profile })),
  ];

  // Two incidents of one article are two attacks (ANNOTATION.md): never one event.
  const used = new Set<string>();
  const placement = new Map<number, string>();
  // Why each report joined its event (lib/events/match.ts), kept on the report for the analyst.
  const joinedBy = new Map<number, string>();
  for (const report of incoming) {
    const profile = profileOf([report]);
    const previous = [...working].find(([, w]) => w.mine.some((m) => m.index === report.index))?.[0];
    let chosen: { id: string; match: Match | null } | null = null;
    if (previous && !used.has(previous)) {
      const w = working.get(previous)!;
      const stays = w.others.length > 0 ? matchEvent(profile, profileOf(w.others)) : null;
      if (stays) chosen = { id: previous, match: stays };
      else if (w.others.length === 0) chosen = chooseEvent(profile, candidates(new Set([...used, previous]))) ?? { id: previous, match: null };
    }
    chosen ??= chooseEvent(profile, candidates(used)) ?? { id: await freshEventId(db, article.url, report.index, working, records), match: null };
    used.add(chosen.id);
    placement.set(report.index, chosen.id);
    if (chosen.match) joinedBy.set(report.index, describeMatch(chosen.match));
  }

  // Joined events are read whole now; new ones start empty.
  const joined = [...new Set(placement.values())].filter((id) => !working.has(id) && records.has(id));
  await loadWorking(db, article.url, joined, working);
  for (const id of placement.values()) if (!working.has(id)) working.set(id, { record: null, others: [], mine: [] });

  const finalIds = [...new Set(placement.values())].sort();
  const allIds = [...new Set([...priorIds, ...finalIds])].sort();
  // Written before the events: a run that stops half-way leaves the article pointing at every
  // event that may hold its reports, and the next run cleans up from there.
  if (stableJson(allIds) !== stableJson(priorIds)) {
    await lease.keep();
    await putArticleEvents(db, article.url, allIds);
  }

  const changes: EventChanges = { created: [], changed: [], removed: [], touched: [] };
  // Where each event is to be filed once written: its day, or null when it is gone.
  const filed = new Map([...records.values()].map((e) => [e.id, e.date as string | null]));
  const former: string[] = [];
  for (const [id, w] of [...working].sort(([a], [b]) => a.localeCompare(b))) {
    const placed = incoming.filter((r) => placement.get(r.index) === id).map((r) => ({ ...r, eventId: id, joined: joinedBy.get(r.index) }));
    await lease.keep();
    const written = await writeEvent(db, id, w, placed, ctx);
    if (written.outcome) changes[written.outcome].push(id);
    filed.set(id, written.date);
    if (w.record && written.outcome === "removed") dayLists.get(w.record.date)?.delete(id);
    if (w.record && written.outcome === "changed" && written.date !== w.record.date) former.push(w.record.date);
  }
  await fileEvents(db, lease, filed, dayLists, former);
  if (stableJson(finalIds) !== stableJson(allIds)) {
    await lease.keep();
    await putArticleEvents(db, article.url, finalIds);
  }
  changes.touched = [...changes.created, ...changes.changed];
  return changes;
}

/**
 * Makes the day lists agree with the events: each event filed under its day and under no other.
 * `filed` gives the day of every event this attach wrote or read (null: gone), `read` the lists
 * read for candidates, `former` the days the written events had before. Checked every time, not
 * only after a change, so that an event a crashed run created, moved or deleted without filing
 * is put right by the next attach that reads it.
 */
async function fileEvents(
  db: Db,
  lease: ClusterLease,
  filed: Map<string, string | null>,
  read: Map<string, Set<string>>,
  former: readonly string[],
): Promise<void> {
  const days = [...filed.values(), ...former].filter((day): day is string => day !== null);
  const unread = [...new Set(days)].filter((day) => !read.has(day));
  const lists = new Map([...read, ...(await eventDays(db, unread))]);
  for (const [id, day] of [...filed].sort(([a], [b]) => a.localeCompare(b))) {
    if (day === null || lists.get(day)!.has(id)) continue;
    await lease.keep();
    await fileEventOnDay(db, day, id, "ADD");
  }
  // Ids whose event is gone or lives on another day: left by a run that died before unfiling them.
  for (const [day, ids] of [...lists].sort(([a], [b]) => a.localeCompare(b))) {
    for (const id of [...ids].sort()) {
      if (filed.get(id) === day || (!filed.has(id) && !read.has(day))) continue;
      await lease.keep();
      await fileEventOnDay(db, day, id, "DELETE");
    }
  }
}

/**
 * Reads events whole into `working`, splitting this article's reports from the others'. Reports
 * of this article under an event that has no record yet (a create cut short) are kept as its
 * own, so they are completed or cleaned up.
 */
async function loadWorking(db: Db, url: string, ids: readonly string[], working: Map<string, Working>): Promise<void> {
  for (const id of ids) {
    const { event, reports } = await loadEventItems(db, id);
    const mine = reports.filter((r) => r.url === url);
    if (!event && mine.length === 0) continue;
    working.set(id, { record: event, others: event ? reports.filter((r) => r.url !== url) : [], mine });
  }
}

/**
 * Earlier events an undated recap may recall (match.ts `mayRecall`): it cannot be placed in its
 * year, so its candidates are its governorate's events before its days, newest first, up to
 * {@link EVENT_RECAP_CANDIDATES}, kept when they match. Read from the governorate index, which
 * is eventually consistent: these events are older than any run that could be writing them now,
 * and the ones kept are read again consistently before use.
 */
async function recalledEvents(db: Db, profiles: readonly EventProfile[]): Promise<string[]> {
  const ids: string[] = [];
  for (const profile of profiles) {
    if (!profile.recap || profile.dated || !profile.governorate) continue;
    const until = addDays(profile.from, -EVENT_DAY_TOLERANCE_DAYS - 1);
    const past = await queryEvents(db, "governorate", profile.governorate, { until }, EVENT_RECAP_CANDIDATES);
    ids.push(...past.filter((e) => matchEvent(profile, e.profile)).map((e) => e.id));
  }
  return ids;
}

/**
 * Days whose filed events could match: a dated event within the tolerance of the incident's
 * days, or an undated one whose first publication lies up to the undated window after them.
 */
function candidateDays(profile: EventProfile): string[] {
  const from = addDays(profile.from, -EVENT_DAY_TOLERANCE_DAYS);
  const span = daysBetween(from, profile.to) + EVENT_DAY_TOLERANCE_DAYS + EVENT_UNDATED_WINDOW_DAYS;
  return Array.from({ length: span + 1 }, (_, i) => addDays(from, i));
}

/**
 * The id of a new event: derived from its first report, so a concurrent run making the same
 * event makes the same id and its conditional create fails. A later suffix is used when an
 * event that once started from this report lives on with other reports.
 */
async function freshEventId(
  db: Db,
  url: string,
  index: number,
  working: Map<string, Working>,
  records: Map<string, EventRecord>,
): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const id = eventIdFor(url, index, attempt);
    if (working.has(id) || records.has(id)) continue;
    if ((await getEvents(db, [id])).length === 0) return id;
  }
}

/** Deterministic event id: 16 hex digits of a hash of the first report's article and position. */
export function eventIdFor(url: string, index: number, attempt = 0): string {
  const seed = attempt === 0 ? `${url}#${index}` : `${url}#${index}#${attempt}`;
  return createHash("sha256").update(seed).digest("hex").slice(0, 16);
}

const reportContent = (r: EventReport) =>
  stableJson({ url: r.url, outlet: r.outlet, title: r.title, published: r.published, fetchedAt: r.fetchedAt, index: r.index, incident: r.incident });

const summaryOf = (record: EventRecord): EventSummary => {
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...summary } = record;
  return summary;
};

/** What writing one event did, and the day it is now filed under (null: it is gone). */
interface Written {
  outcome: keyof Omit<EventChanges, "touched"> | null;
  date: string | null;
}

/**
 * Writes one event's new state. Order matters for a crash at any write: the alert mark and the
 * month catalog first (listings find the event as soon as it exists); reports before the record
 * they belong to (a record never counts reports that are not there); filing on its day comes
 * after, in {@link fileEvents}, and taking a deleted event off its day before its record goes.
 */
async function writeEvent(db: Db, id: string, w: Working, placed: EventReport[], ctx: WriteContext): Promise<Written> {
  const unchanged = new Map(w.mine.map((m) => [m.index, reportContent(m)]));
  const toPut = placed.filter((r) => unchanged.get(r.index) !== reportContent(r));
  const toDelete = w.mine.filter((m) => !placed.some((r) => r.index === m.index));
  const kept = placed.map((r) => (toPut.includes(r) ? r : w.mine.find((m) => m.index === r.index)!));
  const reports = [...w.others, ...kept];

  if (reports.length === 0) {
    for (const r of toDelete) await deleteReport(db, r);
    if (!w.record) return { outcome: null, date: null };
    // Off its day before the record goes: a crash in between leaves a record the next attach finds.
    await fileEventOnDay(db, w.record.date, id, "DELETE");
    await deleteEvent(db, id, w.record.version);
    return { outcome: "removed", date: null };
  }

  const summary = summarize(reports);
  if (!w.record) {
    const record: EventRecord = { id, ...summary, createdAt: ctx.now, updatedAt: ctx.now, version: 1 };
    if (ctx.alerts !== "never") await markAlertDue(db, id, record.version, ctx.alerts, ctx.now);
    await noteMonths(db, "events", [record.date]);
    for (const r of toPut) await putReport(db, r);
    for (const r of toDelete) await deleteReport(db, r);
    if (!(await createEvent(db, record))) throw new EventConflictError(id);
    return { outcome: "created", date: record.date };
  }

  const summaryChanged = stableJson(summary) !== stableJson(summaryOf(w.record));
  if (!summaryChanged && toPut.length === 0 && toDelete.length === 0) return { outcome: null, date: w.record.date };
  const record: EventRecord = { ...w.record, ...summary, updatedAt: ctx.now, version: w.record.version + 1 };
  if (ctx.alerts !== "never") await markAlertDue(db, id, record.version, ctx.alerts, ctx.now);
  if (record.date !== w.record.date) await noteMonths(db, "events", [record.date]);
  for (const r of toPut) await putReport(db, r);
  for (const r of toDelete) await deleteReport(db, r);
  await replaceEvent(db, record, w.record.version);
  return { outcome: "changed", date: record.date };
}
