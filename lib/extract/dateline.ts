/**
 * Datelines of telegraphic items: a place name, a separator, then the item on the same line
 * ("دير الزور | مقتل …", "درعا – 12 آذار | …", "حمص-سانا | …", "الرقة: …"). Channels and
 * agencies write the governorate there and often nowhere else.
 */
import type { Governorate } from "../types";
import { findPlaces } from "../places";

/** The words before the first separator: at most a few words, no digits (a date follows the place, not before it). */
const DATELINE = /^[\s\p{P}\p{S}]*([^|:\-–—،,\d\p{P}]{2,40}?)\s*[|:\-–—]\s*\S/u;
/** Words a dateline name has at most ("ريف دير الزور الشرقي"). */
const MAX_DATELINE_WORDS = 4;
/** Read as "in <name>", the way the place finder reads a place named after a preposition. */
const IN = "في ";

/**
 * The governorate a sentence's dateline names, or null when the sentence opens with none (or
 * with a label that is not a place: "عاجل |", "متابعة |", "المرصد السوري |").
 *
 * @example datelineGovernorate("درعا | مقتل شابين برصاص مجهولين قرب بلدة الغارية") // "Daraa"
 */
export function datelineGovernorate(sentence: string): Governorate | null {
  const name = DATELINE.exec(sentence)?.[1].trim();
  if (!name || name.split(/\s+/).length > MAX_DATELINE_WORDS) return null;
  const [mention] = findPlaces(IN + name);
  // The whole name must be the place: "مقتل عنصرين" before a dash names none.
  return mention && mention.start === IN.length && mention.end === IN.length + name.length ? mention.governorate : null;
}
