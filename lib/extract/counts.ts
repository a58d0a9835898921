/**
 * Casualty figures of one sentence: finds the words that say killed / wounded / both /
 * captured / missing, and ties each to the quantity phrase it is about.
 */
import type { Count } from "../types";
import { Vocab } from "./vocabulary";
import {
  ANCHOR_BACKWARD_TOKENS,
  ANCHOR_FORWARD_TOKENS,
  MET_DEATH_WINDOW_TOKENS,
  NEGATION_REACH_TOKENS,
  RISING_TOLL_WINDOW_TOKENS,
  TOLL_WINDOW_TOKENS,
} from "../constants";
import { normalize } from "../text/normalize";
import { readNumber } from "./numbers";
import { boundAt, findQuantities, sumCounts, type Quantity } from "./quantities";
import { ANAPHORIC_EVENT_NOUNS, CASUALTY_NEGATIONS, negatedAt } from "./cues";
import { HARD_STOP, cutToken, stemGet, stemIn, type Token } from "./tokens";
import { HEADS } from "../places/vocab";
import {
  ANCHORS,
  COMBINED_FIRST,
  COMBINED_NOUNS,
  COMBINED_NOUN_SECOND,
  COMBINED_SECOND,
  DEATH_NOUN_PREFIXES,
  LIFE_TAKING_VERBS,
  LIFE_WORDS,
  VAGUE_QUANTITIES,
  FELL_VICTIM_VERBS,
  VICTIM_OF_NOUNS,
  MET_DEATH_VERBS,
  PLURAL_RELATIVES,
  AMONG,
  ALSO_WORDS,
  LATEST_OF_THEM,
  OTHER_WORDS,
  SELF_BLAST_OBJECTS,
  SELF_BLAST_VERBS,
  UNKNOWN_DOER,
  VICTIM_SUFFIXED,
  WIPE_OUT_ON,
  WIPE_OUT_VERBS,
  TYPE_CUES,
  type AnchorWord,
  type Role,
} from "./vocab";

/** The roles an incident's counts are kept under. */
export type CountRole = "killed" | "wounded" | "killedOrWounded" | "captured" | "missing";
/** The count roles in the order an incident lists them. */
export const COUNT_ROLES: readonly CountRole[] = ["killed", "wounded", "killedOrWounded", "captured", "missing"];

/** One casualty figure of a sentence: a role, a count and how much it can be trusted. */
export interface Figure {
  role: CountRole;
  count: Count;
  /** Told without a number ("قتلى", "عدد من"): loses to numeric figures of the same role. */
  vague: boolean;
  /** A toll that "rose to" N: replaces the smaller figures it updates. */
  final: boolean;
  /** "ارتفع عدد ضحايا القصف على سراقب إلى تسعة": a risen toll, which refers back to an event already told. */
  update?: boolean;
  /** Counted as "آخر"/"آخران" (more victims): a sign of another event. */
  another: boolean;
  /**
   * "وأضاف أن الهجوم أسفر أيضاً عن مقتل ثلاثة مدنيين": victims the event caused besides those a
   * sentence before counted; added to that figure (tally).
   */
  besides?: boolean;
  /** Told as an earlier or first toll ("في حصيلة أولية", "وفقاً للتقارير الأولية"): a risen toll replaces it. */
  earlier?: boolean;
  /** A named victim's name: two names are two people. */
  name?: string;
  /** Some of a group already counted ("أحد العناصر", "ثلاثة من القتلى"): yields to any other figure. */
  part?: boolean;
  /** "أحد العمال": the part is one person of a group of the living (see Quantity.onePerson). */
  onePerson?: boolean;
  /** The attackers' own dead: a group of its own, added to the victims' count (tally). */
  attackers?: boolean;
  /** One incident's share of a total over several ({1, total − others}): yields to the incident's own figures. */
  shared?: boolean;
  /** The total a share was taken from: the same total told again elsewhere is no figure of this incident's own. */
  total?: Count;
  /**
   * "مقتل 3 في أ و2 في ب" outside a bombardment: the toll told for each place (its name's first
   * word, normalized), for the split of an air-strike series; `count` keeps the first.
   */
  byPlace?: Array<{ word: string; count: Count }>;
  /** Token range of the anchor and its quantity. */
  tokenStart: number;
  tokenEnd: number;
  /** Token of the word that says what happened (قتلوا، مقتل، قتلى). */
  at: number;
}

interface Anchor extends AnchorWord {
  start: number;
  end: number;
  /** "قتل وجرح" (verb) can split into a killed subject and a wounded "آخر". */
  combinedVerb: boolean;
  /** Its pronoun suffix is the victim ("إصابته"). */
  suffixed?: boolean;
}

const OR = normalize("أو");
const KILL_VERB = normalize("قتل");
const KILLED_THEY = normalize("قتلوا");
/** The ending of a verb whose subject is "they" ("أصيبوا"). */
const THEY_SUFFIX = "وا";
const SUCCUMBED_PREFIXES = [normalize("متأثر")];
/** "محاولة اغتيال": an attempt, before a word of killing. */
const ATTEMPT_WORDS = new Vocab(["محاولة", "محاولات", "محاولتي", "محاولتين"].map(normalize));
/** Words a wound of the dead follows ("بعد إصابته", "إثر إصابتها"). */
const AFTER_WOUND_WORDS = new Vocab(["بعد", "إثر", "جراء", "عقب", "نتيجة"].map(normalize));
/** How far before "بعد إصابته" the death it explains may be told ("لفظ شاب أنفاسه الأخيرة بعد"). */
const DIED_BEFORE_WOUND_TOKENS = 6;

/** Whether an anchor of the killed ends shortly before token i, in the same clause. */
function diedJustBefore(tokens: readonly Token[], anchors: readonly Anchor[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - DIED_BEFORE_WOUND_TOKENS; j--) {
    if (tokens[j].kind === "punct") return false;
    if (anchors.some((k) => k.role === "killed" && k.start === j)) return true;
  }
  return false;
}
const TOLL_WORDS = new Vocab(["حصيلة", "تعداد", "عدد", "حصيلتها"].map(normalize));
/**
 * A toll that rose with no casualty noun counts the dead: "متابعة | ارتفاع الحصيلة إلى 6",
 * "ارتفعت حصيلة الهجوم على الحاجز إلى 6". Only حصيلة: "عدد" and "تعداد" count anything.
 */
const BARE_TOLL_WORDS = new Vocab(["حصيلة", "الحصيلة", "حصيلتها"].map(normalize));
/** The casualty nouns a toll counts ("حصيلة القتلى", "عدد المصابين"), by role. */
const TOLL_NOUNS: ReadonlyMap<string, CountRole> = new Map([
  ...["القتلى", "قتلى", "ضحايا", "الضحايا", "الشهداء", "شهداء"].map((w) => [normalize(w), "killed"] as const),
  ...["الجرحى", "جرحى", "المصابين", "مصابين", "الإصابات", "إصابات"].map((w) => [normalize(w), "wounded"] as const),
]);
/** Verbs of a toll that rose: its figure replaces the smaller ones it updates (also the headline's "ارتفاع"). */
const RISE_PREFIXES = ["ارتفع", "ارتفاع", "وارتفاع", "لترتفع", "ليرتفع", "يرتفع", "وارتفع",
  // "قبل أن تزداد حصيلة الضحايا لتصل إلى 17": grew.
  "تزداد", "يزداد", "ازدادت", "ازداد", "لتزداد", "ليزداد", "زادت", "تضاعفت"].map(normalize);
/** Verbs a toll's number follows ("بلغ 11"); "بلغت 22" next to another source's 18 is a second figure, not an update. */
const REACH_PREFIXES = [
  ...RISE_PREFIXES,
  ...["وصل", "ووصل", "بلغ", "وبلغ", "لتصل", "ليصل"].map(normalize),
  // "عدد الجرحى يتراوح بين أربعة وستة": a range follows.
  ...["يتراوح", "تتراوح", "تراوح"].map(normalize),
];
const TO = normalize("إلى");
/** "إنه", "أنها": "that he/she", the subject of the verb after them. */
const PRONOUN_SUBJECTS = new Vocab(["إنه", "أنه", "إنها", "أنها", "بأنه", "بأنها"].map(normalize));
/** Words of time between a bare toll and its "إلى" ("ارتفعت الحصيلة لاحقاً إلى 8"). */
const TOLL_TIME_WORDS = new Vocab(["لاحقا", "اليوم", "الآن", "مجددا", "مساء", "صباحا"].map(normalize));
/** How far before "إلى" the verb of a risen toll may stand ("ارتفع من 15 إلى 17 قتيلاً"). */
const RISE_FROM_REACH_TOKENS = 4;
/** After a verbal noun, these show that no victim follows ("مقتل في …"). */
const NOT_A_VICTIM = new Vocab(
  ["في", "من", "على", "خلال", "جراء", "إثر", "بعد", "قبل", "عن", "إلى", "أو", "و", "أثناء", "بسبب", "وسط", "مع", "لدى", "ضمن", "بين", "منذ", "حتى", "التي", "الذي", "هذا", "هذه", "ذلك", "قرب", "بالقرب"].map(normalize),
);

function startsWithAny(tok: Token | undefined, prefixes: readonly string[]): boolean {
  if (!tok || tok.kind !== "word") return false;
  for (const s of tok.stems) for (const p of prefixes) if (s.startsWith(p)) return true;
  return false;
}

/** Whether a token before `i`, at most `reach` back, starts with one of `prefixes`. */
function prefixBefore(tokens: readonly Token[], i: number, reach: number, prefixes: readonly string[]): boolean {
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) if (startsWithAny(tokens[j], prefixes)) return true;
  return false;
}

/** "ارتفعت الحصيلة إلى 6", "الحصيلة ارتفعت إلى", "ارتفاع حصيلة الهجوم …": a risen toll of the dead with no noun of whom. */
function isBareToll(tokens: readonly Token[], i: number, risingBefore: boolean): boolean {
  if (!stemIn(tokens[i], BARE_TOLL_WORDS)) return false;
  let next = tokens[i + 1];
  if (startsWithAny(next, RISE_PREFIXES)) return true;
  // "ارتفعت الحصيلة لاحقاً إلى 8", "ارتفعت الحصيلة اليوم إلى 8": a word of time may stand between.
  if (stemIn(next, TOLL_TIME_WORDS)) next = tokens[i + 2];
  return risingBefore && (next === undefined || next.text === TO || stemIn(next, ANAPHORIC_EVENT_NOUNS) !== null);
}

/** How far before a toll word "ارتفع إلى N" may end ("ارتفع إلى 50 عدد القتلى", "إلى 50 أمس عدد …"). */
const RISEN_BEFORE_REACH_TOKENS = 2;

/** "ارتفع إلى 50 عدد القتلى": the number a toll rose to, told before the toll word at i, or null. */
function risenBefore(tokens: readonly Token[], i: number): { count: Count; at: number } | null {
  for (let j = i - 2; j >= 1 && j >= i - 2 - RISEN_BEFORE_REACH_TOKENS; j--) {
    if (tokens[j].text !== TO || !startsWithAny(tokens[j - 1], RISE_PREFIXES)) continue;
    const n = readNumber(tokens, j + 1);
    if (!n || n.end > i || i - n.end > RISEN_BEFORE_REACH_TOKENS) return null;
    return { count: { min: n.value, max: n.value }, at: j + 1 };
  }
  return null;
}

/** "بالعشرات": by the dozens; only dozens and more are told so (not "بعدد"). */
const BY_THE = normalize("بال");
const MANY_MIN = 20;
/** How many words of a subject may stand between "أودى" and "بحياة" ("أودى القصف على بلدة … بحياة"). */
const LIFE_SUBJECT_TOKENS = 8;
/** Every word an anchor may start with. */
const ANCHOR_STARTERS: ReadonlySet<string> = new Vocab([...COMBINED_FIRST, ...MET_DEATH_VERBS.keys(), ...LIFE_TAKING_VERBS, ...FELL_VICTIM_VERBS, ...WIPE_OUT_VERBS, ...ANCHORS.keys()]);
/** How many words of a subject may sit between "قضت" and "على" ("قضت وحدات من الجيش على"). */
const WIPE_OUT_SUBJECT_TOKENS = 3;

/** "قضت القوات على …": the anchor ends after "على", so the count is looked for after it and the subject is skipped. */
function wipeOutAt(tokens: readonly Token[], i: number): Anchor | null {
  for (let j = i + 1; j <= i + 1 + WIPE_OUT_SUBJECT_TOKENS && j < tokens.length; j++) {
    const t = tokens[j];
    // "قضى 3 عناصر على الطريق": a number before "على" is who died, not the idiom.
    if (t.kind !== "word" || readNumber(tokens, j)) return null;
    if (stemIn(t, WIPE_OUT_ON)) return { role: "killed", form: "noun", alone: "none", start: i, end: j + 1, combinedVerb: false };
  }
  return null;
}
/** Every word a toll, an anchor or "كان آخرهم" may start with: the sentence is scanned for them once. */
const FIGURE_STARTERS: ReadonlySet<string> = new Vocab([...TOLL_WORDS, ...BARE_TOLL_WORDS, ...ANCHOR_STARTERS, ...LATEST_OF_THEM, ...SELF_BLAST_VERBS]);

function anchorAt(tokens: readonly Token[], i: number): Anchor | null {
  const t = tokens[i];
  if (t.kind !== "word" || !stemIn(t, ANCHOR_STARTERS)) return null;
  // Combined: "مقتل وإصابة", "قتل وجرح", "مقتل أو إصابة", "بين قتيل وجريح", "قتل وأسر".
  const first = stemIn(t, COMBINED_FIRST);
  if (first) {
    const n1 = tokens[i + 1];
    let role: Role | undefined;
    let end = i + 2;
    if (n1?.kind === "word" && n1.text[0] === "و" && n1.text.length > 2) role = COMBINED_SECOND.get(n1.text.slice(1));
    else if (n1?.text === OR) {
      role = stemGet(tokens[i + 2], COMBINED_SECOND);
      end = i + 3;
    }
    // Counted nouns are one figure only after "بين" ("العشرات بين قتيل وجريح"; after a number the
    // quantity holds them): "سقوط قتيل وجريح" is one of each, "سقوط قتيل وإصابة 3" two figures.
    if (role && COMBINED_NOUNS.has(first) && (!stemIn(tokens[i - 1], AMONG) || !stemIn(tokens[end - 1], COMBINED_NOUN_SECOND))) role = undefined;
    // "14 مدنياً قتلوا وأصيب 19 آخرون": "قتلوا" closes on the subject before it; a second verb not in
    // the plural takes a subject of its own after it, two groups ("قتلوا وأصيبوا" stays one).
    if (role && first === KILLED_THEY && n1?.text !== OR && !n1?.text.endsWith(THEY_SUFFIX)) role = undefined;
    if (role) {
      return { role, form: COMBINED_NOUNS.has(first) ? "cnoun" : "verb", alone: "plural", start: i, end, combinedVerb: first === KILL_VERB };
    }
  }
  const met = stemGet(t, MET_DEATH_VERBS);
  if (met) {
    for (let j = i + 1; j <= i + MET_DEATH_WINDOW_TOKENS && j < tokens.length; j++) {
      if (HARD_STOP.has(tokens[j].text)) break;
      const noun = tokens[j].stems.find((s) => DEATH_NOUN_PREFIXES.some((p) => s.startsWith(p)));
      if (!noun) continue;
      // "لقيا مصرعهما", "لقي راعيا أغنام مصرعهما": the pronoun says how many when no number does.
      const suffix = noun.slice(DEATH_NOUN_PREFIXES.find((p) => noun.startsWith(p))!.length);
      const alone: AnchorWord["alone"] = suffix === "هما" ? "two" : suffix === "هم" || suffix === "هن" ? "plural" : met.alone;
      return { role: met.role, form: met.form, alone, start: i, end: i + 1, combinedVerb: false };
    }
    return null;
  }
  if (stemIn(t, WIPE_OUT_VERBS)) {
    const wiped = wipeOutAt(tokens, i);
    if (wiped) return wiped;
  }
  // "أودى بحياة 9", "أودى الانفجار بحياة 9", "حصد القصف أرواح 9": a subject may stand between.
  if (stemIn(t, LIFE_TAKING_VERBS)) {
    for (let j = i + 1; j <= i + 1 + LIFE_SUBJECT_TOKENS && j < tokens.length; j++) {
      if (tokens[j].kind !== "word") break;
      const alone = stemGet(tokens[j], LIFE_WORDS);
      if (alone) return { role: "killed", form: "noun", alone, start: i, end: j + 1, combinedVerb: false };
    }
  }
  // "راح ضحيته 6 أشخاص": a count follows, or none is told.
  if (stemIn(t, FELL_VICTIM_VERBS) && stemIn(tokens[i + 1], VICTIM_OF_NOUNS)) {
    return { role: "killed", form: "noun", alone: "none", start: i, end: i + 2, combinedVerb: false };
  }
  const a = stemGet(t, ANCHORS);
  if (!a) return null;
  // "وبحسب الوزارة، فقد تم توقيف 120 شخصاً": "فقد" is "so indeed" here, not "lost".
  if (t.text === LOSS_PARTICLE && (tokens[i - 1]?.text === "," || stemIn(tokens[i + 1], VERBS_AFTER_PARTICLE))) return null;
  // "فقد ثلاثة أشخاص حياتهم", "فقدان أربعة أشخاص حياتهم": lost their lives; "فُقد ثلاثة عمال" with
  // no life lost: went missing (the passive is written like "فقد التنظيم 5 عناصر", where a subject
  // stands between the verb and the count).
  if (stemIn(t, LOSS_WORDS)) {
    // "فقد الاتصال بمجموعة من العناصر": contact lost, the men missing, not dead.
    if (stemIn(tokens[i + 1], CONTACT_NOUNS)) return { role: "missing", form: "verb", alone: "none", start: i, end: i + 2, combinedVerb: false };
    if (lifeLostAfter(tokens, i)) return { role: "killed", form: a.form === "noun" ? "noun" : "verb", alone: a.alone, start: i, end: i + 1, combinedVerb: false };
    if (a.role === "killed" && startsCount(tokens, i + 1)) return { role: "missing", form: "verb", alone: "none", start: i, end: i + 1, combinedVerb: false };
  }
  if (stemIn(t, VICTIM_SUFFIXED)) return { role: a.role, form: a.form, alone: a.alone, start: i, end: i + 1, combinedVerb: false, suffixed: true };
  // "وفُقد آخرون" after other casualty words means missing, "فقد التنظيم 5 عناصر" means lost (killed).
  if ((t.stems[1] === "فقد" || t.stems[1] === "فقدت") && t.text[0] === "و") return { role: "missing", form: a.form, alone: a.alone, start: i, end: i + 1, combinedVerb: false };
  return { role: a.role, form: a.form, alone: a.alone, start: i, end: i + 1, combinedVerb: false };
}

/** Verbs and nouns of loss: of life ("فقد حياته"), of people ("فقد التنظيم 5 عناصر") or of contact (missing). */
const LOSS_WORDS = new Vocab(["فقد", "فقدت", "فقدان"].map(normalize));
/** What is lost when people go missing rather than die ("فقد الاتصال بهم", "فقدان التواصل معهم"). */
const CONTACT_NOUNS = new Vocab(["الاتصال", "التواصل", "الاتصالات", "الأثر", "أثر", "أثره", "أثرهم"].map(normalize));
/** "فقد" as written: "lost", or the particle "ف + قد" before a verb. */
const LOSS_PARTICLE = normalize("فقد");
/** Verbs after the particle "فقد" ("فقد تم", "فقد أعلنت"). */
const VERBS_AFTER_PARTICLE = new Vocab(["تم", "كان", "كانت", "قام", "قامت", "أعلن", "أعلنت", "أكد", "أكدت", "أفاد", "أفادت", "أشار", "أشارت", "بلغ", "بلغت", "وصل", "وصلت", "ارتفع", "ارتفعت", "شهد", "شهدت", "سقط", "سقطت", "جرى", "جرت", "أسفر", "أسفرت", "قتل", "أصيب"].map(normalize));
/** "حياته", "حياتهم", "لحياتهم": the life that was lost. */
const LIFE_NOUNS = new Vocab(["حياته", "حياتها", "حياتهم", "حياتهما", "حياتهن", "لحياته", "لحياتها", "لحياتهم", "لحياتهما"].map(normalize));
/** How far after "فقد" its "حياتهم" may come ("فقدان كل من: …، و… لحياتهم"). */
const LIFE_REACH_TOKENS = 40;

function lifeLostAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + LIFE_REACH_TOKENS; j++) {
    if (HARD_STOP.has(tokens[j].text)) return false;
    if (stemIn(tokens[j], LIFE_NOUNS)) return true;
  }
  return false;
}

/** Whether a number or a bound starts at token i ("فقد ثلاثة عمال", "فقد 4 عناصر"). */
function startsCount(tokens: readonly Token[], i: number): boolean {
  return !!readNumber(tokens, i) || boundAt(tokens, i);
}

const NO_ANCHORS: ReadonlySet<number> = new Set();
/** Words of an aside ("، الداعم للقوات،", "، مساء الأحد،"), at most: longer is a clause. */
const ASIDE_TOKENS = 4;
/** Asides in a row between a verb and its victims ("قتل الطيران، الداعم للقوات، مساء الأحد، امرأة"). */
const MAX_ASIDES = 2;
/** Words that open a clause, not an aside: the victims after it belong to that clause ("، فيما قتل"، "، إثر هجوم"). */
const ASIDE_BREAKERS = new Vocab(["إثر", "جراء", "بعد", "فيما", "بينما", "حين", "بسبب", "نتيجة", "أن", "إن", "قال", "وقال", "حيث", "كما"].map(normalize));

/**
 * What the passes of findFigures share about one sentence, and the fields the next figure takes.
 * (A class, not closures inside findFigures: its methods are made once, not once per sentence, and
 * tsx and bundlers that keep names would also define each closure's name on every call.)
 */
class FigureScan {
  readonly figures: Figure[] = [];
  anchorStarts: ReadonlySet<number> = NO_ANCHORS;
  at = 0;
  name: string | undefined = undefined;
  part = false;
  onePerson = false;
  attackers = false;
  update = false;

  constructor(
    readonly tokens: readonly Token[],
    readonly quantities: readonly Quantity[],
    readonly used: boolean[],
    readonly cover: readonly number[],
  ) {}

  private add(role: CountRole, count: Count, vague: boolean, start: number, end: number, final: boolean, another: boolean): void {
    const f: Figure = { role, count, vague, final, another, tokenStart: start, tokenEnd: end, at: this.at };
    if (this.name) f.name = this.name;
    if (this.part) f.part = this.part;
    if (this.onePerson) f.onePerson = this.onePerson;
    if (this.attackers) f.attackers = this.attackers;
    if (this.update) f.update = true;
    this.figures.push(f);
  }

  push(role: Role, count: Count, vague: boolean, start: number, end: number, final = false, another = false): void {
    // Combined killed-and-captured / killed-and-missing N gives killed {1, N} and the other {1, N} (ANNOTATION.md).
    if (role === "killedOrCaptured" || role === "killedOrMissing") {
      const min = Math.min(1, count.min);
      this.add("killed", { min, max: count.max }, vague, start, end, final, another);
      this.add(role === "killedOrCaptured" ? "captured" : "missing", { min, max: count.max }, vague, start, end, final, another);
    } else this.add(role, count, vague, start, end, final, another);
  }

  private usable(qi: number, distance: number): boolean {
    return qi >= 0 && !this.used[qi] && (this.quantities[qi].person || distance <= 1);
  }

  /** The quantity an anchor counts after it, or -1. */
  forward(a: Anchor): number {
    const { tokens, cover, quantities, anchorStarts } = this;
    let reach = a.end + ANCHOR_FORWARD_TOKENS;
    for (let j = a.end; j < reach && j < tokens.length; j++) {
      const t = tokens[j];
      if (t.text === "," && a.form === "verb") {
        // "قتل الطيران، مساء الأحد، امرأة وطفلاً": short asides between commas, then the victims.
        const after = this.pastAsides(j);
        if (after > j) {
          reach += after - j;
          j = after - 1;
          continue;
        }
      }
      // A number after a comma belongs to the next clause ("قتلوا، إثر هجوم شنه مسلحون").
      if (HARD_STOP.has(t.text) || t.text === ",") return -1;
      const qi = cover[j];
      if (qi >= 0) {
        if (this.usable(qi, j - a.end)) {
          // "اختطف مسلحون مجهولون ثلاثة رعاة": an unnumbered doer, then the numbered victims.
          const q = quantities[qi];
          if (q.vague && !q.other && a.form === "verb") {
            for (let k = q.end; k <= q.end + 2 && k < tokens.length; k++) {
              // "قتل العشرات وأصيب 15": a casualty word between them, so the vague figure is the victims.
              if (anchorStarts.has(k)) break;
              const next = cover[k];
              if (next >= 0 && next !== qi && this.usable(next, 0) && !quantities[next].vague) return next;
            }
            // "قتل مسلحون، فجر اليوم، ثلاثة رعاة": the doer, an aside, then the victims.
            const past = this.pastAsides(q.end);
            if (past > q.end && this.usable(cover[past], 0)) return cover[past];
            // "اغتال مسلحون مجهولون، مساء السبت، عضواً": the unknown group is the doer; the verb counts its one victim.
            if (stemIn(tokens[q.end], UNKNOWN_DOER)) return -1;
          }
          return qi;
        }
        j = quantities[qi].end - 1;
        continue;
      }
      if (anchorStarts.has(j)) return -1;
    }
    return -1;
  }

  /**
   * The token past the asides a verb's clause sets between commas from comma j ("، مساء الأحد،",
   * "، الداعم للقوات،"), when a quantity starts right after them; else j. An aside holds no
   * quantity, no casualty word and no clause of its own.
   */
  private pastAsides(j: number): number {
    const { tokens, cover, anchorStarts } = this;
    let at = j;
    for (let aside = 0; aside < MAX_ASIDES && tokens[at]?.text === ","; aside++) {
      let close = -1;
      for (let k = at + 1; k <= at + 1 + ASIDE_TOKENS && k < tokens.length; k++) {
        const t = tokens[k];
        if (t.text === ",") {
          close = k;
          break;
        }
        if (t.kind !== "word" || cover[k] >= 0 || anchorStarts.has(k) || stemIn(t, ASIDE_BREAKERS)) break;
      }
      if (close < 0 || close === at + 1) return j;
      at = close;
      const q = cover[at + 1];
      if (q >= 0 && this.quantities[q].start === at + 1 && !this.quantities[q].vague) return at + 1;
    }
    return j;
  }

  /** The quantity a verb counts before it, or -1. */
  backward(a: Anchor): number {
    const { tokens, cover, quantities, anchorStarts } = this;
    for (let j = a.start - 1; j >= 0 && j >= a.start - ANCHOR_BACKWARD_TOKENS; j--) {
      const t = tokens[j];
      if (HARD_STOP.has(t.text)) return -1;
      const qi = cover[j];
      if (qi >= 0) {
        if (this.usable(qi, a.start - quantities[qi].end)) return qi;
        j = quantities[qi].start;
        continue;
      }
      if (anchorStarts.has(j)) return -1;
    }
    return -1;
  }
}

/** Finds the casualty figures of a tokenized sentence. */
export function findFigures(tokens: readonly Token[]): Figure[] {
  const quantities = findQuantities(tokens);
  // A subset counts only when it names its own casualties ("مقتل وإصابة 15، بينهم 3 قتلى").
  const used = quantities.map((q) => q.subset && !q.selfRole);
  // A plain array: most sentences are short, and a typed array costs more to allocate than to fill.
  const cover: number[] = new Array<number>(tokens.length).fill(-1);
  for (let qi = 0; qi < quantities.length; qi++) {
    const q = quantities[qi];
    for (let k = q.start; k < q.end && k < tokens.length; k++) cover[k] = qi;
  }
  // The few tokens that may start a toll, an anchor or "كان آخرهم"; the passes below visit only them.
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === "word" && stemIn(tokens[i], FIGURE_STARTERS)) starts.push(i);
  const scan = new FigureScan(tokens, quantities, used, cover);

  // Tolls first: "ارتفعت حصيلة القتلى إلى 33" is one figure, not a plural "قتلى" plus a 33.
  // (Allocated only when a toll is found: most sentences have none.)
  let tollTokens: Set<number> | null = null;
  for (const i of starts) {
    if (!stemIn(tokens[i], TOLL_WORDS) && !stemIn(tokens[i], BARE_TOLL_WORDS)) continue;
    let role = stemGet(tokens[i + 1], TOLL_NOUNS);
    let k = i + 1;
    if (!role) {
      role = stemGet(tokens[i + 2], TOLL_NOUNS);
      k = i + 2;
    }
    const risingBefore = prefixBefore(tokens, i, 3, RISE_PREFIXES);
    const bare = !role && isBareToll(tokens, i, risingBefore);
    if (bare) {
      role = "killed";
      k = i;
    }
    if (!role) continue;
    // "ارتفع إلى 50 عدد القتلى": the risen figure told before its noun.
    const before = bare ? null : risenBefore(tokens, i);
    if (before) {
      (tollTokens ??= new Set()).add(k);
      for (const c of [cover[before.at], cover[i], cover[k]]) if (c >= 0) used[c] = true;
      scan.at = k;
      scan.update = true;
      scan.push(role, before.count, false, before.at, k + 1, true);
      scan.update = false;
      continue;
    }
    const window = risingBefore ? RISING_TOLL_WINDOW_TOKENS : TOLL_WINDOW_TOKENS;
    for (let j = k + 1; j <= k + window && j < tokens.length; j++) {
      if (HARD_STOP.has(tokens[j].text)) break;
      // "… إلى 33", straight after the verb ("عدد القتلى بلغ 11"), or a bound straight after the
      // noun ("عدد المصابين يزيد على 10").
      const afterVerb = j > k + 1 && startsWithAny(tokens[j - 1], REACH_PREFIXES);
      const bound = j === k + 1 && cover[j] >= 0 && quantities[cover[j]].start === j && !quantities[cover[j]].vague;
      const at0 = tokens[j].text === TO ? j + 1 : afterVerb || bound ? j : -1;
      if (at0 < 0) continue;
      // The quantity there keeps its bound ("بلغت 15 جنديا على الأقل", "إلى أكثر من 20").
      const qi = cover[at0];
      const q = qi >= 0 && quantities[qi].start === at0 && !quantities[qi].vague ? quantities[qi] : null;
      const num = q ? { count: q.count, end: q.end } : ((n) => n && { count: { min: n.value, max: n.value }, end: n.end })(readNumber(tokens, at0));
      if (!num) {
        if (tokens[j].text === TO) break;
        continue;
      }
      // Only a toll that rose replaces earlier figures; one that "reached" N is one more figure.
      const rising = risingBefore || startsWithAny(tokens[j - 1], RISE_PREFIXES) || startsWithAny(tokens[j - 2], RISE_PREFIXES);
      if (qi >= 0) used[qi] = true;
      (tollTokens ??= new Set()).add(k);
      for (const c of [cover[i], cover[k]]) if (c >= 0) used[c] = true;
      scan.at = k;
      scan.update = rising;
      // "ارتفعت الحصيلة إلى 7 جرحى": the counted noun says whom a bare toll counts.
      scan.push(bare && q?.selfRole ? q.selfRole : role, num.count, false, i, num.end, rising);
      scan.update = false;
      break;
    }
  }

  // Counted casualty nouns carry their own role ("7 قتلى", "18 جثة", "عدد من الجرحى").
  let diedLater: Set<Figure> | null = null;
  let diedOfWounds = null as Set<number> | null;
  quantities.forEach((q, qi) => {
    if (used[qi] || !q.selfRole) return;
    used[qi] = true;
    scan.at = q.end - 1;
    // "بعد وفاة 3 من الجرحى", "توفي اثنان من المصابين": wounded who died are dead, more than those told.
    if (q.selfRole === "wounded" && q.part && !q.vague && deathEndsAt(tokens, q.start)) {
      scan.push("killed", q.count, false, q.start, q.end);
      (diedLater ??= new Set()).add(scan.figures[scan.figures.length - 1]);
      (diedOfWounds ??= new Set()).add(qi);
      return;
    }
    scan.part = !!q.part;
    scan.onePerson = !!q.onePerson;
    scan.attackers = !!q.attackers;
    // "إن الحصيلة ارتفعت إلى 7 قتلى": a counted noun a toll rose to is the latest figure.
    // ("ارتفع من 15 إلى 17 قتيلاً": the figure it rose from stands between.)
    const risen = !q.vague && tokens[q.start - 1]?.text === TO && prefixBefore(tokens, q.start - 1, RISE_FROM_REACH_TOKENS, RISE_PREFIXES);
    scan.push(q.selfRole, q.count, q.vague, q.start, q.end, risen, q.another);
    scan.part = false;
    scan.onePerson = false;
    scan.attackers = false;
  });

  const anchors: Anchor[] = [];
  let next = 0;
  for (const i of starts) {
    if (i < next || tollTokens?.has(i)) continue;
    const a = anchorAt(tokens, i);
    if (!a) continue;
    if (a.form === "cnoun" && cover[i] >= 0 && quantities[cover[i]].selfRole) continue; // already counted with its number
    // "وأن بين القتلى عنصرين", "ومن بين القتلى قائد": the dead already counted, a subset follows.
    // ("بين قتيل وجريح", indefinite, is a combined figure, not a subset.)
    if (a.form === "cnoun" && a.end === i + 1 && tokens[i].stems.some((x) => x.startsWith("ال")) && stemIn(tokens[i - 1], AMONG)) continue;
    anchors.push(a);
    next = a.end;
  }
  const anchorStarts: ReadonlySet<number> = anchors.length ? new Set(anchors.map((a) => a.start)) : NO_ANCHORS;
  scan.anchorStarts = anchorStarts;

  for (const a of anchors) {
    scan.at = a.start;
    // "دون ورود معلومات عن قتلى", "لم يقتل أحد", "ولم ترد أنباء عن سقوط قتلى": nobody was hit.
    if (negatedAt(tokens, a.start, NEGATION_REACH_TOKENS, CASUALTY_NEGATIONS)) continue;
    // "نجا من محاولة اغتيال", "تعرض لمحاولة قتل": an attempt on a life took none.
    if (a.role === "killed" && stemIn(tokens[a.start - 1], ATTEMPT_WORDS)) continue;
    // "وفاة 3 من الجرحى": the wounded who died are its victims, counted above.
    if (diedOfWounds?.has(cover[a.end])) continue;
    // "متأثرين بجراح أصيبا بها": died of wounds already counted, not new wounded.
    if (a.role === "wounded" && prefixBefore(tokens, a.start, 3, SUCCUMBED_PREFIXES)) continue;
    // "توفي شاب بعد إصابته برصاص", "قتل طفل إثر إصابته": the wound of one told dead just before, not one
    // more wounded (not "…، فيما نجا سائقه بعد إصابته": another clause, another person).
    if (a.role === "wounded" && a.suffixed && stemIn(tokens[a.start - 1], AFTER_WOUND_WORDS) && diedJustBefore(tokens, anchors, a.start - 1)) continue;
    // "أودت بحياة قرابة نصف مليون شخص": a bound before a figure that is no count of people
    // (too large, a fraction) says many, and the noun after it is not one victim.
    if (a.form !== "cnoun" && boundAt(tokens, a.end) && cover[a.end] < 0) continue;
    // "مقتل من كان على متنها", "مقتل كل من فيها": an unnumbered group; "فقدان كلٍّ من: فلان (41
    // عاماً)، وفلان (30 عاماً)": victims named one by one, each with an age, as many as the names.
    // "أصيب كل من أحمد العلي ومحمد الحسن": people named one by one, as many as the names.
    const listed = tokens[a.end]?.text === EACH && tokens[a.end + 1]?.text === FROM_WORD ? namesListed(tokens, a.end + 2) : null;
    if (listed) {
      scan.push(a.role, { min: listed.names, max: listed.names }, false, a.start, listed.end);
      continue;
    }
    if (a.form === "noun" && stemIn(tokens[a.end], PLURAL_RELATIVES)) {
      const named = agedNamesAfter(tokens, a.end, anchorStarts);
      if (named >= 2) scan.push(a.role, { min: named, max: named }, false, a.start, a.end + 1);
      else scan.push(a.role, { min: 2, max: null }, true, a.start, a.end + 1);
      continue;
    }
    // "جثث خمسة من العناصر": a plural casualty noun with its number after it.
    let qi = a.form === "cnoun" ? (a.alone === "plural" && cover[a.end] >= 0 && quantities[cover[a.end]].start === a.end && !quantities[cover[a.end]].vague ? scan.forward(a) : -1) : scan.forward(a);
    // "مسلحين اثنين … وإنه فارق الحياة": after "إنه" the pronoun is the subject, not a group before it.
    if (qi < 0 && a.form !== "noun" && !stemIn(tokens[a.start - 1], PRONOUN_SUBJECTS)) qi = scan.backward(a);
    scan.name = undefined;
    scan.part = false;
    scan.onePerson = false;
    scan.attackers = false;
    if (qi >= 0) {
      const q = quantities[qi];
      used[qi] = true;
      scan.name = q.name;
      scan.part = !!q.part;
      scan.onePerson = !!q.onePerson;
      scan.attackers = !!q.attackers;
      const start = Math.min(a.start, q.start);
      const end = Math.max(a.end, q.end);
      // "ضابط … قتل وجرح آخر": the subject before was killed, the other wounded; likewise
      // "جندياً قتل وأصيب ثلاثة آخرون" when a subject stands before the verb.
      const back = a.combinedVerb && (q.other || q.another) && q.start >= a.end ? scan.backward(a) : -1;
      if (a.combinedVerb && q.start >= a.end && (q.other || (q.another && back >= 0))) {
        if (back >= 0) used[back] = true;
        const killed: Quantity | null = back >= 0 ? quantities[back] : null;
        scan.push("killed", killed ? killed.count : { min: 1, max: 1 }, killed ? killed.vague : false, start, end);
        scan.push("wounded", q.count, q.vague, start, end);
        continue;
      }
      if (a.role === "killedOrWounded" && q.vague && q.count.min < 20) {
        // "قتل وجرح عدد من العناصر": both happened, to an unnumbered group each.
        scan.push("killed", { min: 2, max: null }, true, start, end);
        scan.push("wounded", { min: 2, max: null }, true, start, end);
        continue;
      }
      // "قتلت ضابطاً برتبة ملازم … وعنصراً آخر": another victim further on joins the count.
      let count = q.count;
      for (let j = q.end; j < q.end + ANCHOR_FORWARD_TOKENS + 4 && j < tokens.length; j++) {
        if (HARD_STOP.has(tokens[j].text) || anchorStarts.has(j)) break;
        const xi = cover[j];
        if (xi < 0 || xi === qi) continue;
        const x = quantities[xi];
        // (Also "المدعو أحمد والمدعو محمد": two named people.)
        const more = (x.another && x.person) || (!!x.name && !!q.name && x.name !== q.name);
        if (!used[xi] && more && !x.vague && tokens[x.start].text[0] === "و") {
          used[xi] = true;
          count = sumCounts(count, x.count);
        }
        j = x.end - 1;
      }
      scan.push(a.role, count, q.vague, start, end, false, q.another);
      continue;
    }
    // "ارتقى 3 شهداء": the counted noun after the verb already counts its victims.
    const after = cover[a.end];
    if (after >= 0 && quantities[after].start === a.end && quantities[after].selfRole === a.role) continue;
    // "قتلى بالعشرات", "جرحى بالمئات": how many, told after the noun.
    const byMany = a.form === "cnoun" && a.alone === "plural" && tokens[a.end]?.text.startsWith(BY_THE) ? stemGet(tokens[a.end], VAGUE_QUANTITIES) : undefined;
    if (byMany && byMany.min >= MANY_MIN) {
      scan.push(a.role, { ...byMany }, true, a.start, a.end + 1);
      continue;
    }
    const alone = aloneCount(a, tokens);
    if (alone) scan.push(a.role, alone.count, alone.vague, a.start, a.end);
  }
  scan.part = false;
  scan.onePerson = false;
  scan.attackers = false;
  scan.name = undefined;

  // "بعضهم قتلوا …، كان آخرهم اللواء … رفقة عناصره": the latest victims of the role told before.
  for (const i of starts) {
    if (!stemIn(tokens[i], LATEST_OF_THEM)) continue;
    const before = anchors.filter((a) => a.end <= i && a.role !== "captured" && a.role !== "missing").pop();
    if (!before) continue;
    const qi = scan.forward({ ...before, start: i, end: i + 1, form: "noun" });
    if (qi < 0 || quantities[qi].vague) continue;
    used[qi] = true;
    scan.at = i;
    scan.push(before.role, quantities[qi].count, false, i, quantities[qi].end);
  }
  selfBlasts(tokens, starts, scan);
  parallelGroups(tokens, scan.figures, used, cover);
  placeGroups(tokens, scan.figures, quantities, used, cover);
  // "ارتفع عدد القتلى إلى 17، فضلاً عن 16 مصاباً": the figures of the other roles told with a risen
  // toll are its latest too (of its own role, "قتل عنصران آخران لترتفع الحصيلة إلى 6", they are the rise).
  const risenRoles = new Set(scan.figures.filter((f) => f.final).map((f) => f.role));
  if (risenRoles.size) for (const f of scan.figures) if (!f.vague && !f.another && !risenRoles.has(f.role)) f.final = true;
  // "وتوفي عنصر آخر متأثراً بجراحه", "وارتقى آخر متأثراً", "فيما لقي رابع حتفه متأثراً": one more, of the event's wounds.
  for (const f of scan.figures) {
    // (The "آخر" word may be the verb's subject right after a figure told by the verb alone.)
    const more = f.another || tokens.slice(f.tokenStart, f.tokenEnd + 1).some((t) => !!stemGet(t, OTHER_WORDS));
    if (f.role === "killed" && more && !f.vague && succumbedAfter(tokens, f.tokenEnd)) (diedLater ??= new Set()).add(f);
    // "قتل ثلاثة عناصر …، وقتل رابع", "… كما قتل آخر.": a clause of one more victim and nothing
    // else (no place, no day, no cause of its own) is one more of the toll told before it.
    else if (f.role === "killed" && more && !f.vague && !f.part && bareClause(tokens, f.tokenStart, f.tokenEnd)) (diedLater ??= new Set()).add(f);
  }
  const figures = diedLater ? addDiedLater(scan.figures, diedLater) : scan.figures;
  return markBesides(tokens, addAlso(tokens, figures));
}

/** How far back from a quantity the death word before it may start ("فارق الحياة 3 من"). */
const DEATH_WORD_TOKENS = 3;
/** Whether a word of death (an anchor of the killed) ends right at token i ("وفاة", "توفي"). */
function deathEndsAt(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - DEATH_WORD_TOKENS; j--) {
    const a = anchorAt(tokens, j);
    if (a) return a.role === "killed" && a.end === i;
  }
  return false;
}

/** Connectors that may open a clause of one more victim ("كما قتل آخر"). */
const MORE_OPENERS = new Vocab(["كما", "وكذلك"].map(normalize));
/**
 * Whether tokens [from, to) are a verb and its "آخر"-word alone, opened by "و" or "كما" and
 * closed by a mark or the sentence's end ("، وقتل رابع.", "كما قتل آخر.").
 */
function bareClause(tokens: readonly Token[], from: number, to: number): boolean {
  const edge = (t: Token | undefined): boolean => !t || t.kind === "punct";
  if (to - from !== 2 || !edge(tokens[to])) return false;
  const opener = stemIn(tokens[from - 1], MORE_OPENERS) !== null;
  return edge(tokens[opener ? from - 2 : from - 1]) && (opener || tokens[from].text[0] === "و");
}

/** How far after a figure its "متأثراً بجراحه" may come ("وتوفي عنصر آخر لاحقاً متأثراً"). */
const SUCCUMBED_REACH_TOKENS = 4;
/** Whether "متأثراً" (died of the wounds) follows token i in its clause. */
function succumbedAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j < i + SUCCUMBED_REACH_TOKENS; j++) {
    if (tokens[j].kind === "punct") return false;
    if (startsWithAny(tokens[j], SUCCUMBED_PREFIXES)) return true;
  }
  return false;
}

/**
 * "قتل 3 وأصيب 5، ثم توفي اثنان من الجرحى", "وتوفي عنصر آخر متأثراً بجراحه": victims who died later
 * of the event's wounds are more dead. They add to the numeric dead told before them in the
 * sentence, or, with none, to an earlier sentence's (tally, as "besides"); a toll that rose in the
 * sentence already counts them ("ارتفعت الحصيلة إلى 5 بعد وفاة 3 من الجرحى").
 */
function addDiedLater(figures: Figure[], later: ReadonlySet<Figure>): Figure[] {
  const risen = figures.some((f) => f.role === "killed" && f.final);
  const out: Figure[] = [];
  for (const f of [...figures].sort((a, b) => a.tokenStart - b.tokenStart)) {
    if (!later.has(f)) {
      out.push(f);
      continue;
    }
    if (risen) continue;
    const prior = out.filter((g) => g.role === "killed" && !g.vague).pop();
    if (prior) prior.count = sumCounts(prior.count, f.count);
    else out.push({ ...f, besides: true, another: false });
  }
  return out;
}

/** "أيضاً" after a verb of what the event caused ("تسبب أيضاً بمقتل", "أسفر أيضاً عن إصابة"). */
const BESIDES_WORDS = new Vocab(["أيضا", "ايضا"].map(normalize));
const CAUSED_PREFIXES = ["تسبب", "أسفر", "أدى", "أدت", "خلف", "أوقع", "وتسبب", "وأسفر", "وخلف", "وأوقع"].map(normalize);
/** How far before a figure "تسبب أيضاً" may stand ("تسبب أيضاً، بمقتل …"). */
const BESIDES_REACH_TOKENS = 3;

/**
 * Marks the numeric figures a sentence tells as caused "also" when no figure of their role comes
 * before them in it: they add to the figure of an earlier sentence (tally), not restate it.
 */
function markBesides(tokens: readonly Token[], figures: Figure[]): Figure[] {
  for (const f of figures) {
    if (f.vague || f.another || figures.some((g) => g !== f && g.role === f.role && g.tokenStart < f.tokenStart)) continue;
    for (let j = f.tokenStart - 1; j >= 1 && j >= f.tokenStart - BESIDES_REACH_TOKENS; j--) {
      // "أسفر أيضاً عن", and with the event named between: "وأسفر الهجوم أيضاً عن", "خلّف القصف أيضاً".
      const verb = stemIn(tokens[j - 1], ANAPHORIC_EVENT_NOUNS) ? j - 2 : j - 1;
      if (stemIn(tokens[j], BESIDES_WORDS) && startsWithAny(tokens[verb], CAUSED_PREFIXES)) {
        f.besides = true;
        break;
      }
    }
  }
  return figures;
}

const EACH = normalize("كل");
const FROM_WORD = normalize("من");
/** Words that end a list of names: a clause or a phrase of place, cause or time starts. */
const NAME_LIST_ENDS = new Vocab(["في", "على", "إثر", "جراء", "خلال", "من", "عن", "إلى", "قرب", "داخل", "أمام", "عند", "بعد", "قبل", "وهم", "وهما", "وهو", "وهي", "وذلك", "حيث", "أثناء", "نتيجة"].map(normalize));
/** How many words one name of a list may have ("محمد عبد الله الأحمد"). */
const NAME_WORDS = 4;
/** Most names a list is read for: longer is a list of something else. */
const MAX_LISTED_NAMES = 12;

/**
 * The names listed from token i after "كل من", split by "و" and "،" ("أحمد العلي، ومحمد الحسن
 * وخالد"), and the token after them; null unless two or more. A list ends at a full stop, a word
 * of place, cause or time, or a glued preposition inside a name ("… الحسن بقصف").
 */
function namesListed(tokens: readonly Token[], i: number): { names: number; end: number } | null {
  let names = 1;
  let words = 0;
  let j = i;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.text === "," || t.text === "،") {
      if (words === 0) return null;
      words = 0;
      continue;
    }
    if (t.kind !== "word" || NAME_LIST_ENDS.has(t.text)) break;
    const opensName = t.text[0] === "و" && t.text.length > 2 && words > 0;
    if (words > 0 && !opensName && "بل".includes(t.text[0])) break;
    if (opensName || (words === 0 && j > i)) {
      names++;
      words = 0;
    }
    if (++words > NAME_WORDS || names > MAX_LISTED_NAMES) return null;
  }
  return names >= 2 ? { names, end: j } : null;
}

/** "(41 عاماً)": a person's age, told after each name of a list. */
const AGE_NOUNS = new Vocab(["عاما", "عام", "سنة", "سنوات", "عاماً"].map(normalize));

/** How many "(N عاماً)" follow token i before the next anchor or the sentence end: the names of a list. */
function agedNamesAfter(tokens: readonly Token[], i: number, anchorStarts: ReadonlySet<number>): number {
  let n = 0;
  for (let j = i; j < tokens.length; j++) {
    if (anchorStarts.has(j) || tokens[j].text === "." || tokens[j].text === ";") break;
    if (tokens[j].text === "(" && tokens[j + 1]?.kind === "digits" && stemIn(tokens[j + 2], AGE_NOUNS)) n++;
  }
  return n;
}

/** "في صفوف", "من صفوف": the side a group of victims was in. */
const RANKS = [["في", "صفوف"], ["من", "صفوف"]].map((p) => p.map(normalize));
const rankAt = (tokens: readonly Token[], i: number) => RANKS.some((p) => tokens[i]?.stems.includes(p[0]) && tokens[i + 1]?.text === p[1]);
/** How far after a figure its "في صفوف" and the next "وستة في صفوف" may come. */
const PARALLEL_REACH_TOKENS = 12;

/**
 * "أوقعت الاشتباكات عشرة جرحى في صفوف الهيئة وستة في صفوف القوات": a number told with its side
 * only, after a figure told the same way, is more of that figure's role (10 + 6).
 */
function parallelGroups(tokens: readonly Token[], figures: Figure[], used: readonly boolean[], cover: readonly number[]): void {
  for (const f of figures) {
    if (f.vague || !rankAt(tokens, f.tokenEnd)) continue;
    for (let j = f.tokenEnd + 2; j < tokens.length && j <= f.tokenEnd + PARALLEL_REACH_TOKENS; j++) {
      const t = tokens[j];
      if (HARD_STOP.has(t.text) || (cover[j] >= 0 && used[cover[j]])) break;
      if (t.kind !== "word" || t.text[0] !== "و" || t.text.length < 3) continue;
      const n = readNumber([cutToken(t, 1), ...tokens.slice(j + 1, j + 3)], 0);
      if (!n || !rankAt(tokens, j + n.end)) continue;
      f.count = { min: f.count.min + n.value, max: f.count.max === null ? null : f.count.max + n.value };
      break;
    }
  }
}

/** How far after a figure's "في" the next "و2 في …" may come (a place of up to a few words). */
const PLACE_PARALLEL_REACH_TOKENS = 6;
const IN_WORD = normalize("في");
const AND = normalize("و");
/** Words of a bombardment ("قصف", "بالمدفعية", "قذائف"): only its per-village tolls add up. */
const SHELLING_CUES = new Vocab([...TYPE_CUES.filter((c) => c.type === "shelling").flatMap((c) => [...c.words]), normalize("القصف")]);

/** The first word of the place named at token i, past its head noun ("بلدة"). */
const placeWord = (tokens: readonly Token[], i: number) => tokens[HEADS.has(tokens[i]?.text ?? "") ? i + 1 : i]?.text ?? "";

/**
 * "ما أدى إلى مقتل 3 في كفرنبل و2 في حاس وطفل في البارة": numbers told each with its own "في"
 * place after a figure told so are more of that figure's role. One bombardment of several
 * villages is one incident whose toll is the sum (ANNOTATION.md: one shelling incident listing
 * every place).
 */
function placeGroups(tokens: readonly Token[], figures: Figure[], quantities: readonly Quantity[], used: boolean[], cover: readonly number[]): void {
  if (!figures.length) return;
  // Air strikes and killings at several places are one incident per place: their tolls stay
  // apart, each kept with its place for the split of the series (assemble.ts splitStrikeSeries).
  const shelling = tokens.some((t) => stemIn(t, SHELLING_CUES) !== null);
  for (const f of figures) {
    if (f.vague || tokens[f.tokenEnd]?.text !== IN_WORD) continue;
    let from = f.tokenEnd + 1;
    for (let j = from; j < tokens.length && j <= from + PLACE_PARALLEL_REACH_TOKENS; j++) {
      const t = tokens[j];
      if (t.kind !== "word" || HARD_STOP.has(t.text) || (cover[j] >= 0 && used[cover[j]])) break;
      if (t.text[0] !== AND) continue;
      // The number after "و" ("و2", "وثلاثة") or a person told alone ("وطفل").
      const bare = t.text === AND;
      const n = bare ? readNumber(tokens, j + 1) : readNumber([cutToken(t, 1), ...tokens.slice(j + 1, j + 3)], 0);
      const qi = cover[bare ? j + 1 : j];
      const q = qi >= 0 && !quantities[qi].vague && quantities[qi].start === (bare ? j + 1 : j) ? quantities[qi] : null;
      const add = q ? q.count : n ? { min: n.value, max: n.value } : null;
      const end = q ? q.end : n ? (bare ? n.end : j + n.end) : -1;
      if (!add || tokens[end]?.text !== IN_WORD) continue;
      if (!shelling) {
        // The number alone when it is told right before "في": a quantity read on ("اثنين في ب
        // وطفل") would run into the next place's toll.
        const nEnd = n ? (bare ? n.end : j + n.end) : -1;
        const [own, ownEnd] = n && tokens[nEnd]?.text === IN_WORD ? [{ min: n.value, max: n.value }, nEnd] : [add, end];
        f.byPlace ??= [{ word: placeWord(tokens, f.tokenEnd + 1), count: f.count }];
        f.byPlace.push({ word: placeWord(tokens, ownEnd + 1), count: own });
        from = ownEnd + 1;
        j = ownEnd;
        continue;
      }
      if (qi >= 0) used[qi] = true;
      f.count = sumCounts(f.count, add);
      from = end + 1;
      j = end;
    }
  }
}

/**
 * "قتل أحد المهاجمين فيما فجّر الثاني نفسه": bombers who blew themselves up are the attackers' own
 * dead; in a sentence that already counts dead attackers they are more of them.
 */
function selfBlasts(tokens: readonly Token[], starts: readonly number[], scan: FigureScan): void {
  for (const i of starts) {
    if (!stemIn(tokens[i], SELF_BLAST_VERBS)) continue;
    // The bomber may stand between ("فجّر الانتحاري نفسه").
    let count: Count | undefined;
    let end = i + 1;
    for (let j = i + 1; j <= i + 2 && j < tokens.length && !count; j++) {
      count = stemGet(tokens[j], SELF_BLAST_OBJECTS);
      end = j + 1;
    }
    if (!count) continue;
    const dead = scan.figures.find((f) => f.role === "killed" && f.attackers);
    if (dead) {
      dead.count = sumCounts(dead.count, count);
      continue;
    }
    scan.at = i;
    scan.attackers = true;
    scan.push("killed", { ...count }, count.max === null, i, end);
    scan.attackers = false;
  }
}

/**
 * "أسفر عن مقتل 8 عناصر …، كما استطاعوا قتل أكثر من 12 عنصراً": a numeric figure told as "also"
 * adds to the numeric figure of its role before it in the sentence (8 + 13 → 21+). Not "…، كما قتل
 * ثلاثة بقصف على قرية …": a casualty right after "كما" is one more event (ANNOTATION.md: attacks at
 * different places are two incidents, even in one sentence).
 */
function addAlso(tokens: readonly Token[], figures: Figure[]): Figure[] {
  let dropped: Set<Figure> | null = null;
  const seen: Figure[] = [];
  for (const f of figures.length > 1 ? [...figures].sort((a, b) => a.tokenStart - b.tokenStart) : figures) {
    let also = -1;
    for (let j = f.tokenStart - 1; j >= 0 && j >= f.tokenStart - 3; j--) {
      if (stemIn(tokens[j], ALSO_WORDS)) {
        also = j;
        break;
      }
    }
    // (A casualty right after "كما" opens one more event, split off at "كما" by the clause reader.)
    if (also >= 0 && also + 1 < f.tokenStart && !f.vague && !f.another) {
      let prior: Figure | undefined;
      for (let k = seen.length - 1; k >= 0 && !prior; k--) {
        const g = seen[k];
        if (g.role === f.role && g.tokenEnd <= f.tokenStart && !g.vague) prior = g;
      }
      let punct = false;
      for (let j = also + 1; j < f.tokenStart && !punct; j++) punct = tokens[j].kind === "punct";
      if (prior && !punct) {
        prior.count = sumCounts(prior.count, f.count);
        (dropped ??= new Set()).add(f);
        continue;
      }
    }
    seen.push(f);
  }
  return dropped ? figures.filter((f) => !dropped.has(f)) : figures;
}

/** What an anchor says by itself when no quantity is near ("قتل" one, "قتلا" two, "قتلى" some). */
function aloneCount(a: Anchor, tokens: readonly Token[]): { count: Count; vague: boolean } | null {
  if (a.role === "killedOrWounded") return { count: { min: 2, max: null }, vague: true };
  switch (a.alone) {
    case "two":
      return { count: { min: 2, max: 2 }, vague: false };
    case "plural":
      return { count: { min: 2, max: null }, vague: true };
    case "one": {
      // "1.5 قتيل", "120000 قتيل": a number too large or not whole is no count of one.
      if (a.form === "cnoun" && tokens[a.start - 1]?.kind === "digits") return null;
      if (a.form === "noun" && !a.suffixed) {
        // A verbal noun needs its victim next: a name or a noun ("مقتل زعيمه", "مقتل “أنس”").
        const next = tokens[a.end];
        if (!next) return null;
        if (next.kind === "punct" && next.text !== '"') return null;
        if (next.kind === "word" && (NOT_A_VICTIM.has(next.text) || stemGet(next, ANCHORS))) return null;
        if (next.kind === "digits") return null;
      }
      return { count: { min: 1, max: 1 }, vague: false };
    }
    default:
      return null;
  }
}
