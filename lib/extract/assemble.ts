/**
 * Groups event units into incidents: a unit joins an earlier incident when they share a
 * specific place, or when one of them is placed no more precisely than the other's governorate;
 * it opens a new incident when it says it is another event, has another date, or is another
 * kind of strike. An air or artillery strike series is one incident per place group.
 */
import type { Governorate, IncidentType } from "../types";
import { normalize } from "../text/normalize";
import { resolveGovernorate, type PlaceMention } from "../places";
import { bestType, type TypeHit } from "./classify";
import type { Figure } from "./counts";
import type { DateMention } from "./dates";
import type { Unit } from "./units";

/** An incident being assembled. */
export interface Draft {
  units: Unit[];
  /** Figures, possibly divided among the places of a strike series. */
  figures: Figure[];
  /** Place mentions, one per place text. */
  places: PlaceMention[];
  /** Kept up to date as units join, so that joining stays cheap on long articles. */
  state: { unitSet: Set<Unit>; placeKeys: Set<string>; hits: TypeHit[]; date: string | null; gov: Governorate | null; govDirty: boolean };
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

const isSpecific = (m: PlaceMention) => (m.rank ?? 1) < GENERIC_RANK;
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
    const d: Draft = {
      units: [], figures: [], places: [],
      state: { unitSet: new Set(), placeKeys: new Set(), hits: [], date: null, gov: null, govDirty: false },
    };
    join(d, u, places, figures);
    drafts.push(d);
    return d;
  };
  const join = (d: Draft, u: Unit, places: PlaceMention[], figures: Figure[]) => {
    const s = d.state;
    if (!s.unitSet.has(u)) {
      s.unitSet.add(u);
      d.units.push(u);
      // Only the most telling cue matters for the draft's kind.
      const best = u.hits.reduce<TypeHit | null>((a, h) => (!a || h.tier < a.tier ? h : a), null);
      if (best && (!s.hits.length || best.tier < s.hits[0].tier)) s.hits = [best];
      if (!s.date && u.dates.length) s.date = u.dates[0].date;
    }
    d.figures.push(...figures);
    for (const p of places) {
      const key = `${p.text}|${p.start}|${p.governorate}|${p.rank}`;
      const textKey = `${placeKey(p.text)}|${p.governorate}`;
      if (s.placeKeys.has(textKey) || s.placeKeys.has(key)) continue;
      s.placeKeys.add(textKey);
      d.places.push(p);
      s.govDirty = true;
    }
  };

  const targetFor = (u: Unit, places: PlaceMention[], taken: ReadonlySet<Draft>): Draft | null => {
    if (u.startsNew) return null;
    const uClass = classOf(u.hits);
    const uDate = firstDate(u.dates);
    const uSpecific = places.filter(isSpecific);
    const uGov: Governorate | null = resolveGovernorate(places);
    const fits = (d: Draft) => {
      if (taken.has(d)) return false;
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
    // An unplaced report dated like an earlier incident tells more of it ("قتل 9 … حتى الثلاثاء الماضي").
    if (!places.length && uDate && last && !fits(last)) {
      for (let k = drafts.length - 2; k >= 0; k--) {
        const dd = draftDate(drafts[k]);
        if (dd && fits(drafts[k]) && dayGap(uDate, dd) <= MAX_DATE_GAP_DAYS) return drafts[k];
      }
    }
    if (!last || !fits(last)) {
      // A broad unit may still belong to an earlier incident of its governorate.
      if (!uSpecific.length && uGov) {
        for (let k = drafts.length - 1; k >= 0; k--) if (fits(drafts[k]) && draftGov(drafts[k]) === uGov) return drafts[k];
      }
      return null;
    }
    const lastGov = draftGov(last);
    const lastSpecific = last.places.some(isSpecific);
    // A unit placed on its own that tells another kind of attack ("وتبنى أيضاً تفجير عبوة على طريق …") is another event.
    const uType = bestType(u.hits);
    const dType = bestType(last.state.hits);
    // (Only against an incident placed precisely: a broad lede of another kind is narrowed, not left.)
    const typeOk = !lastSpecific || (!uGov && !uSpecific.length) || uType === "other" || dType === "other" || uType === dType;
    const govOk = (!uGov || !lastGov || uGov === lastGov) && typeOk;
    // 2. No specific place of its own: it tells more about the latest incident of its governorate.
    if (!uSpecific.length) {
      if (govOk) return last;
      for (let k = drafts.length - 2; k >= 0; k--) if (fits(drafts[k]) && draftGov(drafts[k]) === uGov) return drafts[k];
      return null;
    }
    // 3. A specific place where an incident of its governorate had only broad ones: it narrows that incident.
    if (!lastSpecific && govOk) return last;
    if (uGov) {
      for (let k = drafts.length - 2; k >= 0; k--) {
        const d = drafts[k];
        if (fits(d) && !d.places.some(isSpecific) && draftGov(d) === uGov) return d;
      }
    }
    return null;
  };

  const place = (u: Unit, header: boolean) => {
    // Each place of a strike series is its own incident: pieces never share a draft.
    const taken = new Set<Draft>();
    for (const piece of splitStrikeSeries(u)) {
      const target = targetFor(u, piece.places, taken);
      if (target) {
        join(target, u, piece.places, piece.figures);
        taken.add(target);
        continue;
      }
      const d = open(u, piece.places, piece.figures);
      taken.add(d);
      if (!header) {
        bodyStarted = true;
        // The title and subtitle told of the first incident of the body (if of its kind).
        const kind = draftClass(d);
        const kept: Unit[] = [];
        for (const h of pendingHeader.splice(0)) {
          if (compatibleClass(classOf(h.hits), kind)) join(d, h, h.places, h.figures);
          else kept.push(h);
        }
        pendingHeader.push(...kept);
      }
    }
  };
  for (const u of units) {
    const header = u.read.sentence.header;
    if (header && !u.places.some(isSpecific) && !bodyStarted) pendingHeader.push(u);
    else place(u, header);
  }
  // Header lines no body event took in are read like body lines.
  for (const h of pendingHeader.splice(0)) place(h, false);
  return drafts.filter((d) => d.figures.length > 0 || d.places.length > 0);
}
