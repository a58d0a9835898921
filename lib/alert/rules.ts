import type { EventRecord } from "../events/types";
import type { AlertKind, AlertRecord, AlertRules } from "./types";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Killed best ≥ `killed`, or killed + wounded best (or a combined figure's best) ≥ `killedPlusWounded`. */
export function isMajor(event: EventRecord, rules: AlertRules): boolean {
  const killed = event.killed?.best ?? 0;
  const wounded = event.wounded?.best ?? 0;
  const combined = event.killedOrWounded?.best ?? 0;
  return killed >= rules.killed || killed + wounded >= rules.killedPlusWounded || combined >= rules.killedPlusWounded;
}

/**
 * True when the event is past the age limit: measured from the end of its day (an attack late
 * in the day is reported the next), or from its first report when no report gave a day.
 * A re-extracted old article thus never pages anyone, nor does a recap of an old attack
 * (`recap`: its reports only recall it), whatever its day.
 */
export function isTooOld(event: EventRecord, rules: AlertRules, now: Date): boolean {
  if (event.recap) return true;
  if (rules.maxAlertAgeHours === null) return false;
  const happened = event.dated ? Date.parse(`${event.date}T00:00:00Z`) + DAY_MS : Date.parse(event.firstPublished);
  return now.getTime() - happened > rules.maxAlertAgeHours * HOUR_MS;
}

/**
 * The killed figure at which the next escalation fires, given the figure last alerted:
 * a rise to `factor` × and by `minRise`, or the next fixed level, whichever comes first.
 * @example nextEscalationLevel(5, DEFAULT_ALERT_RULES) === 10
 */
export function nextEscalationLevel(alerted: number, rules: AlertRules): number {
  const byRise = Math.max(Math.ceil(alerted * rules.escalationFactor), alerted + rules.escalationMinRise);
  const byLevel = rules.escalationLevels.find((level) => level > alerted) ?? Infinity;
  return Math.min(byRise, byLevel);
}

/** The killed figure of the latest message sent about an event (0 if none gave one). */
export function alertedKilled(alerts: readonly AlertRecord[]): number {
  return Math.max(0, ...alerts.filter((a) => a.state === "sent").map((a) => a.killedBest ?? 0));
}

/**
 * The alert an event is due, given its alert records, or null. The first is the major alert;
 * after it, an escalation keyed by the level it reached, so two runs deciding at once make the
 * same record and each level is alerted at most once (levels only rise).
 */
export function dueAlert(
  event: EventRecord,
  alerts: readonly AlertRecord[],
  rules: AlertRules,
): { kind: AlertKind; level: number } | null {
  if (!alerts.some((a) => a.kind === "major")) return isMajor(event, rules) ? { kind: "major", level: 0 } : null;
  const level = nextEscalationLevel(alertedKilled(alerts), rules);
  return (event.killed?.best ?? 0) >= level ? { kind: "escalation", level } : null;
}
