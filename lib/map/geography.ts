/**
 * What the map draws under the events: Syria's outline and its neighbours from Natural Earth
 * (1:10m admin-0 countries, public domain, as the world-atlas package ships them in TopoJSON),
 * and the governorate names at their seats from the project gazetteer. Projected once, with an
 * equirectangular projection scaled to Syria's bounding box: at 32–37° N the distortion of a
 * simple lon/lat grid, corrected by the cosine of the middle latitude, is invisible at this size.
 */
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, Geometry, Position } from "geojson";
import countriesJson from "world-atlas/countries-10m.json";
import type { Governorate } from "../types";
import { GOVERNORATES } from "../places/governorates";
import { governorateRow } from "../places/gazetteer";
import { MAP_WIDTH_PX } from "../constants";

/** ISO 3166-1 numeric id of Syria in Natural Earth. */
const SYRIA_ID = "760";

/** Countries drawn around Syria for orientation: Turkey, Iraq, Jordan, Lebanon, Israel, Palestine, Cyprus, Saudi Arabia. */
const NEIGHBOUR_IDS: readonly string[] = ["792", "368", "400", "422", "376", "275", "196", "682"];

/** Degrees of sea or neighbour shown around Syria's bounding box, so border events are not cut. */
const PADDING_DEG = 0.35;

/** Pixels: coordinates are rounded to a tenth of a pixel, enough for a crisp line and a tenth of the text. */
const PIXEL_DECIMALS = 1;

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

interface CountryProps {
  name: string;
}

const topology = countriesJson as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === "Polygon") return [geometry.coordinates];
  if (geometry?.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

const round = (n: number) => Number(n.toFixed(PIXEL_DECIMALS));

function build(): MapGeography {
  const countries = feature(topology, topology.objects.countries).features as Feature<Geometry, CountryProps>[];
  const syria = countries.find((c) => String(c.id) === SYRIA_ID);
  if (!syria) throw new Error(`world-atlas has no country ${SYRIA_ID} (Syria)`);
  const points = polygonsOf(syria.geometry).flat(2);
  const west = Math.min(...points.map((p) => p[0])) - PADDING_DEG;
  const east = Math.max(...points.map((p) => p[0])) + PADDING_DEG;
  const south = Math.min(...points.map((p) => p[1])) - PADDING_DEG;
  const north = Math.max(...points.map((p) => p[1])) + PADDING_DEG;
  const cosMid = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = MAP_WIDTH_PX / ((east - west) * cosMid);
  const project = (lon: number, lat: number): [number, number] => [round((lon - west) * cosMid * scale), round((north - lat) * scale)];
  const inView = ([lon, lat]: Position) => lon >= west - 1 && lon <= east + 1 && lat >= south - 1 && lat <= north + 1;

  const pathOf = (geometry: Geometry | null): string => {
    const parts: string[] = [];
    for (const polygon of polygonsOf(geometry)) {
      for (const ring of polygon) {
        // Rings far outside the view (Turkey's Black Sea coast, Iraq's south) add bytes, not map.
        if (!ring.some(inView)) continue;
        let previous = "";
        const xy: string[] = [];
        for (const [lon, lat] of ring) {
          const point = project(lon, lat).join(",");
          if (point !== previous) xy.push(point);
          previous = point;
        }
        if (xy.length > 2) parts.push(`M${xy.join("L")}Z`);
      }
    }
    return parts.join("");
  };

  const labels = GOVERNORATES.flatMap((name) => {
    const row = governorateRow(name);
    const at = row && row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : LABEL_FALLBACK[name];
    if (!at) return [];
    const [x, y] = project(at.lon, at.lat);
    return [{ name, x, y }];
  });

  return {
    width: MAP_WIDTH_PX,
    height: round((north - south) * scale),
    syria: pathOf(syria.geometry),
    neighbours: countries
      .filter((c) => NEIGHBOUR_IDS.includes(String(c.id)))
      .map((c) => ({ id: String(c.id), name: c.properties.name, path: pathOf(c.geometry) }))
      .filter((c) => c.path !== ""),
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
 * The projected outlines and labels, built on first use (decoding the TopoJSON takes ~100 ms).
 * @example const { width, height, project } = mapGeography(); project(38.27, 34.56) // Palmyra in pixels
 */
export function mapGeography(): MapGeography {
  geography ??= build();
  return geography;
}
