import type { Estimate, EventReport, EventWithReports } from "../events/types";
import type { AlertAttributes, AlertKind, AlertMessage } from "./types";
import { TYPE_LABELS, formatDay, outletName, placeInLatin } from "../events/describe";
import { byReportTime } from "../events/figures";
import { toAscii, toGsm7 } from "./gsm";
import { ALERT_EMAIL_EVIDENCE_PER_REPORT, SMS_MAX_CHARS, SNS_SUBJECT_MAX_CHARS } from "../constants";

function what(event: EventWithReports): string {
  const type = TYPE_LABELS[event.type];
  if (event.perpetrator === "unknown" || event.perpetrator === "other") return type.charAt(0).toUpperCase() + type.slice(1);
  return `${event.perpetrator}${event.suspected ? " (suspected)" : ""} ${type}`;
}

function where(event: EventWithReports): string {
  const place = placeInLatin(event);
  if (place && event.governorate) return `${place} (${event.governorate})`;
  return place ?? event.governorate ?? "place unknown";
}

const when = (event: EventWithReports, withYear = true) =>
  event.dated ? formatDay(event.date, withYear) : `undated, reported ${formatDay(event.firstPublished, withYear)}`;

function toll(event: EventWithReports): string {
  const parts: string[] = [];
  if (event.killed) parts.push(`${event.killed.best} killed`);
  if (event.wounded) parts.push(`${event.wounded.best} wounded`);
  if (parts.length === 0 && event.killedOrWounded) parts.push(`${event.killedOrWounded.best} killed or wounded`);
  return parts.length > 0 ? parts.join(", ") : "no toll given";
}

/** "9 (reports: 5 to 14)": the best figure and what the outlets' current figures range over. */
function range(estimate: Estimate | null): string {
  if (!estimate) return "not reported";
  if (estimate.high === null && estimate.low === estimate.best) return `${estimate.best} or more`;
  const spread =
    estimate.high === null ? `${estimate.low} or more` : estimate.low === estimate.high ? null : `${estimate.low} to ${estimate.high}`;
  return spread === null ? String(estimate.best) : `${estimate.best} (reports: ${spread})`;
}

const sources = (event: EventWithReports) => `${event.sources} source${event.sources === 1 ? "" : "s"}`;

function summaryLine(event: EventWithReports, kind: AlertKind, previousKilled: number): string {
  const head = `${what(event)} in ${where(event)}, ${when(event)}: ${toll(event)} (${sources(event)})`;
  return kind === "escalation" ? `Toll rises to ${event.killed?.best ?? 0} killed (was ${previousKilled}): ${head}` : head;
}

const figure = (c: { min: number; max: number | null } | null) =>
  c === null ? "-" : c.max === null ? `${c.min}+` : c.min === c.max ? String(c.min) : `${c.min}-${c.max}`;

function reportLine(r: EventReport, position: number): string {
  const i = r.incident;
  const toll = [`killed ${figure(i.killed)}`, `wounded ${figure(i.wounded)}`];
  if (i.killedOrWounded) toll.push(`killed or wounded ${figure(i.killedOrWounded)}`);
  const published = r.published ? `published ${r.published.slice(0, 16).replace("T", " ")}` : `fetched ${r.fetchedAt.slice(0, 16).replace("T", " ")}`;
  // Why clustering put the report here, so the analyst can judge the merge (events stored
  // before reasons were kept have none).
  const why = r.joined ? `  joined: ${r.joined}\n` : position === 0 ? "  first report of the event\n" : "";
  return `- ${outletName(r.outlet)}, ${published}: ${toll.join(", ")}\n${why}  ${r.title}\n  ${r.url}`;
}

/** Arabic sentences, the report behind the best killed figure first, each sentence once. */
function evidence(event: EventWithReports): string[] {
  const first = event.reports.find((r) => r.id === event.killed?.bestReport);
  const ordered = first ? [first, ...event.reports.filter((r) => r !== first)] : event.reports;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const r of ordered) {
    for (const sentence of r.incident.evidence.slice(0, ALERT_EMAIL_EVIDENCE_PER_REPORT)) {
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      lines.push(`«${sentence}» (${outletName(r.outlet)})`);
    }
  }
  return lines;
}

function placeBlock(event: EventWithReports): string {
  const latin = placeInLatin(event);
  const arabic = event.places.join("، ");
  const lines = [`Place: ${[latin, arabic].filter(Boolean).join(" — ") || "not named"}${event.governorate ? `, ${event.governorate}` : ""}`];
  const { location } = event;
  if (location && location.lat !== null && location.lon !== null) {
    const lat = location.lat.toFixed(5);
    const lon = location.lon.toFixed(5);
    lines.push(`Coordinates: ${lat}, ${lon} (gazetteer ${location.id}, ${location.precision})`);
    lines.push(`Map: https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=11/${lat}/${lon}`);
  }
  return lines.join("\n");
}

function emailBody(event: EventWithReports, kind: AlertKind, previousKilled: number): string {
  const reports = [...event.reports].sort(byReportTime);
  return [
    summaryLine(event, kind, previousKilled),
    "",
    ...evidence(event),
    "",
    `Killed: ${range(event.killed)}. Wounded: ${range(event.wounded)}.` +
      (event.killedOrWounded ? ` Killed or wounded: ${range(event.killedOrWounded)}.` : ""),
    "",
    `Reports (${reports.length}):`,
    ...reports.map(reportLine),
    "",
    placeBlock(event),
    "",
    `Event: ${event.id}`,
  ].join("\n");
}

/**
 * The SMS: what, where, when, killed/wounded and how many sources, in GSM-7 basic characters
 * and one segment. When the whole does not fit, the place name loses words from its end
 * (the governorate stays).
 */
export function smsBody(event: EventWithReports, kind: AlertKind, previousKilled: number): string {
  const head = kind === "escalation" ? `rasd UPDATE: ${event.killed?.best ?? 0} killed (was ${previousKilled}). ` : "rasd: ";
  const gov = event.governorate ?? "";
  const text = (place: string) => {
    const at = place && gov ? `${place} (${gov})` : place || gov || "place unknown";
    return toGsm7(`${head}${what(event)}, ${at}, ${when(event, false)}: ${toll(event)}, ${sources(event)}`);
  };
  let words = toGsm7(placeInLatin(event) ?? "").split(" ").filter(Boolean);
  while (words.length > 0 && text(words.join(" ")).length > SMS_MAX_CHARS) words = words.slice(0, -1);
  return text(words.join(" ")).slice(0, SMS_MAX_CHARS);
}

function subjectLine(event: EventWithReports, kind: AlertKind): string {
  const place = placeInLatin(event) ?? event.governorate ?? "Syria";
  const text = `[rasd] ${kind === "escalation" ? "UPDATE " : ""}${toll(event)}: ${what(event)}, ${place}`;
  return toAscii(text).slice(0, SNS_SUBJECT_MAX_CHARS);
}

/**
 * Renders an event's alert for every channel, with the SNS attributes subscribers filter on.
 * `previousKilled` is the killed figure of the last message sent (for an escalation's "was N").
 * @example buildAlertMessage(event, { id, kind: "major", level: 0 }, 0).sms.length <= 160
 */
export function buildAlertMessage(
  event: EventWithReports,
  alert: { id: string; kind: AlertKind; level: number },
  previousKilled: number,
): AlertMessage {
  const attributes: AlertAttributes = {
    governorate: event.governorate ?? "unknown",
    killedBest: event.killed?.best ?? 0,
    woundedBest: event.wounded?.best ?? 0,
    perpetrator: event.perpetrator,
    type: event.type,
    escalation: alert.kind === "escalation" ? "true" : "false",
  };
  return {
    alertId: alert.id,
    eventId: event.id,
    kind: alert.kind,
    level: alert.level,
    subject: subjectLine(event, alert.kind),
    email: emailBody(event, alert.kind, previousKilled),
    sms: smsBody(event, alert.kind, previousKilled),
    default: `${summaryLine(event, alert.kind, previousKilled)}. Event ${event.id}`,
    attributes,
  };
}
