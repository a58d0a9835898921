import type { Governorate, IncidentType } from "../types";
import type { EventProfile } from "./types";
import { gazetteerKey, nearestKm, sameKey } from "./places";
import { daysBetween } from "./days";
import { EVENT_DAY_TOLERANCE_DAYS, EVENT_FAR_KM, EVENT_NEAR_KM, EVENT_RECAP_TOLL_RATIO } from "../constants";

/**
 * Incident types outlets use for the same attack, as families: two types are compatible when
 * they share a family. One outlet's "attack" is another's "ambush" or "IED blast"; an air
 * strike and shelling are both told from afar and often confused; nothing ground-based is
 * an air strike. "other" is the extractor's fallback and agrees with everything.
 */
const TYPE_FAMILIES: Record<IncidentType, readonly string[]> = {
  attack: ["ground", "blast"],
  ambush: ["ground", "blast"],
  clash: ["ground"],
  assassination: ["ground", "blast"],
  explosive: ["blast"],
  airstrike: ["remote"],
  shelling: ["remote"],
  abduction: ["captive"],
  execution: ["captive"],
  other: [],
};

/**
 * "هجوم" (attack) is also the generic word for any attack, a drone strike included ("هجوم
 * بطائرات مسيرة"): an "attack" agrees with an air strike when both name the same target.
 */
const GENERIC_TYPE: IncidentType = "attack";

/** Whether two incident types can describe one attack (see {@link TYPE_FAMILIES}). */
export function typesCompatible(a: IncidentType, b: IncidentType): boolean {
  if (a === "other" || b === "other") return true;
  return TYPE_FAMILIES[a].some((family) => TYPE_FAMILIES[b].includes(family));
}

/**
 * Governorates outlets swap for one place: the capital's suburbs are "ضواحي دمشق" to one and
 * "ريف دمشق" to another.
 */
const CONFUSED_GOVERNORATES: readonly (readonly [Governorate, Governorate])[] = [["Damascus", "Rif Dimashq"]];

/** Whether two governorates can be one attack's: either unknown, equal, or swapped by outlets. */
function sameGovernorate(a: Governorate | null, b: Governorate | null): boolean {
  if (!a || !b || a === b) return true;
  return CONFUSED_GOVERNORATES.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/**
 * Whether the governorates of a report and an event agree: the same (see {@link sameGovernorate}),
 * or one side names a place in the other's governorate. One attack on "مدينتي طرطوس وجبلة" is
 * filed under Tartus by one outlet and under Latakia, Jableh's, by another.
 */
function governoratesAgree(a: EventProfile, b: EventProfile): boolean {
  if (sameGovernorate(a.governorate, b.governorate)) return true;
  const names = (p: EventProfile, g: Governorate | null) => g !== null && (p.governorates ?? []).includes(g);
  return names(a, b.governorate) || names(b, a.governorate);
}

/**
 * The side each target belongs to (lib/extract actors' target names). Civilians are on no side:
 * one outlet's "civilians" are another's "soldiers on leave", so they never tell attacks apart.
 */
const TARGET_SIDES: Record<string, string> = {
  "regime/government forces": "government",
  "National Defence Forces": "government",
  "Fifth Corps": "government",
  "Liwa al-Quds": "government",
  "4th Division": "government",
  "Qaterji militia": "government",
  "Ba'ath Brigades": "government",
  "Syrian Army / Ministry of Defence": "government",
  "General Security": "government",
  "IRGC-backed militias": "government",
  "Russian forces": "government",
  SDF: "SDF",
  HTS: "opposition",
  "ISIS members": "ISIS",
};

/** The side of each perpetrator, as a target would be named. */
const PERPETRATOR_SIDES: Record<string, string> = {
  "Syrian government": "government",
  Russia: "government",
  "Iran-backed militias": "government",
  SDF: "SDF",
  opposition: "opposition",
  ISIS: "ISIS",
};

const sidesOf = (names: readonly string[], table: Record<string, string>) =>
  [...new Set(names.map((n) => table[n]).filter((s): s is string => s !== undefined))];

/**
 * Whether two reports name different forces as hit: both name an armed side, none is shared,
 * and neither report's attacker is the other's victim (outlets confuse the attacked force with
 * the attacker: "ISIS attacked the army" and "the army's clash with ISIS").
 */
function differentTargets(a: EventProfile, b: EventProfile): boolean {
  const [ta, tb] = [sidesOf(a.targets, TARGET_SIDES), sidesOf(b.targets, TARGET_SIDES)];
  if (ta.length === 0 || tb.length === 0 || ta.some((s) => tb.includes(s))) return false;
  const [pa, pb] = [sidesOf(a.perpetrators, PERPETRATOR_SIDES), sidesOf(b.perpetrators, PERPETRATOR_SIDES)];
  return !pa.some((s) => tb.includes(s)) && !pb.some((s) => ta.includes(s));
}

/**
 * How the places of a report and an event relate:
 * - `same`: the report's most specific place is one the event's reports name most specifically;
 * - `within`: the report's most specific place is where an event report puts its own ("حمص"
 *   for "حي وادي الذهب بحمص"), or the other way round — a district of the city, the mosque's
 *   neighbourhood, one end of the road;
 * - `different`: they share a place, but each names another as its most specific one (two
 *   neighbourhoods of one town, two villages an article lists together) — two attacks;
 * - `unrelated`: both name places, none shared;
 * - `unnamed`: one of them names no specific place.
 */
export type PlaceRelation = "same" | "within" | "different" | "unrelated" | "unnamed";

/** Place names and gazetteer ids as one list of keys. */
const keysOf = (p: EventProfile) => [...p.placeKeys, ...p.gazetteerIds.map(gazetteerKey)];
/** Each report's most specific place; an event stored before they were kept offers all its names. */
const topsOf = (p: EventProfile) => p.topKeys ?? keysOf(p);
const has = (keys: readonly string[], key: string) => keys.some((k) => sameKey(k, key));

/** How the places of a one-report profile and an event relate (see {@link PlaceRelation}). */
export function placeRelation(report: EventProfile, event: EventProfile): { relation: PlaceRelation; place: string | null } {
  const [reportKeys, eventKeys] = [keysOf(report), keysOf(event)];
  if (reportKeys.length === 0 || eventKeys.length === 0) return { relation: "unnamed", place: null };
  const [reportTops, eventTops] = [topsOf(report), topsOf(event)];
  const same = reportTops.find((k) => has(eventTops, k));
  if (same) return { relation: "same", place: same };
  const within =
    reportTops.find((k) => has(event.widerKeys ?? [], k)) ?? (report.widerKeys ?? []).find((k) => has(eventTops, k));
  if (within) return { relation: "within", place: within };
  const shared = reportKeys.find((k) => has(eventKeys, k));
  return shared ? { relation: "different", place: shared } : { relation: "unrelated", place: null };
}

/** How surely an incident belongs to an event, surest first. */
export type MatchStrength =
  /** The same most specific place. */
  | "place"
  /** One's place lies within the other's. */
  | "within"
  /** Gazetteer points within {@link EVENT_NEAR_KM}. */
  | "near"
  /** One side names no specific place, but both name the same kind of target. */
  | "site"
  /** One side names no specific place; only good when it is the one candidate. */
  | "unplaced";

const STRENGTH_RANK: Record<MatchStrength, number> = { place: 0, within: 1, near: 2, site: 3, unplaced: 4 };

export interface Match {
  strength: MatchStrength;
  /** Days between the two day ranges, 0 when they overlap. */
  dayGap: number;
  distanceKm: number | null;
  /** Kinds of target both name. */
  sites: string[];
  /**
   * How many things both tell alike beyond the place: the governorate, each kind of target,
   * an incident type, a named perpetrator. Breaks ties between events that match as surely.
   */
  agreements: number;
  /** Why the report matches, one phrase per rule that held ("same place: وادي ذهب"). */
  reasons: string[];
}

const intersection = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));
const displayKey = (key: string) => (key.startsWith("gz:") ? `gazetteer ${key.slice(3)}` : key);

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/** The day rule that held, in words. An undated side spans the days before its publication. */
function dayReason(incident: EventProfile, event: EventProfile, dayGap: number): string {
  if (incident.dated && event.dated) return dayGap === 0 ? "same day" : `${days(dayGap)} apart (a night across two days)`;
  if (event.dated) return `undated report published ${days(Math.max(0, daysBetween(event.to, incident.to)))} after the event's day`;
  if (incident.dated) return `undated event reported up to ${days(Math.max(0, daysBetween(incident.to, event.to)))} after the report's day`;
  return `undated, published ${days(Math.abs(daysBetween(event.to, incident.to)))} apart`;
}

/**
 * Whether an undated recap ("الذكرى السنوية الثالثة للهجوم", and neither a day nor a publication
 * day to place it in its year) may recall a dated event before it: both state a killed figure,
 * at most {@link EVENT_RECAP_TOLL_RATIO} apart. The place is checked by the caller (the same
 * most specific place); a recap that states no toll stays an event of its own.
 */
export function mayRecall(recap: EventProfile, event: EventProfile): boolean {
  if (!recap.recap || recap.dated || !event.dated || event.to >= recap.from) return false;
  const [a, b] = [recap.killed ?? 0, event.killed ?? 0];
  return a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= EVENT_RECAP_TOLL_RATIO;
}

/**
 * Whether an incident (as a one-report profile) describes the attack of an event, and how
 * surely, with the rules that held (README "Events"). Hard conflicts first: governorates that
 * differ (the capital and its countryside excepted, and a governorate the other side names a
 * place in), incompatible types, days too far apart, points too far apart, different kinds of
 * target at places that are not the same, different forces hit, or different places of one
 * wider place. Then the place: the same most specific
 * place, one within the other, gazetteer points near each other, a shared kind of target where
 * one names no place, or — with no place on one side — an "unplaced" match. An undated report
 * or one without governorate joins only by a shared place or target; an undated recap joins an
 * earlier event only at the same place with a toll that agrees ({@link mayRecall}).
 */
export function matchEvent(incident: EventProfile, event: EventProfile): Match | null {
  if (!governoratesAgree(incident, event)) return null;
  const sites = intersection(incident.sites ?? [], event.sites ?? []);
  const generic = (a: IncidentType, b: IncidentType) => sites.length > 0 && (a === GENERIC_TYPE || b === GENERIC_TYPE);
  if (!incident.types.every((a) => event.types.every((b) => typesCompatible(a, b) || generic(a, b)))) return null;

  const dayGap = Math.max(0, daysBetween(event.to, incident.from), daysBetween(incident.to, event.from));
  const recalled = dayGap > EVENT_DAY_TOLERANCE_DAYS;
  if (recalled && !mayRecall(incident, event)) return null;
  const distanceKm = nearestKm(incident.points, event.points);
  if (distanceKm !== null && distanceKm > EVENT_FAR_KM) return null;
  if (differentTargets(incident, event)) return null;

  const { relation, place } = placeRelation(incident, event);
  if (relation === "different" || (recalled && relation !== "same")) return null;
  const bothSites = (incident.sites ?? []).length > 0 && (event.sites ?? []).length > 0;
  if (bothSites && sites.length === 0 && relation !== "same") return null;

  const placeOnly = !incident.dated || !event.dated || !incident.governorate || !event.governorate;
  let strength: MatchStrength;
  if (relation === "same") strength = "place";
  else if (relation === "within") strength = "within";
  else if (relation === "unrelated" && distanceKm !== null && distanceKm <= EVENT_NEAR_KM && !placeOnly) strength = "near";
  else if (relation === "unnamed" && sites.length > 0 && incident.governorate && incident.governorate === event.governorate) strength = "site";
  // With no place to compare, a governorate only named in passing is not enough.
  else if (relation === "unnamed" && !placeOnly && sameGovernorate(incident.governorate, event.governorate)) strength = "unplaced";
  else return null;

  const reasons: string[] = [];
  if (place) reasons.push(`${relation === "same" ? "same place" : "place within"}: ${displayKey(place)}`);
  if (!sameGovernorate(incident.governorate, event.governorate)) reasons.push(`places named in ${incident.governorate} and ${event.governorate}`);
  if (strength === "near") reasons.push(`places ${Math.round(distanceKm!)} km apart`);
  if (sites.length > 0) reasons.push(`same target: ${sites.join(", ")}`);
  if (strength === "unplaced") reasons.push(`the one event of its day in ${event.governorate} (no place named)`);
  reasons.push(recalled ? `undated recap of an earlier attack: ${incident.killed} killed against the event's ${event.killed}` : dayReason(incident, event, dayGap));
  reasons.push(`types compatible: ${[...new Set([...incident.types, ...event.types])].join(", ")}`);
  const agreements =
    (incident.governorate !== null && incident.governorate === event.governorate ? 1 : 0) +
    sites.length +
    (intersection(incident.types, event.types).length > 0 ? 1 : 0) +
    (intersection(incident.perpetrators, event.perpetrators).length > 0 ? 1 : 0);
  return { strength, dayGap, distanceKm, sites, agreements, reasons };
}

/** The reasons of a match as one line, for the report record and the alert. */
export const describeMatch = (match: Match): string => match.reasons.join("; ");

/**
 * The event an incident joins among `candidates`, with the match, or null to start a new one:
 * the surest match, then the one agreeing on most else, then the closest day, then the nearest
 * point, then the one more reports tell, then the smallest id (so every run picks the same).
 * An "unplaced" match counts only when it is the only match: with two attacks that day in the
 * governorate, a report naming no place could belong to either.
 */
export function chooseEvent(
  incident: EventProfile,
  candidates: readonly { id: string; profile: EventProfile }[],
): { id: string; match: Match } | null {
  const matches = candidates
    .map((c) => ({ id: c.id, profile: c.profile, match: matchEvent(incident, c.profile) }))
    .filter((m): m is { id: string; profile: EventProfile; match: Match } => m.match !== null)
    .sort(
      (a, b) =>
        STRENGTH_RANK[a.match.strength] - STRENGTH_RANK[b.match.strength] ||
        b.match.agreements - a.match.agreements ||
        a.match.dayGap - b.match.dayGap ||
        (a.match.distanceKm ?? Infinity) - (b.match.distanceKm ?? Infinity) ||
        (b.profile.reports ?? 1) - (a.profile.reports ?? 1) ||
        a.id.localeCompare(b.id),
    );
  if (matches.length === 0) return null;
  if (matches[0].match.strength === "unplaced" && matches.length > 1) return null;
  return { id: matches[0].id, match: matches[0].match };
}
