import type { IncidentType } from "../types";
import type { EventWithReports } from "./types";
import { OUTLETS } from "../outlets/registry";
import { placeKey } from "./places";
import { transliterate } from "../text/transliterate";

/**
 * The English words for an event that alert messages, exports, the map and the CLI share, so
 * an event reads the same wherever a user meets it.
 */

/** How each incident type reads in an English summary. */
export const TYPE_LABELS: Record<IncidentType, string> = {
  attack: "attack",
  ambush: "ambush",
  explosive: "explosion",
  airstrike: "air strike",
  shelling: "shelling",
  clash: "clashes",
  assassination: "assassination",
  abduction: "abduction",
  execution: "execution",
  other: "violent incident",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "25 Nov 2020" (or "25 Nov" without the year) from an ISO day or time. */
export function formatDay(iso: string, withYear = true): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ""}`;
}

/** An outlet's display name from its registry id (the id itself for an outlet no longer listed). */
export const outletName = (id: string): string => OUTLETS.find((o) => o.id === id)?.name ?? id;

/** The place in Latin letters: the gazetteer's English name, else a transliteration of the most specific name. */
export function placeInLatin(event: Pick<EventWithReports, "location" | "places">): string | null {
  if (event.location && event.location.precision !== "governorate") return event.location.nameEn;
  const specific = event.places.find((p) => placeKey(p) !== null);
  return specific ? transliterate(specific) : null;
}
