/**
 * Control characters out of scraped text. A page can carry terminal escapes (ESC[31m colours,
 * OSC 8 hyperlinks, BEL) that would reach the evidence, the CSV printed to a terminal and the
 * alert emails. Whole escape sequences go first, so their parameters ("[31m", the hidden
 * link's URL) do not stay behind as text; then every remaining C0 and C1 control except
 * newline and tab. Format characters are not controls and stay: the bidi marks Arabic text
 * needs (LRM/RLM U+200E/F, ALM U+061C) and the joiners (ZWNJ/ZWJ U+200C/D).
 */

/**
 * OSC (ESC ] or U+009D … ended by BEL, ESC \ or U+009C) and DCS/SOS/PM/APC strings (same
 * terminators; an unterminated one loses only its introducer, never the text after it),
 * CSI (ESC [ or U+009B, parameters, one final byte) and two-byte ESC sequences.
 */
const ESCAPE_SEQUENCE =
  /(?:\u001B[\]PX^_]|[\u009D\u0090\u0098\u009E\u009F])[^\u0007\u001B\u009C]{0,4096}(?:\u0007|\u001B\\|\u009C)|(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;

/** C0 except tab and newline, DEL, and C1. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** `text` without terminal escape sequences and control characters (newline and tab kept). */
export function stripControls(text: string): string {
  if (!HAS_CONTROL.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}

