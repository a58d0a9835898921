import type { IncidentType } from "../types";
import type { EventProfile } from "./types";
import { nearestKm } from "./places";
import { daysBetween } from "./summary";
import { EVENT_DAY_TOLERANCE_DAYS, EVENT_FAR_KM, EVENT_NEAR_KM } from "../constants";

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

/** Whether two incident types can describe one attack (see {@link TYPE_FAMILIES}). */
export function typesCompatible(a: IncidentType, b: IncidentType): boolean {
  if (a === "other" || b === "other") return true;
  return TYPE_FAMILIES[a].some((family) => TYPE_FAMILIES[b].includes(family));
}

/** How surely an incident belongs to an event. */
export type MatchStrength =
  /** A shared gazetteer id or specific place name. */
  | "place"
  /** Gazetteer points within {@link EVENT_NEAR_KM}. */
  | "near"
  /** One side names no specific place; only good when it is the one candidate. */
  | "unplaced";

const STRENGTH_RANK: Record<MatchStrength, number> = { place: 0, near: 1, unplaced: 2 };

export interface Match {
  strength: MatchStrength;
  /** Days between the two day ranges, 0 when they overlap. */
  dayGap: number;
  distanceKm: number | null;
}

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
const hasPlace = (p: EventProfile) => p.placeKeys.length > 0 || p.gazetteerIds.length > 0;

/**
 * Whether an incident (as a one-report profile) describes the attack of an event, and how
 * surely (README "Events"). Hard conflicts first: a different governorate, named perpetrator,
 * incompatible type, disjoint targets, days too far apart, or points too far apart. Then the
 * place: shared name or gazetteer id, else points near each other, else — when one side has
 * no specific place — an "unplaced" match. An undated report or one without governorate joins
 * only by a shared place.
 */
export function matchEvent(incident: EventProfile, event: EventProfile): Match | null {
  if (incident.governorate && event.governorate && incident.governorate !== event.governorate) return null;
  if (incident.perpetrators.length > 0 && event.perpetrators.length > 0 && !intersects(incident.perpetrators, event.perpetrators)) return null;
  if (!incident.types.every((a) => event.types.every((b) => typesCompatible(a, b)))) return null;
  if (incident.targets.length > 0 && event.targets.length > 0 && !intersects(incident.targets, event.targets)) return null;

  const dayGap = Math.max(0, daysBetween(event.to, incident.from), daysBetween(incident.to, event.from));
  if (dayGap > EVENT_DAY_TOLERANCE_DAYS) return null;
  const distanceKm = nearestKm(incident.points, event.points);
  if (distanceKm !== null && distanceKm > EVENT_FAR_KM) return null;

  if (intersects(incident.gazetteerIds, event.gazetteerIds) || intersects(incident.placeKeys, event.placeKeys)) {
    return { strength: "place", dayGap, distanceKm };
  }
  const placeOnly = !incident.dated || !event.dated || !incident.governorate || !event.governorate;
  if (placeOnly) return null;
  if (distanceKm !== null && distanceKm <= EVENT_NEAR_KM) return { strength: "near", dayGap, distanceKm };
  if (!hasPlace(incident) || !hasPlace(event)) return { strength: "unplaced", dayGap, distanceKm };
  return null;
}

/**
 * The event an incident joins among `candidates`, or null to start a new one: the surest
 * match, then the closest day, then the nearest point, then the smallest id (so every run
 * picks the same). An "unplaced" match counts only when it is the only match: with two
 * attacks that day in the governorate, a report naming no place could belong to either.
 */
export function chooseEvent(incident: EventProfile, candidates: readonly { id: string; profile: EventProfile }[]): string | null {
  const matches = candidates
    .map((c) => ({ id: c.id, match: matchEvent(incident, c.profile) }))
    .filter((m): m is { id: string; match: Match } => m.match !== null)
    .sort(
      (a, b) =>
        STRENGTH_RANK[a.match.strength] - STRENGTH_RANK[b.match.strength] ||
        a.match.dayGap - b.match.dayGap ||
        (a.match.distanceKm ?? Infinity) - (b.match.distanceKm ?? Infinity) ||
        a.id.localeCompare(b.id),
    );
  if (matches.length === 0) return null;
  if (matches[0].match.strength === "unplaced" && matches.length > 1) return null;
  return matches[0].id;
}
