/**
 * Places of an incident: the phrases a sentence names (findPlaces), the incident's list of
 * places most specific first, its governorate and the gazetteer point to map it at.
 */
import type { GazetteerMatch, Governorate } from "../types";
import { governorateRow, looseKey, toMatch } from "./gazetteer";
import type { PlaceMention } from "./find";
import { TIER } from "./vocab";

export { findPlaces } from "./find";
export type { PlaceMention } from "./find";

/** Punctuation that does not tell two written places apart. */
const KEY_PUNCTUATION = /[-–—_"“”'‘’«»().,،:#]/g;

/** The scorer's idea of "the same place": one normalizer, no ال, no punctuation. */
function placeKey(text: string): string {
  return looseKey(text.replace(KEY_PUNCTUATION, " "));
}

function rankOf(m: PlaceMention): number {
  return m.rank ?? TIER.locality;
}

/** Mentions by rank, keeping text order among equals (Array.prototype.sort is stable). */
function byRank(mentions: readonly PlaceMention[]): PlaceMention[] {
  return [...mentions].sort((a, b) => rankOf(a) - rankOf(b));
}

/**
 * Dedupes and orders an incident's places most specific first; each phrase is followed by the
 * names inside it.
 * @example placesForIncident(findPlaces("قرب المحطة الثالثة في بادية تدمر")) // ["المحطة الثالثة", "بادية تدمر", "تدمر"]
 */
export function placesForIncident(mentions: readonly PlaceMention[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of byRank(mentions)) {
    for (const form of m.forms?.length ? m.forms : [m.text]) {
      const key = placeKey(form);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(form);
    }
  }
  return out;
}

/**
 * Votes per governorate. A governorate named with a place phrase ("بادية دير الزور") weighs more
 * than one named bare in a list ("في درعا وإدلب ومناطق البادية").
 */
function tally(mentions: readonly PlaceMention[]): Map<Governorate, number> {
  const votes = new Map<Governorate, number>();
  for (const m of mentions) {
    if (!m.governorate) continue;
    const weight = m.explicitGovernorate && rankOf(m) > TIER.governorateArea ? 1 : 2;
    votes.set(m.governorate, (votes.get(m.governorate) ?? 0) + weight);
  }
  return votes;
}

function leaders(votes: Map<Governorate, number>): Governorate[] {
  const top = Math.max(0, ...votes.values());
  return [...votes].filter(([, n]) => n === top && top > 0).map(([g]) => g);
}

/**
 * The incident's governorate. The text's own naming wins over the gazetteer ("بادية أثريا بريف
 * الرقة" → Raqqa though أثريا is in Hama); among several named governorates the most named wins,
 * a tie is broken by the gazetteer places and is otherwise null (the text spans governorates).
 * @example resolveGovernorate(findPlaces("هجوم في بادية أثريا بريف الرقة")) // "Raqqa"
 */
export function resolveGovernorate(mentions: readonly PlaceMention[]): Governorate | null {
  const named = leaders(tally(mentions.filter((m) => m.explicitGovernorate)));
  const mapped = tally(mentions.filter((m) => !m.explicitGovernorate));
  if (named.length === 1) return named[0];
  if (named.length > 1) {
    const tieBreak = leaders(new Map([...mapped].filter(([g]) => named.includes(g))));
    return tieBreak.length === 1 ? tieBreak[0] : null;
  }
  const best = leaders(mapped);
  if (best.length === 1) return best[0];
  if (best.length === 0) return null;
  return byRank(mentions).find((m) => m.governorate && best.includes(m.governorate))?.governorate ?? null;
}

/**
 * The gazetteer point to map the incident at: the most specific place that has coordinates,
 * else the governorate's seat (precision "governorate").
 */
export function bestLocation(mentions: readonly PlaceMention[]): GazetteerMatch | null {
  const governorate = resolveGovernorate(mentions);
  const located = byRank(mentions).find((m) => m.match && m.match.lat !== null && m.match.precision !== "governorate");
  if (located?.match) return located.match;
  const row = governorate ? governorateRow(governorate) : undefined;
  return row ? toMatch(row, "governorate") : null;
}
