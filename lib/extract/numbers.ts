/**
 * Reads a cardinal number at a token: digits, or Arabic number words 1–999 in any gender and
 * case, teens (خمسة عشر), compounds (ثلاثة وعشرون، مئة وخمسون), unit × مئة (ثلاث مئة) and
 * thousands (ألف، ألفي، ثلاثة آلاف، ألف ومئتا) up to MAX_COUNTED_NUMBER.
 */
import { MAX_COUNTED_NUMBER } from "../constants";
import { cutToken, stemGet, stemIn, type Token } from "./tokens";
import { HUNDRED_WORDS, NUMBER_HUNDREDS, NUMBER_TENS, NUMBER_THOUSANDS, NUMBER_UNITS, TEEN_TEN, THOUSANDS_WORDS } from "./vocab";

/** A number read at a token, and where it ended. */
export interface NumberRead {
  value: number;
  /** Index of the first token after the number. */
  end: number;
  /** Whether it was written as number words (never a year or a label). */
  words: boolean;
}

const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

/** Strips a leading و from a compound's second part ("وعشرون" → "عشرون"). */
function afterWaw(tok: Token | undefined): Token | undefined {
  if (!tok || tok.kind !== "word" || tok.text[0] !== "و" || tok.text.length < 3) return undefined;
  return cutToken(tok, 1);
}

function unitAt(tok: Token | undefined): number | undefined {
  return tok?.kind === "word" ? stemGet(tok, NUMBER_UNITS) : undefined;
}
function tensAt(tok: Token | undefined): number | undefined {
  return tok?.kind === "word" ? stemGet(tok, NUMBER_TENS) : undefined;
}

/** Units, teens, tens and unit-و-tens from token `i`. */
function readBelowHundred(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  const u = unitAt(tokens[i]);
  if (u !== undefined) {
    const next = tokens[i + 1];
    // أحد عشر / اثنا عشر / خمسة عشر: "عشر" after a unit below ten is a teen.
    if (u < 10 && next?.kind === "word" && TEEN_TEN.has(next.text)) return { value: u + 10, end: i + 2 };
    const t = tensAt(afterWaw(next));
    if (u < 10 && t !== undefined) return { value: u + t, end: i + 2 };
    return { value: u, end: i + 1 };
  }
  const t = tensAt(tokens[i]);
  if (t !== undefined) return { value: t, end: i + 1 };
  return null;
}

/** Reads a number at token `i`, or null. */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | null {
  const tok = tokens[i];
  if (!tok) return null;
  if (tok.kind === "digits") {
    // "1,018": a thousands separator; "1.5" and "3,5" are no count of people.
    const text = THOUSANDS.test(tok.text) ? tok.text.replace(/,/g, "") : tok.text;
    if (/[.,]/.test(text) || text.length > 6) return null;
    const value = Number(text);
    return value > MAX_COUNTED_NUMBER ? null : { value, end: i + 1, words: false };
  }
  if (tok.kind !== "word") return null;
  const thousands = thousandsAt(tokens, i);
  if (thousands) {
    // "ألف ومئتا شخص": the rest after و is read like a number of its own.
    const stripped = afterWaw(tokens[thousands.end]);
    const rest = stripped ? belowThousand([stripped, ...tokens.slice(thousands.end + 1, thousands.end + 4)], 0) : null;
    const value = thousands.value + (rest?.value ?? 0);
    // (A larger figure, "عشرة آلاف", is money or a crowd, as with digits.)
    if (value > MAX_COUNTED_NUMBER) return null;
    return { value, end: rest ? thousands.end + rest.end : thousands.end, words: true };
  }
  return belowThousand(tokens, i);
}

/** "ألف", "ألفي", or a unit before "آلاف" ("ثلاثة آلاف"): the thousands at token i, or null. */
function thousandsAt(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  const one = stemGet(tokens[i], NUMBER_THOUSANDS);
  if (one !== undefined) return { value: one, end: i + 1 };
  const below = readBelowHundred(tokens, i);
  if (below && stemIn(tokens[below.end], THOUSANDS_WORDS)) return { value: below.value * 1000, end: below.end + 1 };
  return null;
}

/** A number of words below a thousand at token i, or null. */
function belowThousand(tokens: readonly Token[], i: number): NumberRead | null {
  const tok = tokens[i];
  if (tok?.kind !== "word") return null;
  let hundreds = stemGet(tok, NUMBER_HUNDREDS);
  let j = i + 1;
  if (hundreds === undefined) {
    const u = unitAt(tok);
    if (u !== undefined && u < 10 && stemIn(tokens[i + 1], HUNDRED_WORDS)) {
      hundreds = u * 100;
      j = i + 2;
    }
  }
  if (hundreds !== undefined) {
    const rest = tokens[j];
    const stripped = afterWaw(rest);
    if (stripped) {
      const below = readBelowHundred([stripped, ...tokens.slice(j + 1, j + 3)], 0);
      if (below) return { value: hundreds + below.value, end: j + below.end, words: true };
    }
    return { value: hundreds, end: j, words: true };
  }
  const below = readBelowHundred(tokens, i);
  return below ? { ...below, words: true } : null;
}
