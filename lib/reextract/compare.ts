import type { Count, Incident } from "../types";
import type { StoredIncident } from "../store/incidents";
import type { ChangeExample, FigureChange } from "./types";
import { stableJson } from "../events/stable-json";

/** What re-extraction changes in one article's incidents, compared by position. */
export interface IncidentDiff {
  added: number;
  removed: number;
  changed: number;
  /** Every change, in incident order. */
  changes: ChangeExample[];
}

/** The incident as stored, without the article fields `replaceIncidents` adds. */
export function storedIncident({ url: _url, outlet: _outlet, index: _index, ...incident }: StoredIncident): Incident {
  return incident;
}

/** "5", "5+", "3-5"; "—" for a figure the incident does not state. */
function figure(count: Count | null | undefined): string {
  if (!count) return "—";
  if (count.max === null) return `${count.min}+`;
  return count.min === count.max ? String(count.min) : `${count.min}-${count.max}`;
}

const figureChange = (before: Incident | undefined, after: Incident | undefined, field: "killed" | "wounded"): FigureChange => ({
  before: before ? figure(before[field]) : null,
  after: after ? figure(after[field]) : null,
});

/**
 * Fields whose stored and new values differ. Compared as key-sorted JSON: what DynamoDB gives
 * back has no key order and no `undefined` fields.
 */
export function changedFields(before: Incident, after: Incident): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const value = (incident: Incident, key: string) => stableJson((incident as unknown as Record<string, unknown>)[key]);
  return keys.filter((key) => value(before, key) !== value(after, key));
}

/**
 * Compares an article's stored incidents with a new extraction, position by position (the
 * positions are the incidents' keys in the table and in the events' reports).
 * @example diffIncidents(url, [], [incident]).added === 1
 */
export function diffIncidents(url: string, before: readonly Incident[], after: readonly Incident[]): IncidentDiff {
  const diff: IncidentDiff = { added: 0, removed: 0, changed: 0, changes: [] };
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    const [b, a] = [before[index], after[index]];
    const fields = b && a ? changedFields(b, a) : [];
    const change = !b ? "added" : !a ? "removed" : fields.length > 0 ? "changed" : null;
    if (!change) continue;
    diff[change]++;
    const shown = a ?? b;
    diff.changes.push({
      url,
      index,
      change,
      place: shown.places[0] ?? shown.governorate ?? null,
      date: shown.date,
      killed: figureChange(b, a, "killed"),
      wounded: figureChange(b, a, "wounded"),
      fields,
    });
  }
  return diff;
}
