/**
 * Finds the quantity phrases of a sentence: who and how many, before anything says whether
 * they were killed or wounded ("ما لا يقل عن 5 عناصر", "عنصرين", "عدد من الجرحى", "آخرون").
 */
import { normalize } from "../text/normalize";
import { Vocab } from "./vocabulary";
import type { Count } from "../types";
import { readNumber, type NumberRead } from "./numbers";
import { HARD_STOP, PhraseIndex, cutToken, phraseAt, stemGet, stemIn, type Token } from "./tokens";
import {
  ANCHORS,
  ATTACKER_NOUNS,
  BOMBER_NOUNS,
  COMBINED_NOUNS,
  COMBINED_NOUN_SECOND,
  COMBINED_SECOND,
  NUMBER_HUNDREDS,
  NUMBER_THOUSANDS,
  NUMBER_TENS,
  NUMBER_UNITS,
  MONTHS,
  KNOWN_AS_MARKERS,
  COMPANION_WORDS,
  HIS_MEN,
  NAME_MARKERS,
  NON_PERSON_NOUNS,
  NUMBER_LABELS,
  OTHER_WORDS,
  PEOPLE_VERBS_AFTER_NUMBER,
  PERSON_DUAL,
  PERSON_PLURAL,
  PERSON_SINGULAR,
  POST_AT_LEAST,
  PRE_BOUNDS,
  SUBSET_MARKERS,
  VAGUE_QUANTITIES,
  DOZENS,
  type BoundKind,
  type Role,
  KIN_IN_LIST,
} from "./vocab";

/** A quantity phrase: how many people, how sure, and whether it counts on its own. */
export interface Quantity {
  /** Token range [start, end). */
  start: number;
  end: number;
  count: Count;
  /** No number given ("عدد من", "عشرات", a plural noun): loses to any numeric figure. */
  vague: boolean;
  /** Only an "آخر"-word ("وإصابة آخرين"). */
  other: boolean;
  /** The counted noun is itself a casualty word ("7 قتلى", "18 جثة", "عدد من الجرحى"). */
  selfRole: Role | null;
  /** Part of a group already counted ("18 قتيلا بينهم 4 عناصر"): never counted again. */
  subset: boolean;
  /** Whether a noun naming people was seen (a bare number needs an anchor right next to it). */
  person: boolean;
  /** "عنصر آخر", "اثنان آخران": more victims than those already told of. */
  another: boolean;
  /**
   * One or some of a group already told of ("أحد العناصر", "ثلاثة من القتلى"): counts only when
   * the incident has no other figure for its role.
   */
  part?: boolean;
  /**
   * "أحد العمال": one person of a group of the living, so exactly one when nothing else counts
   * the role (unlike "ثلاثة من القتلى", some of the dead, which alone is only a lower bound).
   */
  onePerson?: boolean;
  /** The attackers' own dead ("ثلاثة مهاجمين", "أحد المهاجمين"): added to the victims', never part of them. */
  attackers?: boolean;
  /** "رفقة عناصره": counts the leader before it as well. */
  withLeader?: boolean;
  /** The name of a named victim ("المدعو عمر", "امرأة تدعى نفوذ"), normalized. */
  name?: string;
}

const BETWEEN = "بين";
const WHAT = "ما";
/** Nouns of victims of either kind ("ضحية", "ضحايا"): "بين قتيل وجريح" after them makes one combined figure. */
const VICTIM_NOUNS = new Vocab(["ضحية", "ضحايا"].map(normalize));
/** Words a leader's name may take between his title and "رفقة عناصره" ("اللواء ركن بشير اسماعيل"). */
const LEADER_NAME_TOKENS = 4;
/** Vague quantities that stand without a noun ("وإصابة العشرات"). */
const STANDALONE_VAGUE = new Vocab(["العشرات", "المئات", "الآلاف", "والعشرات", "والمئات"].map(normalize));
const AND = "و";
const TO = normalize("إلى");
const FROM = "من";
const ARTICLE = "ال";
const NOT_FIXED = ["غير", "محدد"];
const COMPOSED_OF = ["مؤلفة", "مكونة"].map(normalize);
/**
 * Words that add one group of victims to another ("6 عناصر بالإضافة إلى 3 مدنيين", "فضلاً عن",
 * "علاوة على", "إلى جانب طفل", "وكذلك عنصر"). They may follow a comma ("قتل مدني، وكذلك عنصر").
 */
const ALSO_CHAIN = [["بالإضافة", "إلى"], ["إضافة", "إلى"], ["فضلا", "عن"], ["علاوة", "على"], ["إلى", "جانب"], ["وكذلك"], ["كذلك"]].map((ws) => ws.map(normalize));
/** "إضافة لثلاثة مدنيين": the same with "ل" glued to the next group. */
const ALSO_GLUED = new Vocab(["إضافة", "بالإضافة"].map(normalize));
const TO_GLUED = "ل";

/**
 * "آخر" right after a counted noun ("عنصر آخر", "5 عناصر آخرين"): the same people are more. With
 * "و" glued on ("عنصر وآخرون") it starts a group of its own, added by the chain.
 */
function otherAt(tok: Token | undefined): boolean {
  return tok?.kind === "word" && OTHER_WORDS.has(tok.text);
}

function bounded(value: number, kind: BoundKind | null): Count {
  switch (kind) {
    case "atLeast": return { min: value, max: null };
    case "moreThan": return { min: value + 1, max: null };
    case "upTo": return { min: Math.min(1, value), max: value };
    case "lessThan": return { min: Math.min(1, value - 1), max: Math.max(0, value - 1) };
    default: return { min: value, max: value };
  }
}

const PRE_BOUND_INDEX = new PhraseIndex(PRE_BOUNDS.map((b) => ({ words: b.words, value: b.kind })));
/** Whether a bound word ("قرابة", "أكثر من") starts at token i. */
export function boundAt(tokens: readonly Token[], i: number): boolean {
  return !!PRE_BOUND_INDEX.matchAt(tokens, i);
}
function preBoundAt(tokens: readonly Token[], i: number): { kind: BoundKind; end: number; needsPeople: boolean } | null {
  const m = PRE_BOUND_INDEX.matchAt(tokens, i);
  if (!m) return null;
  let end = i + m.words.length;
  // "قرابة الـ20", "نحو الـ 20": the article written apart before the digits.
  if (tokens[end]?.text === ARTICLE && tokens[end + 1]?.kind === "digits") end++;
  return { kind: m.value, end, needsPeople: m.words.length === 1 && UP_TO_NEEDS_PEOPLE.has(m.words[0]) };
}
/** Bound words that are also common words ("حتى": until): a bound only before a noun of people. */
const UP_TO_NEEDS_PEOPLE = new Vocab(["حتى"].map(normalize));

function cnounRole(tok: Token | undefined): Role | null {
  const a = stemGet(tok, ANCHORS);
  return a && a.form === "cnoun" ? a.role : null;
}

/**
 * A person-noun list and its words with the article ("قيادي" → "القيادي"), so that a token's
 * stems are looked up as they are, with no cutting ("القيادي" counts as "قيادي").
 */
interface PersonNouns {
  bare: ReadonlySet<string>;
  definite: ReadonlySet<string>;
}
const personNouns = (bare: ReadonlySet<string>): PersonNouns => ({
  bare,
  // Only stems longer than four letters lose their article ("الأب" stays whole).
  definite: new Set([...bare].map((w) => "ال" + w).filter((w) => w.length > 4)),
});
const SINGULAR = personNouns(PERSON_SINGULAR);
const DUAL = personNouns(PERSON_DUAL);
const PLURAL = personNouns(PERSON_PLURAL);

function personIn(tok: Token, nouns: PersonNouns): boolean {
  for (const s of tok.stems) if (nouns.bare.has(s) || nouns.definite.has(s)) return true;
  return false;
}

/** Whether a stem of the token carries the article ("القيادي", "الضابط"). */
function hasArticle(tok: Token): boolean {
  for (const s of tok.stems) if (s.length > 4 && s.startsWith("ال")) return true;
  return false;
}

function isPersonNoun(tok: Token | undefined): boolean {
  if (!tok || tok.kind !== "word") return false;
  return personIn(tok, SINGULAR) || personIn(tok, DUAL) || personIn(tok, PLURAL);
}

/** "أب وأم": a bare kin noun heads a list when "و" and a person or kin noun come next. */
function kinListAfter(tok: Token | undefined): boolean {
  if (!tok || tok.kind !== "word" || tok.text[0] !== AND || tok.text.length < 3) return false;
  const bare = cutToken(tok, 1);
  return KIN_IN_LIST.has(bare.text) || isPersonNoun(bare);
}

/** The noun after a number: person, casualty noun, something else (rejects), or unknown. */
function nounAfter(tokens: readonly Token[], k: number): { kind: "person" | "cnoun" | "reject" | "unknown"; end: number; role: Role | null } {
  let t = tokens[k];
  let j = k;
  if (t?.kind === "word" && t.text === FROM) {
    const next = tokens[k + 1];
    if (stemIn(next, MONTHS)) return { kind: "reject", end: k, role: null };
    const role = cnounRole(next);
    if (role) return { kind: "cnoun", end: k + 2, role };
    return { kind: "person", end: k + 2, role: null };
  }
  if (t?.kind === "punct" && t.text === '"') {
    j = k + 1;
    t = tokens[j];
  }
  if (!t || t.kind !== "word") return { kind: "unknown", end: k, role: null };
  if (stemIn(t, MONTHS)) return { kind: "reject", end: k, role: null };
  // "القتلى 14 والجرحى 19": a noun after "و" starts the next figure; it is not what the number counts.
  const glued = t.text[0] === AND && t.text.length > 2 && !cnounRole(cutToken(t, 0));
  const role = glued ? null : cnounRole(t);
  if (role) {
    // "33 قتيلاً وجريحاً": the number counts the dead and wounded together.
    const both = role === "killed" ? combinedAfter(tokens[j + 1]) : null;
    if (both) return { kind: "cnoun", end: j + 2, role: both };
    // "15 ضحية بين قتيل وجريح": victims of both kinds, one combined figure.
    const among = stemIn(t, VICTIM_NOUNS) ? bothKindsAt(tokens, j + 1) : -1;
    return among > 0 ? { kind: "cnoun", end: among, role: "killedOrWounded" } : { kind: "cnoun", end: j + 1, role };
  }
  if (isPersonNoun(t)) return { kind: "person", end: j + 1, role: null };
  if (j === k && stemIn(t, PEOPLE_VERBS_AFTER_NUMBER)) return { kind: "person", end: k + 1, role: null };
  if (countsThing(t)) return { kind: "reject", end: k, role: null };
  return { kind: "unknown", end: k, role: null };
}

/** Prepositions glued to a word ("بانفجار", "لغارة"): the word after a number is then no counted noun. */
const GLUED_PREPOSITIONS = "بلك";

/**
 * Whether the word after a number names what it counts as a thing ("3 غارات", "5 سيارات"), not
 * "by" one ("وأصيب اثنان بانفجار"): a thing-noun with a preposition glued on counts nothing.
 */
function countsThing(t: Token): boolean {
  const hit = stemIn(t, NON_PERSON_NOUNS);
  if (hit) return hit === t.text || !GLUED_PREPOSITIONS.includes(t.text[0]) || t.text.length - hit.length !== 1;
  // "إصابة أحد المستودعات", "إحدى السيارات": one of the things, with the article.
  return t.text.startsWith(ARTICLE) && NON_PERSON_NOUNS.has(t.text.slice(ARTICLE.length));
}

/** "بين قتيل وجريح", "ما بين قتيل وجريح" at token k: the token after it, or -1. */
function bothKindsAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text === WHAT) k++;
  if (!tokens[k]?.stems.includes(BETWEEN) || !stemIn(tokens[k + 1], COMBINED_NOUNS)) return -1;
  return combinedAfter(tokens[k + 2]) === "killedOrWounded" ? k + 3 : -1;
}

/** The combined role of "وجريحاً" after a killed noun ("قتيلاً وجريحاً"), or null. */
function combinedAfter(tok: Token | undefined): Role | null {
  if (!tok || tok.kind !== "word" || tok.text[0] !== AND || tok.text.length < 3) return null;
  const second = tok.text.slice(1);
  return COMBINED_NOUN_SECOND.has(second) ? COMBINED_SECOND.get(second) ?? null : null;
}

/**
 * Whether the counted noun at `k`, or the word after it, names the attackers ("ثلاثة مسلحين مهاجمين",
 * "فيما قتل 5 من عناصر التنظيم", "اثنين من مقاتلي الفصيل"): the other side's dead.
 */
function isAttackers(tokens: readonly Token[], k: number): boolean {
  return !!stemIn(tokens[k], ATTACKER_NOUNS) || !!stemIn(tokens[k + 1], ATTACKER_NOUNS) || (tokens[k - 1]?.text === FROM && !!stemIn(tokens[k + 1], ARMED_GROUP_NOUNS));
}

/** The armed group a count is taken from ("من عناصر التنظيم"): the attacking side, not the victims. */
const ARMED_GROUP_NOUNS = new Vocab(["التنظيم", "داعش", "الخلية", "الخلايا", "الفصيل", "المسلحين"].map(normalize));

/**
 * Whether the nearest group named before "عدد منهم" is an armed group ("وانسحب مسلحو التنظيم نحو
 * الصحراء بعد مقتل عدد منهم"), not people such as "عناصر الحاجز".
 */
function armedGroupJustBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - OF_THEM_REACH_TOKENS; j--) {
    if (HARD_STOP.has(tokens[j].text)) return false;
    if (stemIn(tokens[j], ARMED_GROUP_NOUNS)) return true;
    if (isPersonNoun(tokens[j])) return false;
  }
  return false;
}

/** "منهم" after a number points back to a group. */
const OF_THEM = normalize("منهم");
/** How far back "منهم" may point to the attackers ("اشتبكوا مع المهاجمين وتمكنوا من قتل اثنين منهم"). */
const OF_THEM_REACH_TOKENS = 8;

/** Whether "N منهم" takes N of the attackers just named. */
function themAreAttackers(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end]?.text !== OF_THEM) return false;
  for (let j = start - 1; j >= 0 && j >= start - OF_THEM_REACH_TOKENS; j--) {
    if (HARD_STOP.has(tokens[j].text)) return false;
    if (stemIn(tokens[j], ATTACKER_NOUNS)) return true;
  }
  return false;
}

/** "على الأقل", "على أقل تقدير" within two tokens after the counted noun. */
function postAtLeast(tokens: readonly Token[], end: number): number {
  for (let j = end; j <= end + 2 && j < tokens.length; j++) {
    for (const p of POST_AT_LEAST) if (phraseAt(tokens, j, p)) return j + p.length;
  }
  return -1;
}

/**
 * "5 إلى 7 أشخاص": two numbers joined by "إلى" before a noun of people are a range, like "بين 5 و7"
 * (count table: between N and M). Not after "من", where a toll rose from the first to the second.
 */
function rangeTo(tokens: readonly Token[], start: number, from: NumberRead): Quantity | null {
  if (tokens[from.end]?.text !== TO || tokens[start - 1]?.text === FROM) return null;
  const to = readNumber(tokens, from.end + 1);
  if (!to || to.value <= from.value) return null;
  const noun = nounAfter(tokens, to.end);
  if (noun.kind !== "person" && noun.kind !== "cnoun") return null;
  return {
    start, end: noun.end, count: { min: from.value, max: to.value },
    vague: false, other: false, selfRole: noun.role, subset: false, person: true, another: false,
  };
}

/** A numbered quantity from token i (bound, number, noun), or null. */
function numberedAt(tokens: readonly Token[], i: number): Quantity | null {
  let j = i;
  let kind: BoundKind | null = null;
  const pb = preBoundAt(tokens, i);
  if (pb) {
    kind = pb.kind;
    j = pb.end;
  }
  // بين N و M
  if (!pb && tokens[i]?.stems.includes(BETWEEN)) {
    const a = readNumber(tokens, i + 1);
    if (!a) return null;
    const andTok = tokens[a.end];
    let b = null;
    // "بين 10 و15", and "بين 10 إلى 15" as some write it.
    if (andTok?.text === AND || andTok?.text === TO) b = readNumber(tokens, a.end + 1);
    else if (andTok?.kind === "word" && andTok.text[0] === AND) {
      const r = readNumber([cutToken(andTok, 1), ...tokens.slice(a.end + 1, a.end + 3)], 0);
      if (r) b = { ...r, end: a.end + r.end };
    }
    if (!b) return null;
    const noun = nounAfter(tokens, b.end);
    if (noun.kind === "reject") return null;
    return {
      start: i, end: Math.max(b.end, noun.end), count: { min: Math.min(a.value, b.value), max: Math.max(a.value, b.value) },
      vague: false, other: false, selfRole: noun.role, subset: false, person: noun.kind !== "unknown", another: false,
    };
  }
  // "قرابة الخمسين": after a bound, a number word may take the article.
  const num = readNumber(tokens, j) ?? (pb ? definiteNumberAt(tokens, j) : null);
  if (!num) return null;
  const before = tokens[i - 1];
  if (!pb && before && (stemIn(before, NUMBER_LABELS) || before.text === "#")) return null;
  const range = pb ? null : rangeTo(tokens, i, num);
  if (range) return range;
  const noun = nounAfter(tokens, num.end);
  if (noun.kind === "reject" || (pb?.needsPeople && noun.kind !== "person" && noun.kind !== "cnoun")) return null;
  if (!num.words && num.value >= 1900 && num.value <= 2100 && noun.kind !== "person" && noun.kind !== "cnoun") return null;
  let end = Math.max(num.end, noun.end);
  // "أحد العناصر", "ثلاثة من القتلى": a number before a definite group picks some of those already counted.
  const groupTok = noun.kind === "unknown" ? undefined : tokens[noun.end - 1];
  const part = !!groupTok && groupTok.text.startsWith("ال") && (num.value === 1 || noun.kind === "cnoun") && !pb;
  // "5 عناصر آخرين": the آخر-word belongs to the counted noun.
  const another = otherAt(tokens[end]);
  if (another) end++;
  const post = postAtLeast(tokens, end);
  if (post > 0 && kind === null) {
    kind = "atLeast";
    end = post;
  }
  const attackers = (noun.kind === "person" && isAttackers(tokens, noun.end - 1)) || themAreAttackers(tokens, i, end);
  return {
    start: i, end, count: bounded(num.value, kind), vague: false, other: false,
    selfRole: noun.role, subset: false, person: noun.kind !== "unknown", another,
    ...(part && !attackers ? { part } : {}), ...(attackers ? { attackers } : {}),
    ...(part && !attackers && num.value === 1 && noun.kind === "person" ? { onePerson: true } : {}),
  };
}

/** A vague quantity (عدد من، عشرات، العشرات) from token i, or null. */
function vagueAt(tokens: readonly Token[], i: number): Quantity | null {
  const v = stemGet(tokens[i], VAGUE_QUANTITIES);
  if (!v) return null;
  let k = i + 1;
  // "مجموعة مؤلفة من خمسة عناصر": the number inside counts, not the vague word.
  if (COMPOSED_OF.includes(tokens[k]?.text ?? "")) return null;
  const another = !!stemGet(tokens[k], OTHER_WORDS); // "عدداً آخر من"
  if (another) k++;
  if (phraseAt(tokens, k, NOT_FIXED)) k += 2; // "عدد غير محدد من"
  const next = tokens[k];
  let role: Role | null = null;
  let end = k;
  if (next?.text === FROM) {
    role = cnounRole(tokens[k + 1]) ?? theDeadRole(v, tokens[k + 1]);
    end = k + 2;
  } else if (isPersonNoun(next) || cnounRole(next) || theDeadRole(v, next)) {
    role = cnounRole(next) ?? theDeadRole(v, next);
    end = k + 1;
  } else if (next?.text === OF_THEM && k === i + 1) {
    // "بعد مقتل عدد منهم": some of a group just named, perhaps the attackers.
    const attackers = themAreAttackers(tokens, i, k) || armedGroupJustBefore(tokens, i);
    return { start: i, end: k + 1, count: { ...v }, vague: true, other: false, selfRole: null, subset: false, person: true, another, ...(attackers ? { attackers } : {}) };
  } else if (k === i + 1 && !STANDALONE_VAGUE.has(tokens[i].text)) {
    return null; // "عدة مرات": not people; "وإصابة العشرات" stands alone
  }
  if (stemIn(tokens[end - 1], NON_PERSON_NOUNS)) return null;
  // "عشرات القتلى والجرحى", "العشرات من القتلى والمصابين": one number over the dead and the wounded together.
  if (role === "killed" && stemIn(tokens[end], VAGUE_BOTH_SECOND)) {
    role = "killedOrWounded";
    end++;
  }
  const attackers = end > k && isAttackers(tokens, end - 1);
  return { start: i, end, count: { ...v }, vague: true, other: false, selfRole: role, subset: false, person: true, another, ...(attackers ? { attackers } : {}) };
}

/**
 * Definite nouns of the dead that count no one alone ("جثامين الضحايا" are victims already told)
 * but do after dozens or hundreds: "عشرات الضحايا", "العشرات من الشهداء" (ANNOTATION.md's rows),
 * not after "عدد" ("عدد الضحايا" is the number of the victims, no figure).
 */
const THE_DEAD = new Vocab(["الضحايا", "الشهداء"].map(normalize));
// Dozens or more ("عشرات"), not "عدد".
const theDeadRole = (v: Count, tok: Token | undefined): Role | null => (v.min >= DOZENS.min && tok && THE_DEAD.has(tok.text) ? "killed" : null);

/** The wounded after a vague number of dead ("عشرات القتلى والجرحى"): the number counts both. */
const VAGUE_BOTH_SECOND = new Vocab(["والجرحى", "وجرحى", "والمصابين", "ومصابين"].map(normalize));

/** Words with a pronoun ending that still follow "آخر" meaning "another one" ("وأصيب آخر منهم"). */
const OTHER_THEN_PRONOUN = new Vocab(["منهم", "منها", "منه", "معه", "معهم", "معها", "برفقته", "برفقتهم"].map(normalize));
/** Whether the word after "آخر" makes it "the last of" (a noun with a possessive ending: "معاقله", "هجماتها"). */
function isLastOf(next: Token | undefined): boolean {
  return !!next && next.kind === "word" && next.text.length > 3 && /(ه|ها|هم)$/.test(next.text) && !stemIn(next, OTHER_THEN_PRONOUN);
}

/** A quantity told by a noun alone: singular (1), dual (2), plural (2+), "آخر"-words, a named person. */
function nounOnlyAt(tokens: readonly Token[], i: number, inList = false): Quantity | null {
  const raw = tokens[i];
  if (!raw || raw.kind !== "word") return null;
  // (Not "الثالثة" in "المحطة الثالثة": only the bare word means "a third one".)
  const other = stemGet(raw, OTHER_WORDS);
  // "خسر آخر معاقله", "آخر هجماته": "the last of", not another person.
  if (other && isLastOf(tokens[i + 1])) return null;
  if (other) return { start: i, end: i + 1, count: { ...other }, vague: other.max === null, other: true, selfRole: null, subset: false, person: true, another: false };
  if (stemIn(raw, NAME_MARKERS) && (!stemIn(raw, KNOWN_AS_MARKERS) || isPersonNoun(tokens[i - 1]))) {
    return { start: i, end: i + 2, count: { min: 1, max: 1 }, vague: false, other: false, selfRole: null, subset: false, person: true, another: false, name: nameAfter(tokens, i + 1) };
  }
  let count: Count | null = null;
  // "القيادي", "الضابط": a definite noun points back to someone already counted, so it is weak evidence.
  let vague = hasArticle(raw) && !stemIn(raw, PERSON_SINGULAR) && !stemIn(raw, PERSON_DUAL);
  // "اللواء … رفقة عناصره": the leader and his men, 1 + 2.
  // "القيادي … ومرافقوه", "العميد … وعناصره": the same with "و".
  if (stemIn(raw, HIS_MEN) && (stemIn(tokens[i - 1], COMPANION_WORDS) || (raw.text[0] === AND && HIS_MEN.has(raw.text.slice(1))))) {
    return { start: i - 1, end: i + 1, count: { min: 3, max: null }, vague: false, other: false, selfRole: null, subset: false, person: true, another: false, withLeader: true };
  }
  if (personIn(raw, DUAL)) count = { min: 2, max: 2 };
  else if (personIn(raw, SINGULAR)) count = { min: 1, max: 1 };
  else if (KIN_IN_LIST.has(raw.text) && (inList || kinListAfter(tokens[i + 1]))) count = { min: 1, max: 1 };
  else if (personIn(raw, PLURAL)) {
    count = { min: 2, max: null };
    vague = true;
  }
  if (!count) return null;
  // "بتفجير انتحاري", "الهجوم الانتحاري": the adjective of the act, not a bomber.
  if (stemIn(raw, BOMBER_NOUNS) && i > 0 && countsThing(tokens[i - 1])) return null;
  // "قتلوا في هجوم لمسلحين", "كمين لعناصر التنظيم": people after ل are whose the act was, not victims.
  if (raw.text[0] === "ل" && raw.stems.length > 1) return null;
  let end = i + 1;
  // "طفلين اثنين", "مدنيين اثنين": a numeral after the noun says how many (the dual and the
  // plural "مدنيين" are written alike once the vowels are gone).
  // "أبنائه الثلاثة", "أطفالها الأربعة": a plural numbered by the word after it.
  const numeral = count.min === 2 ? numberWordAt(tokens, end) : null;
  if (numeral && (numeral.value === 2 || (count.max === null && numeral.value > 2))) {
    count = { min: numeral.value, max: numeral.value };
    vague = false;
    end = numeral.end;
  }
  // "امرأة تدعى …": a named person.
  const name = count.max === 1 && stemIn(tokens[end], NAME_MARKERS) ? nameAfter(tokens, end + 1) : undefined;
  const another = otherAt(tokens[end]); // "عنصر آخر", "عنصران آخران"
  if (another) end++;
  const post = postAtLeast(tokens, end);
  return {
    start: i, end: post > 0 ? post : end, count: post > 0 ? { min: count.min, max: null } : count,
    vague, other: false, selfRole: null, subset: false, person: true, another, name,
    ...(stemIn(raw, ATTACKER_NOUNS) ? { attackers: true } : {}),
  };
}

/** A number word with the article at token i ("الخمسين", "الثلاثة"), or null. */
function definiteNumberAt(tokens: readonly Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t || t.kind !== "word" || !t.text.startsWith(ARTICLE)) return null;
  const r = readNumber([cutToken(t, ARTICLE.length), ...tokens.slice(i + 1, i + 3)], 0);
  return r ? { ...r, end: i + r.end } : null;
}

/** A number written in words at token i, with or without the article ("اثنين", "الثلاثة"), or null. */
function numberWordAt(tokens: readonly Token[], i: number): NumberRead | null {
  const n = readNumber(tokens, i) ?? definiteNumberAt(tokens, i);
  return n?.words ? n : null;
}

/** The first word of a name after a marker, quotes skipped. */
function nameAfter(tokens: readonly Token[], i: number): string | undefined {
  for (let j = i; j < i + 3 && j < tokens.length; j++) if (tokens[j].kind === "word") return tokens[j].text;
  return undefined;
}

/** A noun told with an exact count of its own ("ومترجم", "وطفليها", "وأبنائه الثلاثة"), else null. */
function exactNoun(q: Quantity | null): Quantity | null {
  return q && !q.vague && !q.other && q.count.max !== null ? q : null;
}

/** "عنصر وآخر", "ضابطان وآخران": one or two more, told by the "آخر"-word alone. */
function otherExact(tokens: readonly Token[]): Quantity | null {
  const q = nounOnlyAt(tokens, 0);
  return q && q.other && q.count.max !== null ? { ...q, other: false } : null;
}

/** How many tokens an unnumbered group after "و" may take ("وعدد غير محدد من العناصر"). */
const UNNUMBERED_LINK_TOKENS = 6;

/**
 * An unnumbered group after a numbered one ("3 جنود وعدد من المهاجمين", "ضابط وآخرون"): adds 2
 * (dozens 20) with no upper bound (ANNOTATION.md, hard cases). A bare plural noun adds nothing: "9 عناصر من
 * القوات ومسلحين موالين لها", "10 فنيين وعمال" count both nouns with the one number.
 */
function unnumberedAt(tokens: readonly Token[], i = 0): Quantity | null {
  const q = vagueAt(tokens, i) ?? nounOnlyAt(tokens, i);
  if (!q || !q.vague || q.count.max !== null || q.another || q.subset) return null;
  return q.other || stemGet(tokens[i], VAGUE_QUANTITIES) ? q : null;
}

/** Sums "أربعة عسكريين و26 عنصراً" and "6 من القوات الروسية بالإضافة إلى 20 عنصراً" into one group. */
function chainNext(tokens: readonly Token[], q: Quantity): Quantity | null {
  let j = q.end;
  // Skip up to four words that qualify the group ("6 من القوات الروسية بالإضافة إلى …").
  for (let hop = 0; hop <= 4 && j < tokens.length; hop++, j++) {
    const t = tokens[j];
    // A comma may stand before a connector of addition ("مدني، وكذلك عنصر"), never before a bare "و".
    if (t.text === "," && ALSO_CHAIN.some((w) => phraseAt(tokens, j + 1, w))) continue;
    if (t.kind === "punct" && t.text !== '"') return null;
    if (stemGet(t, ANCHORS) && !cnounRole(t)) return null;
    // "5 أشخاص بينهم طفلان وامرأة": what follows "بينهم" is part of the group, never more of it.
    if (stemIn(t, SUBSET_MARKERS)) return null;
    let start = -1;
    // The group's first letter is a glued word to cut off ("و26", "وطفليها", "إضافة لثلاثة").
    let glued = false;
    if (t.text === AND) start = j + 1;
    else if (t.kind === "word" && t.text[0] === AND && t.text.length > 2) [start, glued] = [j, true]; // "و26" splits, "وأربعة" does not
    for (const w of ALSO_CHAIN) if (phraseAt(tokens, j, w)) [start, glued] = [j + w.length, false];
    const after = tokens[j + 1];
    if (stemIn(t, ALSO_GLUED) && after?.kind === "word" && after.text[0] === TO_GLUED && after.text.length > 2) [start, glued] = [j + 1, true];
    if (start < 0) continue;
    let next: Quantity | null = null;
    if (glued) {
      const local = [cutToken(tokens[start], 1), ...tokens.slice(start + 1, start + UNNUMBERED_LINK_TOKENS)];
      // "جنديين أمريكيين ومترجم مدني", "امرأة وطفليها": a noun with a count of its own adds it.
      const r = numberedAt(local, 0) ?? exactNoun(nounOnlyAt(local, 0, true)) ?? otherExact(local) ?? (q.vague ? null : unnumberedAt(local));
      if (r) next = { ...r, start, end: start + r.end };
    } else {
      // ("ضابط بالإضافة إلى عنصرين": a noun alone with an exact count adds it too.)
      next = numberedAt(tokens, start) ?? exactNoun(nounOnlyAt(tokens, start, true)) ?? (q.vague ? null : unnumberedAt(tokens, start));
    }
    if (!next || (next.vague && q.vague) || !next.person) return null;
    if (next.selfRole !== q.selfRole && next.selfRole !== null) return null;
    return next;
  }
  return null;
}

/** Two counts of different people, added (open when either is): "6 عناصر و3 مدنيين" → 9. */
export function sumCounts(a: Count, b: Count): Count {
  return { min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max };
}

/** Every word a quantity phrase may start with: most tokens are ruled out by one lookup. */
const STARTERS: ReadonlySet<string> = new Vocab([
  ...NUMBER_UNITS.keys(), ...NUMBER_TENS.keys(), ...NUMBER_HUNDREDS.keys(), ...NUMBER_THOUSANDS.keys(), ...VAGUE_QUANTITIES.keys(),
  ...PRE_BOUNDS.map((b) => b.words[0]), BETWEEN, ...OTHER_WORDS.keys(), ...NAME_MARKERS,
  ...PERSON_SINGULAR, ...PERSON_DUAL, ...PERSON_PLURAL, ...HIS_MEN, ...KIN_IN_LIST,
]);
/** The starters with the article ("القيادي", "العشرات"), so that no stem has to be cut to look it up. */
const DEFINITE_STARTERS: ReadonlySet<string> = new Vocab([...STARTERS].map((w) => "ال" + w));
function mayStart(t: Token): boolean {
  if (t.kind === "digits") return true;
  if (t.kind !== "word") return false;
  for (const s of t.stems) if (STARTERS.has(s) || DEFINITE_STARTERS.has(s)) return true;
  return false;
}

/** Every word the scan below acts on (a starter, "بين", a subset marker, an anchor): most words are passed over by one lookup. */
const SCANNED: ReadonlySet<string> = new Vocab([...STARTERS, ...DEFINITE_STARTERS, BETWEEN, ...SUBSET_MARKERS, ...ANCHORS.keys()]);

/** All quantity phrases of a tokenized sentence, left to right, subsets marked. */
export function findQuantities(tokens: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  let subsetMode = false;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === "punct") {
      // No punctuation mark starts a quantity or a subset.
      if (t.text === "," || HARD_STOP.has(t.text)) subsetMode = false;
      i++;
      continue;
    }
    if (t.kind === "word" && !stemIn(t, SCANNED)) {
      i++;
      continue;
    }
    // "بين القتلى 7 عسكريين": among the dead, a subset of them.
    if (t.stems.includes(BETWEEN) && cnounRole(tokens[i + 1]) && !readNumber(tokens, i + 1)) {
      subsetMode = true;
      i += 2;
      continue;
    }
    if (stemIn(t, SUBSET_MARKERS)) {
      const prev = out[out.length - 1];
      const directlyAfter = prev && prev.end === i;
      if (t.stems.includes("منهم") || t.stems.includes("منها")) {
        // "30 قتيلا، أربعة منهم جنود": subset only when a numbered total came shortly before.
        const total = out.find((q) => !q.vague && !q.subset && q.end <= (directlyAfter ? prev.start : i) && i - q.end <= 8);
        if (directlyAfter && total) prev.subset = true;
        if (total) subsetMode = true;
      } else {
        subsetMode = true;
      }
      i++;
      continue;
    }
    // A verb or verbal noun of its own ends the subset ("بينهم 3 أطفال، وأصيب …").
    const anchor = stemGet(t, ANCHORS);
    if (anchor && anchor.form !== "cnoun") subsetMode = false;
    let q = mayStart(t) ? numberedAt(tokens, i) ?? vagueAt(tokens, i) ?? nounOnlyAt(tokens, i) : null;
    if (!q) {
      i++;
      continue;
    }
    for (let link = q.name ? null : chainNext(tokens, q); link; link = chainNext(tokens, q)) {
      q = {
        ...q, end: link.end,
        count: sumCounts(q.count, link.count),
      };
    }
    // "العقيد سمير رفقة عناصره": the leader just named is the 1 of the 1 + 2.
    const leader = out[out.length - 1];
    if (q.withLeader && leader && leader.count.max === 1 && q.start - leader.end <= LEADER_NAME_TOKENS) {
      out.pop();
      q = { ...q, start: leader.start };
    }
    q.subset = subsetMode;
    out.push(q);
    i = Math.max(q.end, i + 1);
  }
  return out;
}
