import type { IncidentType } from "../types";
import { MAP_MAX_RADIUS_PX, MAP_MIN_RADIUS_PX, MAP_RADIUS_FULL_AT_KILLED } from "../constants";

/**
 * Circle colour of each incident type: the Okabe–Ito palette (distinct for the common forms of
 * colour blindness), armed clashes in warm colours and remote violence in cool ones.
 */
export const TYPE_COLOURS: Record<IncidentType, string> = {
  attack: "#D55E00",
  ambush: "#CC79A7",
  clash: "#E69F00",
  explosive: "#0072B2",
  airstrike: "#56B4E9",
  shelling: "#009E73",
  assassination: "#7B3294",
  execution: "#332288",
  abduction: "#8C564B",
  other: "#7F7F7F",
};

/** How each type reads in the legend. */
export const TYPE_LABELS: Record<IncidentType, string> = {
  attack: "Attack",
  ambush: "Ambush",
  clash: "Clashes",
  explosive: "Explosion / IED / mine",
  airstrike: "Air or drone strike",
  shelling: "Shelling",
  assassination: "Assassination",
  execution: "Execution",
  abduction: "Abduction",
  other: "Other",
};

/** Tolls the legend shows circles for. */
export const LEGEND_TOLLS: readonly number[] = [1, 10, 50];

/**
 * Circle radius in pixels for a killed best estimate: the area, not the radius, grows with the
 * toll (readers compare areas), capped at {@link MAP_RADIUS_FULL_AT_KILLED}.
 * @example radiusFor(0) // 4
 */
export function radiusFor(killed: number): number {
  const share = Math.sqrt(Math.min(Math.max(killed, 0), MAP_RADIUS_FULL_AT_KILLED) / MAP_RADIUS_FULL_AT_KILLED);
  return Number((MAP_MIN_RADIUS_PX + (MAP_MAX_RADIUS_PX - MAP_MIN_RADIUS_PX) * share).toFixed(1));
}
