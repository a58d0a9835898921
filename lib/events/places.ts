import type { GazetteerMatch, Governorate } from "../types";
import { normalize } from "../text/normalize";
import { lookup, nameKey, rowById } from "../places/gazetteer";
import { namesSite } from "./sites";

// The article ال at the start of each word: outlets write "الصوانة", "صوانة" and "منطقة صوانة".
const ARTICLE = /(^|\s)ال(?=[\u0621-\u064A]{2})/g;
const NOT_LETTERS = /[^\u0621-\u064A0-9A-Za-z]+/g;

/**
 * Words outlets put before a place name and that do not name a different place
 * ("بلدة الصوانة" = "الصوانة"); they are dropped before names are compared.
 * Written as `normalize` leaves them (ة → ه, أ → ا).
 */
const GENERIC_PREFIXES = ["منطقه", "بلده", "قريه", "مدينه", "حي", "ناحيه", "قرب", "محيط", "اطراف", "مزرعه"];

/**
 * First words of names of an area, not a place: a countryside, a desert, a direction.
 * Two different attacks in "ريف حمص الشرقي" on one day are common, so these names never
 * make two reports one event.
 */
const AREA_PREFIXES = ["ريف", "باديه", "محافظه", "باديتي", "باديات", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "جبال", "صحراء"];

/** Governorate (and capital) names: as bare names they are as broad as an area. */
const GOVERNORATE_NAMES = [
  "حمص", "حماه", "الرقه", "دير الزور", "حلب", "ريف دمشق", "دمشق", "الحسكه", "درعا",
  "السويداء", "القنيطره", "ادلب", "اللاذقيه", "طرطوس",
].map((name) => stripArticle(name));

/**
 * Adjectives after a name that do not make it another place ("مدينتي طرطوس وجبلة الساحليتين",
 * "حمص السورية"). Compass adjectives are not among them: "ريف حمص الشرقي" is not its west.
 */
const PLAIN_ADJECTIVES = ["السوريه", "السوري", "السوريتين", "الساحليه", "الساحلي", "الساحليتين"];

/** The word a road's name starts with; its ends follow ("طريق دير الزور - تدمر", "الطريق بين دير الزور وتدمر"). */
const ROAD_WORD = /^(?:ال)?(?:طريق|اوتستراد|اوتوستراد)$/;
const BETWEEN = /^\s*بين\s+/;
/** What separates a road's ends: a dash, or و before the second. */
const ROAD_ENDS = /\s*-\s*|\s+و(?=\S)/;

/** Gazetteer precisions that pin a place; "area" and "governorate" matches cover too much. */
const PRECISE: ReadonlySet<GazetteerMatch["precision"]> = new Set(["exact", "near"]);

function stripArticle(name: string): string {
  return name.replace(ARTICLE, "$1").trim();
}

/**
 * A road as its sorted ends, so both directions and "between A and B" read alike:
 * "طريق دير الزور - تدمر" and "الطريق بين تدمر ودير الزور" → "طريق تدمر - دير الزور".
 */
function roadKey(ends: string): string {
  const names = ends
    .replace(BETWEEN, "")
    .split(ROAD_ENDS)
    .map((end) => stripArticle(end.replace(NOT_LETTERS, " ").trim()))
    .filter(Boolean)
    .sort();
  return `طريق ${names.join(" - ")}`;
}

/**
 * A place name reduced for comparison: normalized letters, no ال, no generic prefix word,
 * no plain adjective after it, punctuation as single spaces; a road as its sorted ends.
 * Returns null for an area name (countryside, desert, direction, a governorate), which cannot
 * tell two attacks apart, and for a target's name ("الكلية الحربية"), which is a site (sites.ts).
 * @example placeKey("بلدة الصوانة") === placeKey("الصوانه") // "صوانه"
 */
export function placeKey(name: string): string | null {
  const normalized = normalize(name).trim();
  let words = normalized.replace(NOT_LETTERS, " ").trim().split(" ").filter(Boolean);
  while (words.length > 1 && GENERIC_PREFIXES.includes(words[0])) words = words.slice(1);
  while (words.length > 1 && PLAIN_ADJECTIVES.includes(words[words.length - 1])) words = words.slice(0, -1);
  if (words.length === 0) return null;
  if (AREA_PREFIXES.includes(words[0]) || AREA_PREFIXES.includes(stripArticle(words[0]))) return null;
  if (namesSite(words)) return null;
  if (words.length > 1 && ROAD_WORD.test(words[0])) {
    return roadKey(normalized.slice(normalized.indexOf(words[0]) + words[0].length));
  }
  const key = stripArticle(words.join(" "));
  if (key === "" || GOVERNORATE_NAMES.includes(key)) return null;
  return key;
}

/** The specific-place keys of a list of place names, without duplicates, in the list's order. */
export function placeKeys(names: readonly string[]): string[] {
  const keys = names.map(placeKey).filter((k): k is string => k !== null);
  return [...new Set(keys)];
}

/**
 * Words after a name that make it another place ("الكراجات الجديدة", "الباغوز الفوقاني"),
 * written as keys leave them (no ال).
 */
const DISTINGUISHING_WORDS = ["جديده", "قديمه", "كبري", "صغري", "فوقاني", "تحتاني", "شرقيه", "غربيه", "شماليه", "جنوبيه", "شرقي", "غربي", "شمالي", "جنوبي"];

/**
 * Whether two place keys name one place: equal, or a name of two words or more and the same
 * with a word run into it by the extractor ("خان شيخون" and "خان شيخون ب"), unless that word
 * makes another place ("… الجديدة"); or two roads one of which names only some of the other's
 * ends ("طريق دير الزور" on "طريق تدمر - دير الزور").
 */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.startsWith("طريق ") && long.startsWith("طريق ")) {
    const ends = (k: string) => k.slice("طريق ".length).split(" - ");
    return ends(short).every((end) => ends(long).includes(end));
  }
  if (!short.includes(" ") || !long.startsWith(`${short} `)) return false;
  return !DISTINGUISHING_WORDS.includes(long.slice(short.length + 1).split(" ")[0]);
}

/**
 * The governorates a report's place names lie in, for each name the gazetteer knows in one
 * governorate only: "مدينتي طرطوس وجبلة" names Tartus and Latakia. One attack on two cities of
 * two governorates is filed by each outlet under one of them.
 * @example namedGovernorates(["جبلة", "مدينة طرطوس"]) // ["Latakia", "Tartus"]
 */
export function namedGovernorates(names: readonly string[]): Governorate[] {
  const found = new Set<Governorate>();
  for (const name of names) {
    const governorates = new Set(lookup(nameKey(name)).map((row) => row.admin1));
    const [only] = governorates;
    if (governorates.size === 1 && only) found.add(only);
  }
  return [...found];
}

/** A gazetteer id as a place key, so that ids and names are compared as one list. */
export const gazetteerKey = (id: string): string => `gz:${id}`;

/**
 * How much ground a place covers, by the word it is written with, else the gazetteer's kind of
 * place (a city covers its districts and villages; a bare name is a locality). Only the order
 * matters: a report's wider place is the first one after its most specific place that covers
 * more ground. Words are written as `normalize` leaves them.
 */
const SPAN_WORDS: readonly (readonly [number, readonly string[]])[] = [
  // A neighbourhood or a feature of a locality: "حي الدويلعة", "وادي قصر الحلايات", "حاجز …".
  [0, ["حي", "حاره", "شارع", "ساحه", "وادي", "حاجز", "محطه", "حقل", "مطار", "قاعده", "مفرق", "دوار", "معبر", "سد", "مزار", "مقبره"]],
  [1, ["قريه", "قريتي", "بلده", "بلدتي", "ناحيه", "مزرعه"]],
  [2, ["طريق", "الطريق", "اوتستراد", "اوتوستراد"]],
  [3, ["مدينه", "مدينتي"]],
];
const SPAN_OF_WORD = new Map(SPAN_WORDS.flatMap(([span, words]) => words.map((w) => [w, span] as const)));
const CITY_SPAN = 3;
const LOCALITY_SPAN = 1;

/** The span of a gazetteer row: a city covers its villages; anything else counts as a locality. */
const rowSpan = (kind: string | undefined) => (kind === "city" ? CITY_SPAN : LOCALITY_SPAN);

/** The span of one written place name (see {@link SPAN_WORDS}). */
function nameSpan(name: string, key: string): number {
  const first = normalize(name).trim().split(/\s+/)[0];
  return SPAN_OF_WORD.get(first) ?? rowSpan(lookup(key)[0]?.kind);
}

/** One place of a report, as a key with the ground it covers. */
export interface ChainPlace {
  key: string;
  span: number;
}

/**
 * A report's places as keys, most specific first (the extractor's order), each with its span:
 * its place names, then its precise gazetteer match when that is not one of them.
 * @example placeChain(["حي العمارة", "مدينة جبلة"], null).map((p) => p.key) // ["عماره", "جبله"]
 */
export function placeChain(names: readonly string[], location: GazetteerMatch | null): ChainPlace[] {
  const chain: ChainPlace[] = [];
  for (const name of names) {
    const key = placeKey(name);
    if (key === null) continue;
    const span = nameSpan(name, key);
    const seen = chain.find((p) => p.key === key);
    if (seen) seen.span = Math.max(seen.span, span);
    else chain.push({ key, span });
  }
  const precise = preciseLocation(location);
  const named = location ? placeKey(location.name) : null;
  if (precise && !(named !== null && chain.some((p) => sameKey(p.key, named)))) {
    chain.push({ key: gazetteerKey(precise.id), span: rowSpan(rowById(precise.id)?.kind) });
  }
  return chain;
}

/**
 * Where a report puts its most specific place: the first later place covering more ground
 * ("حمص" in "حي وادي الذهب بمدينة حمص", the road in "كباجب على طريق دير الزور - تدمر").
 * Villages a report lists side by side cover the same ground: neither is the other's wider place.
 */
export function widerPlace(chain: readonly ChainPlace[]): string | null {
  const [top, ...rest] = chain;
  return top ? (rest.find((p) => p.span > top.span)?.key ?? null) : null;
}

/** Gazetteer id and point of a match precise enough to compare places by. */
export function preciseLocation(location: GazetteerMatch | null): { id: string; point: [number, number] | null } | null {
  if (!location || !PRECISE.has(location.precision)) return null;
  const point: [number, number] | null =
    location.lat !== null && location.lon !== null ? [location.lat, location.lon] : null;
  return { id: location.id, point };
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres between two `[lat, lon]` points (haversine). */
export function haversineKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Shortest distance between any point of `a` and any point of `b`, or null when either has none. */
export function nearestKm(a: readonly [number, number][], b: readonly [number, number][]): number | null {
  let best: number | null = null;
  for (const p of a) for (const q of b) {
    const d = haversineKm(p, q);
    if (best === null || d < best) best = d;
  }
  return best;
}
