/**
 * Turns an assembled draft into the Incident handed to the store: counts by the range rule,
 * type, perpetrator, places, date, details, and the sentence each field came from.
 */
import type { Evidence, Incident, IncidentType, SourceMention } from "../types";
import { originalSpan } from "../text/normalize";
import { bestLocation, placesForIncident, resolveGovernorate } from "../places";
import { datelineGovernorate } from "./dateline";
import { TARGET_OF_PERPETRATOR, type Perpetrator } from "./actors";
import type { Draft } from "./assemble";
import { EXAMPLE_OPENERS } from "./actors";
import { attribute, bestType, incidentType, refineType, type Span } from "./classify";
import { stemIn } from "./tokens";
import { COUNT_ROLES } from "./counts";
import { findEquipment, findSources, findTargets } from "./details";
import { tallyCounts } from "./tally";
import { INSTANCE_OPENERS, type ReadSentence, type Unit } from "./units";

/** A unit's tokens as a span that can give back the text as the article wrote it. */
function spanOf(u: Unit): Span {
  return {
    tokens: u.read.tokens,
    from: u.from,
    to: u.to,
    original: (a, b) => {
      const { tokens, norm, sentence } = u.read;
      const span = originalSpan(norm, tokens[a].start, tokens[b - 1].end);
      return sentence.text.slice(span.start, span.end);
    },
  };
}

/** The most people killed or wounded in all (null when a count is open or none is told). */
function victimsAtMost(c: ReturnType<typeof tallyCounts>): number | null {
  const parts = [c.killed, c.wounded, c.killedOrWounded].filter((x) => x !== null);
  if (!parts.length || parts.some((x) => x.max === null)) return null;
  return parts.reduce((n, x) => n + (x.max ?? 0), 0);
}

/** A whole sentence as a span (a sentence that only names the doer of the event before it). */
function sentenceSpan(r: ReadSentence): Span {
  return { tokens: r.tokens, from: 0, to: r.tokens.length };
}

/** The sentences after the incident's units that name the doer of "the attack", once each. */
function doerSentencesOf(units: readonly Unit[]): ReadSentence[] {
  const out = new Set<ReadSentence>();
  for (const u of units) for (const r of u.doerSentences ?? []) out.add(r);
  return [...out];
}

/**
 * "تنفذ مجموعات تابعة لداعش هجمات …، منها قتل 13 عنصرا", "تصاعدت هجمات الفلول، حيث هاجم مسلحون
 * حاجزاً …": the totals or the trend an example is one of, told before it in its sentence, name its doer.
 */
function totalsBefore(units: readonly Unit[]): Span[] {
  const example = (u: Unit) => stemIn(u.read.tokens[u.from], EXAMPLE_OPENERS) || INSTANCE_OPENERS.has(u.read.tokens[u.from].text);
  return units.filter((u) => u.from > 0 && example(u)).map((u) => ({ tokens: u.read.tokens, from: 0, to: u.from }));
}

/** One evidence entry per sentence of `units`, with offsets into the article text. */
function evidenceOf(field: string, units: readonly Unit[]): Evidence[] {
  const seen = new Set<number>();
  const out: Evidence[] = [];
  for (const u of units) {
    const s = u.read.sentence;
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    out.push({ field, sentence: s.text, start: s.start, end: s.end });
  }
  return out;
}

/** Appends the evidence entries of `from` for `field` (a function, not a closure per incident). */
function addEvidence(out: Evidence[], field: string, from: readonly Unit[]): void {
  out.push(...evidenceOf(field, from));
}

/** The first item of each key, in order. */
function firstOfEach<T>(items: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One entry per source, with the first figures it gave for each count. */
function mergeSources(items: readonly SourceMention[]): SourceMention[] {
  const by = new Map<string, SourceMention>();
  for (const s of items) {
    const prior = by.get(s.name);
    if (!prior) by.set(s.name, { ...s });
    else {
      prior.killed ??= s.killed;
      prior.wounded ??= s.wounded;
    }
  }
  return [...by.values()];
}

/** The governorate named by the dateline of the first of the incident's sentences that opens with one. */
function datelineOf(units: readonly Unit[]) {
  for (const u of units) {
    const g = datelineGovernorate(u.read.sentence.text);
    if (g) return g;
  }
  return null;
}

/** Kinds of fire exchanged within a fight: told after the fight, they do not make it another kind. */
const FIRE_IN_A_FIGHT: ReadonlySet<IncidentType> = new Set(["attack", "shelling"]);

/**
 * "شهد الحي مواجهات عنيفة … وأوضحت أن الفصائل شنت هجوماً على نقاطها": a fight told first as
 * clashes stays a clash when later sentences tell the assault or shelling it was made of.
 */
function foughtFirst(primary: readonly Unit[], type: IncidentType): IncidentType {
  return primary.length > 0 && FIRE_IN_A_FIGHT.has(type) && bestType(primary[0].hits.filter((h) => !h.armsClash)) === "clash" ? "clash" : type;
}

/**
 * The incident a draft describes. `inheritedAir` is the doer of the article's previous air
 * strike, for a strike told without one.
 */
export function toIncident(d: Draft, inheritedAir: Perpetrator | null): Incident {
  const units = [...d.units].sort((a, b) => a.read.sentence.start - b.read.sentence.start || a.from - b.from);
  const spans = units.map(spanOf);
  // The units that carry the event (a number, a precise place) say its kind better than a lede
  // that mentions "كمائن" in passing.
  const primary = units.filter((u) => u.figures.some((f) => !f.vague) || u.places.some((p) => (p.rank ?? 1) < 2));
  const primaryHits = primary.flatMap((u) => u.hits);
  const cueType = foughtFirst(primary, incidentType(primaryHits.length ? primaryHits : units.flatMap((u) => u.hits), spans));
  const doerSentences = doerSentencesOf(units);
  const own = attribute(spans, cueType, inheritedAir);
  const told = [...doerSentences.map(sentenceSpan), ...totalsBefore(units)];
  const { perpetrator, suspected } = told.length ? attribute([...spans, ...told], cueType, inheritedAir) : own;
  // "هاجم مسلحون مجهولون … ويتهم ناشطون داعش": a doer named after the event was told as unknown is only believed.
  const stillSuspected = suspected || (own.perpetrator === "unknown" && own.suspected && perpetrator !== "unknown");
  const counts = tallyCounts(d.figures);
  const type = refineType(cueType, spans, perpetrator, victimsAtMost(counts));
  // The body dates an event better than a headline does, and a sentence that tells what was done
  // better than the day a source spoke or the bodies came ("وصلت جثامينهم اليوم، كانوا قد قضوا …"
  // then "… عثر عليها قرب بلدة …، تمت تصفيتهم أمس").
  const dated = units.filter((u) => u.dates.length > 0);
  const body = dated.filter((u) => !u.read.sentence.header);
  const toldWhatWasDone = body.some((u) => u.spokenDay) ? body.find((u) => !u.spokenDay && u.hits.length > 0) : undefined;
  const dateUnit = toldWhatWasDone ?? body[0] ?? dated[0];
  const date = dateUnit?.dates[0] ?? null;
  const doer = TARGET_OF_PERPETRATOR[perpetrator];
  const doers: ReadonlySet<string> = doer ? new Set([doer]) : new Set();
  // Details are read span by span, so that each can point to its sentence.
  const perSpan = spans.map((s, k) => ({
    targets: findTargets([s], doers),
    equipment: findEquipment([s]),
    sources: findSources([s], () => units[k].figures),
  }));
  const targets = firstOfEach(perSpan.flatMap((x) => x.targets), (t) => t.name);
  const equipment = firstOfEach(perSpan.flatMap((x) => x.equipment), (e) => `${e.kind}|${e.fate}`);
  const sources = mergeSources(perSpan.flatMap((x) => x.sources));

  const fieldEvidence: Evidence[] = [];
  for (const role of COUNT_ROLES) if (counts[role]) addEvidence(fieldEvidence, role, units.filter((u) => u.figures.some((f) => f.role === role)));
  const placeUnits = units.filter((u) => u.places.length > 0);
  if (d.places.length) {
    addEvidence(fieldEvidence, "places", placeUnits);
    addEvidence(fieldEvidence, "governorate", placeUnits);
  }
  if (dateUnit) addEvidence(fieldEvidence, "date", [dateUnit]);
  const typeUnit = units.find((u) => u.hits.some((h) => h.type === type));
  if (typeUnit) addEvidence(fieldEvidence, "type", [typeUnit]);
  addEvidence(fieldEvidence, "perpetrator", units.slice(0, 1));
  if (perpetrator !== own.perpetrator || stillSuspected !== own.suspected) {
    for (const r of doerSentences) fieldEvidence.push({ field: "perpetrator", sentence: r.sentence.text, start: r.sentence.start, end: r.sentence.end });
  }
  if (targets.length) addEvidence(fieldEvidence, "targets", units.filter((_, k) => perSpan[k].targets.length > 0));
  if (equipment.length) addEvidence(fieldEvidence, "equipment", units.filter((_, k) => perSpan[k].equipment.length > 0));
  if (sources.length) addEvidence(fieldEvidence, "sources", units.filter((_, k) => perSpan[k].sources.length > 0));

  return {
    date: date?.date ?? null,
    datePrecision: date?.precision ?? "unknown",
    places: placesForIncident(d.places),
    // "قرب بلدة الشعاف …، ونقل الجريح إلى المشفى الوطني في مدينة السويداء": where the places alone
    // leave the governorate open, the hospital or the reporter's posting names the region.
    // "درعا | مقتل شابين … قرب بلدة الغارية": an item's dateline names its governorate, which
    // outweighs the gazetteer's reading of an ambiguous name, not a governorate the text names.
    governorate:
      (d.places.some((m) => m.explicitGovernorate && m.governorate) ? null : datelineOf(units)) ??
      resolveGovernorate(d.places) ??
      (d.places.length ? resolveGovernorate(units.flatMap((u) => u.read.sidePlaces)) : null),
    location: bestLocation(d.places),
    type,
    perpetrator,
    suspected: stillSuspected,
    killed: counts.killed,
    wounded: counts.wounded,
    killedOrWounded: counts.killedOrWounded,
    captured: counts.captured,
    missing: counts.missing,
    targets,
    equipment,
    sources,
    evidence: evidenceOf("evidence", units).map((e) => e.sentence),
    fieldEvidence,
  };
}
