import type { Db } from "../store/client";
import type { EventWithReports } from "../events";
import type { EventFilter } from "./select";
import { selectEvents } from "./select";
import { toCsv } from "./csv";
import { toGeoJson } from "./geojson";
import { toRow } from "./row";

export {
  ACLED_TYPES, ACTOR_NAMES, COUNTRY, FATALITIES_COUNTED, GEO_PRECISION, INTER, PERPETRATOR_INTER, TARGET_INTER, TIME_PRECISION, interaction,
} from "./acled";
export type { AcledType, DisorderType, InterCode } from "./acled";
export { csvField, toCsv, UTF8_BOM } from "./csv";
export { toGeoJson } from "./geojson";
export type { EventFeature, EventFeatureCollection, PointGeometry } from "./geojson";
export { EVENT_COLUMNS, eventEvidence, eventSummary, toRow } from "./row";
export type { EventRow } from "./row";
export { EventFilterError, isDay, pageEvents, parseFilter, selectEvents, validateFilter } from "./select";
export type { EventFilter, EventPage, FilterText, Spell } from "./select";

export const EXPORT_FORMATS = ["csv", "geojson", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file text of events in one format: CSV (with BOM), a GeoJSON FeatureCollection, or JSON events with their reports. */
export function formatEvents(events: readonly EventWithReports[], format: ExportFormat): string {
  switch (format) {
    case "csv":
      return toCsv(events.map(toRow));
    case "geojson":
      return JSON.stringify(toGeoJson(events.map(toRow)), null, 2) + "\n";
    case "json":
      return JSON.stringify(events, null, 2) + "\n";
  }
}

/**
 * Every event a filter selects, as the text of an export file.
 * @example await writeFile("syria.geojson", await exportEvents(db, "geojson", { since: "2024-01-01" }));
 */
export async function exportEvents(
  db: Db,
  format: ExportFormat,
  filter: EventFilter = {},
  options: { onPage?: (eventsSoFar: number) => void } = {},
): Promise<{ text: string; count: number }> {
  const events = await selectEvents(db, filter, options);
  return { text: formatEvents(events, format), count: events.length };
}
