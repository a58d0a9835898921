/**
 * Build-time half of the map's geography: decodes Natural Earth's countries (1:10m admin-0,
 * public domain, as the world-atlas package ships them in TopoJSON), fixes the view around Syria
 * and projects Syria's outline and its neighbours' to SVG paths. scripts/build-map-outlines.ts
 * writes the result to lib/map/data/outlines.json, which is all the map reads at run time: the
 * 3.6 MB TopoJSON and its ~100 ms decoding stay out of every bundle.
 *
 * The projection is equirectangular, scaled to Syria's bounding box: at 32–37° N the distortion
 * of a simple lon/lat grid, corrected by the cosine of the middle latitude, is invisible at this size.
 */
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, Geometry, Position } from "geojson";
import { MAP_WIDTH_PX } from "../constants";
import { projectPoint, roundPixels, type MapOutlines, type MapView } from "./projection";

/** ISO 3166-1 numeric id of Syria in Natural Earth. */
const SYRIA_ID = "760";

/** Countries drawn around Syria for orientation: Turkey, Iraq, Jordan, Lebanon, Israel, Palestine, Cyprus, Saudi Arabia. */
const NEIGHBOUR_IDS: readonly string[] = ["792", "368", "400", "422", "376", "275", "196", "682"];

/** Degrees of sea or neighbour shown around Syria's bounding box, so border events are not cut. */
const PADDING_DEG = 0.35;

interface CountryProps {
  name: string;
}

/** The countries topology as world-atlas's countries-10m.json holds it. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === "Polygon") return [geometry.coordinates];
  if (geometry?.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

/**
 * The view and projected outlines from the countries topology.
 * @example const outlines = mapOutlines(countriesJson as unknown as CountriesTopology);
 */
export function mapOutlines(topology: CountriesTopology): MapOutlines {
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
  const view: MapView = { west, north, cosMid, scale, width: MAP_WIDTH_PX, height: roundPixels((north - south) * scale) };
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
          const point = projectPoint(view, lon, lat).join(",");
          if (point !== previous) xy.push(point);
          previous = point;
        }
        if (xy.length > 2) parts.push(`M${xy.join("L")}Z`);
      }
    }
    return parts.join("");
  };

  return {
    view,
    syria: pathOf(syria.geometry),
    neighbours: countries
      .filter((c) => NEIGHBOUR_IDS.includes(String(c.id)))
      .map((c) => ({ id: String(c.id), name: c.properties.name, path: pathOf(c.geometry) }))
      .filter((c) => c.path !== ""),
  };
}

/** outlines.json as scripts/build-map-outlines.ts writes it (and the test compares it). */
export function renderOutlinesJson(topology: CountriesTopology): string {
  return JSON.stringify(mapOutlines(topology)) + "\n";
}
