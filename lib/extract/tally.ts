/**
 * Combines the figures an incident gathered from several sentences and sources into one count
 * per role, by the range rule of ANNOTATION.md.
 */
import type { Count } from "../types";
import type { CountRole, Figure } from "./counts";
import { sumCounts } from "./quantities";

/**
 * One count from several figures for the same role:
 * a figure for part of a group yields to a numeric figure for the whole, and alone says "at
 * least"; a toll that "rose to" N drops the smaller figures it updates; numeric figures win over
 * vague ones; among numeric figures min is the smallest lower bound and max the largest upper
 * bound (open if any is open); vague figures alone give the most informative lower bound.
 * @example combine([{count:{min:9,max:9}}, {count:{min:14,max:14}}]) // {min: 9, max: 14}
 */
export function combine(given: ReadonlyArray<Pick<Figure, "count" | "vague" | "final" | "name" | "part" | "onePerson" | "shared" | "total" | "besides" | "earlier">>): Count | null {
  const all = withBesides(given);
  if (all.length === 0) return null;
  // A share of a total over several incidents says less than a figure told for this one; the
  // same total told again (a lede over the whole series) is no figure of this one.
  const totals = all.filter((f) => f.shared && f.total).map((f) => f.total!);
  if (totals.length && all.some((f) => !f.shared)) {
    const own = all.filter((f) => !f.shared && !totals.some((t) => t.min === f.count.min && t.max === f.count.max));
    return combine(own.some((f) => !f.vague) ? own : all.filter((f) => f.shared));
  }
  // "أحد العناصر", "نعوات لثلاثة من القتلى": some of a group counted elsewhere, so at most a lower bound,
  // except "وأصيب أحد العمال" when nothing else counts the role: one person, exactly (ANNOTATION.md).
  const wholeNumeric = all.some((f) => !f.part && !f.vague);
  const exactOne = all.every((f) => f.part && f.onePerson);
  const figures = wholeNumeric
    ? all.filter((f) => !f.part)
    : all.map((f) => (f.part && !exactOne ? { ...f, count: { min: f.count.min, max: null } } : f));
  // "مقتل امرأة تدعى …" and "مقتل المدعو …": two named victims are two people, not two reports of one.
  const numericOnes = figures.filter((f) => !f.vague);
  const names = new Set(numericOnes.map((f) => f.name).filter(Boolean));
  if (names.size >= 2 && numericOnes.every((f) => f.count.min === 1 && f.count.max === 1)) {
    const unnamed = numericOnes.some((f) => !f.name) ? 1 : 0;
    return { min: names.size, max: names.size + unnamed };
  }
  let pool = [...figures];
  const finals = pool.filter((f) => f.final);
  if (finals.length > 0) {
    const latest = Math.max(...finals.map((f) => f.count.min));
    // (An open figure may still hold beside the risen one, "أكثر من 130" and "132", unless told as earlier.)
    pool = pool.filter((f) => f.final || f.vague || (!f.earlier && (f.count.max === null || f.count.max > latest)));
  }
  const numeric = pool.filter((f) => !f.vague);
  if (numeric.length > 0) {
    const min = Math.min(...numeric.map((f) => f.count.min));
    const max = numeric.some((f) => f.count.max === null) ? null : Math.max(...numeric.map((f) => f.count.max as number));
    return { min, max };
  }
  const vague = pool.filter((f) => f.vague);
  if (vague.length === 0) return null;
  const best = vague.reduce((a, b) => (b.count.min > a.count.min ? b : a));
  return { min: best.count.min, max: best.count.max };
}

/**
 * "قتل 7 جنود … وأضاف أن الهجوم أسفر أيضاً عن مقتل ثلاثة مدنيين": a figure told as caused
 * "also" adds to the numeric figure told just before it (7 + 3), which it does not restate.
 */
function withBesides<F extends Pick<Figure, "count" | "vague" | "besides">>(figures: readonly F[]): F[] {
  if (!figures.some((f) => f.besides)) return [...figures];
  const out: F[] = [];
  for (const f of figures) {
    let k = out.length - 1;
    while (f.besides && k >= 0 && out[k].vague) k--;
    if (!f.besides || k < 0) out.push(f);
    else out[k] = { ...out[k], count: add(out[k].count, f.count)! };
  }
  return out;
}

/** An incident's counts by role. */
export type Counts = Record<CountRole, Count | null>;

/** Two counts of different people, added ("عنصران … وما لا يقل عن ثلاثة مهاجمين" → {5, open}). */
function add(a: Count | null, b: Count | null): Count | null {
  if (!a || !b) return a ?? b;
  return sumCounts(a, b);
}

/** One role's count: the attackers' own dead are another group than the victims, so the two add. */
function combineSides(figures: readonly Figure[]): Count | null {
  if (!figures.some((f) => f.attackers)) return combine(figures);
  return add(combine(figures.filter((f) => !f.attackers)), combine(figures.filter((f) => f.attackers)));
}

/** The counts of an incident; a combined figure is dropped when killed and wounded both have numbers. */
export function tallyCounts(figures: readonly Figure[]): Counts {
  const by: Record<CountRole, Figure[]> = { killed: [], wounded: [], killedOrWounded: [], captured: [], missing: [] };
  for (const f of figures) by[f.role].push(f);
  const out: Counts = {
    killed: combineSides(by.killed),
    wounded: combineSides(by.wounded),
    killedOrWounded: combine(by.killedOrWounded),
    captured: combine(by.captured),
    missing: combine(by.missing),
  };
  if (by.killed.some((f) => !f.vague) && by.wounded.some((f) => !f.vague)) out.killedOrWounded = null;
  return out;
}
