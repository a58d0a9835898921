/**
 * The GSM 03.38 basic character set: an SMS written only in these is GSM-7 encoded and holds
 * 160 characters in one segment. One character outside it switches the whole message to
 * UCS-2 (70 characters a segment), and the extension table (`[]{}~^\|€`) costs two each.
 */
const GSM7_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

const GSM7 = new Set(GSM7_BASIC);

/** Look-alikes outside the basic set, replaced rather than dropped. */
const REPLACEMENTS: Record<string, string> = {
  "‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'",
  "“": '"', "”": '"', "«": '"', "»": '"',
  "–": "-", "—": "-", "‑": "-", "…": "...",
  "[": "(", "]": ")", "{": "(", "}": ")", "|": "/", "\\": "/", "~": "-", "^": "",
  "\u00A0": " ", "\t": " ",
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** True when every character of `text` is in the GSM-7 basic set. */
export function isGsm7(text: string): boolean {
  return [...text].every((c) => GSM7.has(c));
}

/**
 * `text` in GSM-7 basic characters only: accents are taken off (GeoNames "Ḩasrāt" → "Hasrat"),
 * quotes and dashes made plain, and anything else (Arabic letters included) dropped.
 * @example toGsm7("Ma‘dān ‘Atīq") === "Ma'dan 'Atiq"
 */
export function toGsm7(text: string): string {
  let out = "";
  for (const c of text.normalize("NFD").replace(COMBINING_MARKS, "")) {
    const r = REPLACEMENTS[c] ?? c;
    for (const ch of r) if (GSM7.has(ch)) out += ch;
  }
  return out.replace(/ {2,}/g, " ");
}

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

const PLAIN_PUNCTUATION: Record<string, string> = {
  "‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-", "…": "...",
};

/**
 * `text` as printable ASCII on one line (SNS email subjects allow nothing else): accents
 * taken off, quotes and dashes made plain, anything else dropped.
 */
export function toAscii(text: string): string {
  let out = "";
  for (const c of text.normalize("NFD").replace(COMBINING_MARKS, "")) {
    const r = PLAIN_PUNCTUATION[c] ?? c;
    if (PRINTABLE_ASCII.test(r)) out += r;
  }
  return out.replace(/ {2,}/g, " ");
}
