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
  // Hashtags: "#ريف_إدلب" reads as "ريف إدلب" (the mark goes, the joiner becomes a space).
  "_": " ",
};

// Arabic-Indic (U+0660..) and Persian (U+06F0..) digits to ASCII.
for (let d = 0; d < 10; d++) {
  CHAR_MAP[String.fromCharCode(0x0660 + d)] = String(d);
  CHAR_MAP[String.fromCharCode(0x06f0 + d)] = String(d);
}

/**
 * Harakat, dagger alef, tatweel, invisible direction/joiner marks, the hashtag mark and emoji
 * (surrogate halves, variation selectors, pictographic symbols) carry no meaning for rules.
 */
const DELETED = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF#\uD800-\uDFFF\uFE0E\uFE0F\u2600-\u27BF\u2B00-\u2BFF]/;

/**
 * Anti-filter spellings split a word to dodge keyword filters: "مـ ـقـ ـتل" (tatweel on both
 * sides of a space) and "د ا ع ش" (single letters between spaces). Their spaces are deleted.
 */
const TATWEEL_SPLIT = /\u0640+[ \t]+(?=\u0640)/g;
/**
 * "هجـ.ـوم مسلـ.ـح", "مقـ*ـتل": a dot or another mark put inside a word, next to a tatweel, to dodge
 * filters. The mark (and its tatweels) is deleted so the word joins up again.
 */
const MARK_SPLIT = /(?<=[\u0621-\u064A])\u0640*(?:\u0640[.*•·~\-]+|[.*•·~\-]+\u0640)\u0640*(?=[\u0621-\u064A])/g;
const SPACED_LETTERS = /(?<![\u0621-\u064A])[\u0621-\u064A](?: [\u0621-\u064A](?![\u0621-\u064A])){2,}/g;
/**
 * What every SPACED_LETTERS match holds (" ا ب": a lone letter, a space, a letter): a text
 * without it, nearly every sentence and line start, is spared the look-behind scan.
 */
const SPACED_LETTERS_HINT = / [\u0621-\u064A] [\u0621-\u064A]/;

/** Per-code replacement table for the Basic Multilingual Plane: KEEP, DELETE or the new code. */
const TABLE_SIZE = 0x10000;
const KEEP = -1;
const DELETE = -2;
const CHUNK = 4096;
const TABLE = buildTable();

/**
 * The table: CHAR_MAP's replacements, then every code DELETED matches (deletion wins), found by
 * one scan of a string holding all the codes: testing each code alone cost 50–90 ms at import.
 */
function buildTable(): Int32Array {
  const table = new Int32Array(TABLE_SIZE).fill(KEEP);
  // Every replacement is one character or none (tatweel), so offsets map one for one.
  for (const [ch, out] of Object.entries(CHAR_MAP)) table[ch.charCodeAt(0)] = out.length === 0 ? DELETE : out.charCodeAt(0);
  // A plain array: String.fromCharCode applied to a typed array is many times slower.
  let every = "";
  const codes: number[] = [];
  for (let a = 0; a < TABLE_SIZE; a += CHUNK) {
    for (let i = 0; i < CHUNK; i++) codes[i] = a + i;
    every += String.fromCharCode(...codes);
  }
  const deleted = new RegExp(DELETED.source, "g");
  for (let m = deleted.exec(every); m !== null; m = deleted.exec(every)) table[m.index] = DELETE;
  return table;
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
  // The extractor, the place finder and the date reader each normalize the same sentence: recent
  // results are kept (treat them as read-only).
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

/** Normalized character codes, reused from call to call (grown when a longer text comes). */
let codeBuffer = new Uint16Array(CHUNK);

function normalizeUncached(input: string): NormalizedText {
  const map: number[] = [];
  const text = normalizeInto(input, map);
  return { text, map };
}

/** The normalized text of `input`; with `map`, the original index of each character is pushed to it. */
function normalizeInto(input: string, map: number[] | null): string {
  // No NFC here: offsets must point into the caller's string (the extractor NFCs articles once).
  const original = input;
  const n = original.length;
  // Most texts have no split word: the drop marks are allocated only when one is found.
  let drop: Uint8Array | null = null;
  if (original.includes("\u0640")) {
    drop = markSplits(TATWEEL_SPLIT, original, null, false);
    drop = markSplits(MARK_SPLIT, original, drop, false);
  }
  if (SPACED_LETTERS_HINT.test(original)) drop = markSplits(SPACED_LETTERS, original, drop, true);
  // One table lookup per character (the normalizer runs on every sentence, several times).
  if (codeBuffer.length < n) codeBuffer = new Uint16Array(Math.max(n, 2 * codeBuffer.length));
  const codes = codeBuffer;
  let k = 0;
  let changed = drop !== null;
  for (let i = 0; i < n; i++) {
    if (drop !== null && drop[i]) continue;
    const c = original.charCodeAt(i);
    const out = TABLE[c];
    if (out === DELETE) {
      changed = true;
      continue;
    }
    if (out !== KEEP) changed = true;
    codes[k++] = out === KEEP ? c : out;
    if (map !== null) map.push(i);
  }
  if (map !== null) map.push(n);
  if (!changed) return original;
  let text = "";
  for (let a = 0; a < k; a += CHUNK) text += String.fromCharCode.apply(null, codes.subarray(a, Math.min(k, a + CHUNK)) as unknown as number[]);
  return text;
}

/**
 * Marks for deletion the characters of each match of the global regex `re` in `text` (with
 * `spacesOnly`, only its spaces). An exec loop, not matchAll, which copies the regex each call.
 */
function markSplits(re: RegExp, text: string, drop: Uint8Array | null, spacesOnly: boolean): Uint8Array | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    drop ??= new Uint8Array(text.length);
    for (let i = m.index; i < m.index + m[0].length; i++) if (!spacesOnly || text[i] === " ") drop[i] = 1;
    if (m[0].length === 0) re.lastIndex++;
  }
  return drop;
}

/** Normalizes Arabic text for matching (see {@link normalizeWithMap}). */
export function normalize(input: string): string {
  // Vocabulary words, names and line starts: the map is not needed, nor worth keeping.
  return RECENT.get(input)?.text ?? normalizeInto(input, null);
}

/** The original-text span of normalized characters `[start, end)`. */
export function originalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: n.map[start], end: end > start ? n.map[end - 1] + 1 : n.map[start] };
}
