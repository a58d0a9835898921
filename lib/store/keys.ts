import { createHash } from "node:crypto";

/**
 * Key layout of the single table (README "Data model"). Every record kind's keys are built
 * here and nowhere else.
 *
 * | record        | pk            | sk                      | gsi1pk / gsi1sk                 | gsi2pk / gsi2sk                  |
 * |---------------|---------------|-------------------------|---------------------------------|----------------------------------|
 * | article       | ART#<hash>    | ARTICLE                 | OUTLET#<id> / <published>#<url> | —                                |
 * | incident      | ART#<hash>    | INC#<nnn>               | —                               | INCMONTH#<yyyy-mm> / <date>#<hash>#<nnn> |
 * | event         | EVT#<id>      | EVENT                   | EVTMONTH#<yyyy-mm> / <date>#<id> | EVTGOV#<gov> / <date>#<id>      |
 * | event report  | EVT#<id>      | REPORT#<hash>#<nnn>     | —                               | —                                |
 * | alert         | EVT#<id>      | ALERT#<kind>#<level>    | ALERTSTATE#<state> / <at>#<id>  | —                                |
 * | outlet state  | OUTLET#<id>   | STATE                   | —                               | —                                |
 * | event day     | EVTDAY#<date> | EVENTS                  | —                               | —                                |
 * | article's reports | EVTART#<hash> | REPORTS             | —                               | —                                |
 * | cluster lease | EVTLEASE      | CLUSTER                 | —                               | —                                |
 * | alert due     | ALERTDUE      | <event id>              | —                               | —                                |
 *
 * Event day and article's reports are read with strongly consistent gets while the cluster
 * lease is held, so clustering never depends on the (eventually consistent) indexes.
 */

/** A stable short id of a canonical article URL. */
export function urlHash(url: string): string {
  return createHash("sha256").update(url).digest("hex").slice(0, 32);
}

export const articleKey = (url: string) => ({ pk: `ART#${urlHash(url)}`, sk: "ARTICLE" });

/** The outlet index partition holding an outlet's articles. */
export const outletPartition = (outlet: string) => `OUTLET#${outlet}`;

export const articleIndex = (outlet: string, published: string, url: string) => ({
  gsi1pk: outletPartition(outlet),
  gsi1sk: `${published}#${url}`,
});

/** Incidents sort after the article record under the same partition. */
export const INCIDENT_PREFIX = "INC#";

export const incidentKey = (url: string, index: number) => ({
  pk: `ART#${urlHash(url)}`,
  sk: `${INCIDENT_PREFIX}${String(index).padStart(3, "0")}`,
});

/** Incidents by month of their day (or of publication when the day is unknown). */
export const incidentIndex = (day: string, url: string, index: number) => ({
  gsi2pk: `INCMONTH#${day.slice(0, 7)}`,
  gsi2sk: `${day}#${urlHash(url)}#${String(index).padStart(3, "0")}`,
});

export const outletStateKey = (outlet: string) => ({ pk: `OUTLET#${outlet}`, sk: "STATE" });

/** `YYYY-MM` months from `since` to `until` inclusive: the partitions a day-range query visits. */
export function monthsBetween(since: string, until: string): string[] {
  const months: string[] = [];
  let [y, m] = since.slice(0, 7).split("-").map(Number);
  const [ey, em] = until.slice(0, 7).split("-").map(Number);
  while (y < ey || (y === ey && m <= em)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return months;
}

// ── Events, reports, alerts ───────────────────────────────────────────────────

export const EVENT_SK = "EVENT";
export const REPORT_PREFIX = "REPORT#";
export const ALERT_PREFIX = "ALERT#";

export const eventKey = (id: string) => ({ pk: `EVT#${id}`, sk: EVENT_SK });

/** The event partition: the event, its reports and its alerts. */
export const eventPartition = (id: string) => `EVT#${id}`;

/** Events by month of their day (gsi1) and, when the governorate is known, by governorate (gsi2). */
export const eventIndex = (day: string, id: string, governorate: string | null) => ({
  gsi1pk: `EVTMONTH#${day.slice(0, 7)}`,
  gsi1sk: `${day}#${id}`,
  ...(governorate === null ? {} : { gsi2pk: `EVTGOV#${governorate}`, gsi2sk: `${day}#${id}` }),
});

export const eventMonthPk = (month: string) => `EVTMONTH#${month}`;
export const eventGovernoratePk = (governorate: string) => `EVTGOV#${governorate}`;

/** A report is incident `index` of the article at `url`. */
export const reportId = (url: string, index: number) => `${urlHash(url)}#${String(index).padStart(3, "0")}`;

export const reportKey = (eventId: string, url: string, index: number) => ({
  pk: `EVT#${eventId}`,
  sk: `${REPORT_PREFIX}${reportId(url, index)}`,
});

/** Ids of the events whose day is `day`: the consistent candidate list clustering reads. */
export const eventDayKey = (day: string) => ({ pk: `EVTDAY#${day}`, sk: "EVENTS" });

/** Which event holds each incident of an article. */
export const articleReportsKey = (url: string) => ({ pk: `EVTART#${urlHash(url)}`, sk: "REPORTS" });

/** The one lease that serialises clustering (lib/store/lease.ts). */
export const clusterLeaseKey = () => ({ pk: "EVTLEASE", sk: "CLUSTER" });

/** Events whose alert decision is pending, all in one partition read consistently (lib/store/alert-due.ts). */
export const ALERT_DUE_PK = "ALERTDUE";
export const alertDueKey = (eventId: string) => ({ pk: ALERT_DUE_PK, sk: eventId });

export type AlertKind = "major" | "escalation";

/** Levels sort as numbers inside the event partition. */
export const alertId = (eventId: string, kind: AlertKind, level: number) =>
  `${eventId}#${kind}#${String(level).padStart(4, "0")}`;

export const alertKey = (eventId: string, kind: AlertKind, level: number) => ({
  pk: `EVT#${eventId}`,
  sk: `${ALERT_PREFIX}${kind}#${String(level).padStart(4, "0")}`,
});

export type AlertState = "pending" | "claimed" | "sent" | "dropped";

/** Alerts by state; `at` is when a pending alert was last tried, a claim's lease expiry, or the send time. */
export const alertIndex = (state: AlertState, at: string, id: string) => ({
  gsi1pk: alertStatePk(state),
  gsi1sk: `${at}#${id}`,
});

export const alertStatePk = (state: AlertState) => `ALERTSTATE#${state}`;
