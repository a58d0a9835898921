import type { EventRow } from "./row";

/** RFC 7946 Point: `[longitude, latitude]`. */
export interface PointGeometry {
  type: "Point";
  coordinates: [number, number];
}

export interface EventFeature {
  type: "Feature";
  id: string;
  /** Null when the event has no known coordinates (RFC 7946 §3.2 allows an unlocated feature). */
  geometry: PointGeometry | null;
  properties: EventRow;
}

export interface EventFeatureCollection {
  type: "FeatureCollection";
  features: EventFeature[];
}

/**
 * Events as a GeoJSON FeatureCollection (RFC 7946), one feature per event with the CSV's columns
 * as properties.
 * @example JSON.stringify(toGeoJson(events.map(toRow)))
 */
export function toGeoJson(rows: readonly EventRow[]): EventFeatureCollection {
  return {
    type: "FeatureCollection",
    features: rows.map((row) => ({
      type: "Feature",
      id: row.event_id,
      geometry:
        row.latitude === null || row.longitude === null ? null : { type: "Point", coordinates: [row.longitude, row.latitude] },
      properties: row,
    })),
  };
}
