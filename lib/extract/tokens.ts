/**
 * Splits normalized Arabic text into word, digit and punctuation tokens with offsets, and
 * looks words up in vocabularies with or without their one-letter proclitics (و، ف، ب، ل، ك).
 */

export interface Token {
  /** The token as written (normalized). */
  text: string;
  /** Offsets into the normalized string the token came from. */
  start: number;
  end: number;
  kind: "word" | "digits" | "punct";
  /** The word and its forms without proclitics, most literal first ("وبمقتل" → [وبمقتل, بمقتل, مقتل]). */
  stems: string[];
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
const LATIN_LETTER = /[A-Za-z]/;
const DIGIT = /[0-9]/;
const SPACE = /\s/;

const ONE_LETTER_CLITICS = "وفبلك";
const TWO_LETTER_CLITICS = new Set(["وب", "ول", "فب", "فل", "وك", "فك"]);

/** The forms a word may take once its proclitics are removed. */
export function stemsOf(word: string): string[] {
  const out = [word];
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

/** Tokenizes normalized text in one pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ARABIC_LETTER.test(ch) || LATIN_LETTER.test(ch)) {
      while (i < n && (ARABIC_LETTER.test(text[i]) || LATIN_LETTER.test(text[i]))) i++;
      const w = text.slice(start, i);
      tokens.push({ text: w, start, end: i, kind: "word", stems: stemsOf(w) });
    } else if (DIGIT.test(ch)) {
      // A decimal point or thousands separator between digits stays inside the token.
      while (i < n && (DIGIT.test(text[i]) || ((text[i] === "." || text[i] === ",") && DIGIT.test(text[i + 1] ?? "")))) i++;
      const w = text.slice(start, i);
      tokens.push({ text: w, start, end: i, kind: "digits", stems: [w] });
    } else {
      i++;
      tokens.push({ text: ch, start, end: i, kind: "punct", stems: [ch] });
    }
  }
  return tokens;
}

/** The first of a token's stems found in `vocab`, or null. */
export function stemIn(tok: Token | undefined, vocab: ReadonlySet<string>): string | null {
  if (!tok) return null;
  for (const s of tok.stems) if (vocab.has(s)) return s;
  return null;
}

/** The value `vocab` holds for the first of a token's stems it knows, or undefined. */
export function stemGet<T>(tok: Token | undefined, vocab: ReadonlyMap<string, T>): T | undefined {
  if (!tok) return undefined;
  for (const s of tok.stems) {
    const v = vocab.get(s);
    if (v !== undefined) return v;
  }
  return undefined;
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
export const HARD_STOP = new Set([".", "!", "?", ":", ";"]);
/** Clause-level punctuation. */
export const SOFT_STOP = new Set([",", "-", "(", ")"]);
