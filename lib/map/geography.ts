/**
 * What the map draws under the events: Syria's outline and its neighbours, projected at build
 * time from Natural Earth (lib/map/outlines.ts, data/outlines.json), and the governorate names at
 * their seats from the project gazetteer.
 */
import type { Governorate } from "../types";
import { GOVERNORATES } from "../places/governorates";
import { governorateRow } from "../places/gazetteer";
import outlinesJson from "./data/outlines.json";
import { projectPoint, type MapOutlines } from "./projection";

/**
 * Where a governorate's name goes when the gazetteer gives its seat no point. Rif Dimashq's seat
 * is not verified (lib/places/data/SOURCES.md); this point lies in its eastern desert, clear of
 * Damascus, Suwayda and Homs.
 */
const LABEL_FALLBACK: Partial<Record<Governorate, { lat: number; lon: number }>> = {
  "Rif Dimashq": { lat: 33.35, lon: 37.35 },
};

/** Neighbour names written on the map, at points inside each country and inside the view. */
const COUNTRY_LABELS: readonly { name: string; lat: number; lon: number }[] = [
  { name: "TURKEY", lat: 37.55, lon: 38.6 },
  { name: "IRAQ", lat: 34.3, lon: 42.15 },
  { name: "JORDAN", lat: 32.1, lon: 37.7 },
  { name: "LEBANON", lat: 33.95, lon: 35.75 },
];

export interface MapGeography {
  width: number;
  height: number;
  /** SVG path data of Syria's outline. */
  syria: string;
  neighbours: { id: string; name: string; path: string }[];
  labels: { name: Governorate; x: number; y: number }[];
  countryLabels: { name: string; x: number; y: number }[];
  /** Pixel position of a point, `[x, y]`. */
  project(lon: number, lat: number): [number, number];
}

const outlines: MapOutlines = outlinesJson;

function build(): MapGeography {
  const { view, syria, neighbours } = outlines;
  const project = (lon: number, lat: number) => projectPoint(view, lon, lat);
  const labels = GOVERNORATES.flatMap((name) => {
    const row = governorateRow(name);
    const at = row && row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : LABEL_FALLBACK[name];
    if (!at) return [];
    const [x, y] = project(at.lon, at.lat);
    return [{ name, x, y }];
  });

  return {
    width: view.width,
    height: view.height,
    syria,
    neighbours,
    labels,
    countryLabels: COUNTRY_LABELS.map(({ name, lat, lon }) => {
      const [x, y] = project(lon, lat);
      return { name, x, y };
    }),
    project,
  };
}

let geography: MapGeography | undefined;

/**
 * The projected outlines and labels, assembled on first use.
 * @example const { width, height, project } = mapGeography(); project(38.27, 34.56) // Palmyra in pixels
 */
export function mapGeography(): MapGeography {
  geography ??= build();
  return geography;
}
