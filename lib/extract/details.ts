/**
 * The unscored details users need: the units that were hit (targets), equipment destroyed or
 * seized, and the sources cited with their own figures.
 */
import type { Count, EquipmentMention, SourceMention, TargetMention } from "../types";
import { normalize } from "../text/normalize";
import { SOURCE_ALIASES, TARGET_ALIASES, type Alias } from "./actors";
import type { Span } from "./classify";
import type { Figure } from "./counts";
import { readNumber } from "./numbers";
import { tallyCounts } from "./tally";
import { PhraseIndex, stemGet, type Token } from "./tokens";
import { VAGUE_QUANTITIES } from "./vocab";

const m = <T>(entries: Record<string, T>): ReadonlyMap<string, T> =>
  new Map(Object.entries(entries).map(([k, v]) => [normalize(k), v]));

/** Equipment nouns: canonical kind and what the word alone counts (dual = 2, plural = 2+). */
const EQUIPMENT = m<{ kind: string; n: "one" | "two" | "plural" }>({
  "دبابة": { kind: "tank", n: "one" }, "دبابتين": { kind: "tank", n: "two" }, "دبابتان": { kind: "tank", n: "two" }, "دبابات": { kind: "tank", n: "plural" },
  "آلية": { kind: "vehicle", n: "one" }, "آليتين": { kind: "vehicle", n: "two" }, "آليات": { kind: "vehicle", n: "plural" },
  "سيارة": { kind: "vehicle", n: "one" }, "سيارتين": { kind: "vehicle", n: "two" }, "سيارات": { kind: "vehicle", n: "plural" },
  "عربة": { kind: "vehicle", n: "one" }, "عربات": { kind: "vehicle", n: "plural" }, "مدرعة": { kind: "armoured vehicle", n: "one" },
  "مدرعات": { kind: "armoured vehicle", n: "plural" }, "حافلة": { kind: "bus", n: "one" }, "حافلتين": { kind: "bus", n: "two" },
  "الحافلة": { kind: "bus", n: "one" }, "الشاحنة": { kind: "truck", n: "one" }, "شاحنة": { kind: "truck", n: "one" },
  "أسلحة": { kind: "weapons", n: "plural" }, "سلاح": { kind: "weapons", n: "plural" }, "ذخائر": { kind: "ammunition", n: "plural" },
  "ذخيرة": { kind: "ammunition", n: "plural" }, "رشاش": { kind: "weapons", n: "one" }, "المروحية": { kind: "helicopter", n: "one" },
});
/** Words that say what happened to equipment, and for how many tokens after them the noun may follow. */
const FATE = m<EquipmentMention["fate"]>({
  "تدمير": "destroyed", "دمرت": "destroyed", "حرق": "destroyed", "إحراق": "destroyed", "احتراق": "destroyed",
  "تفجير": "destroyed", "إعطاب": "damaged", "أعطبت": "damaged", "الاستيلاء": "seized", "مصادرة": "seized",
  "اغتنام": "seized", "استولوا": "seized", "غنم": "seized",
});
const FATE_WINDOW = 4;

const TARGET_INDEX = new PhraseIndex(TARGET_ALIASES.map((a) => ({ words: a.words, value: a })));
const SOURCE_INDEX = new PhraseIndex(SOURCE_ALIASES.map((a) => ({ words: a.words, value: a })));

/** Tokens [a, b) as the article wrote them, when the span knows its source. */
function asWritten(span: Span, a: number, b: number, fallback: string): string {
  return span.original ? span.original(a, b) : fallback;
}

function findAliases(spans: readonly Span[], index: PhraseIndex<Alias>): Array<{ alias: Alias; span: number; at: number }> {
  const out: Array<{ alias: Alias; span: number; at: number }> = [];
  spans.forEach((s, k) => {
    for (let i = s.from; i < s.to; i++) {
      const a = index.matchAt(s.tokens, i)?.value;
      if (a && i + a.words.length <= s.to) {
        out.push({ alias: a, span: k, at: i });
        i += a.words.length - 1;
      }
    }
  });
  return out;
}

/** Units and groups named in the incident's clauses, once each, the doer's own name left out. */
export function findTargets(spans: readonly Span[], doers: ReadonlySet<string> = new Set()): TargetMention[] {
  const seen = new Set<string>();
  const out: TargetMention[] = [];
  for (const { alias, span, at } of findAliases(spans, TARGET_INDEX)) {
    if (seen.has(alias.name) || doers.has(alias.name)) continue;
    seen.add(alias.name);
    out.push({ name: alias.name, alias: asWritten(spans[span], at, at + alias.words.length, alias.text) });
  }
  return out;
}

function countBefore(tokens: readonly Token[], i: number): Count | null {
  const num = readNumber(tokens, i - 1);
  if (num && num.end === i) return { min: num.value, max: num.value };
  const vague = stemGet(tokens[i - 1], VAGUE_QUANTITIES);
  if (vague) return { ...vague };
  return null;
}

/** Equipment destroyed, damaged or seized, with counts where the text gives them. */
export function findEquipment(spans: readonly Span[]): EquipmentMention[] {
  const out: EquipmentMention[] = [];
  for (const s of spans) {
    for (let i = s.from; i < s.to; i++) {
      const fate = stemGet(s.tokens[i], FATE);
      if (!fate) continue;
      // "تدمير دبابتين … وعدة آليات والاستيلاء على أسلحة": each noun up to the next fate word.
      for (let j = i + 1; j < s.to && j <= i + FATE_WINDOW + 6; j++) {
        if (stemGet(s.tokens[j], FATE)) break;
        const eq = stemGet(s.tokens[j], EQUIPMENT);
        if (!eq) continue;
        const alias = asWritten(s, j, j + 1, s.tokens[j].text);
        const before = countBefore(s.tokens, j);
        const count = before ?? (eq.n === "one" ? { min: 1, max: 1 } : eq.n === "two" ? { min: 2, max: 2 } : eq.kind === "weapons" || eq.kind === "ammunition" ? null : { min: 2, max: null });
        // Headline and body repeat the same losses: one entry per kind and fate.
        if (out.some((e) => e.kind === eq.kind && e.fate === fate)) continue;
        out.push({ kind: eq.kind, alias, count, fate });
      }
    }
  }
  return out;
}

/** Sources cited in the incident's sentences, each with the figures of its own sentence. */
export function findSources(spans: readonly Span[], figuresOf: (span: number) => readonly Figure[]): SourceMention[] {
  const out: SourceMention[] = [];
  const seen = new Map<string, SourceMention>();
  for (const hit of findAliases(spans, SOURCE_INDEX)) {
    const figures = figuresOf(hit.span);
    const counts = tallyCounts(figures);
    const prior = seen.get(hit.alias.name);
    if (prior) {
      prior.killed ??= counts.killed;
      prior.wounded ??= counts.wounded;
      continue;
    }
    const alias = asWritten(spans[hit.span], hit.at, hit.at + hit.alias.words.length, hit.alias.text);
    const mention: SourceMention = { name: hit.alias.name, alias, killed: counts.killed, wounded: counts.wounded };
    seen.set(hit.alias.name, mention);
    out.push(mention);
  }
  return out;
}
