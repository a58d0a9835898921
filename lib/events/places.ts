import type { GazetteerMatch } from "../types";
import { normalize } from "../text/normalize";

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

/** Gazetteer precisions that pin a place; "area" and "governorate" matches cover too much. */
const PRECISE: ReadonlySet<GazetteerMatch["precision"]> = new Set(["exact", "near"]);

function stripArticle(name: string): string {
  return name.replace(ARTICLE, "$1").trim();
}

/**
 * A place name reduced for comparison: normalized letters, no ال, no generic prefix word,
 * punctuation as single spaces. Returns null for an area name (countryside, desert, direction,
 * a governorate), which cannot tell two attacks apart.
 * @example placeKey("بلدة الصوانة") === placeKey("الصوانه") // "صوانه"
 */
export function placeKey(name: string): string | null {
  let words = normalize(name).replace(NOT_LETTERS, " ").trim().split(" ").filter(Boolean);
  while (words.length > 1 && GENERIC_PREFIXES.includes(words[0])) words = words.slice(1);
  if (words.length === 0) return null;
  if (AREA_PREFIXES.includes(words[0]) || AREA_PREFIXES.includes(stripArticle(words[0]))) return null;
  const key = stripArticle(words.join(" "));
  if (key === "" || GOVERNORATE_NAMES.includes(key)) return null;
  return key;
}

/** The specific-place keys of a list of place names, without duplicates. */
export function placeKeys(names: readonly string[]): string[] {
  const keys = names.map(placeKey).filter((k): k is string => k !== null);
  return [...new Set(keys)];
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
