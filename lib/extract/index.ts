/**
 * The Arabic incident extractor: article text in, incidents (ANNOTATION.md) out, as a pure
 * function of its input.
 */
import type { Article, Evidence, Incident } from "../types";
import { MAX_ARTICLE_CHARS } from "../constants";
import { originalSpan } from "../text/normalize";
import { bestLocation, placesForIncident, resolveGovernorate } from "../places";
import { PERPETRATOR_ALIASES, type Perpetrator } from "./actors";
import { assemble, type Draft } from "./assemble";
import { attribute, bestType, type Span } from "./classify";
import { findEquipment, findSources, findTargets } from "./details";
import { segment } from "./segment";
import { tallyCounts } from "./tally";
import { ANOTHER_ATTACK, hasPhrase } from "./cues";
import { isPlainSentence, placesOf, readSentence, unitsOf, type Unit } from "./units";

/** Bumped on every rule change; stored with each article so re-extraction knows what is stale. */
export const EXTRACTOR_VERSION = "2026.11.26-1";

const spanOf = (u: Unit): Span => ({
  tokens: u.read.tokens,
  from: u.from,
  to: u.to,
  original: (a, b) => {
    const { tokens, norm, sentence } = u.read;
    const span = originalSpan(norm, tokens[a].start, tokens[b - 1].end);
    return sentence.text.slice(span.start, span.end);
  },
});

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

function toIncident(d: Draft, inheritedAir: Perpetrator | null): Incident {
  const units = [...d.units].sort((a, b) => a.read.sentence.start - b.read.sentence.start || a.from - b.from);
  const spans = units.map(spanOf);
  const type = bestType(units.flatMap((u) => u.hits));
  const { perpetrator, suspected } = attribute(spans, type, inheritedAir);
  const counts = tallyCounts(d.figures);
  const dateUnit = units.find((u) => u.dates.length > 0 && !u.read.sentence.header) ?? units.find((u) => u.dates.length > 0);
  const date = dateUnit?.dates[0] ?? null;
  const placeUnits = units.filter((u) => u.places.length > 0);
  const perpNames = new Set(PERPETRATOR_ALIASES.filter((a) => a.name === perpetrator).map((a) => a.name));
  const fieldEvidence: Evidence[] = [];
  for (const role of ["killed", "wounded", "killedOrWounded", "captured", "missing"] as const) {
    if (!counts[role]) continue;
    fieldEvidence.push(...evidenceOf(role, units.filter((u) => u.figures.some((f) => f.role === role))));
  }
  if (d.places.length) {
    fieldEvidence.push(...evidenceOf("places", placeUnits));
    fieldEvidence.push(...evidenceOf("governorate", placeUnits));
  }
  if (dateUnit) fieldEvidence.push(...evidenceOf("date", [dateUnit]));
  const typeUnit = units.find((u) => u.hits.some((h) => h.type === type));
  if (typeUnit) fieldEvidence.push(...evidenceOf("type", [typeUnit]));
  fieldEvidence.push(...evidenceOf("perpetrator", units.slice(0, 1)));
  const figuresOfSpan = (k: number) => units[k].figures;
  return {
    date: date?.date ?? null,
    datePrecision: date?.precision ?? "unknown",
    places: placesForIncident(d.places),
    governorate: resolveGovernorate(d.places),
    location: bestLocation(d.places),
    type,
    perpetrator,
    suspected,
    killed: counts.killed,
    wounded: counts.wounded,
    killedOrWounded: counts.killedOrWounded,
    captured: counts.captured,
    missing: counts.missing,
    targets: findTargets(spans, perpNames),
    equipment: findEquipment(spans),
    sources: findSources(spans, figuresOfSpan),
    evidence: evidenceOf("evidence", units).map((e) => e.sentence),
    fieldEvidence,
  };
}

/**
 * Extracts the incidents an Arabic news article reports. Never throws: text it cannot read
 * yields `[]`.
 * @example
 * extractIncidents({ text: "قتل 3 عناصر من قوات النظام بهجوم لداعش في بادية الميادين", published: null, url: null, outlet: null })
 * // → [{ type: "attack", perpetrator: "ISIS", killed: { min: 3, max: 3 }, places: ["بادية الميادين", …], … }]
 */
export function extractIncidents(article: Article): Incident[] {
  try {
    const text = typeof article?.text === "string" ? article.text.slice(0, MAX_ARTICLE_CHARS) : "";
    const published = typeof article?.published === "string" ? article.published : null;
    const units: Unit[] = [];
    let lastOfPrevious: Unit | null = null;
    for (const s of segment(text)) {
      const read = readSentence(s, published);
      const found = unitsOf(read);
      // "… قتل، السبت، بعد استهدافه. وأضاف أنه كان على حاجز في محافظة درعا": the next plain
      // sentence places an event its own sentence left unplaced.
      if (!found.length && lastOfPrevious && !lastOfPrevious.places.length && isPlainSentence(read) && placesOf(read).length) {
        lastOfPrevious.places.push(...read.places.map((p) => p.mention));
      }
      units.push(...found);
      lastOfPrevious = found.length ? found[found.length - 1] : null;
    }
    const incidents: Incident[] = [];
    let inheritedAir: Perpetrator | null = null;
    for (const d of assemble(units)) {
      const incident = toIncident(d, inheritedAir);
      if (incident.type === "airstrike" && incident.perpetrator !== "unknown") inheritedAir = incident.perpetrator as Perpetrator;
      // An unplaced event in an article about one area happened there, as far as the text lets one know.
      const previous = incidents[incidents.length - 1];
      if (!incident.places.length && !incident.date && !incident.governorate && previous?.governorate) incident.governorate = previous.governorate;
      // "هجوم آخر" with no doer named: another attack by the same hand.
      if (incident.perpetrator === "unknown" && previous && d.units.some((u) => hasPhrase(u.read.tokens, u.from, u.to, ANOTHER_ATTACK))) {
        incident.perpetrator = previous.perpetrator;
      }
      if (!incident.date && previous?.date && d.units.some((u) => u.sameDay)) {
        incident.date = previous.date;
        incident.datePrecision = previous.datePrecision;
      }
      incidents.push(incident);
    }
    return incidents;
  } catch {
    // The contract is "never throws": a rule bug must not lose the rest of a run.
    return [];
  }
}

