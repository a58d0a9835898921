/**
 * Places of an incident: the phrases a sentence names (findPlaces), the incident's list of
 * places most specific first, its governorate and the gazetteer point to map it at.
 */
import type { GazetteerMatch, Governorate } from "../types";
import { normalizeWithMap, originalSpan } from "../text/normalize";
import { tokenize, type Token } from "../extract/tokens";
import { governorateRow, looseKey, toMatch } from "./gazetteer";
import { findPlaces as findPlacePhrases, type PlaceMention } from "./find";
import { CAPITAL, CAPITAL_ADJECTIVE, CAPITAL_NAME, CAPITAL_SURROUNDINGS, DIRECTIONS, IN_CAPITAL, NOT_EVENT_CUES, TIER } from "./vocab";

export type { PlaceMention } from "./find";

/** Raw letters every spelling of "العاصمة" contains: sentences without them skip the capital rule. */
const CAPITAL_LETTERS = "عاصم";
const FROM = "من";
const TITLE: ReadonlySet<string> = new Set([CAPITAL]);

/** The governorate's own row as a match, for phrases that name a governorate as a whole. */
function governorateMatch(g: Governorate): GazetteerMatch | null {
  const row = governorateRow(g);
  return row ? toMatch(row, "governorate") : null;
}

/** Whether token t, less its proclitics, is one of `words`. */
const isAny = (t: Token | undefined, words: ReadonlySet<string>): boolean => !!t && t.kind === "word" && t.stems.some((s) => words.has(s));

/** A surroundings head ("محيط", "بضواحي") whose place is not an origin or a destination ("إلى محيط …"). */
function surroundingsAt(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text;
  return isAny(tokens[i], CAPITAL_SURROUNDINGS) && !(prev && prev !== FROM && NOT_EVENT_CUES.has(prev));
}

/**
 * The capital named by its title. "محيط العاصمة دمشق", "ريف العاصمة", "جنوب العاصمة" and "ضواحي
 * دمشق" are its surroundings, in Rif Dimashq; "في العاصمة دمشق" is the city. (A compass word
 * before the bare name, "جنوب دمشق", stays Damascus: the news call the city's southern districts so.)
 */
function capitalPlaces(sentence: string, found: PlaceMention[]): PlaceMention[] {
  for (const m of found) {
    // (Only around the capital itself: "محيط قصر الشعب في دمشق" is in the city.)
    if (m.governorate !== "Damascus" || !m.explicitGovernorate || m.match?.precision !== "governorate") continue;
    const first = tokenize(normalizeWithMap(m.text).text)[0];
    if (!isAny(first, CAPITAL_SURROUNDINGS)) continue;
    m.governorate = "Rif Dimashq";
    if (m.match?.precision === "governorate") m.match = governorateMatch("Rif Dimashq");
  }
  if (!sentence.includes(CAPITAL_LETTERS)) return found;
  const n = normalizeWithMap(sentence);
  const tokens = tokenize(n.text);
  const out = [...found];
  for (let i = 0; i < tokens.length; i++) {
    if (!isAny(tokens[i], TITLE)) continue;
    let end = i + 1;
    if (tokens[end]?.text === CAPITAL_ADJECTIVE) end++;
    if (tokens[end]?.text === CAPITAL_NAME) end++;
    // "العاصمة الأردنية عمان": another country's capital.
    else if (end === i + 1 && tokens[end]?.kind === "word" && tokens[end].text.startsWith("ال") && tokens[end].text.endsWith("ية")) continue;
    const around = surroundingsAt(tokens, i - 1) || (isAny(tokens[i - 1], DIRECTIONS) && tokens[i].stems.length === 1);
    const inCity = !around && (/^و?ب/.test(tokens[i].text.slice(0, tokens[i].text.length - CAPITAL.length)) || IN_CAPITAL.has(tokens[i - 1]?.text ?? ""));
    if (!around && !inCity) continue;
    const from = around ? i - 1 : i;
    // "بالعاصمة دمشق", "بمحيط العاصمة": the phrase starts after the proclitic (ANNOTATION.md: places without ب، في، ل).
    const cut = tokens[from].text.length - tokens[from].stems[tokens[from].stems.length - 1].length;
    const span = originalSpan(n, tokens[from].start + cut, tokens[end - 1].end);
    const start = span.start;
    // Phrases the finder already read there ("محيط العاصمة دمشق" as an unknown name) give way.
    const rest = out.filter((m) => m.end <= start || m.start >= span.end);
    const governorate: Governorate = around ? "Rif Dimashq" : "Damascus";
    const text = sentence.slice(start, span.end);
    const name = end > i + 1 && tokens[end - 1].text === CAPITAL_NAME ? [sentence.slice(originalSpan(n, tokens[end - 1].start, tokens[end - 1].end).start, span.end)] : [];
    rest.push({
      text, start, end: span.end, match: governorateMatch(governorate), governorate, explicitGovernorate: true,
      rank: around ? TIER.governorateArea : TIER.city,
      forms: around ? [text] : [text, ...name],
    });
    out.length = 0;
    out.push(...rest.sort((a, b) => a.start - b.start));
    i = end - 1;
  }
  return out;
}

/**
 * Place phrases of a sentence, in text order (see find.ts), with the capital read by its title.
 * @example findPlaces("هجوم على حاجز في محيط العاصمة دمشق").map((m) => m.governorate) // ["Rif Dimashq"]
 */
export function findPlaces(sentence: string): PlaceMention[] {
  return capitalPlaces(sentence, findPlacePhrases(sentence));
}

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
 * The one governorate an article's text names ("بريف حماة", "محافظة درعا"), or null when it names
 * none or several. An incident whose own places leave the governorate open (a village the
 * gazetteer does not know) happened there, as far as the text lets one know (ANNOTATION.md:
 * null only when none can be known).
 * @example articleGovernorate(findPlaces("هجوم على قرية الكرم بريف حماة الشرقي")) // "Hama"
 */
export function articleGovernorate(mentions: readonly PlaceMention[]): Governorate | null {
  const named = new Set(mentions.filter((m) => m.explicitGovernorate && m.governorate).map((m) => m.governorate));
  return named.size === 1 ? [...named][0] : null;
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
