/**
 * Groups event units into incidents: a unit joins an earlier incident when they share a
 * specific place, or when one of them is placed no more precisely than the other's governorate;
 * it opens a new incident when it says it is another event, has another date, or is another
 * kind of strike. An air or artillery strike series is one incident per place group.
 */
import type { Governorate, IncidentType } from "../types";
import { normalize } from "../text/normalize";
import { resolveGovernorate, type PlaceMention } from "../places";
import { bestType } from "./classify";
import type { Figure } from "./counts";
import type { DateMention } from "./dates";
import type { Unit } from "./units";

/** An incident being assembled. */
export interface Draft {
  units: Unit[];
  /** Figures, possibly divided among the places of a strike series. */
  figures: Figure[];
  places: PlaceMention[];
}

/** Places at least this broad (a town's desert, a governorate's countryside) do not tell events apart. */
const GENERIC_RANK = 2;
/** Rank of a governorate-wide phrase ("بادية الرقة", "محافظة حماة"). */
const GOVERNORATE_RANK = 3.8;
const MAX_DATE_GAP_DAYS = 1;

type StrikeClass = "air" | "shell" | "ground" | "any";

function classOf(hits: Unit["hits"]): StrikeClass {
  if (hits.length === 0) return "any";
  const t = bestType(hits);
  return t === "airstrike" ? "air" : t === "shelling" ? "shell" : "ground";
}
const compatibleClass = (a: StrikeClass, b: StrikeClass) => a === b || a === "any" || b === "any";

const isSpecific = (m: PlaceMention) => (m.rank ?? 1) < GENERIC_RANK && m.governorate !== null;
const placeKey = (text: string) =>
  normalize(text)
    .replace(/[-_"'().,:]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w))
    .join(" ");
function samePlace(a: PlaceMention, b: PlaceMention): boolean {
  if (a.match && b.match && a.match.id === b.match.id && a.match.precision !== "governorate") return true;
  const ka = [a.text, ...(a.forms ?? [])].map(placeKey);
  const kb = new Set([b.text, ...(b.forms ?? [])].map(placeKey));
  return ka.some((k) => k && kb.has(k));
}

const dayGap = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
const firstDate = (dates: readonly DateMention[]): string | null => dates[0]?.date ?? null;

function draftDate(d: Draft): string | null {
  for (const u of d.units) if (u.dates.length) return u.dates[0].date;
  return null;
}
function draftClass(d: Draft): StrikeClass {
  return classOf(d.units.flatMap((u) => u.hits));
}

/** Splits a strike series into one piece per place group ("غارات على شرق حماة وبادية الرقة"). */
export function splitStrikeSeries(u: Unit): Array<{ places: PlaceMention[]; figures: Figure[] }> {
  const type: IncidentType = bestType(u.hits);
  const whole = [{ places: u.places, figures: u.figures }];
  if ((type !== "airstrike" && type !== "shelling") || u.places.length < 2) return whole;
  const text = u.read.sentence.text;
  const sorted = [...u.places].sort((a, b) => a.start - b.start);
  const groups: PlaceMention[][] = [[sorted[0]]];
  for (let k = 1; k < sorted.length; k++) {
    const gap = normalize(text.slice(sorted[k - 1].end, sorted[k].start));
    // A new group starts after "و" or a comma; "ب"/"في"/"ضمن" keep narrowing the same place.
    const newGroup = gap.includes(",") || /(^|\s)و/.test(gap);
    if (newGroup) groups.push([sorted[k]]);
    else groups[groups.length - 1].push(sorted[k]);
  }
  // A governorate named alone joins the group already in that governorate ("… بإدلب، وقذيفة في محافظة إدلب").
  const merged: PlaceMention[][] = [];
  for (const g of groups) {
    const broad = g.every((m) => (m.rank ?? 0) >= GOVERNORATE_RANK);
    const gov = resolveGovernorate(g);
    const home = broad && gov ? merged.find((h) => resolveGovernorate(h) === gov) : undefined;
    if (home) home.push(...g);
    else merged.push([...g]);
  }
  // Groups with no governorate and nothing specific ("البادية") are not places of their own.
  const real = merged.filter((g) => resolveGovernorate(g) !== null || g.some(isSpecific));
  if (real.length < 2) return whole;
  // A total over several places: each gets {1, total − the others' minimums} (ANNOTATION.md).
  const k = real.length;
  const share = (f: Figure): Figure => ({
    ...f,
    count: { min: Math.min(1, f.count.min), max: f.count.max === null ? null : Math.max(1, f.count.max - (k - 1)) },
  });
  return real.map((places) => ({ places, figures: u.figures.map(share) }));
}

/** Groups the event units of an article, in reading order, into drafts. */
export function assemble(units: readonly Unit[]): Draft[] {
  const drafts: Draft[] = [];
  const pendingHeader: Unit[] = [];
  let bodyStarted = false;

  const open = (u: Unit, places: PlaceMention[], figures: Figure[]): Draft => {
    const d: Draft = { units: [u], figures: [...figures], places: [...places] };
    drafts.push(d);
    return d;
  };
  const join = (d: Draft, u: Unit, places: PlaceMention[], figures: Figure[]) => {
    if (!d.units.includes(u)) d.units.push(u);
    d.figures.push(...figures);
    d.places.push(...places);
  };

  const targetFor = (u: Unit, places: PlaceMention[]): Draft | null => {
    if (u.startsNew) return null;
    const uClass = classOf(u.hits);
    const uDate = firstDate(u.dates);
    const uSpecific = places.filter(isSpecific);
    const uGov: Governorate | null = resolveGovernorate(places);
    const fits = (d: Draft) => {
      if (!compatibleClass(uClass, draftClass(d))) return false;
      const dd = draftDate(d);
      return !(uDate && dd && dayGap(uDate, dd) > MAX_DATE_GAP_DAYS);
    };
    // 1. A shared specific place.
    if (uSpecific.length) {
      for (let k = drafts.length - 1; k >= 0; k--) {
        const d = drafts[k];
        if (fits(d) && d.places.filter(isSpecific).some((p) => uSpecific.some((q) => samePlace(p, q)))) return d;
      }
    }
    const last = drafts[drafts.length - 1];
    if (!last || !fits(last)) {
      // A broad unit may still belong to an earlier incident of its governorate.
      if (!uSpecific.length && uGov) {
        for (let k = drafts.length - 1; k >= 0; k--) if (fits(drafts[k]) && resolveGovernorate(drafts[k].places) === uGov) return drafts[k];
      }
      return null;
    }
    const lastGov = resolveGovernorate(last.places);
    const lastSpecific = last.places.some(isSpecific);
    const govOk = !uGov || !lastGov || uGov === lastGov;
    // 2. No specific place of its own: it tells more about the latest incident of its governorate.
    if (!uSpecific.length) {
      if (govOk) return last;
      for (let k = drafts.length - 2; k >= 0; k--) if (fits(drafts[k]) && resolveGovernorate(drafts[k].places) === uGov) return drafts[k];
      return null;
    }
    // 3. A specific place where an incident of its governorate had only broad ones: it narrows that incident.
    if (!lastSpecific && govOk) return last;
    if (uGov) {
      for (let k = drafts.length - 2; k >= 0; k--) {
        const d = drafts[k];
        if (fits(d) && !d.places.some(isSpecific) && resolveGovernorate(d.places) === uGov) return d;
      }
    }
    return null;
  };

  for (const u of units) {
    const header = u.read.sentence.header;
    if (header && !u.places.some(isSpecific) && !bodyStarted) {
      pendingHeader.push(u);
      continue;
    }
    for (const piece of splitStrikeSeries(u)) {
      const target = targetFor(u, piece.places);
      if (target) {
        join(target, u, piece.places, piece.figures);
        continue;
      }
      const d = open(u, piece.places, piece.figures);
      if (!header) {
        bodyStarted = true;
        // The title and subtitle told of the first incident of the body.
        for (const h of pendingHeader.splice(0)) join(d, h, h.places, h.figures);
      }
    }
  }
  if (pendingHeader.length) {
    const [first, ...rest] = pendingHeader;
    const d = open(first, first.places, first.figures);
    for (const h of rest) join(d, h, h.places, h.figures);
  }
  return drafts.filter((d) => d.figures.length > 0 || d.places.length > 0);
}
