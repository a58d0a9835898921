/**
 * The Arabic incident extractor: article text in, incidents (ANNOTATION.md) out, as a pure
 * function of its input.
 *
 * Pipeline: segment → read each sentence (tokens, figures, type cues, places, dates) → cut it
 * into event units → assemble units into incidents → fill each incident's fields → let the
 * article's context fill what one incident's own sentences leave open.
 */
import type { Article, Count, Incident, IncidentType } from "../types";
import { DOER_REACH_SENTENCES, LEAD_SENTENCES, MAX_ARTICLE_CHARS } from "../constants";
import type { Perpetrator } from "./actors";
import { assemble, shareOf, type Draft } from "./assemble";
import { ANAPHORIC_EVENT_NOUNS, ANOTHER_ATTACK, DAYS_AFTER_PHRASES, PLUPERFECT, REPORTERS, SERIES_PHRASES, SIMILAR_AGGRESSION, SIMILAR_EVENT, hasPhrase, hasWord, tellsPeriodReport } from "./cues";
import { stemIn } from "./tokens";
import { MINE_WORDS, MONTHS, PAST_WORDS, REMNANT_WORDS } from "./vocab";
import { BYSTANDER_BEFORE, UNCLAIMED_PHRASES } from "./actors";
import { NON_STATE_DOERS, attributesAttacks, contextDoer } from "./classify";
import { toIncident } from "./incident";
import { articleGovernorate } from "../places";
import { articleDateOf, findDates, type DateMention } from "./dates";
import { segment } from "./segment";
import { splitAtScene } from "./scene";
import { announcesRoundup, placesEventBefore, placesOf, pointsBackToEvent, readSentence, unitsOf, type Announcement, type ReadSentence, type Unit } from "./units";


/** Bumped on every rule change; stored with each article so re-extraction knows what is stale. */
export const EXTRACTOR_VERSION = "2026.12.08-m29";

/**
 * "شن التنظيم ثلاث هجمات … أسفرت عن مقتل وإصابة أكثر من 40. واستهدف الهجوم الأول …، فيما طال
 * الهجوم الثاني …": a toll over the events a round-up counts, when the article then tells exactly
 * that many with no figures of their own, is a total that cannot be split: each gets its share
 * (ANNOTATION.md: {1, total − the others' minimums}).
 */
function shareAnnouncedToll(drafts: readonly Draft[]): void {
  const told = new Map<Announcement, Draft[]>();
  for (const d of drafts) {
    const a = d.units.find((u) => u.announced)?.announced;
    if (a) told.set(a, [...(told.get(a) ?? []), d]);
  }
  for (const [a, ds] of told) {
    // (When the events come with figures of their own, the total is told event by event.)
    if (ds.length !== a.events || ds.some((d) => d.figures.length > 0)) continue;
    for (const d of ds) d.figures.push(...a.figures.map((f) => shareOf(f, a.events)));
  }
}

/**
 * "وفر الأهالي إلى المدينة لحين انتهاء الهجوم": a unit whose only event words point back to the
 * event just told ("الهجوم", "الغارة") and that counts no one is that event mentioned again
 * (ANNOTATION.md: one event, one incident); a place the next sentence names is not its place.
 */
function onlyPointsBack(u: Unit): boolean {
  return !u.figures.length && u.hits.length > 0 && u.hits.every((h) => stemIn(u.read.tokens[h.tok], ANAPHORIC_EVENT_NOUNS));
}

/**
 * The event units of an article, in reading order, every sentence it read, and whether its lead
 * tells a period's toll with a number before any event placed precisely (a statistics report).
 */
function unitsOfArticle(text: string, published: string | null): { units: Unit[]; sentences: ReadSentence[]; report: boolean } {
  const units: Unit[] = [];
  const sentences: ReadSentence[] = [];
  let report = false;
  let lastOfPrevious: Unit | null = null;
  let sinceLast = 0;
  let roundup: Announcement | null = null;
  for (const s of segment(text)) {
    const read = readSentence(s, published);
    sentences.push(read);
    const found = unitsOf(read).flatMap(splitAtScene);
    if (sentences.length <= LEAD_SENTENCES && !report && ![...units, ...found].some((u) => u.places.some((p) => (p.rank ?? 1) < 2))) {
      report = read.figures.some((f) => !f.vague) && tellsPeriodReport(read.tokens);
    }
    if (roundup) for (const u of found) u.announced = roundup;
    if (!found.length && !roundup?.figures.length) {
      // (A headline counting the events, then a lead giving their toll: the lead's is the announcement.)
      const events = announcesRoundup(read);
      if (events) roundup = { events, figures: read.figures };
    }
    sinceLast = found.length ? 0 : sinceLast + 1;
    // "ويُعتقد أن خلايا داعش تقف وراء العملية": the doer of the latest event, named apart from it.
    const latest = units[units.length - 1];
    if (!found.length && latest && sinceLast <= DOER_REACH_SENTENCES && pointsBackToEvent(read)) (latest.doerSentences ??= []).push(read);
    // "قتل عنصر، السبت، برصاص مجهولين. وأضاف أنه كان على حاجز في محافظة درعا": the next plain
    // sentence places an event its own sentence left unplaced.
    if (!found.length && lastOfPrevious && !lastOfPrevious.places.length && !onlyPointsBack(lastOfPrevious) && placesEventBefore(read)) {
      lastOfPrevious.places.push(...read.places.map((p) => p.mention));
    }
    units.push(...found);
    lastOfPrevious = found.length ? found[found.length - 1] : null;
  }
  return { units, sentences, report };
}

/**
 * One more place of a wave of air strikes by the same air force ("… فيما ضربت الغارات الأخرى
 * محيط الكسوة"), told with no day of its own, was struck on the wave's day, unless told as an
 * earlier strike. (A place the dated strike already names is that strike told again.)
 */
function byAirWave(incidents: readonly Incident[], drafts: readonly Draft[]): void {
  let wave: Incident | null = null;
  incidents.forEach((x, k) => {
    if (x.type !== "airstrike") wave = null;
    else if (x.date) wave = x;
    else if (wave && wave.perpetrator === x.perpetrator && !drafts[k].units.some(toldOnAnotherDay) && !x.places.some((p) => wave!.places.includes(p))) {
      x.date = wave.date;
      x.datePrecision = wave.datePrecision;
    }
  });
}

/**
 * "أعلنت الشرطة، الأحد، توقيف المتهم بقتل رجلين … وكانت دورية قد وجدت جثتيهما في 3 آذار": an
 * event dated only by the day its source spoke (see Unit.spokenDay) and told
 * again later as one that came before ("كان(ت) … قد"), with no place of its own or in another
 * source's report in its governorate, not as another attack, with a toll that does not
 * contradict it and an earlier day, happened on that day (ANNOTATION.md: `date` is the event's day).
 * Returns the recounts that only tell such an event again, to be left out.
 */
function byRecountDay(incidents: readonly Incident[], drafts: readonly Draft[]): Set<Incident> {
  const firstDated = (d: Draft) => d.units.find((u) => u.dates.length);
  const toldAgain = new Set<Incident>();
  incidents.forEach((x, k) => {
    const { date, killed } = x;
    if (!date || !killed || !firstDated(drafts[k])?.spokenDay) return;
    const retold = incidents.find((y, j) => {
      const u = firstDated(drafts[j]);
      if (j <= k || !y.date || y.date >= date || !u?.recounted || (y.killed && !overlaps(y.killed, killed)) || toldAsAnother(drafts[j])) return false;
      // Placed elsewhere, it is the same event only as another source's report of it ("وكان مصدر
      // محلي ذكر أن …"); "وكان مسلحون قد قتلوا … في بلدة أخرى" is an earlier attack.
      return !y.places.length || (!!u.retold && y.governorate === x.governorate);
    });
    if (!retold) return;
    x.date = retold.date;
    x.datePrecision = retold.datePrecision;
    // "وكانت قوات الأمن قد عثرت في 23 تشرين الثاني على الزوجين مقتولين": told again with no place
    // of its own and the same toll, it is no second event (ANNOTATION.md: one event, one incident).
    if (!retold.places.length && sameCount(retold.killed, killed)) {
      toldAgain.add(retold);
      // ("وكان جيران قد سمعوا إطلاق نار وقتل الشقيقان": the retelling may be the one that says how.)
      if (x.type === "other") x.type = retold.type;
    }
  });
  return toldAgain;
}

const sameCount = (a: Count | null, b: Count): boolean => !!a && a.min === b.min && a.max === b.max;

/** "هجوم مماثل", "هجوم آخر", "قتل عنصران آخران": told as another event than the one before. */
const toldAsAnother = (d: Draft): boolean => d.units.some((u) => hasPhrase(u.read.tokens, u.from, u.to, SIMILAR_EVENT) || u.figures.some((f) => f.another));

/** Whether two counts can be of one event: their ranges meet. */
const overlaps = (a: Count, b: Count): boolean => (b.max === null || a.min <= b.max) && (a.max === null || b.min <= a.max);

/**
 * A news lead tells the day of its event ("قتل … مساء الخميس"), and the sentences after it add the
 * place and the toll without repeating it: an event the article tells with no day of its own, and
 * not as an earlier one, happened on the day of the first event sentence among the lead's, unless
 * the article dates some event to another day (then the day of an undated one is anyone's guess).
 * Left undated: an event at a place a dated one names (that event told again), and a ground event
 * told with no toll (a mention, such as where the attackers came from, more often than an event).
 */
function byLeadDay(incidents: Incident[], drafts: readonly Draft[], sentences: readonly ReadSentence[], published: string | null): void {
  if (!published || incidents.every((x) => x.date)) return;
  let day: DateMention | undefined;
  for (const r of sentences.slice(0, LEAD_SENTENCES)) {
    if (!r.hits.length) continue;
    day = findDates(r.sentence.text, published)[0];
    // (A lead that tells its event with no day gives none: a later dated sentence may tell another.)
    if (day || !r.sentence.header) break;
  }
  const dated = incidents.filter((x) => x.date);
  if (!day || dated.some((x) => x.date !== day.date)) return;
  incidents.forEach((x, k) => {
    if (x.date || !toldInFull(x) || dated.some((y) => y.places.some((p) => x.places.includes(p)))) return;
    if (drafts[k].units.some((u) => toldOnAnotherDay(u) || u.retold || !!u.announced || u.when === "earlier")) return;
    x.date = day.date;
    x.datePrecision = day.precision;
  });
}

/**
 * Incidents at places the gazetteer cannot place (a village it does not know) take the one
 * governorate the article names. (An incident told with no place at all is left to fromContext.)
 */
function byArticleGovernorate(incidents: readonly Incident[], sentences: readonly ReadSentence[]): void {
  const open = incidents.filter((x) => !x.governorate && x.places.length > 0);
  if (!open.length) return;
  const governorate = articleGovernorate(sentences.flatMap((r) => placesOf(r).map((p) => p.mention)));
  for (const x of open) x.governorate = governorate;
}

/** Told with a toll, or a strike from the air or by guns or a kidnapping (events even without casualties). */
const toldInFull = (x: Incident): boolean => !!(x.killed || x.wounded || x.killedOrWounded) || x.type === "airstrike" || x.type === "shelling" || x.type === "abduction";

/**
 * Ground attacks told with no doer (and not by "unknown gunmen") in an article that names one
 * armed group as the doer of its attacks are believed theirs: anywhere in the article when no
 * attack of it has a doer of its own ("شن عناصر داعش ثلاث هجمات … واستهدف الهجوم الأول …"),
 * else only where a sentence attributes the attacks as a whole ("ويعتقد أن خلايا داعش تقف
 * خلف هذه الحوادث"): a side event told beside a claimed attack keeps its unknown doer.
 */
function byArticleDoer(incidents: Incident[], drafts: readonly Draft[], sentences: readonly ReadSentence[]): void {
  const open = incidents.filter((x, k) => x.perpetrator === "unknown" && !x.suspected && GROUND_KINDS.has(x.type) && !drafts[k].units.some((u) => laidBefore(u) || unclaimed(u)));
  if (!open.length) return;
  const owned = incidents.some((x) => NON_STATE_DOERS.has(x.perpetrator));
  const doer = contextDoer(sentences.filter((r) => !owned || attributesAttacks(r)).map((r) => ({ tokens: r.tokens, from: 0, to: r.tokens.length })));
  if (!doer) return;
  for (const x of open) {
    x.perpetrator = doer;
    x.suspected = true;
  }
}

/** "انفجار لغم من مخلفات الحرب": a mine or a remnant was laid long before, by whoever the text says, not by today's attackers. */
const laidBefore = (u: Unit): boolean => hasWord(u.read.tokens, u.from, u.to, MINE_WORDS) || hasWord(u.read.tokens, u.from, u.to, REMNANT_WORDS);
/** "ولم تتبن أي جهة الهجوم": the text itself leaves the doer unknown. */
const unclaimed = (u: Unit): boolean => hasPhrase(u.read.tokens, 0, u.read.tokens.length, UNCLAIMED_PHRASES);

/** Kinds an article's one named armed group is taken to have done when their own sentences name no one. */
const GROUND_KINDS: ReadonlySet<IncidentType> = new Set(["attack", "ambush", "explosive", "assassination", "execution", "abduction"]);

/** "وكانت الطائرات قد …", "في حزيران الماضي": a unit told as an earlier event ("وكانت قناة المنار قد قالت" only retells a report). */
const toldAsEarlier = (u: Unit): boolean =>
  (stemIn(u.read.tokens[0], PLUPERFECT) !== null && !stemIn(u.read.tokens[1], REPORTERS) && !stemIn(u.read.tokens[1], BYSTANDER_BEFORE)) ||
  hasWord(u.read.tokens, u.from, u.to, MONTHS) ||
  hasWord(u.read.tokens, u.from, u.to, PAST_WORDS);

/**
 * Told on another day than the events around it: as an earlier event, or as one days before
 * ("ويأتي ذلك بعد أيام من مقتل جندي": the phrase stands before the unit's event word; an event
 * told before the phrase in the sentence is the article's own). (A similar attack days before may
 * still be by the same hand: only the day is another.)
 */
const toldOnAnotherDay = (u: Unit): boolean => {
  if (toldAsEarlier(u)) return true;
  const eventTok = u.hits.length ? Math.min(...u.hits.map((h) => h.tok)) : u.to;
  return hasPhrase(u.read.tokens, 0, eventTok, DAYS_AFTER_PHRASES);
};

/** Kinds that say what was done to the victims rather than with which weapon. */
const SERIES_KINDS: ReadonlySet<IncidentType> = new Set(["execution", "assassination", "abduction"]);

/** What an incident takes from the one told before it when its own sentences say nothing. */
function fromContext(incident: Incident, d: Draft, previous: Incident | undefined): void {
  if (!previous) return;
  // An unplaced, undated event in an article about one area happened there, as far as the text lets one know.
  if (!incident.places.length && !incident.date && !incident.governorate) incident.governorate = previous.governorate;
  // "قاما بإعدام رجلين في حادثتين … وفي الحادثة الثانية أطلقا عليه النار": what the series was
  // called (an execution, an assassination, an abduction) names this one too; its gunfire does not.
  const series = d.units.some((u) => hasPhrase(u.read.tokens, u.from, u.to, SERIES_PHRASES));
  if (series && (incident.type === "attack" || incident.type === "other") && SERIES_KINDS.has(previous.type)) incident.type = previous.type;
  // "هجوم آخر", "قتل عنصر آخر" with no doer named: one more in a list of attacks by the same hand.
  const another =
    series ||
    // ("بعد عشرة أيام على اعتداء مماثل في الثلاثين من كانون الأول": one told as earlier may be anyone's.)
    d.units.some((u) => hasPhrase(u.read.tokens, u.from, u.to, ANOTHER_ATTACK) && !toldAsEarlier(u)) ||
    !!d.units[0]?.figures.find((f) => f.role === "killed")?.another ||
    // "…، كما أصيب ثلاثة بانفجار لغم في قرية …": one more event of the story, by the same hand.
    !!d.units[0]?.also;
  // "وأصيبت امرأة في اعتداء مماثل على …" after a shelling: an aggression like the one before, a word
  // that names no kind, was of its kind ("هجوم مماثل" is an attack; one told as earlier may be anything).
  const similar = d.units.some((u) => hasPhrase(u.read.tokens, u.from, u.to, SIMILAR_AGGRESSION) && !toldAsEarlier(u));
  if (similar && incident.type === "attack") incident.type = previous.type;
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
    // Without a publication date, relative words count from the day the article gives for itself, if any.
    const published = typeof article?.published === "string" ? article.published : articleDateOf(text);
    const incidents: Incident[] = [];
    const drafts: Draft[] = [];
    let inheritedAir: Perpetrator | null = null;
    const { units, sentences, report } = unitsOfArticle(text, published);
    const assembled = assemble(units, report);
    shareAnnouncedToll(assembled);
    for (const d of assembled) {
      const incident = toIncident(d, inheritedAir);
      if (incident.type === "airstrike" && incident.perpetrator !== "unknown") inheritedAir = incident.perpetrator as Perpetrator;
      fromContext(incident, d, incidents[incidents.length - 1]);
      incidents.push(incident);
      drafts.push(d);
    }
    byAirWave(incidents, drafts);
    const toldAgain = byRecountDay(incidents, drafts);
    byArticleDoer(incidents, drafts, sentences);
    byLeadDay(incidents, drafts, sentences, published);
    byArticleGovernorate(incidents, sentences);
    return toldAgain.size ? incidents.filter((x) => !toldAgain.has(x)) : incidents;
  } catch {
    // The contract is "never throws": a rule bug must not lose the rest of a collect run.
    return [];
  }
}
