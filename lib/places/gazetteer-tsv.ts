/**
 * Reads `data/syria-places.tsv` (the gazetteer's source of truth) into rows, and renders the
 * bundle-friendly `data/gazetteer.json` the code imports (Lambda bundles cannot read the TSV).
 */
import type { Governorate } from "../types";
import { governorateOfAdmin1 } from "./governorates";

/** One gazetteer place as the code uses it. */
export interface GazetteerRow {
  id: string;
  /** The Arabic name news use. */
  name: string;
  /** Other Arabic spellings (matching forms, see SOURCES.md step 4). */
  variants: string[];
  nameEn: string;
  /** city, town, village, desert area, military base, mountain, oil field, governorate. */
  kind: string;
  admin1: Governorate | null;
  admin2: string | null;
  lat: number | null;
  lon: number | null;
}

const COLUMNS = ["id", "name_ar", "variants_ar", "name_en", "kind", "admin1_en", "admin2_en", "lat", "lon", "source"];

/** A malformed gazetteer TSV: the line number says where. */
export class GazetteerFormatError extends Error {
  readonly code = "GAZETTEER_FORMAT";
  constructor(message: string, readonly line: number) {
    super(`syria-places.tsv line ${line}: ${message}`);
    this.name = "GazetteerFormatError";
  }
}

function coordinate(text: string, line: number, min: number, max: number): number | null {
  if (text === "") return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new GazetteerFormatError(`coordinate "${text}" is not a number in [${min}, ${max}]`, line);
  }
  return value;
}

/** Parses the gazetteer TSV; throws {@link GazetteerFormatError} on a malformed row. */
export function parseGazetteerTsv(tsv: string): GazetteerRow[] {
  const lines = tsv.split(/\r?\n/);
  if (lines[0].split("\t").join(",") !== COLUMNS.join(",")) {
    throw new GazetteerFormatError(`header must be ${COLUMNS.join(", ")}`, 1);
  }
  const rows: GazetteerRow[] = [];
  const ids = new Set<string>();
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    if (text.trim() === "") return;
    const f = text.split("\t");
    if (f.length !== COLUMNS.length) throw new GazetteerFormatError(`expected ${COLUMNS.length} columns, got ${f.length}`, line);
    const [id, name, variants, nameEn, kind, admin1, admin2, lat, lon] = f.map((x) => x.trim());
    if (!id || !name) throw new GazetteerFormatError("id and name_ar are required", line);
    // A repeated id would make lookups by id ambiguous.
    if (ids.has(id)) throw new GazetteerFormatError(`duplicate id ${id}`, line);
    ids.add(id);
    const governorate = governorateOfAdmin1(admin1);
    if (admin1 && !governorate) throw new GazetteerFormatError(`unknown admin1_en "${admin1}"`, line);
    const latitude = coordinate(lat, line, 32, 38);
    const longitude = coordinate(lon, line, 35, 43);
    if ((latitude === null) !== (longitude === null)) throw new GazetteerFormatError("lat and lon go together", line);
    rows.push({
      id,
      name,
      variants: variants ? variants.split("|").map((v) => v.trim()).filter(Boolean) : [],
      nameEn,
      kind,
      admin1: governorate,
      admin2: admin2 || null,
      lat: latitude,
      lon: longitude,
    });
  });
  return rows;
}

/** The exact text of `data/gazetteer.json` for a TSV: one row per line, so diffs stay readable. */
export function renderGazetteerJson(tsv: string): string {
  const rows = parseGazetteerTsv(tsv);
  return `[\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`;
}
