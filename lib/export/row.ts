import type { Estimate, EventWithReports } from "../events";
import { TYPE_LABELS, formatDay, outletName, placeInLatin } from "../events/describe";
import { governorateRow } from "../places/gazetteer";
import { governorateOfAdmin1 } from "../places/governorates";
import type { Perpetrator } from "../extract/actors";
import {
  ACLED_TYPES, ACTOR_NAMES, COUNTRY, FATALITIES_COUNTED, GEO_PRECISION, PERPETRATOR_INTER, TARGET_INTER, TIME_PRECISION,
  interaction, type DisorderType, type InterCode,
} from "./acled";

/**
 * One event as one flat record: ACLED's column names, in ACLED's order, where the meaning matches
 * (ACLED Codebook), then rasd's own (the three estimates of each figure, the reports, their
 * links and the Arabic evidence). The CSV has these columns in this order; a GeoJSON feature
 * has them as properties.
 */
export interface EventRow {
  event_id: string;
  event_date: string;
  year: number;
  time_precision: 1 | 2;
  disorder_type: DisorderType;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  /** Actors acting with actor1 in this event: rasd names one perpetrator per event, so always empty. */
  assoc_actor_1: string;
  inter1: InterCode | null;
  /** The first target named; the others are assoc_actor_2. */
  actor2: string;
  assoc_actor_2: string;
  inter2: InterCode | null;
  interaction: number | null;
  iso: number;
  country: string;
  admin1: string | null;
  /** The district of a place in admin1 (never of a place another report put in another governorate). */
  admin2: string | null;
  /** The sub-district (nahiya): the gazetteer has none, so always empty. */
  admin3: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: 1 | 2 | 3 | null;
  source: string;
  notes: string;
  /** ACLED reports 0 when no death is reported, and always for strategic developments; killed_best keeps the reports' figure. */
  fatalities: number;
  killed_low: number | null;
  killed_best: number | null;
  killed_high: number | null;
  wounded_low: number | null;
  wounded_best: number | null;
  wounded_high: number | null;
  reports: number;
  /** Report URLs, oldest first, separated by one space (a URL holds none). */
  urls: string;
  /** Distinct Arabic evidence sentences of every report, oldest report first, one per line. */
  evidence_ar: string;
}

/** The columns, in order. */
export const EVENT_COLUMNS: readonly (keyof EventRow)[] = [
  "event_id", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
  "iso", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "notes", "fatalities",
  "killed_low", "killed_best", "killed_high", "wounded_low", "wounded_best", "wounded_high",
  "reports", "urls", "evidence_ar",
];

/** Separators inside one cell. */
const LIST_SEPARATOR = "; ";
const URL_SEPARATOR = " ";
const EVIDENCE_SEPARATOR = "\n";

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** "9 killed (reports: 5 to 14)", "5 or more wounded", or null when no report gives the figure. */
function figure(estimate: Estimate | null, noun: string): string | null {
  if (!estimate) return null;
  if (estimate.high === null) {
    return estimate.low === estimate.best ? `${estimate.best} or more ${noun}` : `${estimate.best} ${noun} (reports: ${estimate.low} or more)`;
  }
  if (estimate.low === estimate.high) return `${estimate.best} ${noun}`;
  return `${estimate.best} ${noun} (reports: ${estimate.low} to ${estimate.high})`;
}

/**
 * A one-sentence English summary of an event: who, what, where, when, the toll and how many
 * outlets reported it.
 * @example eventSummary(event) // "ISIS ambush in al-Sawana (Homs), 25 Nov 2020: 9 killed (reports: 5 or more), 19 wounded. 3 outlets."
 */
export function eventSummary(event: EventWithReports): string {
  const type = TYPE_LABELS[event.type];
  const who = ACTOR_NAMES[event.perpetrator] === undefined ? `${event.perpetrator}${event.suspected ? " (suspected)" : ""} ` : "";
  const what = who ? `${who}${type}` : type.charAt(0).toUpperCase() + type.slice(1);
  const place = placeInLatin(event);
  const where =
    place && event.governorate && place !== event.governorate ? `${place} (${event.governorate})` : (place ?? event.governorate ?? "an unknown place");
  const when = event.dated ? formatDay(event.date) : `undated, first reported ${formatDay(event.firstPublished)}`;
  const tolls = [figure(event.killed, "killed"), figure(event.wounded, "wounded")].filter((t) => t !== null);
  if (tolls.length === 0) tolls.push(figure(event.killedOrWounded, "killed or wounded") ?? "no toll given");
  return `${what} in ${where}, ${when}: ${tolls.join(", ")}. ${event.sources} outlet${event.sources === 1 ? "" : "s"}.`;
}

/** Distinct Arabic evidence sentences of an event's reports, oldest report first. */
export function eventEvidence(event: EventWithReports): string[] {
  return unique(event.reports.flatMap((r) => r.incident.evidence));
}

/**
 * Where an event is: its gazetteer point, else — as ACLED codes an event known only by its
 * province — the seat of its governorate with geo_precision 3; null when neither has coordinates.
 */
function pointOf(event: EventWithReports): { lat: number; lon: number; precision: 1 | 2 | 3 } | null {
  const { location } = event;
  if (location && location.lat !== null && location.lon !== null) {
    return { lat: location.lat, lon: location.lon, precision: GEO_PRECISION[location.precision] };
  }
  const seat = event.governorate ? governorateRow(event.governorate) : undefined;
  if (seat && seat.lat !== null && seat.lon !== null) return { lat: seat.lat, lon: seat.lon, precision: GEO_PRECISION.governorate };
  return null;
}

/**
 * The district of the event's place, from a gazetteer row in the event's governorate: the event's
 * location when it lies there, else the first report's that does; null when none does. The
 * event's location is the most precisely placed report's, which another outlet may have put in
 * another governorate than most reports: its district would contradict admin1.
 */
function districtOf(event: EventWithReports): string | null {
  const places = [event.location, ...event.reports.map((r) => r.incident.location)];
  const inGovernorate = places.find((p) => p && p.admin2 && governorateOfAdmin1(p.admin1) === event.governorate);
  return inGovernorate?.admin2 ?? null;
}

/**
 * Flattens an event with its reports into one {@link EventRow}.
 * @example toRow(event).event_type // "Battles"
 */
export function toRow(event: EventWithReports): EventRow {
  const acled = ACLED_TYPES[event.type];
  const point = pointOf(event);
  const [target, ...alsoTargeted] = event.targets;
  const inter1 = event.perpetrator in PERPETRATOR_INTER ? PERPETRATOR_INTER[event.perpetrator as Perpetrator] : null;
  const inter2 = target === undefined ? null : (TARGET_INTER[target] ?? null);
  return {
    event_id: event.id,
    event_date: event.date,
    year: Number(event.date.slice(0, 4)),
    time_precision: event.dated ? TIME_PRECISION.dated : TIME_PRECISION.undated,
    disorder_type: acled.disorderType,
    event_type: acled.eventType,
    sub_event_type: acled.subEventType,
    actor1: ACTOR_NAMES[event.perpetrator] ?? event.perpetrator,
    assoc_actor_1: "",
    inter1,
    actor2: target ?? "",
    assoc_actor_2: alsoTargeted.join(LIST_SEPARATOR),
    inter2,
    interaction: interaction(inter1, inter2),
    iso: COUNTRY.iso,
    country: COUNTRY.name,
    admin1: event.governorate,
    admin2: districtOf(event),
    admin3: null,
    location: placeInLatin(event) ?? event.places[0] ?? null,
    latitude: point?.lat ?? null,
    longitude: point?.lon ?? null,
    geo_precision: point?.precision ?? null,
    source: unique(event.reports.map((r) => outletName(r.outlet))).join(LIST_SEPARATOR),
    notes: eventSummary(event),
    fatalities: FATALITIES_COUNTED.has(acled.disorderType) ? (event.killed?.best ?? 0) : 0,
    killed_low: event.killed?.low ?? null,
    killed_best: event.killed?.best ?? null,
    killed_high: event.killed?.high ?? null,
    wounded_low: event.wounded?.low ?? null,
    wounded_best: event.wounded?.best ?? null,
    wounded_high: event.wounded?.high ?? null,
    reports: event.reports.length,
    urls: unique(event.reports.map((r) => r.url)).join(URL_SEPARATOR),
    evidence_ar: eventEvidence(event).join(EVIDENCE_SEPARATOR),
  };
}
