/**
 * The one normalizer for Arabic text. It only deletes characters or swaps one character for
 * another, so every normalized character maps back to one position of the original text:
 * rules match on the normalized form and evidence is cut from the original.
 */

/** Characters replaced one for one. */
const CHAR_MAP: Record<string, string> = {
  // Alef variants (hamza above/below, madda, wasla) read the same for matching.
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
  // Alef maqsura and the Persian ya are written for ya.
  "ى": "ي", "ی": "ي", "ک": "ك",
  // Ta marbuta is often written as ha, and the reverse.
  "ة": "ه",
  // Arabic punctuation to ASCII, so one regex serves both.
  "،": ",", "؛": ";", "؟": "?", "٪": "%",
  "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
  "‘": "'", "’": "'", "‚": "'",
  "–": "-", "—": "-", "ـ": "", // tatweel handled by deletion below
  "\u00A0": " ", "\u2009": " ", "\u202F": " ",
};

// Arabic-Indic (U+0660..) and Persian (U+06F0..) digits to ASCII.
for (let d = 0; d < 10; d++) {
  CHAR_MAP[String.fromCharCode(0x0660 + d)] = String(d);
  CHAR_MAP[String.fromCharCode(0x06f0 + d)] = String(d);
}

/** Harakat, dagger alef, tatweel and invisible direction/joiner marks carry no meaning for rules. */
const DELETED = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/**
 * Anti-filter spellings split a word to dodge keyword filters: "مـ ـقـ ـتل" (tatweel on both
 * sides of a space) and "د ا ع ش" (single letters between spaces). Their spaces are deleted.
 */
const TATWEEL_SPLIT = /\u0640+[ \t]+(?=\u0640)/g;
const SPACED_LETTERS = /(?<![\u0621-\u064A])[\u0621-\u064A](?: [\u0621-\u064A](?![\u0621-\u064A])){2,}/g;

/** Per-code replacement table for the Basic Multilingual Plane: KEEP, DELETE or the new code. */
const TABLE_SIZE = 0x10000;
const KEEP = -1;
const DELETE = -2;
const CHUNK = 4096;
const TABLE = new Int32Array(TABLE_SIZE).fill(KEEP);
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (DELETED.test(ch)) TABLE[c] = DELETE;
  else if (ch in CHAR_MAP) {
    const out = CHAR_MAP[ch];
    // Every replacement is one character or none (tatweel), so offsets map one for one.
    TABLE[c] = out.length === 0 ? DELETE : out.charCodeAt(0);
  }
}

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /** `map[i]` is the index in the original text of normalized character `i`; `map[text.length]` is the original length. */
  map: number[];
}

/**
 * Normalizes Arabic text for matching and keeps the way back to the original.
 * @example normalizeWithMap("قُتِلَ ٣ عناصر").text === "قتل 3 عناصر"
 */
export function normalizeWithMap(input: string): NormalizedText {
  // The extractor, the place finder and the date reader each normalize the same sentence, and
  // the gazetteer the same names: recent results are kept (treat them as read-only).
  const cached = RECENT.get(input);
  if (cached) return cached;
  const result = normalizeUncached(input);
  if (RECENT.size >= RECENT_MAX) RECENT.clear();
  RECENT.set(input, result);
  return result;
}

/** Inputs whose normalization is kept; cleared whole when full, so memory stays bounded. */
const RECENT_MAX = 256;
const RECENT = new Map<string, NormalizedText>();

function normalizeUncached(input: string): NormalizedText {
  // No NFC here: offsets must point into the caller's string (the extractor NFCs articles once).
  const original = input;
  const drop = new Uint8Array(original.length);
  const hasTatweel = original.includes("\u0640");
  if (hasTatweel) for (const m of original.matchAll(TATWEEL_SPLIT)) {
    for (let i = m.index; i < m.index + m[0].length; i++) drop[i] = 1;
  }
  for (const m of original.matchAll(SPACED_LETTERS)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (original[i] === " ") drop[i] = 1;
  }
  // One table lookup per character (the normalizer runs on every sentence, several times).
  const codes: number[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    if (drop[i]) continue;
    const c = original.charCodeAt(i);
    const out = c < TABLE_SIZE ? TABLE[c] : KEEP;
    if (out === DELETE) continue;
    codes.push(out === KEEP ? c : out);
    map.push(i);
  }
  let text = "";
  for (let k = 0; k < codes.length; k += CHUNK) text += String.fromCharCode(...codes.slice(k, k + CHUNK));
  map.push(original.length);
  return { text, map };
}

/** Normalizes Arabic text for matching (see {@link normalizeWithMap}). */
export function normalize(input: string): string {
  return normalizeWithMap(input).text;
}

/** The original-text span of normalized characters `[start, end)`. */
export function originalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: n.map[start], end: end > start ? n.map[end - 1] + 1 : n.map[start] };
}
