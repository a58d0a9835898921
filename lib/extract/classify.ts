/**
 * Incident type, perpetrator and suspicion from the tokens of an incident's clauses.
 */
import type { IncidentType } from "../types";
import { Vocab } from "./vocabulary";
import { normalize } from "../text/normalize";
import {
  AGENT_BEFORE,
  AGENT_VERBS_AFTER,
  GENERIC_HEADS,
  LINKED_HEADS,
  LINKED_WORDS,
  FEUD_ALIASES,
  REMNANT_ALIASES,
  NATIONALITY_ADJECTIVES,
  AIR_NOUNS,
  AIR_SUPPORT_WORDS,
  BYSTANDER_BEFORE,
  AFFILIATION_WORDS,
  ARMED_GROUP_OF,
  GROUP_OF_WORDS,
  MEN_OF_WORDS,
  HIT_OBJECTS,
  UNIT_NOUNS,
  ARMED_GROUP_SUBJECTS,
  ARMED_NON_STATE_AIR,
  ATTRIBUTION_WORDS,
  SHELLING_VERBS_BEFORE,
  SUBJECT_VERBS_BEFORE,
  MEMBER_NOUNS,
  IN,
  TARGETING_VERBS,
  ATTACK_NOUNS,
  PERPETRATOR_ALIASES,
  SUSPICION_WORDS,
  UNKNOWN_GUNMEN,
  VICTIM_BEFORE,
  WAR_REMNANT_WORDS,
  WITH,
  BELONGS_VERBS,
  THAT_PRONOUNS,
  FIRE_SOURCE_WORDS,
  AREA_WORDS,
  CONTROL_WORDS,
  ACCUSE_VERBS,
  type Perpetrator,
} from "./actors";
import { AIR_SUPPORT_REACH_TOKENS, ARREST_SUBJECT_REACH_TOKENS, MAX_ASSASSINATION_VICTIMS, NEGATION_REACH_TOKENS } from "../constants";
import { FUTURE_PHRASES, hasPhrase, negatedAt, wordBefore } from "./cues";
import { PhraseIndex, phraseAt, stemIn, type Token } from "./tokens";
import type { Alias } from "./actors";
import {
  AIR_POWERS,
  ANCHORS,
  NUMBER_TENS,
  NUMBER_UNITS,
  VAGUE_QUANTITIES,
  AIR_STRIKE_QUALIFIERS,
  AT_WORDS,
  FIRE_WORDS,
  AIRCRAFT_WORDS,
  DRONE_ADJECTIVES,
  FIRE_MANNER_REACH_TOKENS,
  FIRE_MANNER_WORDS,
  GROUND_OR_GUN_WORDS,
  GROUP_ASSAULT_WORDS,
  GUNMEN,
  NOT_A_PERSON,
  ONE_OF,
  PEOPLE_GROUPS,
  PERSON_TITLES,
  SHOT_WORDS,
  SNIPER_WORDS,
  BODIES_FOUND,
  CLASH_WEAPONS_REACH_TOKENS,
  DETONATED_VERBS,
  DRONE_WORDS,
  NOT_AIRSTRIKE_AFTER,
  NOT_CLASH_AFTER,
  NOT_SHELLING_BEFORE,
  ONESELF,
  REMNANT_REACH_TOKENS,
  REMNANT_WORDS,
  EARLIER_WORDS,
  ARREST_WORDS,
  EXCHANGE_WORDS,
  EXCHANGE_REACH_TOKENS,
  TYPE_CUES,
} from "./vocab";

/** A token range of one sentence. */
export interface Span {
  tokens: readonly Token[];
  from: number;
  to: number;
  /** The original text of tokens [a, b), for aliases reported as written. */
  original?: (a: number, b: number) => string;
}

/** A type cue found at a token. */
export interface TypeHit {
  type: IncidentType;
  /** Index in TYPE_CUES: lower is more telling. */
  tier: number;
  /** Token index of the cue. */
  tok: number;
  /**
   * "اشتباكات بالطيران المسير": a weapon the clash just named was fought with. It still tells the
   * sentence's kind of strike, but not the incident's type.
   */
  armsClash?: boolean;
}

/** Each cue word with its most telling tier: one lookup per stem instead of one per tier. */
const CUE_TIER = new Map<string, number>();
TYPE_CUES.forEach((cue, tier) => {
  for (const w of cue.words) if (!CUE_TIER.has(w)) CUE_TIER.set(w, tier);
});


/** The first abduction tier and the strong attack tier: an abduction told after an attack is part of it. */
const ABDUCTION_TIER = TYPE_CUES.findIndex((c) => c.type === "abduction");
const ATTACK_TIER = TYPE_CUES.findIndex((c) => c.type === "attack");
const EXPLOSIVE_TIER = TYPE_CUES.findIndex((c) => c.type === "explosive");
const AIRSTRIKE_TIER = TYPE_CUES.findIndex((c) => c.type === "airstrike");
/** The tier of "ضربة": a blow, from the air only when said so. */
const BLOW_TIER = TYPE_CUES.findIndex((c) => c.words.has(normalize("ضربة")));
/** The tier of "اشتباك": a fight between two sides. */
const CLASH_TIER = TYPE_CUES.findIndex((c) => c.words.has(normalize("اشتباك")));
/** "النار", "نار": gunfire, a clash when exchanged. */
const GUNFIRE = new Vocab(["النار", "نار"].map(normalize));
/** Shells or rockets named as the weapon ("بقذائف"): the first shelling cue. */
const SHELL_WEAPON_TIER = TYPE_CUES.findIndex((c) => c.type === "shelling");

const FROM = normalize("من");
/** "مجموعة مسلحة", "قوة عسكرية": adjectives between a unit and the word that ties it to an actor. */
const ARMED_ADJECTIVES = new Vocab(["مسلحة", "مسلح", "عسكرية", "أمنية"].map(normalize));
/** "حملت … المسؤولية لـ X": X is blamed. */
const BLAME_NOUNS = new Vocab(["المسؤولية", "مسؤولية"].map(normalize));
/** "قوات"/"قوى"/"ميليشيا" before a name: part of the mention ("قصفت قوات الأسايش", "هاجمت ميليشيا حزب الله"). */
const FORCE_WORDS = new Vocab(["قوات", "قوى", "قوة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات"].map(normalize));
const BODY_WORDS = new Vocab(["جثث", "جثة", "جثتين", "الجثث"].map(normalize));

/** Every word `typeHits` acts on: most words are passed over by this one lookup per stem. */
const TYPE_WORDS: ReadonlySet<string> = new Vocab([...CUE_TIER.keys(), ...BODIES_FOUND, ...BODY_WORDS, ...ARREST_WORDS]);

/**
 * Whether Israel is named as the one who made the arrest at token `i`: before it in the span
 * ("توغلت قوة إسرائيلية … واعتقلت") or as its subject right after ("اعتقلت قوات الاحتلال").
 */
function israelArrests(tokens: readonly Token[], from: number, i: number, to: number): boolean {
  for (let j = from; j < Math.min(to, i + ARREST_SUBJECT_REACH_TOKENS); j++) if (j !== i && PERPETRATOR_INDEX.matchAt(tokens, j)?.value.name === "Israel") return true;
  return false;
}


/** Whether a shoulder-fired launcher is named at token `i`, quotes skipped ("قذائف “آر بي جي”"). */
function launcherAfter(tokens: readonly Token[], i: number): boolean {
  const at = tokens[i]?.text === '"' ? i + 1 : i;
  return NOT_SHELLING_BEFORE.some((p) => phraseAt(tokens, at, p));
}

/** Whether a remnant word ("مخلفات") comes shortly before token `i`: the strike named there is an old one. */
function oldStrikeAt(tokens: readonly Token[], i: number, from: number): boolean {
  for (let j = i - 1; j >= from && j >= i - REMNANT_REACH_TOKENS; j--) if (stemIn(tokens[j], REMNANT_WORDS)) return true;
  return false;
}

/**
 * Whether "سابق" or "(غير/لم) تنفجر" follows the strike at token `i`, its adjective or its kind
 * ("قصف سابق", "قصف روسي سابق", "قذيفة هاون لم تنفجر").
 */
const earlierStrikeAt = (tokens: readonly Token[], i: number): boolean => [1, 2, 3].some((k) => stemIn(tokens[i + k], EARLIER_WORDS) !== null);

/** Whether a word carries the instrumental "ب" ("بالطيران", "بقذائف"). */
const instrumental = (t: Token): boolean => t.text[0] === "ب" && t.stems.length > 1;

/** Whether the word at i is counted with the instrumental "ب" before it ("بعدد من القذائف", "بعشرات الصواريخ", "بـ 15 قذيفة"). */
function countedWeapon(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.text === FROM ? i - 2 : i - 1;
  const count = tokens[k];
  if (!count) return false;
  if (count.kind === "digits") return tokens[k - 1]?.text === "ب";
  return instrumental(count) && numbered(count);
}

/** The type cues of a span, each with its tier. */
export function typeHits(span: Span): TypeHit[] {
  let hits: TypeHit[] = [];
  const earlier: number[] = [];
  const { tokens, from, to } = span;
  let bodies = false;
  let found = false;
  let supportedAt = Infinity;
  let clashAt = -Infinity;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    // "فجر نفسه", "فجر الانتحاري نفسه": a bomber's own blast.
    if (stemIn(t, DETONATED_VERBS) && (stemIn(tokens[i + 1], ONESELF) || stemIn(tokens[i + 2], ONESELF))) {
      hits.push({ type: "explosive", tier: EXPLOSIVE_TIER, tok: i });
      continue;
    }
    if (!stemIn(t, TYPE_WORDS)) continue;
    if (stemIn(t, BODIES_FOUND)) found = true;
    if (stemIn(t, BODY_WORDS)) bodies = true;
    // The Israeli army's detentions are abductions; a state's arrests are no incident.
    if (stemIn(t, ARREST_WORDS)) {
      if (israelArrests(tokens, from, i, to) && !negatedAt(tokens, i, NEGATION_REACH_TOKENS)) hits.push({ type: "abduction", tier: ABDUCTION_TIER, tok: i });
      continue;
    }
    let tier = -1;
    for (const s of t.stems) {
      const k = CUE_TIER.get(s);
      if (k !== undefined && (tier < 0 || k < tier)) tier = k;
    }
    if (tier < 0) continue;
    // "ضربة جوية", "ضربات إسرائيلية": a blow from the air.
    if (tier === BLOW_TIER && stemIn(tokens[i + 1], AIR_STRIKE_QUALIFIERS)) tier = AIRSTRIKE_TIER;
    // "تبادل لإطلاق النار", "إطلاق نار متبادل": fire exchanged between two sides is a clash.
    if (stemIn(t, GUNFIRE) && (wordBefore(tokens, i, EXCHANGE_REACH_TOKENS, EXCHANGE_WORDS) || stemIn(tokens[i + 1], EXCHANGE_WORDS))) tier = CLASH_TIER;
    const cue0 = TYPE_CUES[tier];
    // "بعدد من القذائف", "بعشرات الصواريخ": counted shells are the weapon too.
    if (cue0.type === "shelling" && tier > SHELL_WEAPON_TIER && countedWeapon(tokens, i)) tier = SHELL_WEAPON_TIER;
    const cue = TYPE_CUES[tier];
    if (cue.type === "clash") clashAt = i;
    // "إنزال جوي" is a raid by helicopter, not a strike from the air.
    if (cue.type === "airstrike" && stemIn(tokens[i - 1], NOT_AIRSTRIKE_AFTER)) continue;
    // "هاجم التنظيم … فتصدت قسد بدعم من طيران التحالف": the aircraft backed the fight told.
    if (cue.type === "airstrike" && airSupportBefore(tokens, i)) {
      supportedAt = Math.min(supportedAt, i);
      continue;
    }
    if (cue.type === "shelling" && launcherAfter(tokens, i + 1)) continue;
    if (cue.type === "explosive" && stemIn(tokens[i - 1], DRONE_WORDS)) continue;
    if (cue.type === "clash" && stemIn(tokens[i - 1], NOT_CLASH_AFTER)) continue;
    const strike = cue.type === "airstrike" || cue.type === "shelling";
    // "انفجار لغم من مخلفات غارة سابقة": the blast is the event, the strike is past.
    if (strike && oldStrikeAt(tokens, i, from)) continue;
    // "اشتباكات بالطيران المسير والأسلحة الثقيلة": the clash's weapons, not a strike of their own.
    const armsClash = strike && instrumental(t) && i - clashAt <= CLASH_WEAPONS_REACH_TOKENS;
    // "لم تقع انتهاكات لوقف إطلاق النار": a denied event.
    if (negatedAt(tokens, i, NEGATION_REACH_TOKENS)) continue;
    // "هجوما مباغتا … في محاولة اختطاف العمال": an abduction during an attack is the attack.
    if (tier === ABDUCTION_TIER && hits.some((h) => h.tier === ATTACK_TIER)) continue;
    if (strike && earlierStrikeAt(tokens, i)) earlier.push(i);
    hits.push(armsClash ? { type: cue.type, tier, tok: i, armsClash } : { type: cue.type, tier, tok: i });
  }
  // "انفجار لغم من مخلفات غارة سابقة": beside a blast, a strike told as earlier left the
  // bomb (the remnant word may be misspelt); alone ("أكبر من الغارات السابقة") it still tells the kind.
  if (earlier.length && hits.some((h) => h.type === "explosive")) hits = hits.filter((h) => !earlier.includes(h.tok));
  // Bodies found dumped (after an abduction) read as an execution; bodies of the missing found
  // after a told attack ("ارتفعت حصيلة الهجوم … بعد العثور على جثث") are that attack's.
  if (found && bodies && !hits.length) hits.push({ type: "execution", tier: TYPE_CUES.findIndex((c) => c.type === "execution"), tok: from });
  // Air support named with no fight told beside it ("سيطرت على المدينة بدعم من الطيران") is all the span says of the air.
  if (supportedAt < to && !hits.length) hits.push({ type: "airstrike", tier: AIRSTRIKE_TIER, tok: supportedAt });
  return hits;
}

/** The most telling hit, or null. */
function bestHit(hits: readonly TypeHit[]): TypeHit | null {
  let best: TypeHit | null = null;
  for (const h of hits) if (!best || h.tier < best.tier) best = h;
  return best;
}

/** The most telling type among hits, or "other". */
export function bestType(hits: readonly TypeHit[]): IncidentType {
  return bestHit(hits)?.type ?? "other";
}

/** Doers that strike only on the ground: their "ضربة" is a blow, not an air strike. */
const GROUND_ONLY: ReadonlySet<Perpetrator> = new Set(["ISIS", "opposition", "other"]);

/**
 * An incident's type from its type cues: the most telling one, except that a "ضربة" said to be
 * from no air force and dealt by a group that has none is a blow ("وجه التنظيم ضربة جديدة").
 */
export function incidentType(hits: readonly TypeHit[], spans: readonly Span[]): IncidentType {
  const best = bestHit(hits.filter((h) => !h.armsClash));
  if (!best) return "other";
  if (best.tier === BLOW_TIER && GROUND_ONLY.has(attribute(spans, "attack", null).perpetrator)) return "attack";
  return best.type;
}

interface ActorHit {
  perp: Perpetrator;
  /** A nationality adjective ("الروسي"): a doer only when its noun makes it one. */
  adjective: boolean;
  /** A feud's sides named ("بين عائلتين"): doers without a verb to say so, of that feud only. */
  feud: boolean;
  /** The old regime's remnants named ("فلول النظام"): doers without a verb to say so. */
  remnant: boolean;
  /** Named as the force that flew ("طيران التحالف"): the doer of a strike, not of a blast or an ambush on the ground. */
  flown: boolean;
  /** The head word of the mention without its article ("فصائل" of "الفصائل المسلحة"). */
  head: string;
  /** After a demonstrative ("تلك الفصائل"): the group named before with the same head. */
  anaphor: boolean;
  score: number;
  order: number;
}

const PERPETRATOR_INDEX = new PhraseIndex(PERPETRATOR_ALIASES.map((a) => ({ words: a.words, value: a })));
const POSITIONS = normalize("مواقع");
// "other" flies too: another state's air force ("سلاح الجو الأردني").
const NATIONAL: ReadonlySet<Perpetrator> = new Set(["Russia", "Turkey", "Israel", "US-led coalition", "Syrian government", "other"]);

/** Whether an agent verb follows the alias ending at `end` within its clause ("داعش شن", "إسرائيل قد شنت"). */
function verbAfter(words: readonly Token[], end: number): boolean {
  for (let j = end; j < end + 3 && j < words.length; j++) {
    if (words[j].kind === "punct") return false;
    // ("داعش بقصف": a word after "ب" or "ل" is a noun, not the verb it is spelt like; "بالوقوف" is listed as written.)
    if (AGENT_VERBS_AFTER.has(words[j].text) || (!nounPrefixed(words[j]) && stemIn(words[j], AGENT_VERBS_AFTER))) return true;
  }
  return false;
}

/**
 * Whether what was hit follows at `end`, at once or after the weapon ("استهدفت قسد حاجزا",
 * "استهدفت قسد بطائرة مسيرة نقطة للجيش"): the active voice, so the actor before is the doer.
 */
function objectAfter(words: readonly Token[], end: number): boolean {
  if (stemIn(words[end], HIT_OBJECTS)) return true;
  if (!words[end] || !instrumental(words[end])) return false;
  // (What was hit is written bare: "بلدة" starts with the letter of "ب" but is no instrumental.)
  return [end + 1, end + 2].some((k) => HIT_OBJECTS.has(words[k]?.text ?? ""));
}

/** Whether an actor is named at `end`, or after one of its men's words ("خلايا داعش", "عناصر من قسد"). */
function accusedAfter(words: readonly Token[], end: number): boolean {
  const k = stemIn(words[end], MEN_OF_WORDS) || stemIn(words[end], ARMED_GROUP_OF) ? (words[end + 1]?.text === FROM ? end + 2 : end + 1) : end;
  return PERPETRATOR_INDEX.matchAt(words, k) !== null;
}

/** Whether a word carries a proclitic only nouns take ("بقصف", "لهجوم"). */
const nounPrefixed = (t: Token): boolean => t.stems.length > 1 && (t.text[0] === "ب" || t.text[0] === "ل");

/** Words that count people or tell their death or wounds ("5", "عشرات", "مقتل", "وإصابة"). */
const COUNTING_WORDS: ReadonlySet<string> = new Vocab([...NUMBER_UNITS.keys(), ...NUMBER_TENS.keys(), ...VAGUE_QUANTITIES.keys(), ...ANCHORS.keys()]);
const counted = (t: Token | undefined): boolean => !!t && (t.kind === "digits" || !!stemIn(t, COUNTING_WORDS));
/** Words that only count ("4", "أربعة", "عشرات"): "خطف عناصر من داعش" is ISIS's act, "4 عناصر من داعش" its losses. */
const NUMBER_WORDS: ReadonlySet<string> = new Vocab([...NUMBER_UNITS.keys(), ...NUMBER_TENS.keys(), ...VAGUE_QUANTITIES.keys()]);
const numbered = (t: Token | undefined): boolean => !!t && (t.kind === "digits" || !!stemIn(t, NUMBER_WORDS));

/**
 * How much the words around the mention [p, end) of `alias` make it the doer (negative: the one hit,
 * or a bystander), and whether they make it the doer only as the force that flew ("طيران التحالف").
 */
function doerScore(words: readonly Token[], mention: number, end: number, alias: Alias<Perpetrator>): { score: number; flown: boolean } {
  // "قامت به دورية تابعة لجيش الاحتلال", "طائرة مسيرة تابعة للجيش التركي": the unit of the actor
  // stands where the actor would, so the words before the unit say what the actor did.
  // ("مجموعة مسلحة تابعة لـ …": an adjective may follow the unit.)
  const unitAt = stemIn(words[mention - 2], UNIT_NOUNS) ? mention - 2 : stemIn(words[mention - 2], ARMED_ADJECTIVES) && stemIn(words[mention - 3], UNIT_NOUNS) ? mention - 3 : -1;
  // ("مسلحين يتبعون لقسد": a verb of belonging ties them too, before "لـ".)
  const tied = AFFILIATION_WORDS.has(words[mention - 1]?.text ?? "") || (stemIn(words[mention - 1], BELONGS_VERBS) !== null && words[mention].text[0] === "ل");
  const unit = tied && unitAt >= 0 && words[mention - 1]?.text !== FROM;
  // "برصاص دورية لقسد", "برصاص حاجز لقوات الحكومة": the unit tied to the actor by "لـ" alone.
  const lamUnit = !unit && stemIn(words[mention - 1], UNIT_NOUNS) !== null && (words[mention].text[0] === "ل" && words[mention].stems.length > 1);
  const p = unit ? unitAt : lamUnit ? mention - 1 : mention;
  let score = 0;
  // "اتهمت قسد خلايا داعش بالوقوف خلف الهجوم", "حملت الوزارة قسد المسؤولية": the actor right after
  // the verb accuses, the one after it is accused.
  if (stemIn(words[p - 1], ACCUSE_VERBS) && accusedAfter(words, end)) return { score: -1, flown: false };
  // "مقتل 5 من مسلحي قسد": a group's losses (not "يعتقد أنهم من عناصر داعش").
  if (words[mention - 2]?.text === FROM && stemIn(words[mention - 1], GROUP_OF_WORDS) && counted(words[mention - 3])) return { score: -2, flown: false };
  // "استهداف الاحتلال التركي قافلة", "استهدفت قسد حاجزا": the attack's subject, then what it hit.
  if ((stemIn(words[mention - 1], ATTACK_NOUNS) || stemIn(words[mention - 1], TARGETING_VERBS)) && objectAfter(words, end)) score += 2;
  const before = [words[p - 1], words[p - 2]];
  if (before.some((t) => stemIn(t, AGENT_BEFORE)) || stemIn(words[p - 1], SHELLING_VERBS_BEFORE) || stemIn(words[p - 1], SUBJECT_VERBS_BEFORE)) score += 2;
  // "بهجوم لـ تنظيم الدولة", "هجوم لداعش": ل after an attack noun names the doer; so does ل after
  // the blame ("حملت الوزارة المسؤولية لـ خلايا داعش").
  const lam = words[p - 1]?.text === "ل" ? 2 : words[p].text[0] === "ل" && words[p].stems.length > 1 ? 1 : 0;
  // (An adjective may sit between: "قصف مدفعي لقوات النظام", "هجوم مباغت لداعش".)
  if (lam && [words[p - lam], words[p - lam - 1]].some((t) => stemIn(t, ATTACK_NOUNS) || stemIn(t, BLAME_NOUNS))) score += 2;
  if (verbAfter(words, end)) score += 2;
  // "اعتقلت قوات الاحتلال …", "قوات إسرائيلية اعتقلت …": who detained (an incident only for Israel's army, see typeHits).
  else if (alias.name === "Israel" && (stemIn(words[p - 1], ARREST_WORDS) || stemIn(words[end], ARREST_WORDS))) score += 2;
  // "هاجم مسلحون من العشائر", "شنته مجموعة من فلول النظام", "قصف شنه عناصر من الجيش": gunmen
  // drawn from the actor, after the verb or noun of the attack ("قتل مقاتلين من …" are its losses).
  // (After a bare verb only a subject's case says so: "هاجم مسلحون من", not "استهدف عناصر من".)
  if (words[p - 1]?.text === FROM && stemIn(words[p - 2], ARMED_GROUP_OF)) {
    if (stemIn(words[p - 3], AGENT_BEFORE) || stemIn(words[p - 3], ATTACK_NOUNS) || stemIn(words[p - 3], SUBJECT_VERBS_BEFORE) || (stemIn(words[p - 2], ARMED_GROUP_SUBJECTS) && stemIn(words[p - 3], AGENT_VERBS_AFTER))) score += 4;
  }
  // "طائرات حربية يرجح أنها روسية": the air noun stands before the suspicion.
  const believedAt = stemIn(words[p - 1], THAT_PRONOUNS) && stemIn(words[p - 2], SUSPICION_WORDS) ? p - 2 : p;
  // ("مسيرة نقطة للجيش السوري", "مسيرة على قاعدة للتحالف": a post or base named between, or "على",
  // the actor's post was the one hit.)
  const airAt = [believedAt - 1, believedAt - 2, believedAt - 3].find((j) => stemIn(words[j], AIR_NOUNS) && !words.slice(j + 1, believedAt).some((t) => stemIn(t, HIT_OBJECTS) || stemIn(t, VICTIM_BEFORE)));
  // ("بدعم من طيران التحالف": the air force only backed the fight.)
  const flown = NATIONAL.has(alias.name) && airAt !== undefined && !airSupportBefore(words, airAt);
  if (NATIONAL.has(alias.name) && airAt !== undefined) score += flown ? 3 : -1;
  // "قصف إسرائيلي", "هجمات تركية": the attack's nationality is its doer.
  else if (NATIONALITY_ADJECTIVES.has(alias.text) && [words[p - 1], words[p - 2]].some((t) => stemIn(t, ATTACK_NOUNS))) score += 2;
  // "ضد داعش", "عناصر من قوات النظام", "10 من قوات النظام", "4 مسلحين من قسد": the actor is the one hit
  // (not after "تتبع لـ", belonging: "مجموعة يعتقد أنها تتبع لتنظيم داعش").
  const belongs = stemIn(words[p - 1], BELONGS_VERBS) && words[p].text[0] === "ل";
  // "برصاص جنود الاحتلال", "على يد عناصر قسد": the men named after the bullet or the hand fired.
  const shooters = stemIn(words[p - 1], VICTIM_BEFORE) && stemIn(words[p - 1], MEN_OF_WORDS) && stemIn(words[p - 2], AGENT_BEFORE);
  if ((stemIn(words[p - 1], VICTIM_BEFORE) && !belongs && !shooters) || (words[p - 1]?.text === FROM && (stemIn(words[p - 2], VICTIM_BEFORE) || counted(words[p - 2]) || (stemIn(words[p - 2], ARMED_GROUP_OF) && numbered(words[p - 3]))))) score -= 2;
  // "بقصف مدفعي من قوات النظام", "جراء هجوم من خلايا داعش": the attack came from the actor.
  else if (words[p - 1]?.text === FROM && (stemIn(words[p - 2], ATTACK_NOUNS) || stemIn(words[p - 3], ATTACK_NOUNS))) score += 2;
  // "قرب أحد مقرات مرتزقة الاحتلال التركي", "مواقع مسلحي التنظيم": the post of the actor's men was hit.
  if (stemIn(words[p - 2], VICTIM_BEFORE) && stemIn(words[p - 1], MEN_OF_WORDS)) score -= 4;
  // "مقتل قيادي في داعش": one of the actor's men was hit.
  if (words[p - 1]?.text === IN && stemIn(words[p - 2], MEMBER_NOUNS)) score -= 2;
  // "المركز الروسي للمصالحة", "مناطق سيطرة الجيش السوري": a reporter or a ruler of the area, not a doer.
  if (stemIn(words[p - 1], BYSTANDER_BEFORE)) score -= 1;
  // "مخلفات المعارك مع تنظيم داعش": a side in past battles, not the doer.
  // (Also the second alias of "مع تنظيم داعش".)
  if ([p - 1, p - 2].some((j) => words[j]?.text === WITH && stemIn(words[j - 1], WAR_REMNANT_WORDS) && stemIn(words[j - 2], WAR_REMNANT_WORDS))) score -= 2;
  // "قصف مصدره مناطق سيطرة قسد": fire came from the actor's areas.
  if (stemIn(words[p - 1], CONTROL_WORDS) && stemIn(words[p - 2], AREA_WORDS) && (stemIn(words[p - 3], FIRE_SOURCE_WORDS) || stemIn(words[p - 4], FIRE_SOURCE_WORDS))) score += 4;
  // "من مواقع جبهة النصرة": fire came from there.
  if (words[p - 1]?.text === POSITIONS && words[p - 2]?.text === FROM) score += 4;
  return { score, flown };
}

/** Whether support is named shortly before token `i` ("بدعم من طيران التحالف", "غطاء جوي"), in its clause. */
function airSupportBefore(tokens: readonly Token[], i: number): boolean {
  return wordBefore(tokens, i, AIR_SUPPORT_REACH_TOKENS, AIR_SUPPORT_WORDS);
}

/** Actor mentions of a span, scored: positive when the text makes them the doer. */
function actorHits(span: Span, order0: number): ActorHit[] {
  // Quotes split aliases ("تنظيم “الدولة”"): read the words without them.
  const idx: number[] = [];
  for (let i = span.from; i < span.to; i++) if (span.tokens[i].text !== '"' && span.tokens[i].text !== "'") idx.push(i);
  const words = idx.map((i) => span.tokens[i]);
  const hits: ActorHit[] = [];
  for (let p = 0; p < words.length; p++) {
    const first = PERPETRATOR_INDEX.matchAt(words, p)?.value;
    if (!first) continue;
    // "قصفت قوات الأسايش": "قوات" before a name is part of the mention.
    const start = stemIn(words[p - 1], FORCE_WORDS) ? p - 1 : p;
    let alias = first;
    let end = p + first.words.length;
    // "تنظيم “PKK/YPG”", "طائرات الاحتلال الصهيوني": the alias after a generic head names the actor.
    const after = GENERIC_HEADS.has(first.text) ? PERPETRATOR_INDEX.matchAt(words, end)?.value : undefined;
    if (after) {
      alias = after;
      end += after.words.length;
    }
    // "فصائل تابعة للحكومة السورية", "الفصائل الموالية لتركيا": factions tied to an actor are that actor's.
    // ("الفصائل المدعومة من تركيا": "من" may stand between.)
    const patronAt = words[end + 1]?.text === FROM ? end + 2 : end + 1;
    const patron = LINKED_HEADS.has(alias.text) && stemIn(words[end], LINKED_WORDS) ? PERPETRATOR_INDEX.matchAt(words, patronAt)?.value : undefined;
    if (patron && patron.name !== alias.name) {
      alias = patron;
      end = patronAt + patron.words.length;
    }
    // "قوات الأمن الداخلي (الأسايش)": the name in brackets says which force.
    const bracketed = words[end]?.text === "(" ? PERPETRATOR_INDEX.matchAt(words, end + 1)?.value : undefined;
    if (bracketed && bracketed.name !== alias.name) {
      alias = bracketed;
      end += 1 + bracketed.words.length + (words[end + 1 + bracketed.words.length]?.text === ")" ? 1 : 0);
    }
    const adjective = alias === first && NATIONALITY_ADJECTIVES.has(alias.text);
    const { score, flown } = doerScore(words, start, end, alias);
    const head = first.words[0].replace(/^ال/, "");
    const anaphor = stemIn(words[start - 1], DEMONSTRATIVES) !== null;
    hits.push({ perp: alias.name, adjective, feud: FEUD_ALIASES.has(alias.text), remnant: REMNANT_ALIASES.has(alias.text), flown, head, anaphor, score, order: order0 + p });
    p = end - 1;
  }
  return hits;
}

/** "تلك الفصائل", "هذه الخلايا": a group named again by its head after a demonstrative. */
const DEMONSTRATIVES = new Vocab(["تلك", "هذه", "ذلك", "هذا", "هؤلاء", "أولئك"].map(normalize));

/**
 * "عناصر الفصائل المسلحة المرتبطة بالحكومة … وأوضحت أن تلك الفصائل شنت هجوماً": a group named again
 * after a demonstrative is the one named before with the same head, whoever that was tied to.
 */
function resolveAnaphora(hits: ActorHit[]): ActorHit[] {
  return hits.map((h) => {
    if (!h.anaphor) return h;
    let antecedent: ActorHit | undefined;
    for (const g of hits) if (!g.anaphor && g.head === h.head && g.order < h.order) antecedent = g;
    return antecedent ? { ...h, perp: antecedent.perp } : h;
  });
}

/** Every word that says the doer is only believed or unknown: most words are passed over by this one lookup. */
const DOUBT_WORDS: ReadonlySet<string> = new Vocab([...SUSPICION_WORDS, ...UNKNOWN_GUNMEN]);

/** Who did it, and whether the text only believes so. */
export interface Attribution {
  perpetrator: Perpetrator;
  suspected: boolean;
}

/**
 * Who did it: the best-scored doer among the spans; for air strikes only states fly (else
 * `inheritedAir`, the doer of the article's previous air strike, or unknown); otherwise ISIS
 * when the group is named and not as the target, then unknown gunmen, then unknown.
 */
export function attribute(spans: readonly Span[], type: IncidentType, inheritedAir: Perpetrator | null): Attribution {
  const hits = resolveAnaphora(spans.flatMap((s, k) => actorHits(s, k * 10_000)));
  let suspected = false;
  let gunmen = false;
  for (const s of spans) {
    for (let i = s.from; i < s.to; i++) {
      if (!stemIn(s.tokens[i], DOUBT_WORDS)) continue;
      if (stemIn(s.tokens[i], SUSPICION_WORDS)) suspected = true;
      if (stemIn(s.tokens[i], UNKNOWN_GUNMEN)) gunmen = true;
    }
  }
  const air = type === "airstrike" || type === "shelling";
  // Only states and a few armed groups fly; anyone may fire shells, if the text says so ("بقصف للميليشيات الإيرانية").
  const pool = hits.filter((h) => (type === "airstrike" ? NATIONAL.has(h.perp) || ARMED_NON_STATE_AIR.has(h.perp) || h.perp === "opposition" || h.perp === "unknown" : true));
  // (A blast, an ambush, a killing of captives, a kidnapping or a shooting is done on the ground: an air
  // force named beside it, backing the fight it told, did not do it.)
  const best = pool
    .filter((h) => h.perp !== "unknown" && h.score > 0 && !(h.flown && GROUND_TYPES.has(type)))
    .sort((a, b) => b.score - a.score || a.order - b.order)[0];
  if (best) return { perpetrator: best.perp, suspected };
  // "كثفت إسرائيل هجماتها … وشنت غارات": a state named in an air strike's sentences, not as its
  // target, flew it.
  const flier = type === "airstrike" ? pool.filter((h) => h.score >= 0 && !h.adjective && NATIONAL.has(h.perp)).sort((a, b) => a.order - b.order)[0] : undefined;
  if (flier) return { perpetrator: flier.perp, suspected };
  // Only air strikes inherit: another strike told in the same article by the same air force.
  if (air) return { perpetrator: type === "airstrike" ? inheritedAir ?? "unknown" : "unknown", suspected: false };
  // "اشتباكات بين قوات النظام وهيئة تحرير الشام": a clash between a state's forces and one armed
  // group is told as that group's fight.
  if (type === "clash") {
    const sides = new Set(hits.filter((h) => h.score >= 0 && !h.feud && NON_STATE_DOERS.has(h.perp)).map((h) => h.perp));
    if (sides.size === 1) return { perpetrator: [...sides][0], suspected };
  }
  if (hits.some((h) => h.perp === "ISIS" && h.score >= 0)) return { perpetrator: "ISIS", suspected };
  // "اشتباك بين عائلتين", "نزاع عشائري", "هجوم لفلول النظام": a feud's sides and the old regime's remnants are its doers.
  if (hits.some((h) => (h.feud || h.remnant) && h.score >= 0)) return { perpetrator: "other", suspected };
  return { perpetrator: "unknown", suspected: suspected || gunmen };
}

/** Kinds of incident done on the ground only (ANNOTATION.md: a drone or aircraft makes an airstrike). */
const GROUND_TYPES: ReadonlySet<IncidentType> = new Set(["explosive", "ambush", "execution", "abduction", "assassination"]);

/** Armed groups that are not states: the doers an article may name once for all its ground attacks. */
export const NON_STATE_DOERS: ReadonlySet<string> = new Set<Perpetrator>(["ISIS", "SDF", "opposition", "other", "Iran-backed militias"]);

/** Whether a sentence believes someone behind attacks ("يعتقد أن خلايا داعش تقف خلفها", "يشتبه بارتباطهم بالهجوم"). */
export function attributesAttacks(r: { tokens: readonly Token[] }): boolean {
  let believed = false;
  let behind = false;
  for (const t of r.tokens) {
    if (stemIn(t, SUSPICION_WORDS)) believed = true;
    if (stemIn(t, ATTRIBUTION_WORDS)) behind = true;
  }
  return believed && behind;
}

/**
 * The one non-state armed group an article names as a doer anywhere ("شن عناصر داعش ثلاث
 * هجمات …", "ويعتقد أن خلايا داعش تقف خلف هذه الحوادث"), or null when it names none or several.
 * An attack the article tells without a doer of its own is, as far as the text lets one know, theirs.
 */
export function contextDoer(spans: readonly Span[]): Perpetrator | null {
  let found: Perpetrator | null = null;
  for (const [k, span] of spans.entries()) {
    // "وكان التنظيم قد توعد بشن هجمات": a threat names no doer.
    if (hasPhrase(span.tokens, span.from, span.to, FUTURE_PHRASES)) continue;
    for (const h of actorHits(span, k * 10_000)) {
      // (A feud's sides did that feud, not the article's other attacks.)
      if (h.feud || !NON_STATE_DOERS.has(h.perp) || !(h.score > 0 || (h.score === 0 && (h.perp === "ISIS" || h.remnant)))) continue;
      if (found && found !== h.perp) return null;
      found = h.perp;
    }
  }
  return found;
}

/**
 * How a span tells gunfire at people: "aimed" when fire was opened at a person ("أطلقوا النار عليه",
 * "النار على الشابين"), "shot" for bullets alone ("برصاص مجهولين"), or null.
 */
function gunfireAt(span: Span): "aimed" | "shot" | null {
  const { tokens, from, to } = span;
  let shot = false;
  for (let i = from; i < to; i++) {
    if (stemIn(tokens[i], SHOT_WORDS)) shot = true;
    if (!stemIn(tokens[i], FIRE_WORDS)) continue;
    let at = i + 1;
    while (at - i <= FIRE_MANNER_REACH_TOKENS && stemIn(tokens[at], FIRE_MANNER_WORDS)) at++;
    if (stemIn(tokens[at], AT_WORDS) && (tokens[at].stems.includes(normalize("على")) ? !stemIn(tokens[at + 1], NOT_A_PERSON) : true)) return "aimed";
  }
  return shot ? "shot" : null;
}

/** Whether a span names a drone ("طائرة مسيرة", "بطائرتين مسيرتين"). */
function namesDrone({ tokens, from, to }: Span): boolean {
  for (let i = from; i < to - 1; i++) if (stemIn(tokens[i], AIRCRAFT_WORDS) && stemIn(tokens[i + 1], DRONE_ADJECTIVES)) return true;
  return false;
}

/** Whether a span names what is not one person (a post, a vehicle, a group), "أحد عناصر …" aside. */
const namesNonPerson = (spans: readonly Span[]): boolean =>
  spans.some(({ tokens, from, to }) => {
    for (let i = from; i < to; i++) if (stemIn(tokens[i], NOT_A_PERSON) && !(stemIn(tokens[i], PEOPLE_GROUPS) && stemIn(tokens[i - 1], ONE_OF))) return true;
    return false;
  });

/** Whether any span holds a word of `words`. */
const spansHave = (spans: readonly Span[], words: ReadonlySet<string>): boolean =>
  spans.some((s) => {
    for (let i = s.from; i < s.to; i++) if (stemIn(s.tokens[i], words)) return true;
    return false;
  });

/**
 * The type once the doer and the toll are known:
 * - one or two people shot, or a notable killed by gunmen, with no assault on a group and no post
 *   or vehicle hit, is an assassination ("قتل مسلحون قياديا في الأمن", "قتل شاب برصاص
 *   مجهولين", "أطلق مسلحون النار على مختار البلدة");
 * - gunmen's assault stays an attack whatever it fired ("شن مسلحون هجوما بقذائف الهاون");
 * - an attack by an air power told with no ground or gun word is an air strike ("هجمات إسرائيلية
 *   على دمشق"); its "قصف" stays shelling, as rockets and guns fire from the ground too.
 * `victims`: how many were killed or wounded at most, null when unknown or open.
 */
export function refineType(type: IncidentType, spans: readonly Span[], perpetrator: Perpetrator, victims: number | null): IncidentType {
  if (type === "attack" && (AIR_POWERS.has(perpetrator) || spans.some(namesDrone)) && !spansHave(spans, GROUND_OR_GUN_WORDS)) return "airstrike";
  // "شن مسلحون هجوما بقذائف الهاون على موقع": gunmen's assault, whatever it fired.
  if (type === "shelling" && spansHave(spans, GUNMEN) && spansHave(spans, GROUP_ASSAULT_WORDS)) return "attack";
  // (Two people only when fire was opened at them: "قتل عنصر وأصيب آخر برصاص مسلحين" is an attack.)
  const fire = spans.map(gunfireAt);
  const aimed = fire.includes("aimed");
  const targeted = aimed || fire.includes("shot") || (spansHave(spans, GUNMEN) && spansHave(spans, PERSON_TITLES));
  const few = victims !== null && (victims <= 1 || (aimed && victims <= MAX_ASSASSINATION_VICTIMS));
  if ((type === "attack" || type === "other") && few && targeted && !spansHave(spans, GROUP_ASSAULT_WORDS) && !spansHave(spans, SNIPER_WORDS) && !namesNonPerson(spans)) return "assassination";
  // "منها قتل وأسر 13 عنصراً" by a named armed group, with no weapon or manner told: an armed assault
  // (ANNOTATION.md: attack), not a death of unknown cause.
  if (type === "other" && perpetrator !== "unknown") return "attack";
  return type;
}
