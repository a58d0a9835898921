import { MAX_SIGNATURE_LINE_CHARS, SIGNATURE_WORDS } from "./vocab";

/** Keycap digits ("1️⃣") are list bullets, not figures: removed whole, before the emoji. */
const KEYCAP = /[0-9#*]\uFE0F?\u20E3/gu;
/** Emoji, flags, skin tones and their joiners and variation selectors. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D\u20E3]/gu;
const URL = /(?:https?:\/\/|www\.|\bt\.me\/)\S+/giu;
const HANDLE = /(?:^|\s)@[A-Za-z][A-Za-z0-9_]{3,}/gu;
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const ONLY_HASHTAGS = /^(?:\s*#[\p{L}\p{N}_]+)+\s*$/u;
/** Bullets and separators a line may be left starting or ending with once its emoji and tags are gone. */
const EDGE_MARKS = /^[\s|\-–—:•·▪●◾_*~]+|[\s|\-–—:•·▪●◾_*~]+$/gu;

/** A channel's own closing line: its handle, its link, a call to follow it, or its tags. */
function isSignature(line: string): boolean {
  if (line.trim() === "" || ONLY_HASHTAGS.test(line)) return true;
  if (line.length > MAX_SIGNATURE_LINE_CHARS) return false;
  return line.search(HANDLE) >= 0 || /\bt\.me\//iu.test(line) || SIGNATURE_WORDS.some((w) => line.includes(w));
}

function cleanLine(line: string): string {
  if (ONLY_HASHTAGS.test(line)) return "";
  return line
    .replace(KEYCAP, " ")
    .replace(EMOJI, " ")
    .replace(URL, " ")
    .replace(HANDLE, " ")
    // "#دير_الزور | مقتل …", "في #دير_الزور": a tag inside a line is a word of it.
    .replace(HASHTAG, (_, word: string) => word.replace(/_/g, " "))
    .replace(/\s+/gu, " ")
    .replace(EDGE_MARKS, "");
}

/**
 * The report lines of a post's text: emoji, links, handles, lines of tags and the channel's
 * signature lines at the end removed; a hashtag inside a line kept as its words.
 *
 * @example
 * postLines("🔴 عاجل | مقتل عنصرين في #دير_الزور\n#سوريا #عاجل\nتابعونا على @channel_name");
 * // → ["عاجل | مقتل عنصرين في دير الزور"]
 */
export function postLines(text: string): string[] {
  const lines = text.split("\n");
  // Signatures close a post: read them off the end before anything else is removed.
  while (lines.length > 0 && isSignature(lines[lines.length - 1])) lines.pop();
  return lines.map(cleanLine).filter((line) => line !== "");
}
