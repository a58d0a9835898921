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
 */

/** A stable short id of a canonical article URL. */
export function urlHash(url: string): string {
  return createHash("sha256").update(url).digest("hex").slice(0, 32);
}

export const articleKey = (url: string) => ({ pk: `ART#${urlHash(url)}`, sk: "ARTICLE" });

export const articleIndex = (outlet: string, published: string, url: string) => ({
  gsi1pk: `OUTLET#${outlet}`,
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
