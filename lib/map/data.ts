import type { EventWithReports } from "../events";
import { outletName } from "../events/describe";
import type { IncidentType } from "../types";
import { eventEvidence, eventSummary, toRow } from "../export";
import { isWebUrl } from "./escape";
import { radiusFor } from "./style";
import type { MapGeography } from "./geography";

/** One event as the page's script reads it from the embedded JSON. */
export interface MapEvent {
  id: string;
  date: string;
  dated: boolean;
  type: IncidentType;
  /** Pixel position, or null when the place has no coordinates (listed under the map instead). */
  x: number | null;
  y: number | null;
  r: number;
  /** Placed at the governorate's seat only: drawn with a dashed outline. */
  approximate: boolean;
  place: string;
  governorate: string | null;
  killed: number | null;
  wounded: number | null;
  summary: string;
  evidence: string[];
  reports: { outlet: string; title: string; url: string | null; published: string | null }[];
}


/**
 * An event as the map page needs it: projected, sized by its killed best estimate, with its
 * summary, Arabic evidence and reports (links only when they are http(s) URLs).
 */
export function toMapEvent(event: EventWithReports, geography: MapGeography): MapEvent {
  const row = toRow(event);
  const point = row.latitude !== null && row.longitude !== null ? geography.project(row.longitude, row.latitude) : null;
  return {
    id: event.id,
    date: event.date,
    dated: event.dated,
    type: event.type,
    x: point?.[0] ?? null,
    y: point?.[1] ?? null,
    r: radiusFor(event.killed?.best ?? 0),
    approximate: row.geo_precision === 3,
    place: row.location ?? event.governorate ?? "place unknown",
    governorate: event.governorate,
    killed: event.killed?.best ?? null,
    wounded: event.wounded?.best ?? null,
    summary: eventSummary(event),
    evidence: eventEvidence(event),
    reports: event.reports.map((r) => ({
      outlet: outletName(r.outlet),
      title: r.title,
      url: isWebUrl(r.url) ? r.url : null,
      published: r.published,
    })),
  };
}

/**
 * Events at the same pixel (several attacks on one village; every event known only by its
 * governorate sits at the seat) are set on a small ring around it, as far from the point as the
 * group's largest circle is wide, so that each circle can be clicked. The ring's first place is
 * straight up; the largest circle keeps it.
 */
export function spreadOverlaps(events: readonly MapEvent[]): MapEvent[] {
  const groups = new Map<string, MapEvent[]>();
  for (const e of events) {
    if (e.x === null || e.y === null) continue;
    const key = `${e.x},${e.y}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const moved = new Map<MapEvent, { x: number; y: number }>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ring = Math.max(...group.map((e) => e.r));
    [...group].sort((a, b) => b.r - a.r || a.id.localeCompare(b.id)).forEach((e, i) => {
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      moved.set(e, { x: Number((e.x! + ring * Math.cos(angle)).toFixed(1)), y: Number((e.y! + ring * Math.sin(angle)).toFixed(1)) });
    });
  }
  return events.map((e) => (moved.has(e) ? { ...e, ...moved.get(e) } : e));
}
