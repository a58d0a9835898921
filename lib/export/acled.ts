/**
 * How rasd's fields read in ACLED's vocabulary, as data: analysts load rasd's CSV next to
 * ACLED's and filter both with the same event_type / sub_event_type values (ACLED Codebook).
 */
import type { GazetteerMatch, IncidentType } from "../types";

export interface AcledType {
  eventType: string;
  subEventType: string;
}

/**
 * rasd incident type → ACLED event type and sub-event type. ACLED splits some of rasd's types by
 * target (an assassination of a soldier is a Battle in ACLED, of a civilian Violence against
 * civilians); rasd does not know the target's status reliably, so each type takes the reading
 * most Syrian desert reports fit.
 */
export const ACLED_TYPES: Record<IncidentType, AcledType> = {
  attack: { eventType: "Battles", subEventType: "Armed clash" },
  ambush: { eventType: "Battles", subEventType: "Armed clash" },
  clash: { eventType: "Battles", subEventType: "Armed clash" },
  explosive: { eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED" },
  airstrike: { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" },
  shelling: { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" },
  assassination: { eventType: "Violence against civilians", subEventType: "Attack" },
  execution: { eventType: "Violence against civilians", subEventType: "Attack" },
  abduction: { eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance" },
  other: { eventType: "Strategic developments", subEventType: "Other" },
};

/**
 * ACLED time_precision: 1 the day is known; 2 the week is. An undated rasd event happened within
 * a few days before its first report (EVENT_UNDATED_WINDOW_DAYS), which is ACLED's 2.
 */
export const TIME_PRECISION = { dated: 1, undated: 2 } as const;

/**
 * ACLED geo_precision: 1 the town itself; 2 near it or a part of a region; 3 only the province
 * (rasd places such an event at the governorate seat).
 */
export const GEO_PRECISION: Record<GazetteerMatch["precision"], 1 | 2 | 3> = {
  exact: 1,
  near: 2,
  area: 2,
  governorate: 3,
};

/** Perpetrators written the way ACLED writes an actor it cannot name; the rest keep rasd's names. */
export const ACTOR_NAMES: Readonly<Record<string, string>> = {
  unknown: "Unidentified Armed Group (Syria)",
  other: "",
};
