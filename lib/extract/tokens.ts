/**
 * Splits normalized Arabic text into word, digit and punctuation tokens with offsets, and
 * looks words up in vocabularies with or without their one-letter proclitics (و، ف، ب، ل، ك).
 */

import { Vocab, markOf, marks } from "./vocabulary";

export interface Token {
  /** The token as written (normalized). */
  text: string;
  /** Offsets into the normalized string the token came from. */
  start: number;
  end: number;
  kind: "word" | "digits" | "punct";
  /** The word and its forms without proclitics, most literal first ("وبمقتل" → [وبمقتل, بمقتل, مقتل]). */
  stems: string[];
  /** The vocabularies one of the stems belongs to (see vocabulary.ts). */
  mark: readonly number[];
}

const isLetter = (c: number) =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** What `\s` matches, by code, so that text is scanned without a regex test per character. */
export const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

const ONE_LETTER_CLITICS = "وفبلك";
const TWO_LETTER_CLITICS = new Set(["وب", "ول", "فب", "فل", "وك", "فك"]);

/** First letters of the proclitics, by code: every word is checked before any string is cut. */
const CLITIC_FIRST = new Set([...ONE_LETTER_CLITICS, ...[...TWO_LETTER_CLITICS].map((c) => c[0])].map((c) => c.charCodeAt(0)));

/** The forms a word may take once its proclitics are removed. */
export function stemsOf(word: string): string[] {
  const out = [word];
  if (word.length <= 2 || !CLITIC_FIRST.has(word.charCodeAt(0))) return out;
  if (word.length > 2 && ONE_LETTER_CLITICS.includes(word[0])) {
    out.push(word.slice(1));
    // "للنظام" is ل + النظام with the alef of ال dropped.
    if (word.startsWith("لل") && word.length > 3) out.push("ال" + word.slice(2));
  }
  if (word.length > 3 && TWO_LETTER_CLITICS.has(word.slice(0, 2))) {
    out.push(word.slice(2));
    if (word.slice(1, 3) === "لل" && word.length > 4) out.push("ال" + word.slice(3));
  }
  return out;
}

/**
 * Tokenizes normalized text in one pass. The sentence reader, the place finder and the date
 * reader each tokenize the same sentence in turn, so the last result is kept and returned again
 * for the same text: treat the tokens as read-only.
 */
export function tokenize(text: string): Token[] {
  if (text === last.text) return last.tokens;
  const tokens = tokenizeUncached(text);
  last = { text, tokens };
  return tokens;
}

let last: { text: string | null; tokens: Token[] } = { text: null, tokens: [] };

function tokenizeUncached(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      const w = text.slice(start, i);
      const stems = stemsOf(w);
      tokens.push({ text: w, start, end: i, kind: "word", stems, mark: markOf(stems) });
    } else if (isDigit(c)) {
      // A decimal point or thousands separator between digits stays inside the token.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d) || ((d === 0x2e || d === 0x2c) && isDigit(text.charCodeAt(i + 1)))) i++;
        else break;
      }
      const w = text.slice(start, i);
      tokens.push({ text: w, start, end: i, kind: "digits", stems: [w], mark: markOf([w]) });
    } else {
      i++;
      const w = text[start];
      tokens.push({ text: w, start, end: i, kind: "punct", stems: [w], mark: markOf([w]) });
    }
  }
  return tokens;
}

/** The first of a token's stems found in `vocab`, or null. */
export function stemIn(tok: Token | undefined, vocab: ReadonlySet<string>): string | null {
  if (!tok) return null;
  if (vocab instanceof Vocab && !marks(tok.mark, vocab)) return null;
  // Indexed loops: these two run for nearly every token against many vocabularies.
  const stems = tok.stems;
  for (let k = 0; k < stems.length; k++) if (vocab.has(stems[k])) return stems[k];
  return null;
}

/** The value `vocab` holds for the first of a token's stems it knows, or undefined. */
export function stemGet<T>(tok: Token | undefined, vocab: ReadonlyMap<string, T>): T | undefined {
  if (!tok) return undefined;
  const stems = tok.stems;
  for (let k = 0; k < stems.length; k++) {
    const v = vocab.get(stems[k]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * The token with its first `letters` letters cut off (a glued "و", the article), read as that word
 * alone, no proclitic taken off: "وعشرون" → "عشرون", "الخمسين" → "خمسين". Offsets stay the whole token's.
 */
export function cutToken(tok: Token, letters: number): Token {
  const rest = tok.text.slice(letters);
  return { ...tok, text: rest, stems: [rest], mark: markOf([rest]) };
}

/** Whether `words` (normalized) occur as whole tokens from index `i`. The first may carry a proclitic. */
export function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t) return false;
    if (k === 0 ? !t.stems.includes(words[0]) : t.text !== words[k]) return false;
  }
  return true;
}

/** Sentence-ending punctuation inside a sentence's tokens (headline fragments, quotes). */
export const HARD_STOP = new Vocab([".", "!", "?", ":", ";"]);

/**
 * Phrases indexed by their first word, so matching at a token costs one map lookup per stem
 * instead of a scan of the whole list. Longer phrases are tried first.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<{ words: readonly string[]; value: T }>>();

  constructor(entries: ReadonlyArray<{ words: readonly string[]; value: T }>) {
    for (const e of entries) {
      const list = this.byFirst.get(e.words[0]) ?? [];
      list.push(e);
      this.byFirst.set(e.words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token `i` (its first word may carry a proclitic), or null. */
  matchAt(tokens: readonly Token[], i: number): { words: readonly string[]; value: T } | null {
    const t = tokens[i];
    if (!t || t.kind === "punct") return null;
    for (const stem of t.stems) {
      const list = this.byFirst.get(stem);
      if (!list) continue;
      for (const e of list) {
        let k = 1;
        while (k < e.words.length && tokens[i + k]?.text === e.words[k]) k++;
        if (k === e.words.length) return e;
      }
    }
    return null;
  }
}
