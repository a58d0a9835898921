import type { Count, Incident } from "../types";
import type { Estimate, EventReport } from "./types";

/** When a report was put out: its publication time, else when it was fetched. */
export const reportTime = (r: Pick<EventReport, "published" | "fetchedAt">): string => r.published ?? r.fetchedAt;

/** Oldest first; ties by id so every run orders reports the same way. */
export function byReportTime(a: EventReport, b: EventReport): number {
  return reportTime(a).localeCompare(reportTime(b)) || a.id.localeCompare(b.id);
}

/**
 * UCDP-style low / best / high of one figure over an event's reports.
 *
 * - Only each outlet's latest report that states the figure counts: an outlet's "the toll rose
 *   to 12" replaces its own earlier 5, and one outlet repeating itself is not two sources.
 * - `low` is the smallest lower bound, `high` the largest upper bound (null when any is open).
 * - `best` is the median of the outlets' lower bounds, the higher middle one when their number
 *   is even: one outlet's outlier does not move it, tolls rise as bodies are counted so the
 *   higher of two is the more current, and it is always a figure an outlet actually gave, so
 *   its Arabic sentence can be shown.
 *
 * Returns null when no report states the figure ("says nothing about deaths" is not zero).
 * @example estimate(reports, (i) => i.killed) // { low: 9, best: 12, high: 14, bestReport: "…#000" }
 */
export function estimate(reports: readonly EventReport[], figure: (incident: Incident) => Count | null): Estimate | null {
  const latestPerOutlet = new Map<string, { report: EventReport; count: Count }>();
  for (const report of [...reports].sort(byReportTime)) {
    const count = figure(report.incident);
    if (count) latestPerOutlet.set(report.outlet, { report, count });
  }
  if (latestPerOutlet.size === 0) return null;
  const current = [...latestPerOutlet.values()].sort(
    (a, b) => a.count.min - b.count.min || byReportTime(a.report, b.report),
  );
  const middle = current[Math.floor(current.length / 2)];
  const maxes = current.map((c) => c.count.max);
  return {
    low: current[0].count.min,
    best: middle.count.min,
    high: maxes.some((m) => m === null) ? null : Math.max(...(maxes as number[])),
    bestReport: middle.report.id,
  };
}

/** Killed, wounded and combined estimates of an event. */
export function eventFigures(reports: readonly EventReport[]) {
  return {
    killed: estimate(reports, (i) => i.killed),
    wounded: estimate(reports, (i) => i.wounded),
    killedOrWounded: estimate(reports, (i) => i.killedOrWounded),
  };
}
