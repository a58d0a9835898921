/**
 * Cuts an article into sentences with their offsets, and tells the header (title, subtitle,
 * bylines before the first body paragraph) from the body.
 */
import { MAX_SENTENCE_CHARS } from "../constants";
import { Vocab } from "./vocabulary";
import { normalize } from "../text/normalize";
import { isSpace } from "./tokens";

/** One sentence of an article. */
export interface Sentence {
  /** The sentence exactly as in the article. */
  text: string;
  /** Offsets of `text` in the article text. */
  start: number;
  end: number;
  /** Index of the line (paragraph) it belongs to. */
  line: number;
  /** Title, subtitle or other line before the body starts. */
  header: boolean;
}

/**
 * A sentence ends at . ! ? ؟ followed by space, a closing quote or the line end. ".." and "…"
 * join the two halves of a headline ("30 قتيلا.. داعش يصعد هجماته"), so they do not end one.
 * A full stop glued to the next word ("…اليوم الثلاثاء.وأوضح المرصد") ends one too, after a word
 * of two letters or more (not an initial such as "د."). Tatweel (U+0640, inside the letter range)
 * is left out: a dot between tatweels is an anti-filter mark inside a word ("مقـ.ـتل"), not a stop.
 */
const SENTENCE_END = /(?:[!?؟]+|(?<![.…])\.(?![.…]))["'”’»″)]*(?=\s|$)|\.(?<=[\u0621-\u063F\u0641-\u064A]{2}["'”’»″)]?\.)(?=[\u0621-\u063F\u0641-\u064A])/g;
const isArabicLetter = (c: number) => c >= 0x0621 && c <= 0x064a;

/** A body paragraph is long; header lines (title, subtitle, byline) are short. */
const BODY_MIN_CHARS = 110;
/** Lines that open the related-articles list at the end of a page: nothing after them is the article. */
const END_MARKERS = new Vocab(["مقالات متعلقة", "مقالات ذات صلة", "ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "الأكثر قراءة", "أخبار ذات صلة", "مواضيع ذات صلة"].map(normalize));
const MAX_MARKER_CHARS = 30;
/** A line that starts so is a link to another article ("اقرأ أيضاً: …"). */
const LINK_PREFIX = normalize("اقرأ أيضا");
/** A title and a subtitle, perhaps a kicker: more short lines than this are the body. */
const MAX_HEADER_LINES = 3;
/** Lines with fewer Arabic words are navigation, share buttons or captions. */
const MIN_ARABIC_WORDS = 3;

/** A line ending with a full stop (perhaps inside quotes or brackets) or opening with "و". */
const PROSE_END = /[.!?؟]["')]*$/;
/**
 * A line opening with "و" continues a story, unless it is as short as a name ("وكالة قاسيون
 * للأنباء", an outlet's name, also opens with the letter).
 */
const PROSE_MIN_WORDS = 5;
const isProse = (key: string) => PROSE_END.test(key) || (key.startsWith("و") && arabicWords(key, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS);

/** Runs of two or more Arabic letters, counted up to `enough` (callers only compare with a small bound). */
function arabicWords(s: string, enough = MIN_ARABIC_WORDS): number {
  let n = 0;
  let run = 0;
  for (let i = 0; i <= s.length && n < enough; i++) {
    if (i < s.length && isArabicLetter(s.charCodeAt(i))) run++;
    else {
      if (run >= 2) n++;
      run = 0;
    }
  }
  return n;
}

/** Whether a line already has single plain spaces only, none at its ends (most lines): its key is itself. */
function spacesCollapsed(line: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (isSpace(c)) return false;
    else prevSpace = false;
  }
  return !prevSpace || line.length === 0;
}

/** Splits one line into sentences; a run longer than the limit is cut at a space. */
function splitLine(line: string, offset: number, lineNo: number, header: boolean, out: Sentence[]): void {
  let from = 0;
  // An exec loop, not matchAll, which copies the regex on every line (SENTENCE_END never matches empty).
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m !== null; m = SENTENCE_END.exec(line)) {
    const to = m.index + m[0].length;
    emit(line, from, to, offset, lineNo, header, out);
    from = to;
  }
  emit(line, from, line.length, offset, lineNo, header, out);
}

/** The sentence line[from, to), trimmed, cut at spaces when longer than the limit. */
function emit(line: string, from: number, to: number, offset: number, lineNo: number, header: boolean, out: Sentence[]): void {
  let a = from;
  while (a < to && isSpace(line.charCodeAt(a))) a++;
  let b = to;
  while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
  while (b - a > MAX_SENTENCE_CHARS) {
    let cut = line.lastIndexOf(" ", a + MAX_SENTENCE_CHARS);
    if (cut <= a) cut = a + MAX_SENTENCE_CHARS;
    out.push({ text: line.slice(a, cut), start: offset + a, end: offset + cut, line: lineNo, header });
    a = cut;
    while (a < b && isSpace(line.charCodeAt(a))) a++;
  }
  if (b > a) out.push({ text: line.slice(a, b), start: offset + a, end: offset + b, line: lineNo, header });
}

/** Sentences of an article in reading order, header lines marked, repeated lines dropped. */
export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  // A text of one paragraph has no header.
  const all = text.split("\n");
  // (Collapsing spaces neither joins nor cuts a run of letters, so a line and its key have the same words.)
  const words = all.map((l) => arabicWords(l));
  const lines = words.filter((n) => n >= MIN_ARABIC_WORDS).length;
  const seen = new Set<string>();
  let offset = 0;
  let inBody = false;
  let lineNo = 0;
  for (let k = 0; k < all.length; k++) {
    const line = all[k];
    const lineStart = offset;
    offset += line.length + 1;
    const key = spacesCollapsed(line) ? line : line.replace(/\s+/g, " ").trim();
    // Only short lines can be markers; only a line's start can be a link label.
    if (key.length <= MAX_MARKER_CHARS && END_MARKERS.has(normalize(key).replace(/[:.]$/, "").trim())) break;
    if (normalize(key.slice(0, LINK_PREFIX.length + 4)).startsWith(LINK_PREFIX)) continue;
    if (words[k] < MIN_ARABIC_WORDS) continue;
    // Titles repeat as the first body line and captions repeat under photos: read once.
    if (seen.has(key)) continue;
    seen.add(key);
    // Titles are short, end with no full stop and do not open with "و" continuing a story.
    // (Tested only while still in the header: the end-anchored regex tries every position of a long line.)
    if (!inBody && (lines < 2 || key.length >= BODY_MIN_CHARS || lineNo >= MAX_HEADER_LINES || isProse(key))) inBody = true;
    splitLine(line, lineStart, lineNo++, !inBody, out);
  }
  return out;
}
