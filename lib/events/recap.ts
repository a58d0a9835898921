import type { EventReport } from "./types";
import { normalize } from "../text/normalize";
import { reportTime } from "./figures";
import { daysBetween } from "./days";
import { EVENT_RECAP_DAYS } from "../constants";

/**
 * Phrases of a report that recalls an attack rather than reports it: an anniversary ("الذكرى
 * السنوية الثالثة للهجوم", "تحل اليوم ذكرى المجزرة") or "on this day" (normalized: ى → ي).
 */
const RECAP_CUES = [/(?:^|[^\u0621-\u064A])[وبل]?(?:ال)?ذكري(?:[^\u0621-\u064A]|$)/, /في مثل هذا اليوم/];

/**
 * Whether a report recalls an attack long past: its day lies more than {@link EVENT_RECAP_DAYS}
 * before the report's publication, or, undated, it marks an anniversary. An event of recaps
 * only is never alerted: its attack is not news.
 */
export function isRecap(report: Pick<EventReport, "incident" | "published" | "fetchedAt">): boolean {
  const { date, evidence } = report.incident;
  if (date) return daysBetween(date.slice(0, 10), reportTime(report).slice(0, 10)) > EVENT_RECAP_DAYS;
  return evidence.some((sentence) => RECAP_CUES.some((cue) => cue.test(normalize(sentence))));
}
