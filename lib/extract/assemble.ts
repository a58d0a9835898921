/**
 * Groups event units into incidents: a unit joins an earlier incident when they share a
 * specific place, or when one of them is placed no more precisely than the other's governorate;
 * it opens a new incident when it says it is another event, has another date, or is another
 * kind of strike. An air or artillery strike series is one incident per place group.
 */
import type { Governorate, IncidentType } from "../types";
import { Vocab } from "./vocabulary";
import { normalize } from "../text/normalize";
import { resolveGovernorate, type PlaceMention } from "../places";
import { HEADS, TIER } from "../places/vocab";
import { bestType, type TypeHit } from "./classify";
import type { Figure } from "./counts";
import type { DateMention } from "./dates";
import type { Unit } from "./units";
import { ACCIDENT_PHRASES, ANAPHORIC_EVENT_NOUNS, BLAST_WORDS, FUNERAL_WORDS, NAME_HEADS, hasPhrase, hasWord } from "./cues";
import { isSpace, stemIn, type Token } from "./tokens";
import { DOZENS } from "./vocab";
import { MAX_DRAFTS_LOOKBACK, MIN_REPEATED_TOLL } from "../constants";

/** An incident being assembled. */
export interface Draft {
  units: Unit[];
  /** Figures, possibly divided among the places of a strike series. */
  figures: Figure[];
  /** Place mentions, one per place text. */
  places: PlaceMention[];
  /** Kept up to date as units join, so that joining stays cheap on long articles. */
  state: {
    /** Position among the article's drafts. */
    order: number;
    unitSet: Set<Unit>;
    placeKeys: Set<string>;
    /** Whether any of its places is specific. */
    specific: boolean;
    hits: TypeHit[];
    date: string | null;
    /** The timeframe of its first unit that told one (Unit.when). */
    when?: Unit["when"];
    gov: Governorate | null;
    govDirty: boolean;
  };
}

/** Places at least this broad (a town's desert, a governorate's countryside) do not tell events apart. */
const GENERIC_RANK = 2;
/** Rank of a governorate-wide phrase ("بادية الرقة", "محافظة حماة"). */
const GOVERNORATE_RANK = 3.8;
const MAX_DATE_GAP_DAYS = 1;

type StrikeClass = "air" | "shell" | "ground" | "any";

/** "استهدف", "استهداف": words of any kind of strike. */
const TARGETED_WORDS = new Vocab(["استهدف", "استهدفت", "استهدفوا", "استهداف", "لاستهداف", "باستهداف", "مستهدفة", "مستهدفا"].map(normalize));

function classOf(hits: Unit["hits"], tokens?: readonly Token[]): StrikeClass {
  if (hits.length === 0) return "any";
  // "إن ثلاثة قتلوا جراء القصف الذي استهدف سيارة": "targeted" alone tells that something was hit, not how.
  if (tokens && hits.every((h) => stemIn(tokens[h.tok], TARGETED_WORDS))) return "any";
  const t = bestType(hits);
  return t === "airstrike" ? "air" : t === "shelling" ? "shell" : "ground";
}
const compatibleClass = (a: StrikeClass, b: StrikeClass) => a === b || a === "any" || b === "any";
/**
 * At a place both name, only an air strike and a bombardment are told apart: "هاجمت الفصائل
 * الأحياء" and "القصف على الأحياء" tell one event in two words.
 */
const samePlaceClass = (a: StrikeClass, b: StrikeClass) => compatibleClass(a, b) || a === "ground" || b === "ground";

/** Types told by generic words ("هجمات", "استهدفت"), which say little about the kind of strike. */
const GENERIC_TYPES: ReadonlySet<IncidentType> = new Set(["attack", "other"]);
/** Kinds of assault a generic "attack" word ("اعتداء", "هجوم") may stand for when another unit names it. */
const ASSAULT_KINDS: ReadonlySet<IncidentType> = new Set(["attack", "ambush", "clash", "assassination", "execution"]);
/** Whether two units' types may tell one event: equal, one says nothing, or a generic attack and an assault. */
function sameKind(a: IncidentType, b: IncidentType): boolean {
  if (a === b || a === "other" || b === "other") return true;
  return (a === "attack" && ASSAULT_KINDS.has(b)) || (b === "attack" && ASSAULT_KINDS.has(a));
}
const isSpecific = (m: PlaceMention) => (m.rank ?? 1) < GENERIC_RANK;
/** Marks that separate the words of a place key, like spaces. */
const KEY_MARKS = new Set([..."-_\"'().,:"].map((c) => c.charCodeAt(0)));
const isKeySeparator = (c: number) => KEY_MARKS.has(c) || isSpace(c);
/**
 * First words of compound village names, written joined or apart ("كفر سجنة" and "كفرسجنة",
 * "دير الزور" and "ديرالزور"): the key glues them to the next word.
 */
const COMPOUND_FIRST = ["كفر", "دير", "تل", "عين", "بيت", "أبو", "أم", "رأس", "خان", "جسر", "بئر"].map(normalize);
const ARTICLE = "ال";

/**
 * A place's words, normalized, without marks and without ال ("مدينة البوكمال" → "مدينة بوكمال"),
 * compound names glued ("دير الزور", "ديرالزور" → "ديرزور").
 */
function placeKey(text: string): string {
  const s = normalize(text);
  const words: string[] = [];
  let glue = false;
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isKeySeparator(s.charCodeAt(i))) i++;
    const from = i;
    while (i < s.length && !isKeySeparator(s.charCodeAt(i))) i++;
    if (i === from) continue;
    let w = s.slice(from, i);
    if (w.length > 3 && w.startsWith(ARTICLE)) w = w.slice(2);
    const joined = COMPOUND_FIRST.find((p) => w.length > p.length + 3 && w.startsWith(p + ARTICLE));
    if (joined) w = joined + w.slice(joined.length + 2);
    if (glue) words[words.length - 1] += w;
    else words.push(w);
    glue = !glue && COMPOUND_FIRST.includes(w);
  }
  return words.join(" ");
}
/**
 * A place key without its head noun ("حي شيخ مقصود", "حيي شيخ مقصود" → "شيخ مقصود"): one article
 * names a place with the head noun in one sentence and without it, or with another, in the next.
 */
function bareKey(key: string): string | null {
  const space = key.indexOf(" ");
  return space > 0 && NAME_HEADS.has(key.slice(0, space)) ? key.slice(space + 1) : null;
}
/** The keys under which two mentions count as the same place: the gazetteer row, or a written form. */
function sameKeys(m: PlaceMention, key: (text: string) => string = placeKey): string[] {
  const written = [m.text, ...(m.forms ?? [])].map(key).filter(Boolean);
  const keys = [...new Set([...written, ...written.map(bareKey).filter((k): k is string => !!k)])].map((k) => `t:${k}`);
  if (m.match && m.match.precision !== "governorate") keys.push(`id:${m.match.id}`);
  return keys;
}

/** The gazetteer row of a mention that names one town exactly ("مدينة البوكمال", "البوكمال"), else null. */
const townId = (m: PlaceMention): string | null => (m.match && m.match.precision === "exact" && (m.rank ?? 0) < GOVERNORATE_RANK ? `id:${m.match.id}` : null);

/** The gazetteer rows of the towns and areas mentions name ("مدينة الباب", "ريف تدمر"), not governorates. */
function townsOf(mentions: readonly PlaceMention[]): Set<string> {
  return new Set(mentions.filter((m) => m.match && m.match.precision !== "governorate" && (m.rank ?? 0) < GOVERNORATE_RANK).map((m) => m.match!.id));
}

/** Whether both name towns and none is the same (ANNOTATION.md: attacks at different places are two incidents). */
function inOtherTown(a: readonly PlaceMention[], b: readonly PlaceMention[]): boolean {
  const ta = townsOf(a);
  const tb = townsOf(b);
  return ta.size > 0 && tb.size > 0 && ![...ta].some((t) => tb.has(t));
}

/**
 * Whether the unit counts victims of its own (a number, not the draft's toll told again, not a
 * toll update) in a town it names as such ("في مدينة منبج", not "بادية السخنة", the town's
 * desert) when the draft names another town and none of its places is that one: another event.
 */
function ownVictimsElsewhere(u: Unit, places: readonly PlaceMention[], d: Draft): boolean {
  if (pointsBack(u) || !places.some(townId) || !d.places.some(townId) || !inOtherTown(places, d.places)) return false;
  return u.figures.some((f) => !f.vague && !f.part && !f.final && !f.update && !d.figures.some((g) => g.role === f.role && g.count.min === f.count.min));
}

/**
 * "انفجار في بلدة … . وقالت مصادر إن الانفجار هز المدينة عند دوار …": a unit placed only at
 * sites the gazetteer does not know (a roundabout, a church, a building), with no town or region
 * of its own and no victims of its own, names where in the incident being told it happened; a
 * second spelling of the site's name ("كنيسة مار جرجس", "كنيسة مار جريس") is the same place.
 * (Called only once the unit fits the incident: same kind of strike, days close, not "another".)
 */
function landmarkOfLast(u: Unit, places: readonly PlaceMention[]): boolean {
  if (!places.length || !places.every((m) => !m.match && (m.rank ?? TIER.locality) < TIER.locality)) return false;
  return !u.figures.some((f) => !f.vague && !f.attackers);
}

/** Whether the unit's first event word is a definite noun pointing back ("إن الغارة استهدفت …"). */
function pointsBack(u: Unit): boolean {
  const first = u.hits.reduce<TypeHit | null>((a, h) => (!a || h.tok < a.tok ? h : a), null);
  return !!first && !!stemIn(u.read.tokens[first.tok], ANAPHORIC_EVENT_NOUNS);
}

/** Definite nouns of the dead ("الضحايا", "جثامين القتلى"): victims the article already counted. */
const THE_VICTIMS = new Vocab(["الضحايا", "القتلى", "الجثث", "الجثامين", "القتيلين", "الضحيتين"].map(normalize));

/** Whether every figure of the unit is vague and names the victims by a definite noun ("جثامين الضحايا"). */
function countsTheVictimsAgain(u: Unit): boolean {
  const t = u.read.tokens;
  return u.figures.length > 0 && u.figures.every((f) => f.vague && (stemIn(t[f.tokenStart], THE_VICTIMS) || stemIn(t[f.tokenEnd], THE_VICTIMS)));
}

const sameGovernorate = (a: Governorate | null, b: Governorate | null): boolean => !a || !b || a === b;

/** Nouns of a toll ("الحصيلة", "حصيلة الهجوم"): a figure told with one counts an event already told. */
const TOLL_NOUNS = new Vocab(["الحصيلة", "حصيلة"].map(normalize));

/** Whether the unit, naming no place, gives a toll of the event before: "rose to", "الحصيلة", or led by "الهجوم". */
function retellsToll(u: Unit): boolean {
  if (u.places.length || !u.figures.length) return false;
  if (u.figures.some((f) => f.final) || pointsBack(u)) return true;
  for (let i = u.from; i < u.to; i++) if (stemIn(u.read.tokens[i], TOLL_NOUNS)) return true;
  return false;
}

/** Whether the unit tells again, in numbers, a toll of at least MIN_REPEATED_TOLL killed the draft already has. */
function repeatsToll(u: Unit, d: Draft): boolean {
  const told = (f: Figure) => f.role === "killed" && !f.vague && !f.part && !f.shared && f.count.min >= MIN_REPEATED_TOLL;
  return u.figures.some((f) => told(f) && d.figures.some((g) => told(g) && g.count.min === f.count.min));
}

const dayGap = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
const firstDate = (dates: readonly DateMention[]): string | null => dates[0]?.date ?? null;

function draftDate(d: Draft): string | null {
  return d.state.date;
}
function draftClass(d: Draft): StrikeClass {
  return classOf(d.state.hits);
}
function draftGov(d: Draft): Governorate | null {
  if (d.state.govDirty) {
    d.state.gov = resolveGovernorate(d.places);
    d.state.govDirty = false;
  }
  return d.state.gov;
}

/**
 * Whether a unit of kind `uClass` dated `uDate` may join draft d: not taken by another piece of its
 * series, same kind of strike (`samePlace`: the kinds one place may show), dates close.
 */
function fits(d: Draft, taken: ReadonlySet<Draft>, uClass: StrikeClass, uDate: string | null, samePlace = false, uWhen?: Unit["when"]): boolean {
  if (taken.has(d)) return false;
  // "قتل 18 اليوم … وقتل 8 يوم 8 كانون الثاني الفائت": now and a month past are two events.
  if (uWhen && d.state.when && uWhen !== d.state.when) return false;
  if (!(samePlace ? samePlaceClass : compatibleClass)(uClass, draftClass(d))) return false;
  const dd = draftDate(d);
  return !(uDate && dd && dayGap(uDate, dd) > MAX_DATE_GAP_DAYS);
}

/** "بينها" or "منها" right before the first place: the places that follow are examples. */
const EXAMPLES_BEFORE = /(^|\s)(من )?(بينها|منها|ومنها|وبينها)\s*["']?$/;
/** "بين" right before a place ("بين الميادين وبادية …", "بين بلدتي"): it and the next are the ends of one span. */
const BETWEEN_BEFORE = /(^|\s)بين\s*["']?$/;
const BETWEEN_REACH_CHARS = 8;

/**
 * Splits an air-strike series into one piece per place group ("غارات على شرق حماة وبادية الرقة");
 * one bombardment of several villages by artillery or rockets stays one incident (ANNOTATION.md).
 * A unit that says its toll covers separate attacks ("في هجومين منفصلين في باديتي تدمر والرقة") is
 * split the same way, and so is a toll told per place (`afterStrikes`: right after air strikes).
 */
export function splitStrikeSeries(u: Unit, afterStrikes = false): Array<{ places: PlaceMention[]; figures: Figure[] }> {
  const type: IncidentType = bestType(u.hits);
  // (Told together at one place, separate events keep their total, which yields to a figure told
  // for one of them: "إعدام رجلين في حادثتين منفصلتين … وفي الحادثة الأولى … مقتله".)
  const whole = [{ places: u.places, figures: u.separate ? u.figures.map((f) => shareOf(f, 1)) : u.figures }];
  const perPlace = u.figures.some((f) => f.byPlace);
  // (A toll told per place after a strike series, "وقتل 4 في بلدة أ و2 في بلدة ب", splits it too.)
  const series = type === "airstrike" || type === "shelling" || u.separate || (perPlace && afterStrikes && GENERIC_TYPES.has(type));
  if (!series || u.places.length < 2) return whole;
  const text = u.read.sentence.text;
  // "غارات استهدفت مناطق عدة، بينها مدينة إدلب ومخيم …": places given as examples of a wider strike.
  if (EXAMPLES_BEFORE.test(normalize(text.slice(0, Math.min(...u.places.map((p) => p.start)))))) return whole;
  const sorted = [...u.places].sort((a, b) => a.start - b.start);
  const groups: PlaceMention[][] = [[sorted[0]]];
  for (let k = 1; k < sorted.length; k++) {
    const gap = normalize(text.slice(sorted[k - 1].end, sorted[k].start));
    // "الطريق الواصل بين الميادين وبادية المزرعة": the two ends of one span, not two targets.
    const ends = BETWEEN_BEFORE.test(normalize(text.slice(Math.max(0, sorted[k - 1].start - BETWEEN_REACH_CHARS), sorted[k - 1].start)));
    // A new group starts after "و" or a comma; "ب"/"في"/"ضمن" keep narrowing the same place.
    const newGroup = gap.includes(",") || (/(^|\s)و/.test(gap) && !ends);
    if (newGroup) groups.push([sorted[k]]);
    else groups[groups.length - 1].push(sorted[k]);
  }
  // A governorate named alone joins a group in that governorate, before or after it
  // ("… بإدلب، وقذيفة في محافظة إدلب", "في ريف إدلب الجنوبي، … على قرية البارة").
  const broad = (g: PlaceMention[]) => g.every((m) => (m.rank ?? 0) >= GOVERNORATE_RANK);
  const merged: PlaceMention[][] = groups.filter((g) => !broad(g)).map((g) => [...g]);
  for (const g of groups.filter(broad)) {
    const gov = resolveGovernorate(g);
    const home = gov ? merged.find((h) => resolveGovernorate(h) === gov) ?? merged.find((h) => resolveGovernorate(h) === null) : undefined;
    if (home) home.push(...g);
    else merged.push([...g]);
  }
  // Groups with no governorate and nothing specific ("البادية") are not places of their own;
  // a named area the gazetteer does not know ("ريف ديرك") is.
  const named = (m: PlaceMention) => (m.forms?.length ?? 0) > 1 && (m.rank ?? 0) < GOVERNORATE_RANK;
  let real = merged.filter((g) => resolveGovernorate(g) !== null || g.some(isSpecific) || g.some(named));
  // Shells on several villages of one area are one bombardment; in other governorates, other ones.
  if (type === "shelling" && !u.separate) real = byGovernorate(real);
  if (real.length < 2) return whole;
  if (perPlace) return tollPerPlace(real, u.figures);
  // A total over several places: each gets {1, total − the others' minimums} (ANNOTATION.md).
  const k = real.length;
  return real.map((places) => ({ places, figures: u.figures.map((f) => shareOf(f, k)) }));
}

/** The first word of each name a place group is told by, past a head noun ("بلدة"), normalized. */
const groupWords = (g: readonly PlaceMention[]) =>
  new Set(g.flatMap((m) => [m.text, ...(m.forms ?? [])].map((n) => normalize(n).split(" ").find((w) => !HEADS.has(w)) ?? "")));

/**
 * "غارات على قريتي أ وب، ما أدى إلى مقتل 3 في أ و2 في ب": each place of the series gets the toll
 * told for it (one incident per place, ANNOTATION.md); a place named again in the toll is the same
 * place, not one more. Figures told for no place are shared as for a total.
 */
function tollPerPlace(groups: PlaceMention[][], figures: readonly Figure[]): Array<{ places: PlaceMention[]; figures: Figure[] }> {
  const merged: PlaceMention[][] = [];
  for (const g of groups) {
    const words = groupWords(g);
    const same = merged.find((h) => [...groupWords(h)].some((w) => w !== "" && words.has(w)));
    if (same) same.push(...g);
    else merged.push([...g]);
  }
  return merged.map((places) => {
    const words = groupWords(places);
    const own = figures.flatMap((f): Figure[] => {
      if (!f.byPlace) return [shareOf(f, merged.length)];
      const told = f.byPlace.find((t) => words.has(t.word));
      return told ? [{ ...f, count: told.count, byPlace: undefined }] : [];
    });
    return { places, figures: own };
  });
}

/** Place groups merged by governorate (groups with none join the first group). */
function byGovernorate(groups: PlaceMention[][]): PlaceMention[][] {
  const by = new Map<string, PlaceMention[]>();
  for (const g of groups) {
    const key = resolveGovernorate(g) ?? by.keys().next().value ?? "";
    by.set(key, [...(by.get(key) ?? []), ...g]);
  }
  return [...by.values()];
}

/**
 * One incident's share of a total over `k` incidents: {1, total − the others' minimums}
 * (ANNOTATION.md); it yields to any figure told for that incident alone.
 */
export function shareOf(f: Figure, k: number): Figure {
  if (f.shared) return f;
  return {
    ...f,
    shared: true,
    total: f.count,
    count: k < 2 ? f.count : { min: Math.min(1, f.count.min), max: f.count.max === null ? null : Math.max(1, f.count.max - (k - 1)) },
  };
}

/**
 * The incident a title or subtitle is about: the only one of its kind in the body; else the one
 * with a figure it repeats ("30 قتيلا" over a body saying 30 killed), or the first in the
 * governorate it names. A title over several incidents that matches none sums them up.
 */
function headerHome(h: Unit, drafts: readonly Draft[]): Draft | null {
  const kind = classOf(h.hits, h.read.tokens);
  const fitting = drafts.filter((d) => compatibleClass(kind, draftClass(d)));
  if (fitting.length <= 1) return fitting[0] ?? null;
  const numbers = h.figures.filter((f) => !f.vague);
  const repeated = fitting.find((d) =>
    numbers.some((f) => d.figures.some((g) => g.role === f.role && !g.vague && g !== f && g.count.min === f.count.min)),
  );
  if (repeated) return repeated;
  const gov = resolveGovernorate(h.places);
  return gov ? fitting.find((d) => draftGov(d) === gov) ?? null : null;
}

/** The least figure of a role an incident told itself, or 0. */
function ownMin(d: Draft, role: Figure["role"]): number {
  let min = 0;
  for (const g of d.figures) if (g.role === role && !g.vague && !g.shared && (min === 0 || g.count.min < min)) min = g.count.min;
  return min;
}

/**
 * A headline's figures as its home incident takes them. A toll over separate events ("مقتل 16 في
 * هجومين") yields to the body's own figure. A toll at least as large as the home's own figure and
 * the other incidents' of its kind together ("مقتل 3 في درعا" over a killing of two and one of one)
 * is a total over them that cannot be split: the home gets {1, total − the others' minimums}, which
 * also yields to its own figure (ANNOTATION.md, hard cases).
 */
function headerFigures(h: Unit, home: Draft, drafts: readonly Draft[]): Figure[] {
  if (h.separate) return h.figures.map((f) => shareOf(f, 1));
  const kind = classOf(h.hits, h.read.tokens);
  // (An earlier event the article recounts, "وكان عنصران قد قتلا … الأسبوع الماضي", is outside the headline's toll.)
  const sameTime = (d: Draft) => !d.units[0].recounted && d.state.when !== "earlier" && (!d.state.date || !home.state.date || d.state.date === home.state.date);
  const others = drafts.filter((d) => d !== home && compatibleClass(kind, draftClass(d)) && sameTime(d));
  if (!others.length) return h.figures;
  return h.figures.map((f) => {
    // (A toll that rose, "ارتفاع حصيلة … إلى 23", is the latest figure of its own incident.)
    if (f.vague || f.final || f.update || f.count.max === null) return f;
    const othersMin = others.reduce((sum, d) => sum + ownMin(d, f.role), 0);
    if (othersMin === 0 || f.count.min < ownMin(home, f.role) + othersMin) return f;
    return { ...f, shared: true, total: f.count, count: { min: 1, max: Math.max(1, f.count.max - othersMin) } };
  });
}

/**
 * Groups the event units of an article, in reading order, into drafts. In a statistics report
 * (`report`: its lead tells a period's toll), only the events placed precisely are incidents; the
 * rest break the total down.
 */
export function assemble(units: readonly Unit[], report = false): Draft[] {
  const drafts: Draft[] = [];
  const pendingHeader: Unit[] = [];
  let bodyStarted = false;
  // Drafts by the keys of their specific places, so finding a shared place is one lookup.
  const bySpecificPlace = new Map<string, Draft[]>();
  // Drafts by the gazetteer rows of their broad mentions (a town named as "مدينة البوكمال").
  const byBroadPlace = new Map<string, Draft[]>();
  // Back-searches look at the latest drafts only: an article tells a bounded number of incidents,
  // and a bound keeps assembly linear on pathological input.
  const recent = (from: number) => Math.max(0, from - MAX_DRAFTS_LOOKBACK);
  // A mention is compared with many drafts, and the same place is named in many sentences (and
  // as a mention's text and its first form): keys are worked out once per article.
  const textKeys = new Map<string, string>();
  const textKey = (text: string) => {
    let k = textKeys.get(text);
    if (k === undefined) textKeys.set(text, (k = placeKey(text)));
    return k;
  };
  const keyMemo = new Map<PlaceMention, { text: string; same: string[] }>();
  const keysOf = (m: PlaceMention) => {
    let k = keyMemo.get(m);
    if (!k) {
      k = { text: `${textKey(m.text)}|${m.governorate}`, same: sameKeys(m, textKey) };
      keyMemo.set(m, k);
    }
    return k;
  };

  const open = (u: Unit, places: PlaceMention[], figures: Figure[]): Draft => {
    const d: Draft = {
      units: [], figures: [], places: [],
      state: { order: drafts.length, unitSet: new Set(), placeKeys: new Set(), specific: false, hits: [], date: null, gov: null, govDirty: false },
    };
    join(d, u, places, figures);
    drafts.push(d);
    return d;
  };
  // The incident the text is telling now: the one a unit last joined or opened (a recounted
  // event opens a draft; the sentences after it may go back to the main one, which is then "now").
  let current: Draft | null = null;
  const join = (d: Draft, u: Unit, places: PlaceMention[], figures: Figure[]) => {
    current = d;
    const s = d.state;
    if (!s.unitSet.has(u)) {
      s.unitSet.add(u);
      d.units.push(u);
      // Only the most telling cue matters for the draft's kind.
      const best = u.hits.reduce<TypeHit | null>((a, h) => (!a || h.tier < a.tier ? h : a), null);
      if (best && (!s.hits.length || best.tier < s.hits[0].tier)) s.hits = [best];
      if (!s.date && u.dates.length) s.date = u.dates[0].date;
      s.when ??= u.when;
    }
    d.figures.push(...figures);
    for (const p of places) {
      const textKey = keysOf(p).text;
      if (s.placeKeys.has(textKey)) continue;
      s.placeKeys.add(textKey);
      d.places.push(p);
      s.govDirty = true;
      if (!isSpecific(p)) {
        const id = townId(p);
        if (id) {
          const list = byBroadPlace.get(id) ?? [];
          if (list[list.length - 1] !== d) list.push(d);
          byBroadPlace.set(id, list);
        }
        continue;
      }
      s.specific = true;
      for (const k of keysOf(p).same) {
        const list = bySpecificPlace.get(k) ?? [];
        if (list[list.length - 1] !== d) list.push(d);
        bySpecificPlace.set(k, list);
      }
    }
  };

  /**
   * The incident a toll of an event already told belongs to ("ارتفع عدد ضحايا القصف على سراقب إلى
   * تسعة", "في حصيلة غير نهائية … في ريف تدمر"): the latest one at a specific place it names, else
   * the latest in the governorate it names, else the one just told, whatever kind of strike it calls
   * it or day it is told on.
   */
  const tollHome = (places: PlaceMention[], taken: ReadonlySet<Draft>): Draft | null => {
    let home: Draft | null = null;
    for (const q of places.filter(isSpecific)) {
      for (const k of keysOf(q).same) {
        const list = bySpecificPlace.get(k) ?? [];
        for (let j = list.length - 1; j >= 0 && j >= list.length - MAX_DRAFTS_LOOKBACK; j--) {
          if (taken.has(list[j])) continue;
          if (!home || list[j].state.order > home.state.order) home = list[j];
          break;
        }
      }
    }
    if (home) return home;
    const gov = resolveGovernorate(places);
    if (gov) {
      for (let k = drafts.length - 1; k >= recent(drafts.length); k--) if (!taken.has(drafts[k]) && draftGov(drafts[k]) === gov) return drafts[k];
    }
    const last = current;
    return last && !taken.has(last) ? last : null;
  };

  /** The latest incident that has one of the specific places and that the unit fits. */
  const sharedPlace = (specific: readonly PlaceMention[], uClass: StrikeClass, uDate: string | null, uWhen: Unit["when"], taken: ReadonlySet<Draft>): Draft | null => {
    let shared: Draft | null = null;
    for (const q of specific) {
      for (const k of keysOf(q).same) {
        const list = bySpecificPlace.get(k) ?? [];
        for (let j = list.length - 1; j >= 0 && j >= list.length - MAX_DRAFTS_LOOKBACK; j--) {
          const d = list[j];
          if (!fits(d, taken, uClass, uDate, true, uWhen)) continue;
          if (!shared || d.state.order > shared.state.order) shared = d;
          break;
        }
      }
    }
    return shared;
  };

  /**
   * "قتل مسلحون شاباً في بلدة … صباح الخميس. وصباح الأربعاء، قتل مسلحون رجلاً في …": a round-up's
   * item that opens with its day is none of the incidents of another day, even the day next to it
   * (a day either side is allowed elsewhere for nights and for sources that differ).
   */
  const withOtherDays = (taken: ReadonlySet<Draft>, day: string): ReadonlySet<Draft> => {
    const out = new Set(taken);
    for (let k = drafts.length - 1; k >= recent(drafts.length); k--) if (drafts[k].state.date && drafts[k].state.date !== day) out.add(drafts[k]);
    return out;
  };

  const targetFor = (u: Unit, places: PlaceMention[], taken: ReadonlySet<Draft>): Draft | null => {
    if (u.updatesToll) return tollHome(places, taken);
    const uClass = classOf(u.hits, u.read.tokens);
    const uDate = firstDate(u.dates);
    if (uDate && u.dayFirst && !retellsToll(u) && !pointsBack(u)) taken = withOtherDays(taken, uDate);
    const uSpecific = places.filter(isSpecific);
    const uGov: Governorate | null = resolveGovernorate(places);
    // "استهدفت غارات حي الكتف بمدينة البوكمال ومحيط قلعة الرحبة قرب الميادين. وأسفرت الغارات على
    // البوكمال عن مقتل …، فيما أصيب 5 في غارات الميادين": a unit that names only a town tells more
    // of the incident of its kind in that town, even after "فيما".
    if ((!u.startsNew || u.byConnector) && !uSpecific.length && uClass !== "any") {
      for (const q of places) {
        const list = byBroadPlace.get(townId(q) ?? "") ?? [];
        for (let j = list.length - 1; j >= 0 && j >= list.length - MAX_DRAFTS_LOOKBACK; j--) {
          if (fits(list[j], taken, uClass, uDate, true, u.when)) return list[j];
        }
      }
    }
    // "وقال المرصد، اليوم الجمعة، إن الحصيلة ارتفعت …", "في حين ذكرت شبكة أن حصيلة الهجوم بلغت سبعة":
    // an unplaced toll of the event just told, whatever day the source spoke.
    const last = current;
    if ((!u.startsNew || u.byConnector) && retellsToll(u) && last && !taken.has(last) && compatibleClass(uClass, draftClass(last))) return last;
    // "…، كما أصيب 15 آخرون في كفرنبل", "وقتل طفل آخر متأثراً بجراحه في قرية معرة حرمة": victims
    // told as more, at the specific places of an incident already told, are more of that incident.
    if (u.startsNew && (u.byConnector || u.moreVictims) && uSpecific.length) {
      const at = uSpecific.map((q) => sharedPlace([q], uClass, uDate, u.when, taken));
      if (at[0] && at.every((d) => d === at[0])) {
        // ("قتل أربعة أطفال … . وقتل ثلاثة منهم مع طفل آخر": the more told are some of a toll told before, not a lower one.)
        for (const f of u.figures) if (f.another && at[0].figures.some((g) => g.role === f.role && !g.vague)) f.part = true;
        return at[0];
      }
    }
    if (u.startsNew) return null;
    // 1. A shared specific place (the latest incident that has it).
    const shared = sharedPlace(uSpecific, uClass, uDate, u.when, taken);
    if (shared) return shared;
    // "قال التلفزيون إن 53 قتلوا في الهجوم. وقال: 53 قتلوا في هجوم جنوب شرقي مدينة السخنة": the same
    // large toll placed by the town nearby is the incident just told, not another.
    if (last && repeatsToll(u, last) && fits(last, taken, uClass, uDate, false, u.when) && sameKind(bestType(u.hits), bestType(last.state.hits))) return last;
    // "وقالت مصادر إن الغارة استهدفت السيارة على الطريق بين الميادين وبادية المزرعة": the strike
    // just told, at places that narrow or border it, not another strike.
    if (last && pointsBack(u) && fits(last, taken, uClass, uDate, false, u.when)) return last;
    // "وكانت مصادر متطابقة أكدت مقتل … في كمين … شرقي حمص" after a ministry's ambush "في محافظة دير
    // الزور": another source placing the same event, broadly, elsewhere. Same kind, nothing precise on either side.
    const kind = bestType(u.hits);
    if (last && u.retold && fits(last, taken, uClass, uDate, false, u.when) && kind !== "other" && kind === bestType(last.state.hits) && !uSpecific.length && !last.state.specific) return last;
    // "وكان مصدر أمني قال إن جثامين الضحايا عثر عليها قرب بلدة …": another source placing the victims
    // the article counted, by a definite noun, with no number of their own, names where they died.
    if (last && u.retold && countsTheVictimsAgain(u) && last.figures.some((f) => !f.vague) && fits(last, taken, uClass, uDate, false, u.when) && sameGovernorate(uGov, draftGov(last))) return last;
    // An unplaced report dated like an earlier incident tells more of it ("قتل 9 … حتى الثلاثاء الماضي").
    if (!places.length && uDate && last && !fits(last, taken, uClass, uDate, false, u.when)) {
      for (let k = drafts.length - 1; k >= recent(drafts.length); k--) {
        const dd = draftDate(drafts[k]);
        if (drafts[k] !== last && dd && fits(drafts[k], taken, uClass, uDate, false, u.when) && dayGap(uDate, dd) <= MAX_DATE_GAP_DAYS) return drafts[k];
      }
    }
    if (!last || !fits(last, taken, uClass, uDate, false, u.when)) {
      // A broad unit may still belong to an earlier incident of its governorate.
      if (!uSpecific.length && uGov) {
        for (let k = drafts.length - 1; k >= recent(drafts.length); k--) if (fits(drafts[k], taken, uClass, uDate, false, u.when) && draftGov(drafts[k]) === uGov) return drafts[k];
      }
      return null;
    }
    const lastGov = draftGov(last);
    const lastSpecific = last.state.specific;
    // A unit placed on its own that tells another kind of attack ("وتبنى أيضاً تفجير عبوة على طريق …") is another event.
    const uType = bestType(u.hits);
    const dType = bestType(last.state.hits);
    // (Only against an incident placed precisely, or in another town: a broad lede of another kind
    // is narrowed, not left; "اشتباكات في محيط مدينة أعزاز" after a car bomb in مدينة الباب is not.)
    const typeOk = (!lastSpecific && !inOtherTown(places, last.places)) || (!uGov && !uSpecific.length) || sameKind(uType, dType);
    const govOk = (!uGov || !lastGov || uGov === lastGov) && typeOk;
    // 2. No specific place of its own: it tells more about the latest incident of its governorate,
    // unless it brings victims of its own in another town (a car bomb in one town, then "وأصيب 3
    // بانفجار دراجة مفخخة في مدينة أخرى" named: ANNOTATION.md, attacks at different places).
    if (!uSpecific.length) {
      if (govOk && !ownVictimsElsewhere(u, places, last)) return last;
      for (let k = drafts.length - 1; k >= recent(drafts.length); k--) if (drafts[k] !== last && fits(drafts[k], taken, uClass, uDate, false, u.when) && draftGov(drafts[k]) === uGov) return drafts[k];
      return null;
    }
    // 3. A specific place where an incident of its governorate had only broad ones: it narrows that
    // incident; in a round-up, a unit with victims of its own is the next event.
    if (u.announced && u.figures.some((f) => !f.vague)) return null;
    if (!lastSpecific && govOk) return last;
    if (landmarkOfLast(u, places)) return last;
    if (uGov) {
      for (let k = drafts.length - 1; k >= recent(drafts.length); k--) {
        const d = drafts[k];
        if (d !== last && fits(d, taken, uClass, uDate, false, u.when) && !d.state.specific && draftGov(d) === uGov) return d;
      }
    }
    return null;
  };

  const place = (u: Unit, header: boolean) => {
    // Each place of a strike series is its own incident: pieces never share a draft.
    const taken = new Set<Draft>();
    // "أغارت الطائرات على التلال التي شهدت الكمين": the strike hit where the event just told happened.
    const scene = u.atScene && !u.places.length && current ? [...current.places] : null;
    for (const piece of splitStrikeSeries(u, current !== null && draftClass(current) === "air")) {
      if (scene) piece.places = scene;
      let target = targetFor(u, piece.places, taken);
      // "وقال مصدر إن الطائرة استهدفت سيارة، ما أدى إلى مقتل 3": a unit that names no place and does
      // not say it is another event tells more of the event being told, whatever word it uses for it.
      // (A strike of another class, "وشن الطيران غارات" after a ground attack, is still another event.)
      if (!target && !piece.places.length && !u.startsNew && !u.dates.length && current && !taken.has(current) && !(u.when && current.state.when && u.when !== current.state.when) && (GENERIC_TYPES.has(bestType(u.hits)) || compatibleClass(classOf(u.hits, u.read.tokens), draftClass(current)))) {
        target = current;
      }
      if (target) {
        join(target, u, piece.places, piece.figures);
        taken.add(target);
        continue;
      }
      const d = open(u, piece.places, piece.figures);
      taken.add(d);
      if (!header) bodyStarted = true;
    }
  };
  for (const u of units) {
    const header = u.read.sentence.header;
    if (header && (!u.places.some(isSpecific) || u.headlineHalf) && !bodyStarted) pendingHeader.push(u);
    else place(u, header);
  }
  for (const h of pendingHeader) {
    const home = headerHome(h, drafts);
    if (home) join(home, h, h.places, headerFigures(h, home, drafts));
    // With no body incident the header is all there is: read it like a body line.
    else if (!drafts.length) place(h, false);
    // Otherwise it sums up several incidents (a day's roll) and is left out.
  }
  // An event told with neither a place nor a day cannot be told apart from others nor located: a
  // general statement ("قتلت خلايا التنظيم العشرات من العمال"), a background mention or a source's
  // aside, not an incident (ANNOTATION.md includes events by their place or date). An unplaced
  // toll told only by the dozens ("قتل وجرح عشرات المدنيين بانفجار ألغام في سوريا") is a trend even
  // beside a day, which may be an aside's (ANNOTATION.md excludes aggregates).
  const told = drafts.filter(
    (d) =>
      !accidental(d) &&
      !onlyMissing(d) &&
      !onlyFuneral(d) &&
      (report
        ? d.state.specific
        : (d.places.length > 0 && !onlyBackground(d)) ||
          (d.figures.some((f) => !(f.vague && f.count.min >= DOZENS.min)) && d.units.some((u) => u.dates.length > 0)) ||
          onDayBefore(d, drafts)),
  );
  return told.filter((d) => !sumsUp(d, told));
}

/**
 * "هاجم مسلحون قرية … الخميس، … ولاحقتهم دورية لتقع في كمين", "وفي ذات اليوم، قتل …": an event
 * told as of the day of the dated one before it is dated, though placed by nothing (ANNOTATION.md
 * includes events by their date).
 */
function onDayBefore(d: Draft, drafts: readonly Draft[]): boolean {
  const before = drafts[d.state.order - 1];
  return !!before?.state.date && d.units.some((u) => u.sameDay);
}

/**
 * "قتل 5 أشخاص بحادث سير على طريق …", "توفي 4 أطفال بانفجار أسطوانة غاز": an event every unit of
 * which names an accident, with no word of attack beyond a bare blast, is no violent event
 * (ANNOTATION.md); "انفجار أسطوانة غاز إثر قصف" names the shelling and stays.
 */
function accidental(d: Draft): boolean {
  return d.units.every((u) => hasPhrase(u.read.tokens, u.from, u.to, ACCIDENT_PHRASES) && u.hits.every((h) => stemIn(u.read.tokens[h.tok], BLAST_WORDS)));
}

/**
 * "شيع أهالي القرية جثمان الشاب الذي توفي متأثراً بجراحه": a funeral, with no word of the attack
 * that killed, tells no violent event (ANNOTATION.md: an incident is the attack itself).
 */
function onlyFuneral(d: Draft): boolean {
  return d.units.every((u) => u.hits.length === 0 && hasWord(u.read.tokens, u.from, u.to, FUNERAL_WORDS));
}

/**
 * "فقد الاتصال بمجموعة من العناصر في البادية": people missing, with no word of an attack, are no
 * violent event told (ANNOTATION.md: an incident is an attack; missing people are counted apart).
 */
function onlyMissing(d: Draft): boolean {
  return d.figures.length > 0 && d.figures.every((f) => f.role === "missing") && d.units.every((u) => u.hits.length === 0);
}

/**
 * "شارك المقاتلون في معارك البادية", "اشتباكات بين الطرفين في شرق البلاد": fighting on the ground told with no victims, no day and no place narrower than a region
 * wider than a governorate is the background of the story, not one event (ANNOTATION.md: one
 * violent event at one place and time). Strikes from the air or by guns are incidents even
 * unplaced and without victims (an air-strike series is one incident per place named).
 */
function onlyBackground(d: Draft): boolean {
  const kind = draftClass(d);
  if (kind === "air" || kind === "shell" || d.figures.length > 0 || d.state.specific || d.state.date) return false;
  return draftGov(d) === null;
}

/**
 * "شنت القوات هجوماً على محافظة درعا أوقع ضحايا. وقال مراسل إن عشرة قتلوا في بلدة …": a
 * lede placed only by a governorate, with no number of its own, over events the article places
 * precisely in that governorate, sums them up; it is no event of its own.
 */
function sumsUp(d: Draft, drafts: readonly Draft[]): boolean {
  if (d.state.specific || d.figures.some((f) => !f.vague) || !d.places.every((m) => (m.rank ?? 0) >= GOVERNORATE_RANK)) return false;
  const gov = draftGov(d);
  // (Strikes from the air or by artillery are incidents at each place named, even placed broadly:
  // only strikes of their kind placed precisely are what such a lede sums up.)
  const kind = draftClass(d);
  const sums = (e: Draft) => kind === "ground" || kind === "any" || compatibleClass(kind, draftClass(e));
  return gov !== null && drafts.some((e) => e !== d && e.state.specific && draftGov(e) === gov && sums(e));
}
