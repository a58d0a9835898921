import type { GazetteerMatch, Governorate, Incident, IncidentType } from "../types";
import type { EventProfile, EventRecord, EventReport } from "./types";
import { byReportTime, eventFigures, reportTime } from "./figures";
import { namedGovernorates, placeChain, placeKey, placeKeys, preciseLocation, sameKey, widerPlace, type ChainPlace } from "./places";
import { targetSites } from "./sites";
import { isRecap } from "./recap";
import { addDays } from "./days";
import { EVENT_UNDATED_WINDOW_DAYS } from "../constants";

/** Perpetrator values that name nobody, so they agree with any named one. */
export const UNNAMED_PERPETRATORS: ReadonlySet<string> = new Set(["unknown", "other"]);

/** Better gazetteer precision first. */
const PRECISION_RANK: Record<GazetteerMatch["precision"], number> = { exact: 0, near: 1, area: 2, governorate: 3 };

/** The value given most often; ties go to the one given first (the list is oldest first). */
function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const v of values) if (best === undefined || counts.get(v)! > counts.get(best)!) best = v;
  return best;
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * What clustering compares, from a list of reports (one report: an incident about to be placed).
 * A dated event spans the day most reports give; an undated one the days from
 * {@link EVENT_UNDATED_WINDOW_DAYS} before its first publication to its last.
 */
export function profileOf(reports: readonly EventReport[]): EventProfile {
  const sorted = [...reports].sort(byReportTime);
  const incidents = sorted.map((r) => r.incident);
  const day = mostCommon(incidents.map((i) => i.date?.slice(0, 10)).filter((d): d is string => Boolean(d)));
  const publishedDays = sorted.map((r) => reportTime(r).slice(0, 10)).sort();
  const locations = incidents.map((i) => preciseLocation(i.location)).filter((l) => l !== null);
  const chains = incidents.map((i) => placeChain(i.places, i.location));
  // A point measures distances only when it pins the report's most specific place: "كمين في
  // كباجب على طريق دير الزور - تدمر" is mapped at Palmyra, a road's end 100 km away.
  const points = new Map<string, [number, number]>();
  incidents.forEach((i, k) => {
    const point = preciseLocation(i.location)?.point;
    if (point && pinsTop(i, chains[k])) points.set(point.join(","), point);
  });
  const keys = (pick: (chain: ChainPlace[]) => string | null | undefined) =>
    unique(chains.map(pick).filter((k): k is string => typeof k === "string")).sort();
  return {
    from: day ?? addDays(publishedDays[0], -EVENT_UNDATED_WINDOW_DAYS),
    to: day ?? publishedDays[publishedDays.length - 1],
    dated: day !== undefined,
    governorate: mostCommon(incidents.map((i) => i.governorate).filter((g): g is Governorate => g !== null)) ?? null,
    governorates: unique(incidents.flatMap((i) => [...(i.governorate ? [i.governorate] : []), ...namedGovernorates(i.places)])).sort(),
    placeKeys: unique(incidents.flatMap((i) => placeKeys(i.places))).sort(),
    topKeys: keys((chain) => chain[0]?.key),
    widerKeys: keys(widerPlace),
    gazetteerIds: unique(locations.map((l) => l.id)).sort(),
    points: [...points.values()],
    sites: unique(incidents.flatMap((i) => targetSites(i.evidence))).sort(),
    types: unique(incidents.map((i) => i.type)).sort(),
    perpetrators: unique(incidents.map((i) => i.perpetrator).filter((p) => !UNNAMED_PERPETRATORS.has(p))).sort(),
    targets: unique(incidents.flatMap((i) => i.targets.map((t) => t.name))).sort(),
    recap: sorted.every(isRecap),
    killed: eventFigures(sorted).killed?.best ?? null,
    reports: reports.length,
  };
}

/** Whether the incident's gazetteer match is its most specific place (its chain's first). */
function pinsTop(incident: Incident, chain: readonly ChainPlace[]): boolean {
  const top = chain[0]?.key;
  const name = incident.location ? placeKey(incident.location.name) : null;
  return top !== undefined && (top.startsWith("gz:") || (name !== null && sameKey(name, top)));
}

/** The event fields computed from its reports (everything but id, times and version). */
export type EventSummary = Omit<EventRecord, "id" | "createdAt" | "updatedAt" | "version">;

/**
 * Recomputes an event from its reports: day, place, type and actor by majority (ties to the
 * earliest report), the location of the most precisely placed report, and the estimates.
 */
export function summarize(reports: readonly EventReport[]): EventSummary {
  const sorted = [...reports].sort(byReportTime);
  const incidents = sorted.map((r) => r.incident);
  const profile = profileOf(sorted);
  const placed = sorted
    .filter((r) => r.incident.location)
    .sort((a, b) => PRECISION_RANK[a.incident.location!.precision] - PRECISION_RANK[b.incident.location!.precision]);
  const withPlaces = placed[0] ?? sorted.find((r) => r.incident.places.length > 0) ?? sorted[0];
  const named = incidents.filter((i) => !UNNAMED_PERPETRATORS.has(i.perpetrator));
  const perpetrator = mostCommon(named.map((i) => i.perpetrator)) ?? mostCommon(incidents.map((i) => i.perpetrator))!;
  const typed = incidents.map((i) => i.type).filter((t) => t !== "other");
  return {
    date: profile.dated ? profile.from : sorted.map((r) => reportTime(r).slice(0, 10)).sort()[0],
    dated: profile.dated,
    governorate: profile.governorate,
    type: mostCommon<IncidentType>(typed) ?? "other",
    perpetrator,
    // Suspected unless some outlet names the perpetrator without hedging.
    suspected: !incidents.some((i) => i.perpetrator === perpetrator && !i.suspected),
    places: withPlaces.incident.places,
    location: withPlaces.incident.location,
    targets: profile.targets,
    ...eventFigures(sorted),
    sources: new Set(sorted.map((r) => r.outlet)).size,
    reportCount: sorted.length,
    firstPublished: reportTime(sorted[0]),
    recap: profile.recap ?? false,
    profile,
  };
}
