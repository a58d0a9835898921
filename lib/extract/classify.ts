/**
 * Incident type, perpetrator and suspicion from the tokens of an incident's clauses.
 */
import type { IncidentType } from "../types";
import { normalize } from "../text/normalize";
import {
  AGENT_BEFORE,
  AGENT_VERBS_AFTER,
  FEUD_ALIASES,
  AIR_NOUNS,
  ARMED_GROUP_OF,
  ARMED_NON_STATE_AIR,
  SHELLING_VERBS_BEFORE,
  ATTACK_NOUNS,
  PERPETRATOR_ALIASES,
  SUSPICION_WORDS,
  UNKNOWN_GUNMEN,
  VICTIM_BEFORE,
  WAR_REMNANT_WORDS,
  WITH,
  type Perpetrator,
} from "./actors";
import { NEGATION_REACH_TOKENS } from "../constants";
import { negatedAt } from "./cues";
import { PhraseIndex, phraseAt, stemIn, type Token } from "./tokens";
import { BODIES_FOUND, NOT_AIRSTRIKE_AFTER, NOT_SHELLING_BEFORE, TYPE_CUES } from "./vocab";

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
}

/** Each cue word with its most telling tier: one lookup per stem instead of one per tier. */
const CUE_TIER = new Map<string, number>();
TYPE_CUES.forEach((cue, tier) => {
  for (const w of cue.words) if (!CUE_TIER.has(w)) CUE_TIER.set(w, tier);
});


/** The first abduction tier and the strong attack tier: an abduction told after an attack is part of it. */
const ABDUCTION_TIER = TYPE_CUES.findIndex((c) => c.type === "abduction");
const ATTACK_TIER = TYPE_CUES.findIndex((c) => c.type === "attack");

const BODY_WORDS = new Set(["جثث", "جثة", "جثتين", "الجثث"].map(normalize));

/** Every word `typeHits` acts on: most words are passed over by this one lookup per stem. */
const TYPE_WORDS: ReadonlySet<string> = new Set([...CUE_TIER.keys(), ...BODIES_FOUND, ...BODY_WORDS]);

/** Whether a shoulder-fired launcher is named at token `i`, quotes skipped ("قذائف “آر بي جي”"). */
function launcherAfter(tokens: readonly Token[], i: number): boolean {
  const at = tokens[i]?.text === '"' ? i + 1 : i;
  return NOT_SHELLING_BEFORE.some((p) => phraseAt(tokens, at, p));
}

/** The type cues of a span, each with its tier. */
export function typeHits(span: Span): TypeHit[] {
  const hits: TypeHit[] = [];
  const { tokens, from, to } = span;
  let bodies = false;
  let found = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== "word" || !stemIn(t, TYPE_WORDS)) continue;
    if (stemIn(t, BODIES_FOUND)) found = true;
    if (stemIn(t, BODY_WORDS)) bodies = true;
    let tier = -1;
    for (const s of t.stems) {
      const k = CUE_TIER.get(s);
      if (k !== undefined && (tier < 0 || k < tier)) tier = k;
    }
    if (tier < 0) continue;
    const cue = TYPE_CUES[tier];
    // "إنزال جوي" is a raid by helicopter, not a strike from the air.
    if (cue.type === "airstrike" && stemIn(tokens[i - 1], NOT_AIRSTRIKE_AFTER)) continue;
    if (cue.type === "shelling" && launcherAfter(tokens, i + 1)) continue;
    // "لم تقع انتهاكات لوقف إطلاق النار": a denied event.
    if (negatedAt(tokens, i, NEGATION_REACH_TOKENS)) continue;
    // "هجوما مباغتا … في محاولة اختطاف العمال": an abduction during an attack is the attack.
    if (tier === ABDUCTION_TIER && hits.some((h) => h.tier === ATTACK_TIER)) continue;
    hits.push({ type: cue.type, tier, tok: i });
  }
  // Bodies found dumped (after an abduction) read as an execution; bodies of the missing found
  // after a told attack ("ارتفعت حصيلة الهجوم … بعد العثور على جثث") are that attack's.
  if (found && bodies && !hits.length) hits.push({ type: "execution", tier: TYPE_CUES.findIndex((c) => c.type === "execution"), tok: from });
  return hits;
}

/** The most telling type among hits, or "other". */
export function bestType(hits: readonly TypeHit[]): IncidentType {
  let best: TypeHit | null = null;
  for (const h of hits) if (!best || h.tier < best.tier) best = h;
  return best ? best.type : "other";
}

interface ActorHit {
  perp: Perpetrator;
  /** A feud's sides named ("بين عائلتين"): doers without a verb to say so. */
  feud: boolean;
  score: number;
  order: number;
}

const PERPETRATOR_INDEX = new PhraseIndex(PERPETRATOR_ALIASES.map((a) => ({ words: a.words, value: a })));
const FROM = normalize("من");
const POSITIONS = normalize("مواقع");
// "other" flies too: another state's air force ("سلاح الجو الأردني").
const NATIONAL: ReadonlySet<Perpetrator> = new Set(["Russia", "Turkey", "Israel", "US-led coalition", "Syrian government", "other"]);

/** Actor mentions of a span, scored: positive when the text makes them the doer. */
function actorHits(span: Span, order0: number): ActorHit[] {
  // Quotes split aliases ("تنظيم “الدولة”"): read the words without them.
  const idx: number[] = [];
  for (let i = span.from; i < span.to; i++) if (span.tokens[i].text !== '"' && span.tokens[i].text !== "'") idx.push(i);
  const words = idx.map((i) => span.tokens[i]);
  const hits: ActorHit[] = [];
  for (let p = 0; p < words.length; p++) {
    const alias = PERPETRATOR_INDEX.matchAt(words, p)?.value;
    if (!alias) continue;
    const end = p + alias.words.length;
    let score = 0;
    const before = [words[p - 1], words[p - 2]];
    if (before.some((t) => stemIn(t, AGENT_BEFORE)) || stemIn(words[p - 1], SHELLING_VERBS_BEFORE)) score += 2;
    // "بهجوم لـ تنظيم الدولة", "هجوم لداعش": ل after an attack noun names the doer.
    const lam = words[p - 1]?.text === "ل" ? 2 : words[p].text[0] === "ل" && words[p].stems.length > 1 ? 1 : 0;
    // (An adjective may sit between: "قصف مدفعي لقوات النظام", "هجوم مباغت لداعش".)
    if (lam && (stemIn(words[p - lam], ATTACK_NOUNS) || stemIn(words[p - lam - 1], ATTACK_NOUNS))) score += 2;
    if ([words[end], words[end + 1], words[end + 2]].some((t) => stemIn(t, AGENT_VERBS_AFTER))) score += 2;
    // "هاجم مسلحون من العشائر", "شنته مجموعة من فلول النظام": gunmen drawn from the actor.
    if (words[p - 1]?.text === FROM && stemIn(words[p - 2], ARMED_GROUP_OF)) score += 2;
    if (NATIONAL.has(alias.name) && [words[p - 1], words[p - 2], words[p - 3]].some((t) => stemIn(t, AIR_NOUNS))) score += 3;
    // "ضد داعش", "عناصر من قوات النظام": the actor is the one hit.
    if (stemIn(words[p - 1], VICTIM_BEFORE) || (words[p - 1]?.text === FROM && stemIn(words[p - 2], VICTIM_BEFORE))) score -= 2;
    // "مخلفات المعارك مع تنظيم داعش": a side in past battles, not the doer.
    // (Also the second alias of "مع تنظيم داعش".)
    if ([p - 1, p - 2].some((j) => words[j]?.text === WITH && stemIn(words[j - 1], WAR_REMNANT_WORDS) && stemIn(words[j - 2], WAR_REMNANT_WORDS))) score -= 2;
    // "من مواقع جبهة النصرة": fire came from there.
    if (words[p - 1]?.text === POSITIONS && words[p - 2]?.text === FROM) score += 4;
    hits.push({ perp: alias.name, feud: FEUD_ALIASES.has(alias.text), score, order: order0 + p });
    p = end - 1;
  }
  return hits;
}

/** Every word that says the doer is only believed or unknown: most words are passed over by this one lookup. */
const DOUBT_WORDS: ReadonlySet<string> = new Set([...SUSPICION_WORDS, ...UNKNOWN_GUNMEN]);

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
  const hits = spans.flatMap((s, k) => actorHits(s, k * 10_000));
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
  const pool = hits.filter((h) => (air ? NATIONAL.has(h.perp) || ARMED_NON_STATE_AIR.has(h.perp) || h.perp === "opposition" || h.perp === "unknown" : true));
  const best = pool
    .filter((h) => h.perp !== "unknown" && h.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)[0];
  if (best) return { perpetrator: best.perp, suspected };
  // Only air strikes inherit: another strike told in the same article by the same air force.
  if (air) return { perpetrator: type === "airstrike" ? inheritedAir ?? "unknown" : "unknown", suspected: false };
  if (hits.some((h) => h.perp === "ISIS" && h.score >= 0)) return { perpetrator: "ISIS", suspected };
  // "اشتباك بين عائلتين", "نزاع عشائري": a feud's sides are its doers.
  if (hits.some((h) => h.feud && h.score >= 0)) return { perpetrator: "other", suspected };
  return { perpetrator: "unknown", suspected: suspected || gunmen };
}
