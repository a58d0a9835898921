import type { Db } from "../store/client";
import type { EventWithReports } from "../events";
import type { EventFilter } from "../export";
import { pageEvents } from "../export";
import { mapGeography } from "./geography";
import { spreadOverlaps, toMapEvent } from "./data";
import { renderMapPage, type MapPageOptions } from "./html";
import { MAP_MAX_EVENTS } from "../constants";

export { mapGeography } from "./geography";
export type { MapGeography } from "./geography";
export { spreadOverlaps, toMapEvent } from "./data";
export type { MapEvent } from "./data";
export { CONTENT_SECURITY_POLICY, renderMapPage } from "./html";
export type { MapPageOptions } from "./html";
export { escapeHtml, isWebUrl, jsonForScript } from "./escape";
export { TYPE_COLOURS, TYPE_LABELS, radiusFor } from "./style";

/**
 * The map page of a list of events (newest first), as one offline HTML document.
 * @example const html = mapPage(events, { generatedAt: new Date().toISOString() });
 */
export function mapPage(events: readonly EventWithReports[], options: MapPageOptions): string {
  const geography = mapGeography();
  return renderMapPage(spreadOverlaps(events.map((e) => toMapEvent(e, geography))), geography, options);
}

function describe(filter: EventFilter): string | undefined {
  if (!filter.since && !filter.until) return undefined;
  return `${filter.since ?? "first event"} to ${filter.until ?? "today"}`;
}

/**
 * The map of the events a filter selects, at most {@link MAP_MAX_EVENTS} (the newest); when there
 * are more, the page says older ones were left out.
 * @example await writeFile("map.html", (await buildMap(db, { since: "2024-01-01" })).html);
 */
export async function buildMap(
  db: Db,
  filter: EventFilter,
  { now = new Date(), maxEvents = MAP_MAX_EVENTS }: { now?: Date; maxEvents?: number } = {},
): Promise<{ html: string; count: number; truncated: boolean }> {
  const page = await pageEvents(db, filter, { limit: maxEvents });
  const truncated = page.cursor !== null;
  const html = mapPage(page.events, { generatedAt: now.toISOString(), subtitle: describe(filter), truncated });
  return { html, count: page.events.length, truncated };
}
