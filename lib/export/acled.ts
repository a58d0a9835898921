/**
 * How rasd's fields read in ACLED's vocabulary, as data: analysts load rasd's CSV next to
 * ACLED's and filter both with the same event_type / sub_event_type values (ACLED Codebook).
 */
import type { GazetteerMatch, IncidentType } from "../types";
import type { Perpetrator } from "../extract/actors";

/**
 * ACLED's disorder_type: what kind of disorder an event type belongs to. Battles, explosions and
 * violence against civilians are political violence; strategic developments are their own kind.
 */
export type DisorderType = "Political violence" | "Demonstrations" | "Strategic developments";

export interface AcledType {
  eventType: string;
  subEventType: string;
  disorderType: DisorderType;
}

/**
 * rasd incident type → ACLED event type and sub-event type. ACLED splits some of rasd's types by
 * target (an assassination of a soldier is a Battle in ACLED, of a civilian Violence against
 * civilians); rasd does not know the target's status reliably, so each type takes the reading
 * most Syrian desert reports fit.
 */
export const ACLED_TYPES: Record<IncidentType, AcledType> = {
  attack: { eventType: "Battles", subEventType: "Armed clash", disorderType: "Political violence" },
  ambush: { eventType: "Battles", subEventType: "Armed clash", disorderType: "Political violence" },
  clash: { eventType: "Battles", subEventType: "Armed clash", disorderType: "Political violence" },
  explosive: { eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED", disorderType: "Political violence" },
  airstrike: { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike", disorderType: "Political violence" },
  shelling: { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack", disorderType: "Political violence" },
  assassination: { eventType: "Violence against civilians", subEventType: "Attack", disorderType: "Political violence" },
  execution: { eventType: "Violence against civilians", subEventType: "Attack", disorderType: "Political violence" },
  abduction: { eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance", disorderType: "Political violence" },
  other: { eventType: "Strategic developments", subEventType: "Other", disorderType: "Strategic developments" },
};

/**
 * ACLED codes no fatalities for strategic developments (they are non-violent by definition): rasd's
 * own killed_* columns still carry what the reports said.
 */
export const FATALITIES_COUNTED: ReadonlySet<DisorderType> = new Set(["Political violence", "Demonstrations"]);

/** The country columns of every rasd event: ACLED's country name and its numeric ISO 3166-1 code. */
export const COUNTRY = { name: "Syria", iso: 760 } as const;

/**
 * ACLED's "inter" codes, the type of an actor: 1 State Forces, 2 Rebel Groups, 3 Political
 * Militias, 4 Identity Militias, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other Forces.
 */
export const INTER = {
  stateForces: 1,
  rebelGroups: 2,
  politicalMilitias: 3,
  identityMilitias: 4,
  rioters: 5,
  protesters: 6,
  civilians: 7,
  externalOther: 8,
} as const;
export type InterCode = (typeof INTER)[keyof typeof INTER];

/**
 * The inter code of each perpetrator rasd names. Foreign state forces acting in Syria are
 * External/Other Forces; ISIS, the SDF and the armed opposition are rebel groups (they fight the
 * governing regime); pro-government militias, and armed groups ACLED cannot name, are political
 * militias. "other" (tribes, feuds, remnants, unnamed foreign forces) has no one type: null.
 */
export const PERPETRATOR_INTER: Readonly<Record<Perpetrator, InterCode | null>> = {
  "Syrian government": INTER.stateForces,
  ISIS: INTER.rebelGroups,
  SDF: INTER.rebelGroups,
  opposition: INTER.rebelGroups,
  "Iran-backed militias": INTER.politicalMilitias,
  unknown: INTER.politicalMilitias,
  Russia: INTER.externalOther,
  "US-led coalition": INTER.externalOther,
  Israel: INTER.externalOther,
  Turkey: INTER.externalOther,
  other: null,
};

/** The inter code of each target (lib/extract/actors.ts TARGET_ALIASES), by the same reading. */
export const TARGET_INTER: Readonly<Record<string, InterCode>> = {
  "regime/government forces": INTER.stateForces,
  "Syrian Army / Ministry of Defence": INTER.stateForces,
  "General Security": INTER.stateForces,
  "Fifth Corps": INTER.stateForces,
  "4th Division": INTER.stateForces,
  "National Defence Forces": INTER.politicalMilitias,
  "Liwa al-Quds": INTER.politicalMilitias,
  "Qaterji militia": INTER.politicalMilitias,
  "Ba'ath Brigades": INTER.politicalMilitias,
  "IRGC-backed militias": INTER.politicalMilitias,
  "Russian forces": INTER.externalOther,
  SDF: INTER.rebelGroups,
  HTS: INTER.rebelGroups,
  "ISIS members": INTER.rebelGroups,
  civilians: INTER.civilians,
  "truffle hunters": INTER.civilians,
  shepherds: INTER.civilians,
  "oil workers": INTER.civilians,
};

/**
 * ACLED's interaction: the two inter codes as one number, the lower first (State Forces against
 * a rebel group is 12, whichever is actor1); an actor alone is its code times ten (10, 20 …).
 * Null when actor1's type is unknown.
 */
export function interaction(inter1: InterCode | null, inter2: InterCode | null): number | null {
  if (inter1 === null) return null;
  if (inter2 === null) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

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
