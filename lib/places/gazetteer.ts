/**
 * The gazetteer indexed by normalized name and spelling variants. Data comes from
 * `data/gazetteer.json`, generated from `data/syria-places.tsv` by scripts/build-gazetteer.ts.
 */
import type { GazetteerMatch, Governorate } from "../types";
import { normalize } from "../text/normalize";
import type { GazetteerRow } from "./gazetteer-tsv";
import rowsJson from "./data/gazetteer.json";
import { GOVERNORATE_ROW_ID } from "./governorates";

const ROWS: readonly GazetteerRow[] = rowsJson as GazetteerRow[];

/** Normalized form of a place name: the one normalizer, hashtag underscores as spaces. */
export function nameKey(name: string): string {
  return normalize(name).replace(/[_\s]+/g, " ").trim();
}

/** A name key with ال dropped from each word. */
function withoutArticles(key: string): string {
  return key
    .split(" ")
    .map((w) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w))
    .join(" ");
}

/** The key with ال dropped from each word, as the scorer compares places. */
export function looseKey(name: string): string {
  return withoutArticles(nameKey(name));
}

function buildIndex(key: (name: string) => string): Map<string, GazetteerRow[]> {
  const index = new Map<string, GazetteerRow[]>();
  for (const row of ROWS) {
    for (const name of new Set([row.name, ...row.variants].map(key))) {
      const list = index.get(name) ?? [];
      list.push(row);
      index.set(name, list);
    }
  }
  return index;
}

const EXACT = buildIndex(nameKey);
const LOOSE = buildIndex(looseKey);
const BY_ID = new Map(ROWS.map((r) => [r.id, r]));

/** The most words any gazetteer name has: the longest-match window. */
export const MAX_NAME_WORDS = Math.max(...[...EXACT.keys()].map((k) => k.split(" ").length));

/**
 * Gazetteer rows named `key` (a {@link nameKey}), exact spelling first, then ignoring ال.
 * Rows of the `prefer` governorate come first (several places share a name, e.g. الطيبة).
 */
export function lookup(key: string, prefer: Governorate | null = null): GazetteerRow[] {
  const rows = EXACT.get(key) ?? LOOSE.get(withoutArticles(key)) ?? [];
  if (!prefer || rows.length < 2) return rows;
  return [...rows.filter((r) => r.admin1 === prefer), ...rows.filter((r) => r.admin1 !== prefer)];
}

/** A row by id, or undefined. */
export function rowById(id: string): GazetteerRow | undefined {
  return BY_ID.get(id);
}

/** The row that stands for a governorate as a whole. */
export function governorateRow(g: Governorate): GazetteerRow | undefined {
  return BY_ID.get(GOVERNORATE_ROW_ID[g]);
}

/** A row as the match type incidents carry. */
export function toMatch(row: GazetteerRow, precision: GazetteerMatch["precision"]): GazetteerMatch {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    lat: row.lat,
    lon: row.lon,
    admin1: row.admin1,
    admin2: row.admin2,
    precision,
  };
}
