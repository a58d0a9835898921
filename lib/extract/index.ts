/**
 * The Arabic incident extractor: article text in, incidents (ANNOTATION.md) out, as a pure
 * function of its input.
 *
 * Pipeline: segment → read each sentence (tokens, figures, type cues, places, dates) → cut it
 * into event units → assemble units into incidents → fill each incident's fields → let the
 * article's context fill what one incident's own sentences leave open.
 */
import type { Article, Incident } from "../types";
import { DOER_REACH_SENTENCES, MAX_ARTICLE_CHARS } from "../constants";
import type { Perpetrator } from "./actors";
import { assemble, type Draft } from "./assemble";
import { ANOTHER_ATTACK, hasPhrase } from "./cues";
import { toIncident } from "./incident";
import { segment } from "./segment";
import { announcesRoundup, isPlainSentence, placesOf, pointsBackToEvent, readSentence, unitsOf, type Unit } from "./units";


/** Bumped on every rule change; stored with each article so re-extraction knows what is stale. */
export const EXTRACTOR_VERSION = "2026.12.07-m1";

/** The event units of an article, in reading order. */
function unitsOfArticle(text: string, published: string | null): Unit[] {
  const units: Unit[] = [];
  let lastOfPrevious: Unit | null = null;
  let sinceLast = 0;
  let roundup = false;
  for (const s of segment(text)) {
    const read = readSentence(s, published);
    const found = unitsOf(read);
    if (roundup) for (const u of found) u.inRoundup = true;
    else if (!found.length && announcesRoundup(read)) roundup = true;
    sinceLast = found.length ? 0 : sinceLast + 1;
    // "ويُعتقد أن خلايا داعش تقف وراء العملية": the doer of the latest event, named apart from it.
    const latest = units[units.length - 1];
    if (!found.length && latest && sinceLast <= DOER_REACH_SENTENCES && pointsBackToEvent(read)) (latest.doerSentences ??= []).push(read);
    // "قتل عنصر، السبت، برصاص مجهولين. وأضاف أنه كان على حاجز في محافظة درعا": the next plain
    // sentence places an event its own sentence left unplaced.
    if (!found.length && lastOfPrevious && !lastOfPrevious.places.length && isPlainSentence(read) && placesOf(read).length) {
      lastOfPrevious.places.push(...read.places.map((p) => p.mention));
    }
    units.push(...found);
    lastOfPrevious = found.length ? found[found.length - 1] : null;
  }
  return units;
}

/** What an incident takes from the one told before it when its own sentences say nothing. */
function fromContext(incident: Incident, d: Draft, previous: Incident | undefined): void {
  if (!previous) return;
  // An unplaced, undated event in an article about one area happened there, as far as the text lets one know.
  if (!incident.places.length && !incident.date && !incident.governorate) incident.governorate = previous.governorate;
  // "هجوم آخر", "قتل عنصر آخر" with no doer named: one more in a list of attacks by the same hand.
  const another =
    d.units.some((u) => hasPhrase(u.read.tokens, u.from, u.to, ANOTHER_ATTACK)) ||
    !!d.units[0]?.figures.find((f) => f.role === "killed")?.another;
  if (incident.perpetrator === "unknown" && !incident.suspected && incident.type !== "airstrike" && another) {
    incident.perpetrator = previous.perpetrator;
  }
  // "وفي ذات اليوم": the day of the event before.
  if (!incident.date && previous.date && d.units.some((u) => u.sameDay)) {
    incident.date = previous.date;
    incident.datePrecision = previous.datePrecision;
  }
}

/**
 * Extracts the incidents an Arabic news article reports. Never throws: text it cannot read
 * yields `[]`; linear in the length of the text (cut at MAX_ARTICLE_CHARS).
 * @example
 * extractIncidents({ text: "قتل 3 عناصر من قوات النظام بهجوم لداعش في بادية الميادين", published: null, url: null, outlet: null })
 * // → [{ type: "attack", perpetrator: "ISIS", killed: { min: 3, max: 3 }, places: ["بادية الميادين", "الميادين"], … }]
 */
export function extractIncidents(article: Article): Incident[] {
  try {
    const text = typeof article?.text === "string" ? article.text.slice(0, MAX_ARTICLE_CHARS) : "";
    const published = typeof article?.published === "string" ? article.published : null;
    const incidents: Incident[] = [];
    let inheritedAir: Perpetrator | null = null;
    for (const d of assemble(unitsOfArticle(text, published))) {
      const incident = toIncident(d, inheritedAir);
      if (incident.type === "airstrike" && incident.perpetrator !== "unknown") inheritedAir = incident.perpetrator as Perpetrator;
      fromContext(incident, d, incidents[incidents.length - 1]);
      incidents.push(incident);
    }
    return incidents;
  } catch {
    // The contract is "never throws": a rule bug must not lose the rest of a collect run.
    return [];
  }
}
