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

const NAME_SPACES = /[_\s]+/g;

/** Normalized form of a place name: the one normalizer, hashtag underscores as spaces. */
export function nameKey(name: string): string {
  return normalize(name).replace(NAME_SPACES, " ").trim();
}

/** A word with its ال dropped. */
function withoutArticle(w: string): string {
  return w.startsWith("ال") && w.length > 3 ? w.slice(2) : w;
}

/** A name key with ال dropped from each word. */
function withoutArticles(key: string): string {
  if (!key.includes("ال")) return key;
  // By hand rather than split/map/join: every name lookup comes here, most of them misses.
  let out = "";
  let copied = 0;
  let from = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && key.charCodeAt(i) !== 0x20) continue;
    // The word [from, i), dropped of its ال as withoutArticle does.
    if (i - from > 3 && key.charCodeAt(from) === 0x0627 && key.charCodeAt(from + 1) === 0x0644) {
      out += key.slice(copied, from);
      copied = from + 2;
    }
    from = i + 1;
  }
  return copied === 0 ? key : out + key.slice(copied);
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

const BY_ID = new Map(ROWS.map((r) => [r.id, r]));

interface NameIndexes {
  exact: Map<string, GazetteerRow[]>;
  loose: Map<string, GazetteerRow[]>;
  /** See {@link nameWordsFrom}. */
  wordsByFirst: Map<string, number>;
  /** The most words any gazetteer name has: the longest-match window. */
  maxNameWords: number;
}

let indexes: NameIndexes | null = null;

/**
 * The name indexes, built on first use rather than at import: normalizing every name costs tens
 * of milliseconds, which code that only reads rows by id (the API, exports) never needs.
 */
function nameIndexes(): NameIndexes {
  return (indexes ??= buildNameIndexes());
}

function buildNameIndexes(): NameIndexes {
  const exact = buildIndex(nameKey);
  const loose = buildIndex(looseKey);
  // For each word a key lookup() finds can start with, the most words such a key has. A key
  // without ال ("رصافه") is found from its first word with or without ال ("الرصافه ...").
  const wordsByFirst = new Map<string, number>();
  const add = (first: string, words: number) => wordsByFirst.set(first, Math.max(wordsByFirst.get(first) ?? 0, words));
  for (const key of exact.keys()) add(key.split(" ")[0], key.split(" ").length);
  for (const key of loose.keys()) {
    const [first] = key.split(" ");
    const words = key.split(" ").length;
    // The words withoutArticle maps onto `first`: itself when it keeps its ال, and ال + it.
    if (withoutArticle(first) === first) add(first, words);
    if (withoutArticle("ال" + first) === first) add("ال" + first, words);
  }
  const maxNameWords = Math.max(...[...exact.keys()].map((k) => k.split(" ").length));
  return { exact, loose, wordsByFirst, maxNameWords };
}

/** The most words any gazetteer name has: the longest-match window. */
export function maxNameWords(): number {
  return nameIndexes().maxNameWords;
}

/**
 * The most words a name {@link lookup} knows can have when it starts with `first` (a normalized
 * word), 0 when none starts so: most words of a sentence start no name, and are ruled out by
 * one map lookup instead of one lookup per window length.
 */
export function nameWordsFrom(first: string): number {
  return nameIndexes().wordsByFirst.get(first) ?? 0;
}

/** Every word a name {@link lookup} knows can start with (see {@link nameWordsFrom}). */
export function nameFirstWords(): Iterable<string> {
  return nameIndexes().wordsByFirst.keys();
}

/**
 * Gazetteer rows named `key` (a {@link nameKey}), exact spelling first, then ignoring ال.
 * Rows of the `prefer` governorate come first (several places share a name, e.g. الطيبة).
 */
export function lookup(key: string, prefer: Governorate | null = null): GazetteerRow[] {
  const { exact, loose } = nameIndexes();
  const rows = exact.get(key) ?? loose.get(withoutArticles(key)) ?? [];
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
