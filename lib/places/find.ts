/**
 * Finds place phrases in a sentence: headed phrases ("بادية X", "ريف X الشرقي", "حقل X",
 * "طريق X – Y"), compass phrases ("جنوب مدينة تدمر"), country-level phrases and bare gazetteer
 * names in a locative context. Works on the normalized sentence and cuts text from the original.
 */
import type { GazetteerMatch, Governorate } from "../types";
import { normalize, normalizeWithMap, originalSpan, type NormalizedText } from "../text/normalize";
import { tokenize, type Token } from "../extract/tokens";
import type { GazetteerRow } from "./gazetteer-tsv";
import { governorateRow, lookup, maxNameWords, nameFirstWords, nameKey, nameWordsFrom, toMatch } from "./gazetteer";
import { GOVERNORATE_BY_NAME } from "./governorates";
import {
  AMBIGUOUS_NAMES, COMING_WORDS, COUNTRY, DEFINITE_AREAS, DIRECTIONS, ENTRY_VERBS, FOREIGN_NAMES, GENERIC_NAMES, HEAD_TIER, HEADS, INSTITUTION_WORDS,
  LINK_WORDS, LOCATIVE_WORDS, NAME_STOPS, NEAR_WORDS, NOT_EVENT_CUES, PLACE_ADJECTIVES, SYRIAN_BADIA, TIER,
  PLURAL_HEADS, TAKING_WORDS,
  VERBS_AFTER_PLACE,
  type Head,
} from "./vocab";
import { MAX_LISTED_PLACES, MAX_PLACE_NESTING, MAX_ROAD_ENDPOINTS, MAX_UNKNOWN_PLACE_WORDS } from "../constants";

/** A place phrase of a sentence (see lib/places/index.ts for the contract). */
export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  match: GazetteerMatch | null;
  governorate: Governorate | null;
  explicitGovernorate: boolean;
  /** How specific the phrase is in its sentence, lower first (vocab.ts TIER, adjusted for chains). */
  rank?: number;
  /** The phrase and the names inside it, in the order an incident lists them ("بادية تدmر" → [بادية تدمر, تدمر]). */
  forms?: string[];
}

type Precision = GazetteerMatch["precision"];

/** A parsed phrase, in normalized-text offsets. */
interface Phrase {
  startTok: number;
  endTok: number;
  start: number;
  end: number;
  /** Spans of the forms to list, in order. */
  forms: Array<[number, number]>;
  tier: number;
  row: GazetteerRow | null;
  precision: Precision;
  governorate: Governorate | null;
  explicit: boolean;
  /** Extra phrases found inside (the members of a dual: "باديتي التبني والرصافة"). */
  members: Phrase[];
}

interface Stem {
  word: string;
  /** Characters of the token before the stem (the proclitics). */
  cut: number;
  prefix: string;
}

const QUOTES = new Set(['"', "'"]);
const OPEN = new Set(['"', "'", "("]);
const CLOSE = new Set(['"', "'", ")"]);
const DASH = "-";
const FROM = normalize("من");
const FOR_THE = normalize("لل");
const TO = new Set(["إلى", "الى"].map(normalize));
/** "عند", "قرب": words that place the event at what follows, whatever the place before was. */
const AT_WORDS = new Set(["عند", "قرب", "بالقرب"].map(normalize));
/** Heads after which من still locates ("طردهم من محيط قرية …"). */
const VICINITY_HEADS = new Set(["محيط", "أطراف", "ضواحي"].map(normalize));
/** Hashtag marks and joiners are not words and not separators ("#دير_الزور"). */
const IGNORED = new Set(["#", "_"]);
const SITE_KINDS = new Set(["military base", "mountain", "oil field"]);
/** The most words of a governorate name starting with each first word ("دير" → 2). */
const GOVERNORATE_WORDS = new Map<string, number>();
for (const name of GOVERNORATE_BY_NAME.keys()) {
  const words = name.split(" ");
  GOVERNORATE_WORDS.set(words[0], Math.max(GOVERNORATE_WORDS.get(words[0]) ?? 0, words.length));
}

function stemsOf(t: Token): Stem[] {
  return t.stems.map((word) => {
    // "للرقة" gives the stem "الرقة"; its text starts after "لل".
    const cut = t.text.endsWith(word) ? t.text.length - word.length : t.text.length - (word.length - 2);
    return { word, cut, prefix: t.text.slice(0, cut) };
  });
}

function rowTier(row: GazetteerRow, governorateName: boolean): number {
  if (governorateName || row.kind === "governorate") return TIER.governorateName;
  if (SITE_KINDS.has(row.kind)) return TIER.site;
  if (row.kind === "city") return TIER.city;
  return TIER.locality;
}

/** A gazetteer or governorate name found at a token: its end token, proclitic letters and rows. */
interface NameFound {
  end: number;
  cut: number;
  rows: GazetteerRow[];
  governorate: Governorate | null;
}

/** The most words a gazetteer or governorate name starting with `word` has, 0 if none starts so. */
function wordsFrom(word: string): number {
  return Math.min(maxNameWords(), Math.max(nameWordsFrom(word), GOVERNORATE_WORDS.get(word) ?? 0));
}

/** A sentence being read: its normalized text and tokens. */
class Reader {
  readonly tokens: Token[];
  /** Heads being parsed inside one another ("بادية مدينة …"); capped so chains of heads stay linear. */
  depth = 0;
  /**
   * Each parser tries the same token in turn (headed, compass, area, bare name), and a phrase
   * asks for the names after it again: stems and names are worked out once per token.
   */
  private readonly stemCache: Stem[][] = [];
  private readonly writtenCache: Stem[][] = [];
  private readonly nameCache: Array<NameFound | null | undefined> = [];

  constructor(readonly n: NormalizedText) {
    const tokens = tokenize(n.text);
    // The tokens are shared with the other readers of the sentence: copied only when some go.
    this.tokens = [...IGNORED].some((c) => n.text.includes(c)) ? tokens.filter((t) => !IGNORED.has(t.text)) : tokens;
  }

  /** The forms token i may be read as: with `stems` without its proclitics too ("بتدمر" → تدمر), else as written. */
  forms(i: number, stems: boolean): Stem[] {
    const t = this.tokens[i];
    if (stems && !FOREIGN_NAMES.has(t.text)) return (this.stemCache[i] ??= stemsOf(t));
    return (this.writtenCache[i] ??= [{ word: t.text, cut: 0, prefix: "" }]);
  }

  word(i: number): string | null {
    const t = this.tokens[i];
    return t && t.kind !== "punct" ? t.text : null;
  }

  punct(i: number): string | null {
    const t = this.tokens[i];
    return t && t.kind === "punct" ? t.text : null;
  }

  /** The nearest word before token i, skipping quotes and brackets. */
  prevWord(i: number, skip = 0): { word: Token; index: number } | null {
    let k = i - 1;
    let skipped = 0;
    while (k >= 0) {
      const t = this.tokens[k];
      if (t.kind === "punct" && (OPEN.has(t.text) || CLOSE.has(t.text))) {
        k--;
        continue;
      }
      if (t.kind === "punct") return null;
      if (skipped === skip) return { word: t, index: k };
      skipped++;
      k--;
    }
    return null;
  }

  /**
   * The longest gazetteer or governorate name starting at token i. With `stems`, the first token
   * may carry proclitics ("بتدمر"); otherwise it is taken as written.
   */
  name(i: number, stems: boolean): NameFound | null {
    const key = 2 * i + (stems ? 1 : 0);
    let found = this.nameCache[key];
    if (found === undefined) found = this.nameCache[key] = this.nameAt(i, stems);
    return found;
  }

  private nameAt(i: number, stems: boolean): NameFound | null {
    const first = this.tokens[i];
    if (!first || first.kind !== "word") return null;
    const candidates = this.forms(i, stems);
    // Only windows some name could fill are looked up (most words start none).
    let window = 0;
    for (const c of candidates) window = Math.max(window, wordsFrom(c.word));
    if (window === 0) return null;
    const most = candidates.map((c) => wordsFrom(c.word));
    const words: string[] = [];
    for (let k = i + 1; k < this.tokens.length && words.length < window - 1; k++) {
      const t = this.tokens[k];
      if (t.kind === "punct") break;
      words.push(t.text);
    }
    // The text after the first word, one entry per length ("", " دير", " دير الزور").
    const rest = [""];
    for (const w of words) rest.push(rest[rest.length - 1] + " " + w);
    for (let len = words.length; len >= 0; len--) {
      for (let ci = 0; ci < candidates.length; ci++) {
        if (len + 1 > most[ci]) continue;
        const c = candidates[ci];
        const key = c.word + rest[len];
        const governorate = GOVERNORATE_BY_NAME.get(key) ?? null;
        const rows = lookup(key, governorate);
        if (governorate || rows.length) return { end: i + 1 + len, cut: c.cut, rows, governorate };
      }
    }
    return null;
  }

  /** The head noun token i is, with its proclitics, or null. */
  head(i: number, stems: boolean): { head: Head; word: string; cut: number; prefix: string } | null {
    const t = this.tokens[i];
    if (!t || t.kind !== "word") return null;
    for (const s of this.forms(i, stems)) {
      const head = HEADS.get(s.word);
      if (head) return { head, word: s.word, cut: s.cut, prefix: s.prefix };
    }
    return null;
  }

  /** Whether the word at i ends an unknown name. */
  stopsName(i: number): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== "word") return true;
    const w = t.text;
    if (NAME_STOPS.has(w) || DIRECTIONS.has(w) || HEADS.has(w)) return true;
    // A proclitic و, ب or ل opens a new phrase ("ومواقع", "بريف", "لناحية") unless the word is a head ("وادي").
    if (VERBS_AFTER_PLACE.has(w)) return true;
    if (t.stems.length > 1) {
      if (w[0] === "و") return true;
      // "محافظة بوسط سوريا", "بحسب": a preposition or particle behind a proclitic ends the name too.
      if (t.stems.slice(1).some((s) => NAME_STOPS.has(s))) return true;
      if (t.stems.slice(1).some((s) => HEADS.has(s)) || (this.name(i, true)?.cut ?? 0) > 0) return true;
    }
    return false;
  }

  /** A name the gazetteer does not know: words up to a stop, at most MAX_UNKNOWN_PLACE_WORDS. */
  unknownName(i: number, max = MAX_UNKNOWN_PLACE_WORDS): number {
    const first = this.word(i);
    if (!first || GENERIC_NAMES.has(first) || PLACE_ADJECTIVES.has(first) || this.stopsName(i)) return i;
    // "سوق للخضار", "مدرسة للبنات": what the place is for, not its name.
    if (first.startsWith(FOR_THE)) return i;
    let end = i;
    while (end < this.tokens.length && end - i < max && !this.stopsName(end)) {
      // After the first word, an adjective or a word with a proclitic ("بحياة") is no longer the name.
      if (end > i && (PLACE_ADJECTIVES.has(this.tokens[end].text) || this.tokens[end].stems.length > 1)) break;
      end++;
    }
    return end;
  }

  span(from: number, to: number, cut = 0): [number, number] {
    return [this.tokens[from].start + cut, this.tokens[to - 1].end];
  }
}

function phrase(r: Reader, startTok: number, endTok: number, cut: number, init: Partial<Phrase>): Phrase {
  const [start, end] = r.span(startTok, endTok, cut);
  return {
    startTok, endTok, start, end,
    forms: [[start, end]],
    tier: TIER.locality, row: null, precision: "exact", governorate: null, explicit: false, members: [],
    ...init,
  };
}

/** The part after a head noun: a nested headed phrase, a known name or an unknown name. */
function parseObject(r: Reader, i: number, stems: boolean): Phrase | null {
  const nested = parseHeaded(r, i, stems);
  if (nested) return nested;
  const compass = parseCompass(r, i, stems);
  if (compass) return compass;
  const known = r.name(i, stems);
  if (known) return fromName(r, i, known);
  const end = r.unknownName(i);
  if (end === i) return null;
  return phrase(r, i, end, 0, { tier: TIER.locality });
}

function fromName(r: Reader, i: number, known: NonNullable<ReturnType<Reader["name"]>>): Phrase {
  const row = known.rows.find((x) => x.kind !== "governorate") ?? known.rows[0] ?? null;
  const governorate = known.governorate ?? row?.admin1 ?? null;
  return phrase(r, i, known.end, known.cut, {
    tier: row ? rowTier(row, known.governorate !== null) : TIER.governorateName,
    row,
    governorate,
    explicit: known.governorate !== null || row?.kind === "governorate",
    precision: known.governorate !== null || row?.kind === "governorate" ? "governorate" : "exact",
  });
}

function skipAdjectives(r: Reader, end: number): number {
  while (r.word(end) && PLACE_ADJECTIVES.has(r.tokens[end].text)) end++;
  return end;
}

/** A governorate-level object makes the whole phrase name the governorate. */
function isGovernorateLevel(p: Phrase): boolean {
  return p.explicit && p.tier >= TIER.governorateArea;
}

/** The quote that closes a name starting at token j, within a name's length and before any other mark, or -1. */
function closingQuote(r: Reader, j: number): number {
  for (let k = j; k <= j + MAX_UNKNOWN_PLACE_WORDS && k < r.tokens.length; k++) {
    const p = r.punct(k);
    if (p !== null) return QUOTES.has(p) ? k : -1;
  }
  return -1;
}

/** The name between quotes, tokens [j, close): a gazetteer name when it is one, else an unknown name ("منطقة “خفض التصعيد”" names none). */
function quotedName(r: Reader, j: number, close: number): Phrase | null {
  const known = r.name(j, false);
  if (known?.end === close) return fromName(r, j, known);
  return GENERIC_NAMES.has(r.word(j) ?? "") ? null : phrase(r, j, close, 0, { tier: TIER.locality });
}

/** "بادية X", "ريف X الشرقي", "قرية X", "حقل "X"", "طريق X – Y", "باديتي X وY" … */
function parseHeaded(r: Reader, i: number, stems: boolean): Phrase | null {
  const h = r.head(i, stems);
  if (!h || r.depth >= MAX_PLACE_NESTING) return null;
  r.depth++;
  try {
    return parseHeadedAt(r, i, stems, h);
  } finally {
    r.depth--;
  }
}

function parseHeadedAt(r: Reader, i: number, stems: boolean, h: NonNullable<ReturnType<Reader["head"]>>): Phrase | null {
  const { head, cut } = h;
  if (head.kind === "road") return parseRoad(r, i, cut);
  if (head.dual) return parseDual(r, i, cut, head);

  // The head may be part of a gazetteer name ("حقل التيم", "جبل البشري", "ريف دمشق").
  const whole = r.name(i, stems);
  let j = i + 1;
  const quoted = r.punct(j) !== null && QUOTES.has(r.punct(j)!);
  if (quoted) j++;
  let object: Phrase | null = null;
  // Use the whole name when the rest is no name of its own ("منطقة الـ55") or it names a governorate ("ريف دمشق").
  const useWhole = whole !== null && whole.end > i + 1 && !quoted && (whole.governorate !== null || !r.name(i + 1, false));
  if (useWhole) {
    object = fromName(r, i, whole!);
    object.forms = [];
    j = whole.end;
  } else {
    object = parseObject(r, j, false);
    // "محطة “أبو فاس”", "“قرية أم مدفع”": a name in quotes runs to the closing quote, whatever its
    // words look like ("فاس" is not "ف" + a word).
    const close = quoted || QUOTES.has(r.punct(i - 1) ?? "") ? closingQuote(r, j) : -1;
    if (close > j && (!object || object.endTok < close)) object = quotedName(r, j, close) ?? object;
    if (!object) return null;
    j = object.endTok;
  }
  let end = skipAdjectives(r, j);
  if (quoted && r.punct(end) !== null && QUOTES.has(r.punct(end)!)) end++;
  end = skipAdjectives(r, end);

  const p = phrase(r, i, end, cut, {});
  // "كوع سليمان المخلف", "تل عليا": after a site head an unknown name is not a place by itself.
  const objectForms = head.kind === "site" && !object.row && object.members.length === 0 && !HEADS.has(r.tokens[object.startTok]?.text ?? "") ? [] : object.forms;
  const nested = object.startTok > i && HEADS.has(r.tokens[object.startTok].text);
  p.forms = head.bareFirst ? [...objectForms, [p.start, p.end]] : [[p.start, p.end], ...objectForms];
  p.row = object.row;
  p.governorate = object.governorate;
  p.explicit = object.explicit;
  p.members = object.members;
  const headTier = HEAD_TIER[head.kind];
  if (object.startTok === i) {
    // The whole phrase is one gazetteer name: its kind decides, unless the head says more.
    p.tier = object.explicit ? (head.area && head.kind !== "governorate" ? TIER.governorateArea : TIER.governorate) : Math.min(headTier, object.tier);
    p.precision = object.explicit ? "governorate" : "exact";
    if (object.explicit && object.governorate === "Rif Dimashq") p.tier = TIER.governorate;
  } else if (isGovernorateLevel(object) && (head.area || head.kind === "governorate")) {
    p.tier = head.kind === "governorate" ? TIER.governorate : TIER.governorateArea;
    p.precision = "governorate";
  } else {
    // A village or locality head takes the kind of what it names ("منطقة المحطة الثالثة" is a site);
    // an area head keeps its own ("بادية كباجب" is wider than كباجب) unless it wraps a headed site.
    p.tier = nested || !head.area ? Math.min(headTier, object.tier) : headTier;
    if (object.explicit && !head.area) p.tier = Math.min(p.tier, headTier);
    p.precision = head.area ? (head.bareFirst ? "near" : "area") : object.precision === "governorate" ? "exact" : object.precision;
  }
  return p;
}

/** "طريق دير الزور – حمص", "طريق (دير الزور-تدمر)", "مثلث الرقة-حمص-دير الزور", "طريق حميمة". */
function parseRoad(r: Reader, i: number, cut: number): Phrase | null {
  let j = i + 1;
  const bracket = r.punct(j) === "(";
  if (bracket) j++;
  const ends: Phrase[] = [];
  while (ends.length < MAX_ROAD_ENDPOINTS) {
    const known = r.name(j, false);
    const e = parseHeaded(r, j, false) ?? (known ? fromName(r, j, known) : null) ?? unknownEnd(r, j);
    if (!e) break;
    ends.push(e);
    j = e.endTok;
    if (r.punct(j) === DASH) {
      j++;
      continue;
    }
    // A dash drawn with tatweel ("دير الزور ـــ تدمر") disappears in normalization: a known name next is the other end.
    if (r.name(j, false)) continue;
    break;
  }
  if (ends.length === 0) return null;
  if (bracket && r.punct(j) === ")") j++;
  const p = phrase(r, i, j, cut, {
    tier: ends.length > 1 ? TIER.roadTwo : TIER.roadOne,
    // A road between two places is mapped at neither of them.
    row: ends.length === 1 ? ends[0].row : null,
    precision: "near",
    // The road is reckoned to the governorate of the place it is named from, never as the text's naming.
    governorate: ends[0].governorate,
  });
  p.forms = [[p.start, p.end], ...ends.map((e) => [e.start, e.end] as [number, number])];
  return p;
}

/** "الطريق الواصل بين بلدتي أ وب", "طريق الرابط بين "أ وب"": a road named by the two places it links. */
function parseLinkRoad(r: Reader, i: number): Phrase | null {
  const t = r.tokens[i];
  if (!t || t.kind !== "word" || !r.forms(i, true).some((x) => ROAD_WORDS.has(x.word))) return null;
  if (!ROAD_LINKS.has(r.word(i + 1) ?? "") || r.word(i + 2) !== BETWEEN) return null;
  let j = i + 3;
  const quoted = r.punct(j) !== null && QUOTES.has(r.punct(j)!);
  if (quoted) j++;
  const ends: Phrase[] = [];
  const first = parseHeaded(r, j, false) ?? parseObject(r, j, false);
  if (!first) return null;
  ends.push(...(first.members.length ? first.members : [first]));
  j = first.endTok;
  if (!first.members.length && r.tokens[j]?.text.startsWith("و")) {
    const second = parseObject(r, j, true) ?? unknownAfterAnd(r, j);
    if (second) {
      ends.push(second);
      j = second.endTok;
    }
  }
  if (ends.length < 2) return null;
  if (quoted && r.punct(j) !== null && QUOTES.has(r.punct(j)!)) j++;
  const cut = r.forms(i, true).find((x) => ROAD_WORDS.has(x.word))!.cut;
  const p = phrase(r, i, j, cut, { tier: TIER.roadTwo, precision: "near", governorate: ends.find((e) => e.governorate)?.governorate ?? null });
  p.forms = [[p.start, p.end], ...ends.map((e) => [e.start, e.end] as [number, number])];
  return p;
}
/** "طريق", "الطريق": a road named by the places it links. */
const ROAD_WORDS = new Set(["طريق", "الطريق"].map(normalize));
/** "الواصل بين", "الرابط بين": the words that tie a road to its ends. */
const ROAD_LINKS = new Set(["الواصل", "الواصلة", "الرابط", "الرابطة", "الواصلين"].map(normalize));
const BETWEEN = normalize("بين");

function unknownEnd(r: Reader, j: number): Phrase | null {
  const end = r.unknownName(j, 2);
  return end === j ? null : phrase(r, j, end, 0, { tier: TIER.locality });
}

/** Dual heads ("باديتي", "حيي") name two places; plural heads ("أحياء", "قرى") a list. */
const DUAL_HEADS: ReadonlySet<string> = new Set([...HEADS.entries()].filter(([w, h]) => h.dual && !PLURAL_HEADS.has(w)).map(([w]) => w));

/** "وجزل": an unknown name joined by و, the و left out. */
function unknownAfterAnd(r: Reader, j: number): Phrase | null {
  const t = r.tokens[j];
  if (!t || t.kind !== "word" || t.text.length < 3) return null;
  // "وأخرى علوية": no name.
  if (GENERIC_NAMES.has(t.text.slice(1)) || PLACE_ADJECTIVES.has(t.text.slice(1))) return null;
  const rest = r.unknownName(j + 1, MAX_UNKNOWN_PLACE_WORDS - 1);
  return phrase(r, j, rest, 1, { tier: TIER.locality });
}

/**
 * "باديتي التبني والرصافة", "حقلي شاعر وجزل النفطيين", "بلدتي الطيبة والسخنة", and a plural head
 * with its list ("أحياء الشيخ مقصود والأشرفية وبني زيد", "قرى أ، ب وج").
 */
function parseDual(r: Reader, i: number, cut: number, head: Head): Phrase | null {
  const most = DUAL_HEADS.has(r.tokens[i].stems[r.tokens[i].stems.length - 1]) ? 2 : MAX_LISTED_PLACES;
  // "بلدات (أ، ب، وج)": a plural head's list in brackets, which only the closing bracket ends.
  const bracket = most > 2 && r.punct(i + 1) === "(";
  const first = parseObject(r, bracket ? i + 2 : i + 1, false);
  if (!first) return null;
  const members = [first];
  for (let j = first.endTok; members.length < most; ) {
    // "أ، ب وج": a comma between names of one list; inside brackets "، وج" too.
    const comma = r.punct(j) === "," && r.tokens[j + 1]?.kind === "word" && (bracket || !r.tokens[j + 1].text.startsWith("و"));
    const k = comma ? j + 1 : j;
    const and = r.word(k)?.startsWith("و") ?? false;
    const next = and ? (parseObject(r, k, true) ?? unknownAfterAnd(r, k)) : comma ? parseObject(r, k, false) : null;
    if (!next) break;
    members.push(next);
    j = next.endTok;
  }
  const last = members[members.length - 1].endTok;
  if (bracket && r.punct(last) !== ")") return null;
  // "مناطق سيطرة …", "أحياء سكنية", "قرى الساحل": a plural head names places only as a list or by known names.
  if (most > 2 && members.length < 2 && !first.row && !first.members.length) return null;
  const end = bracket ? last + 1 : skipAdjectives(r, last);
  const singular = HEAD_TIER[head.kind];
  for (const m of members) {
    if (isGovernorateLevel(m) && head.area) m.tier = head.kind === "governorate" ? TIER.governorate : TIER.governorateArea;
    // "إحدى بلدات محافظة إدلب": towns of a governorate are as broad as it.
    else if (isGovernorateLevel(m)) m.tier = Math.max(m.tier, TIER.governorateArea);
    else m.tier = Math.min(singular, m.tier);
    if (head.area && m.row && !m.explicit) m.precision = "area";
  }
  // The names come before the dual phrase ("بين بلدتي الطيبة والسخنة" → الطيبة first).
  const p = phrase(r, i, end, cut, { tier: Math.min(...members.map((m) => m.tier)) + 0.01 });
  p.members = members;
  return p;
}

/** "جنوب مدينة تدمر", "شمالي شرق الرقة", "شمال غربي سوريا". */
function parseCompass(r: Reader, i: number, stems: boolean): Phrase | null {
  const t = r.tokens[i];
  if (!t || t.kind !== "word" || r.depth >= MAX_PLACE_NESTING) return null;
  const s = r.forms(i, stems).find((x) => DIRECTIONS.has(x.word));
  if (!s) return null;
  let j = i + 1;
  if (r.word(j) && DIRECTIONS.has(r.tokens[j].text)) j++;
  // "شمال وشرق سوريا": two directions of one region.
  else if (r.word(j) && r.tokens[j].stems.length > 1 && r.tokens[j].text[0] === "و" && DIRECTIONS.has(r.tokens[j].stems[1])) j++;
  const w = r.word(j);
  if (w && COUNTRY.has(w)) {
    return phrase(r, i, j + 1, s.cut, { tier: TIER.country, precision: "governorate" });
  }
  const known = r.name(j, false);
  const object = parseHeaded(r, j, false) ?? (known ? fromName(r, j, known) : null);
  if (!object) return null;
  const p = phrase(r, i, object.endTok, s.cut, {
    tier: isGovernorateLevel(object) ? TIER.governorateArea : object.tier + 0.5,
    row: object.row,
    governorate: object.governorate,
    explicit: object.explicit,
    precision: object.explicit && isGovernorateLevel(object) ? "governorate" : "near",
  });
  p.forms = [[p.start, p.end], ...object.forms];
  return p;
}

/** "الأطراف الغربية لمدينة الرقة", "البادية الغربية لدير الزور". */
function parseDefiniteArea(r: Reader, i: number): Phrase | null {
  const t = r.tokens[i];
  if (!t || t.kind !== "word") return null;
  const s = r.forms(i, true).find((x) => DEFINITE_AREAS.has(x.word));
  if (!s || !r.word(i + 1) || !PLACE_ADJECTIVES.has(r.tokens[i + 1].text)) return null;
  const j = skipAdjectives(r, i + 1);
  const next = r.tokens[j];
  if (!next || next.kind !== "word" || !next.text.startsWith("ل")) return null;
  const known = r.name(j, true);
  const object = parseHeaded(r, j, true) ?? (known ? fromName(r, j, known) : null);
  if (!object) return null;
  const p = phrase(r, i, object.endTok, s.cut, {
    tier: isGovernorateLevel(object) ? TIER.governorateArea : TIER.area,
    row: object.row,
    governorate: object.governorate,
    explicit: object.explicit,
    precision: isGovernorateLevel(object) ? "governorate" : "near",
  });
  p.forms = [[p.start, p.end], ...object.forms];
  return p;
}

/** "البادية السورية" (also "بالبادية السورية"). */
function parseSyrianBadia(r: Reader, i: number): Phrase | null {
  const t = r.tokens[i];
  if (!t || t.kind !== "word" || r.word(i + 1) !== SYRIAN_BADIA[1]) return null;
  const s = r.forms(i, true).find((x) => x.word === SYRIAN_BADIA[0]);
  return s ? phrase(r, i, i + 2, s.cut, { tier: TIER.country, precision: "governorate" }) : null;
}

/** A gazetteer name with no head noun, when its context makes it a place ("في تدمر", "بحماة", "قرب دير الزور"). */
function parseBareName(r: Reader, i: number, afterPlace: boolean): Phrase | null {
  const known = r.name(i, true);
  if (!known) return null;
  const key = nameKey(r.n.text.slice(r.tokens[i].start + known.cut, r.tokens[known.end - 1].end));
  if (AMBIGUOUS_NAMES.has(key)) return null;
  const prefix = r.tokens[i].text.slice(0, known.cut);
  const prev = r.prevWord(i);
  const prevWord = prev?.word.text ?? "";
  const locative =
    /[بل]/.test(prefix) ||
    (prefix.startsWith("و") && afterPlace) ||
    LOCATIVE_WORDS.has(prevWord) ||
    (prevWord === "من" && NEAR_WORDS.has(r.prevWord(i, 1)?.word.text ?? ""));
  return locative ? fromName(r, i, known) : null;
}

/**
 * Words a phrase's first word (less its proclitics) must be for one of the parsers below to start
 * there: heads, compass words, definite areas and the first words of known names. Built on first
 * use, as the gazetteer's indexes are (they cost tens of milliseconds at import).
 */
const buildPhraseOpeners = (): ReadonlySet<string> => new Set([
  ...HEADS.keys(), normalize("الطريق"), ...DIRECTIONS, ...DEFINITE_AREAS, SYRIAN_BADIA[0], ...nameFirstWords(), ...GOVERNORATE_WORDS.keys(),
]);

let phraseOpeners: ReadonlySet<string> | null = null;

/** Whether a place phrase can start at token i: most words start none, and are passed over at once. */
function mayStartPhrase(r: Reader, i: number): boolean {
  const t = r.tokens[i];
  if (t.kind !== "word") return false;
  phraseOpeners ??= buildPhraseOpeners();
  for (const s of t.stems) if (phraseOpeners.has(s)) return true;
  return false;
}

function parseAt(r: Reader, i: number, afterPlace: boolean): Phrase | null {
  if (!mayStartPhrase(r, i)) return null;
  return (
    parseSyrianBadia(r, i) ??
    parseLinkRoad(r, i) ??
    parseHeaded(r, i, true) ??
    parseCompass(r, i, true) ??
    parseDefiniteArea(r, i) ??
    parseBareName(r, i, afterPlace)
  );
}

/** Whether a verb of entering stands right before "إلى" or one word (its subject) before it ("دخل مسلح إلى …"). */
function entered(r: Reader, i: number): boolean {
  return [1, 2].some((skip) => r.prevWord(i, skip)?.word.stems.some((s) => ENTRY_VERBS.has(s)));
}

/** How many words before "من" a kidnapping may stand (verb, subject and its adjective, victim). */
const TAKEN_FROM_REACH_WORDS = 4;

/** Whether "من" before token i ends a kidnapping told within a few words ("خطف مسلحون سائقاً من …"). */
function takenFrom(r: Reader, i: number): boolean {
  for (let skip = 1; skip <= TAKEN_FROM_REACH_WORDS; skip++) {
    const stems = r.prevWord(i, skip)?.word.stems;
    if (!stems || stems.some((s) => COMING_WORDS.has(s))) return false;
    if (stems.some((s) => TAKING_WORDS.has(s))) return true;
  }
  return false;
}

/** Whether the word before a phrase makes it an origin, destination, neighbour or institution. */
function notEventPlace(r: Reader, p: Phrase): boolean {
  const prev = r.prevWord(p.startTok);
  const first = r.tokens[p.startTok];
  const prefix = first.text.slice(0, p.start - first.start);
  if (prefix.includes("ل") && prev && INSTITUTION_WORDS.has(prev.word.text)) return true;
  if (!prev) return false;
  const w = prev.word;
  if (w.stems.some((s) => INSTITUTION_WORDS.has(s))) return true;
  if (NOT_EVENT_CUES.has(w.text)) {
    if (w.text !== FROM) return !(TO.has(w.text) && entered(r, p.startTok));
    // "بالقرب من X" locates; so does "من محيط X" (driven from its surroundings). Otherwise من gives an origin.
    // "خطفوا شاباً من قرية X": where someone was taken from is the scene.
    return !(NEAR_WORDS.has(r.prevWord(p.startTok, 1)?.word.text ?? "") || VICINITY_HEADS.has(r.head(p.startTok, true)?.word ?? "") || takenFrom(r, p.startTok));
  }
  return false;
}

/** Whether only link words stand between two phrases, so the second locates the first ("X في بادية Y"). */
function linked(r: Reader, before: Phrase, after: Phrase): boolean {
  if (r.tokens[after.startTok].text.startsWith("و") && after.start === r.tokens[after.startTok].start + 1) return false;
  for (let k = before.endTok; k < after.startTok; k++) {
    const t = r.tokens[k];
    if (t.kind === "punct" ? !(t.text === "," || OPEN.has(t.text) || CLOSE.has(t.text)) : !t.stems.some((s) => LINK_WORDS.has(s))) {
      return false;
    }
  }
  return after.startTok - before.endTok <= 4;
}

/** Harakat after the last letter belong to it ("تَدْمُرَ"); originalSpan stops at the letter. */
const TRAILING_MARKS = /^[\u064B-\u065F\u0670]+/;

function spanOf(r: Reader, sentence: string, s: number, e: number): { start: number; end: number } {
  const o = originalSpan(r.n, s, e);
  return { start: o.start, end: o.end + (TRAILING_MARKS.exec(sentence.slice(o.end, o.end + 8))?.[0].length ?? 0) };
}

function cutText(r: Reader, sentence: string, s: number, e: number): string {
  const o = spanOf(r, sentence, s, e);
  return trimQuotes(sentence.slice(o.start, o.end));
}

function toMention(r: Reader, sentence: string, p: Phrase, rank: number, governorate: Governorate | null, explicit: boolean): PlaceMention {
  const o = spanOf(r, sentence, p.start, p.end);
  const forms = [...new Set(p.forms.map(([s, e]) => cutText(r, sentence, s, e)).filter(Boolean))];
  return {
    text: trimQuotes(sentence.slice(o.start, o.end)),
    start: o.start,
    end: o.end,
    match: matchOf(p),
    governorate,
    explicitGovernorate: explicit,
    rank,
    forms,
  };
}

/** The gazetteer match of a phrase; a governorate-level phrase maps to the governorate's own row. */
function matchOf(p: Phrase): GazetteerMatch | null {
  if (p.precision === "governorate" && p.governorate) {
    const row = governorateRow(p.governorate);
    return row ? toMatch(row, "governorate") : null;
  }
  return p.row ? toMatch(p.row, p.precision) : null;
}

const EDGE_QUOTE = /^["'“”«»″(]|["'“”«»″)]$/;
const DOUBLE_QUOTE = /["“”«»″]/;
const DOUBLE_QUOTES = /["“”«»″]/g;

function balanced(x: string): boolean {
  return (x.match(DOUBLE_QUOTES)?.length ?? 0) % 2 === 0;
}

/** Drops quotes left unbalanced at the ends of a cut ("عين علي"" → عين علي when only one side is quoted). */
function trimQuotes(s: string): string {
  let t = s.trim();
  while (t && EDGE_QUOTE.test(t[0]) && !(balanced(t) && t.length > 1 && DOUBLE_QUOTE.test(t.slice(1)))) t = t.slice(1).trim();
  while (t && EDGE_QUOTE.test(t[t.length - 1]) && !balanced(t)) t = t.slice(0, -1).trim();
  return t;
}

/** A phrase after the places listed in it, nested lists too ("بلدات المحافظة وقراها وأحياء مدينة حماة"). */
function withMembers(p: Phrase): Phrase[] {
  return [...p.members.flatMap(withMembers), p];
}

/**
 * Place phrases of a sentence, in text order. Origins ("من مدينة القرداحة"), destinations and
 * institutions ("مشفى تدمر", "حكومة دمشق") are left out.
 * @example findPlaces("هجوم في بادية تدمر بريف حمص الشرقي").map((m) => m.text) // ["بادية تدمر", "ريف حمص الشرقي"]
 */
export function findPlaces(sentence: string): PlaceMention[] {
  const r = new Reader(normalizeWithMap(sentence));
  const out: PlaceMention[] = [];
  let last: Phrase | null = null;
  let lastExcluded = false;
  let chainHeadTier = Infinity;
  let chain: PlaceMention[] = [];
  let between = false;
  for (let i = 0; i < r.tokens.length; ) {
    const p = parseAt(r, i, last !== null && last.endTok === i);
    if (!p) {
      i++;
      continue;
    }
    i = Math.max(p.endTok, i + 1);
    const isLinked: boolean = last !== null && linked(r, last, p);
    // ("مشفى تدمر في حمص": what locates an institution is no event place either; but "مدير منطقة
    // نوى عند منطقة الكراج": "at" places the event.)
    const excluded: boolean = notEventPlace(r, p) || (isLinked && lastExcluded && !AT_WORDS.has(r.prevWord(p.startTok)?.word.text ?? ""));
    const prevWord = r.prevWord(p.startTok)?.word.text;
    between = prevWord === "بين" || (between && last !== null && last.endTok === p.startTok - 0 && r.tokens[p.startTok].text.startsWith("و"));
    // "بادية حمص ودير الزور": a governorate joined to a governorate-level phrase shares its head.
    if (last && last.endTok === p.startTok && p.tier === TIER.governorateName && last.tier === TIER.governorateArea && p.start > r.tokens[p.startTok].start) {
      p.tier = TIER.governorateArea;
    }
    last = p;
    lastExcluded = excluded;
    if (excluded) continue;
    if (!isLinked) {
      chainHeadTier = p.tier;
      chain = [];
    }
    const phrases = withMembers(p);
    for (const q of phrases) {
      let rank = q.tier;
      // A place located by what follows it is the more specific one ("قرية الجفرة … في محيط مطار دير الزور").
      if (isLinked && chainHeadTier <= TIER.locality) rank = Math.max(rank, chainHeadTier + 0.05);
      if (between && rank >= TIER.governorateArea) rank = TIER.between;
      const m = toMention(r, sentence, q, rank, q.governorate, q.explicit);
      if (q === p && p.members.length && !p.explicit) m.governorate = null;
      out.push(m);
      chain.push(m);
    }
    // The text's own naming governs the places it follows ("بادية أثريا بريف الرقة" → Raqqa).
    if (p.explicit && isLinked) {
      for (const m of chain) {
        if (!m.explicitGovernorate && m.rank !== undefined && m.rank < TIER.governorateArea) {
          m.governorate = p.governorate;
          m.explicitGovernorate = true;
        }
      }
    } else if (isLinked && p.governorate && p.tier > TIER.site) {
      // "قرية نوى بمنطقة السلمية": a village the text places in a known town is in that town's
      // governorate, whatever other village of the name the gazetteer knows.
      for (const m of chain) {
        if (!m.explicitGovernorate && m.rank !== undefined && m.rank <= p.tier && m !== chain[chain.length - 1] && m.governorate !== p.governorate) m.governorate = p.governorate;
      }
    }
  }
  return out;
}
