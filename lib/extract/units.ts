/**
 * Reads each sentence once (tokens, figures, places, dates, type cues) and cuts it into event
 * units: the clauses that report one event, with the clauses that qualify it (place, time,
 * source) and without the clauses about something else (a deployment, a yearly toll).
 */
import { findPlaces, resolveGovernorate, type PlaceMention } from "../places";
import { Vocab } from "./vocabulary";
import { normalize, normalizeWithMap, type NormalizedText } from "../text/normalize";
import { bestType, typeHits, type TypeHit } from "./classify";
import { findFigures, type Figure } from "./counts";
import {
  AGGREGATE_PHRASES,
  FUNERAL_WORDS,
  FUTURE_PHRASES,
  HABITUAL_VERBS,
  HEADLINE_EVENT_VERBS,
  HEARSAY_PHRASES,
  deniesEvent,
  DENIAL_FIRST_WORDS,
  MOVEMENT_PHRASES,
  NEW_EVENT_CONNECTORS,
  NEW_EVENT_PHRASES,
  PLUPERFECT,
  SCENE_CONNECTORS,
  SCENE_PHRASES,
  CAUSE_PHRASES,
  ASIDE_OPENERS,
  ASIDE_PHRASES,
  DESCRIPTIVE_OPENERS,
  DOER_REFERENCE_WORDS,
  EARLIER_TOLL_PHRASES,
  REPORTING_VERBS,
  RESULT_OPENERS,
  SAME_DAY_OPENERS,
  SEPARATE_EVENT_NOUNS,
  SEPARATE_PLURAL_NOUNS,
  SEPARATE_PLURAL_WORDS,
  SEPARATE_WORDS,
  SIMILAR_EVENT,
  SIMILAR_EVENT_BEFORE,
  LATEST_OPENERS,
  RECOUNT_OPENERS,
  EARLIER_REPORT_OPENERS,
  EARLIER_REPORT_VERBS,
  EARLIER_REPORT_REACH_WORDS,
  REPORTERS,
  AFTER_OF,
  AFTER_WORDS,
  COMES_AFTER_REACH_TOKENS,
  COMES_VERBS,
  HOUR_NOUNS,
  hasPhrase,
  OPERATION_NOUNS,
  opensPeriodRunningTotal,
  RUNNING_TOTAL_FIRST_WORDS,
  runningTotalAt,
  countedOperations,
  hasPeriodTotal,
  hasSinceDate,
  hasWord,
  wordBefore,
} from "./cues";
import { AGENT_VERBS_AFTER } from "./actors";
import { MONTHS, TYPE_CUES } from "./vocab";
import { findDates, type DateMention } from "./dates";
import type { Sentence } from "./segment";
import { phraseAt, stemGet, stemIn, tokenize, type Token } from "./tokens";

/** A sentence read once. */
export interface ReadSentence {
  sentence: Sentence;
  norm: NormalizedText;
  tokens: Token[];
  figures: Figure[];
  /** Place and date mentions with the token they start at (places: see placesOf). */
  places: Array<{ mention: PlaceMention; tok: number }>;
  placesRead: boolean;
  /** Places named for a hospital or a reporter's posting: not the event's, but in its region. */
  sidePlaces: PlaceMention[];
  dates: Array<{ mention: DateMention; tok: number }>;
  datesRead: boolean;
  published: string | null;
  /** Type cues of the whole sentence, read once. */
  hits: TypeHit[];
  /** Its clauses, once cut. */
  clauses: Clause[] | null;
  /** Tokens where an event like the one before is told ("في اعتداء مماثل"), once found. */
  similar?: number[];
}

/** "شن التنظيم ثلاث هجمات متتالية أسفرت عن مقتل وإصابة أكثر من 40": events counted, and their total toll. */
export interface Announcement {
  events: number;
  figures: Figure[];
}

/** Clauses that report one event, within one sentence. */
export interface Unit {
  read: ReadSentence;
  /** Token range [from, to). */
  from: number;
  to: number;
  figures: Figure[];
  places: PlaceMention[];
  dates: DateMention[];
  hits: TypeHit[];
  /** Says it is another event than the one before ("وكان …", "فيما قتل …", "قتل عنصر آخر"). */
  startsNew: boolean;
  /** Told after "فيما"/"بينما" and nothing else says it is another event: a town it names may still tie it to one. */
  byConnector?: boolean;
  /** Starts new only because its victims are more ("قتل طفل آخر"): at a place already told, more of that event. */
  moreVictims?: boolean;
  /**
   * Opened by "كما" before a casualty ("، كما أصيب ثلاثة بانفجار لغم …"), or what befell a force sent
   * after the event before ("لتقع في كمين"): one more event of the story told, by the same hand.
   */
  also?: boolean;
  /** Opens with "في ذات اليوم": happened on the day of the event told before. */
  sameDay: boolean;
  /** Opens with "وكانت مصادر أكدت …": another source's report, perhaps of the same event. */
  retold?: boolean;
  /**
   * Gives a risen toll ("ارتفع عدد ضحايا القصف على سراقب إلى تسعة") or an earlier one ("في حصيلة
   * أولية"): more of an event already told, never a new one.
   */
  updatesToll?: boolean;
  /** Half of a headline that sums up two kinds of event: it joins an incident the body tells, never opens one. */
  headlineHalf?: boolean;
  /** "في هجومين منفصلين": how many separate events its toll covers (so each gets a share). */
  separate?: number;
  /**
   * Told after the article announced several events ("شهدت درعا ثلاث عمليات اغتيال"), in a round-up:
   * the announcement, with how many events it counts and the toll it gives over them.
   */
  announced?: Announcement;
  /**
   * When it happened, as far as the words after the event word tell even with no publication
   * date: "now" ("اليوم", "أمس") or "earlier", in a month already past ("يوم 8 كانون الثاني
   * الفائت", "في شباط 2022"). Events told in the two are two.
   */
  when?: "now" | "earlier";
  /**
   * Its only day was said before the event word ("أعلنت الشرطة، الأحد، توقيف قاتل …") or
   * before a "كانوا قد" that tells the event ("شيّع الأهالي اليوم 4 شبان كانوا قد قتلوا …"): the day
   * the source spoke or the bodies came, perhaps not the event's.
   */
  spokenDay?: boolean;
  /** Tells its event after "كان(ت/وا) … قد" ("وكانت دورية قد عثرت …"): as one that came before. */
  recounted?: boolean;
  /** Sentences told after it that name the doer of "the attack" ("ويعتقد أن داعش تقف وراء العملية"). */
  doerSentences?: ReadSentence[];
  /** A strike placed only as "the area that saw the attack" (scene.ts): it hit where the event just told happened. */
  atScene?: boolean;
  /** Its sentence opens with its day ("وصباح الأربعاء، قتل …"): the next item of a round-up, of that day only. */
  dayFirst?: boolean;
}

/** Verbs of passage and origin before a place ("عبرت", "انطلاقا من"). */
const TRANSIT_WORDS = new Vocab(["عبرت", "عبر", "مرت", "مرورا", "انطلاقا", "قادمة", "قادما"].map(normalize));
/** "قبل أن ينسحب المهاجمون باتجاه جبل البشري": where the attackers withdrew to, not where they struck. */
const WITHDRAW_WORDS = new Vocab(["ينسحبوا", "انسحبوا", "انسحب", "انسحبت", "ينسحب", "تنسحب", "فروا", "لاذوا",
  // "وفرار البقية باتجاه قرية …": where the rest fled, not a second scene.
  "فرار", "هروب", "فر", "فرت", "هرب", "هربوا", "هربت", "لاذت", "لاذ"].map(normalize));
/** How far before a place a withdrawal verb still sends it away (verb, subject, "باتجاه"). */
const WITHDRAW_REACH_TOKENS = 3;
/** "نقل الجرحى إلى مشفى في بلدة …": where the casualties were taken, not where the event was. */
const HOSPITAL_WORDS = new Vocab(["مشفى", "المشفى", "مستشفى", "المستشفى", "مستوصف", "المستوصف", "للمستشفى", "للمشفى"].map(normalize));
/** "قال مراسل وكالة ستيب في البادية السورية": where a reporter is posted, not where the event was. */
const REPORTER_WORDS = new Vocab(["مراسل", "مراسلة", "مراسله", "مراسلها", "مراسلنا", "مراسلو", "مراسلي"].map(normalize));
/** How far before a place a hospital or a reporter word still owns it ("مراسل وكالة ستيب الإخبارية في"). */
const OWNER_REACH_TOKENS = 5;
/** "ينحدر من قرية …": where a victim came from, not where the event was. */
const ORIGIN_WORDS = new Vocab(["ينحدر", "تنحدر", "المنحدر", "المنحدرة", "ينحدرون"].map(normalize));
/** "تسللوا من", "انطلاقاً من": verbs of setting out, before "من" and the place the doers came from. */
const SETTING_OUT_WORDS = new Vocab(["تسلل", "تسللوا", "تسللت", "انطلاقا", "انطلقوا", "انطلقت", "انطلق", "قادمين", "قادمة", "قدموا"].map(normalize));
/** How far after "من" the place they came from may stand ("من مواقع تتمركز فيها قواتهم في قرية …"). */
const SETTING_OUT_REACH_TOKENS = 8;
/** Words that turn from where the doers came to where they went or struck ("… باتجاه محيط دمشق"). */
const TOWARD_WORDS = new Vocab(["إلى", "باتجاه", "نحو", "على", "ضد"].map(normalize));
const FROM = normalize("من");
const IN = normalize("في");
const CLAUSE_PUNCT = new Vocab([",", ";", ":", "(", ")", ".", "!", "?"]);

/** Index of the token that holds original offset `o` (tokens sorted by start). */
function tokenAt(tokens: readonly Token[], norm: NormalizedText, o: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[tokens[mid].start] <= o) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * Whether a place at token `tok` locates a word of `owners` a few words before it, in the same
 * clause and through "في" ("إلى المشفى الوطني في تدمر", "مراسل وكالة ستيب الإخبارية في البادية").
 */
function ownedBy(tokens: readonly Token[], tok: number, owners: ReadonlySet<string>): boolean {
  let k = tok - 1;
  while (tokens[k]?.text === '"') k--;
  if (tokens[k]?.text !== IN) return false;
  for (let j = k - 1; j >= 0 && j >= k - OWNER_REACH_TOKENS; j--) {
    if (tokens[j].kind === "punct" && tokens[j].text !== '"') return false;
    if (stemIn(tokens[j], owners)) return true;
  }
  return false;
}

/**
 * "المسلحون الذين تسللوا من مواقع لهم في قرية …", "انطلاقاً من مواقعهم في …": where the doers
 * set out from, not where they struck. (Right after the verb and "من" the transit check already
 * drops it; this reaches further, within the clause.)
 */
function setOutFrom(tokens: readonly Token[], tok: number): boolean {
  for (let j = tok - 1; j >= 1 && j >= tok - SETTING_OUT_REACH_TOKENS - 1; j--) {
    if ((tokens[j].kind === "punct" && tokens[j].text !== '"' && tokens[j].text !== "(" && tokens[j].text !== ")") || stemIn(tokens[j], TOWARD_WORDS)) return false;
    if (tokens[j].text === FROM && stemIn(tokens[j - 1], SETTING_OUT_WORDS)) return true;
  }
  return false;
}

/**
 * "من سكان": where the people just named live, before the village they live in. (lib/places drops
 * names after "أبناء" and "أهالي" anywhere; "سكان" only after "من": "هاجم مسلحون سكان قرية …"
 * names the scene.)
 */
const HOME_WORDS = new Vocab(["سكان"].map(normalize));
const OF = normalize("من");
/** Head nouns of an inhabited place ("قرية …", "بلدة …"). */
const HOME_HEADS = new Vocab(["قرية", "بلدة", "مدينة", "حي", "مخيم"].map(normalize));

/**
 * "والقتيل شاب من سكان قرية …": the victim's home village, not where the event was (a place of
 * the region, like a hospital's).
 */
function homeAt(tokens: readonly Token[], tok: number): boolean {
  return !!stemIn(tokens[tok], HOME_HEADS) && !!stemIn(tokens[tok - 1], HOME_WORDS) && tokens[tok - 2]?.text === OF;
}

/** "وصلت الجثامين مدينة …": verbs of arriving. */
const ARRIVAL_WORDS = new Vocab(["وصل", "وصلت", "وصلوا", "وصول", "بوصول", "ووصلت", "ووصل"].map(normalize));
/** Nouns of the bodies of the dead. */
const BODY_WORDS = new Vocab(["جثة", "جثث", "الجثث", "جثمان", "جثامين", "الجثامين", "جثمانه", "جثامينهم"].map(normalize));
/** How far before a place the verb of the bodies' arrival may stand ("وصلت جثث القتلى الثلاثة بلدة …"). */
const ARRIVAL_REACH_TOKENS = 4;

/**
 * "وصلت جثامين الضحايا مدينة …": where the bodies were brought (the victims' home town), not where
 * they were killed. (Bodies "إلى" a place, and hospitals, lib/places and HOSPITAL_WORDS already set aside.)
 */
function bodiesArrivedAt(tokens: readonly Token[], tok: number): boolean {
  return wordBefore(tokens, tok, ARRIVAL_REACH_TOKENS, ARRIVAL_WORDS) && hasWord(tokens, 0, tok, BODY_WORDS);
}

/** How far before a place the funeral it locates may stand ("جرى تشييع جثمانه في بلدة …"). */
const FUNERAL_REACH_TOKENS = 4;
/** Words that tell the death between a funeral and a place ("تشييع شاب قتل في …"): the place is the death's. */
const DEATH_BETWEEN = new Vocab(["الذي", "التي", "الذين", "اللذين", "قتل", "قتلوا", "قتلا", "قضى", "قضوا", "توفي", "استشهد", "بعد", "إثر", "مقتل", "مقتله"].map(normalize));

/** Words before a funeral that make it the scene ("انفجار خلال جنازة في بلدة …"). */
const DURING_WORDS = new Vocab(["خلال", "أثناء", "اثناء", "في", "على", "استهدف", "استهدفت", "استهداف"].map(normalize));

/**
 * "شيّع المئات في مدينة …", "شيعت مدينة … أبناءها": where the dead were buried, not where they
 * were killed (like a hospital's place, a place of the region). An attack during a funeral
 * ("خلال جنازة في …") was where the funeral was.
 */
function funeralAt(tokens: readonly Token[], tok: number): boolean {
  for (let j = tok - 1; j >= 0 && j >= tok - FUNERAL_REACH_TOKENS; j--) {
    if (tokens[j].kind === "punct" || stemIn(tokens[j], DEATH_BETWEEN)) return false;
    if (stemIn(tokens[j], FUNERAL_WORDS)) return !stemIn(tokens[j - 1], DURING_WORDS);
  }
  return false;
}

/** The place mentions of a read sentence, found once and only when asked for. */
export function placesOf(r: ReadSentence): ReadSentence["places"] {
  if (!r.placesRead) {
    const { tokens, norm } = r;
    r.places = findPlaces(r.sentence.text)
      .map((mention) => ({ mention, tok: tokenAt(tokens, norm, mention.start) }))
      // "صواريخ عبرت منطقتي دريكيش وصافيتا": places passed on the way are not where the event was.
      .filter((p) => !stemIn(tokens[p.tok - 1], TRANSIT_WORDS) && !stemIn(tokens[p.tok - 2], TRANSIT_WORDS))
      .filter((p) => !hasWord(tokens, Math.max(0, p.tok - WITHDRAW_REACH_TOKENS), p.tok, WITHDRAW_WORDS))
      .filter((p) => {
        const side = ownedBy(tokens, p.tok, HOSPITAL_WORDS) || ownedBy(tokens, p.tok, REPORTER_WORDS) || homeAt(tokens, p.tok) || bodiesArrivedAt(tokens, p.tok) || funeralAt(tokens, p.tok) || setOutFrom(tokens, p.tok);
        if (side) r.sidePlaces.push(p.mention);
        return !side;
      });
    r.placesRead = true;
  }
  return r.places;
}

/** "خرقاً لاتفاق الأول من نيسان", "هدنة 10 آذار": a date that names an agreement, not when the event was. */
const NAMED_BY_DATE = new Vocab(["اتفاق", "اتفاقية", "اتفاقيه", "هدنة", "تفاهم", "تفاهمات", "مذكرة", "إعلان", "مؤتمر", "ذكرى"].map(normalize));

/** "قصف جوي", "القصف الجوي": the adjective that makes a bombardment an air strike. */
const AIR_ADJECTIVES = new Vocab(["جوي", "الجوي", "جوية", "الجوية"].map(normalize));
const AIR_TIER = TYPE_CUES.findIndex((c) => c.type === "airstrike");

/** "وقف إطلاق النار": a ceasefire, where "النار" tells no attack. */
const CEASEFIRE = ["وقف", "إطلاق"].map(normalize);
function ceasefireAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === CEASEFIRE[1] && !!tokens[i - 2]?.stems.includes(CEASEFIRE[0]);
}

/** The date mentions of a read sentence, found once and only when asked for. */
function datesOf(r: ReadSentence): ReadSentence["dates"] {
  if (!r.datesRead) {
    r.dates = findDates(r.sentence.text, r.published)
      .map((mention) => ({ mention, tok: tokenAt(r.tokens, r.norm, mention.start) }))
      .filter((d) => !stemIn(r.tokens[d.tok - 1], NAMED_BY_DATE));
    r.datesRead = true;
  }
  return r.dates;
}

/**
 * Tokens, figures and type cues of a sentence. Places and dates, the costliest steps, are
 * looked up only for clauses that report an event (see placesOf).
 */
export function readSentence(sentence: Sentence, published: string | null): ReadSentence {
  const norm = normalizeWithMap(sentence.text);
  const tokens = tokenize(norm.text);
  const figures = findFigures(tokens);
  const hits = typeHits({ tokens, from: 0, to: tokens.length })
    .filter((h) => !ceasefireAt(tokens, h.tok))
    // "قصف جوي روسي": a bombardment from the air is an air strike (its kind decides which strikes are one).
    .map((h) => (h.type === "shelling" && stemIn(tokens[h.tok + 1], AIR_ADJECTIVES) ? { ...h, type: "airstrike" as const, tier: AIR_TIER } : h));
  return { sentence, published, norm, tokens, figures, places: [], placesRead: false, sidePlaces: [], dates: [], datesRead: false, hits, clauses: null };
}

interface Clause {
  from: number;
  to: number;
  kind: "event" | "aggregate" | "movement" | "plain";
  /** Opens with فيما / بينما: may be another event. */
  connector: boolean;
  /** Opens with وسط / في ظل: a scene of its own. */
  scene: boolean;
  /** Opens with a result connector ("أسفرت عن", "ما أدى إلى"): continues what came before. */
  result: boolean;
  /** Opens with "كان آخرهم": the latest event of a series just summed up. */
  latest: boolean;
  /** Opens as an aside ("مشيرين إلى أن …"): a total said there does not undo the event before it. */
  aside: boolean;
  /**
   * Opens with "وكان(ت)" after a mark ("…، وكانت مدينة أخرى شهدت انفجاراً"), or tells an event like
   * the one before ("وأصيبت امرأة في اعتداء مماثل على …"): another event.
   */
  other: boolean;
  /** Opens with "كما": one more thing done, even after a movement ("حشد قواته …، كما شنت الطائرات غارات"). */
  also: boolean;
  /** Opens with "حيث"/"إذ" ("تشهد المنطقة توتراً، حيث قتل …"): the instance of what was said before. */
  instance: boolean;
  hasFigures: boolean;
  /** Whether a place is named in the clause (looked up only when a rule asks). */
  hasPlaces: () => boolean;
}

/** "وكان"/"وكانت" opening a clause after a mark: a recount (the sentence-opening case is opensRecount). */
const PLUPERFECT_WAW = new Vocab(["وكان", "وكانت"].map(normalize));
/** "سبق أن": what follows happened before. */
const EARLIER_WORDS = new Vocab(["سبق", "وسبق"].map(normalize));
/** "حيث", "إذ" opening a clause: what follows is the instance of the statement before. */
export const INSTANCE_OPENERS = new Vocab(["حيث", "إذ", "اذ"].map(normalize));

/** A word list and its forms after "و" ("تتعرض" → "وتتعرض"), so that no token has to be cut to look it up. */
const withWaw = (words: ReadonlySet<string>): ReadonlySet<string> => new Set([...words, ...[...words].map((w) => "و" + w)]);
const HABITUAL_WORDS = withWaw(HABITUAL_VERBS);
const DESCRIPTIVE_WORDS = withWaw(DESCRIPTIVE_OPENERS);

/**
 * A present-tense verb of habit ("وتتعرض", "يشن") in [from, to), found among `habits` (the
 * sentence's habit verbs, ascending); "ليتعرض" (so that it was hit) is not one.
 */
function hasHabitual(tokens: readonly Token[], habits: readonly number[], from: number, to: number): boolean {
  if (DESCRIPTIVE_WORDS.has(tokens[from]?.text ?? "")) return true;
  // ("في منطقة تشهد اكتظاظاً": a verb describing the place just named, not a habit of attacks.)
  // ("كانوا يقومون بجمع الكمأة": what the victims were doing when it happened, not a habit.)
  for (const i of habits) if (i >= from && i < to && !stemIn(tokens[i - 1], DESCRIBED_PLACES) && !WERE.has(tokens[i - 1]?.text ?? "")) return true;
  return false;
}
/** "كان", "كانوا": before a present-tense verb, what was going on at the time. */
const WERE = new Vocab(["كان", "كانت", "كانوا", "كانا"].map(normalize));
/** "قد" after "كان(وا)": a pluperfect, an event told as earlier. */
const ALREADY = normalize("قد");
/** How far "قد" may follow "كان" ("وكانت قوات الأمن قد عثرت"). */
const PLUPERFECT_REACH_TOKENS = 3;

/** The token after the first "كان(ت/وا) … قد" in [from, to), else null. */
function recountAt(tokens: readonly Token[], from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    if (!WERE.has(tokens[i].text.replace(/^و/, ""))) continue;
    for (let j = i + 1; j <= i + PLUPERFECT_REACH_TOKENS && j < to; j++) if (tokens[j].text === ALREADY) return j + 1;
  }
  return null;
}
/** Indefinite place nouns a present-tense verb may describe ("منطقة تشهد …", "مدينة تضم …"). */
const DESCRIBED_PLACES = new Vocab(["منطقة", "مدينة", "قرية", "بلدة", "حي", "مناطق", "قرى", "أحياء"].map(normalize));

/** Every word a clause-opening connector may start with: most tokens are ruled out by one lookup. */
const OPENER_FIRST_WORDS: ReadonlySet<string> = new Vocab([
  ...NEW_EVENT_CONNECTORS, ...SCENE_CONNECTORS, ...NEW_EVENT_PHRASES.map((p) => p[0]), ...SCENE_PHRASES.map((p) => p[0]),
]);

/** Whether a connector opens a new clause at token `i` (فيما، بينما، في حين، وسط، في ظل …). */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!stemIn(t, OPENER_FIRST_WORDS)) return false;
  return (
    !!stemIn(t, NEW_EVENT_CONNECTORS) ||
    !!stemIn(t, SCENE_CONNECTORS) ||
    NEW_EVENT_PHRASES.some((p) => phraseAt(tokens, i, p)) ||
    SCENE_PHRASES.some((p) => phraseAt(tokens, i, p))
  );
}

/** Every word a total, plan or movement phrase may start with: the clause scan notes these tokens for `hasPhrase`. */
const CLAUSE_PHRASE_FIRST_WORDS: ReadonlySet<string> = new Vocab([...[...AGGREGATE_PHRASES, ...FUTURE_PHRASES, ...MOVEMENT_PHRASES, ...HEARSAY_PHRASES].map((p) => p[0]), ...DENIAL_FIRST_WORDS]);
/** Every word the clause scan acts on (phrase starts, connectors, habit verbs): most words are passed over by one lookup. */
const CLAUSE_WORDS: ReadonlySet<string> = new Vocab([...CLAUSE_PHRASE_FIRST_WORDS, ...OPENER_FIRST_WORDS, ...HABITUAL_WORDS, ...OPERATION_NOUNS, ...RUNNING_TOTAL_FIRST_WORDS]);

/** Every word a clause's opener (connector, scene, result, "كان آخرهم", aside) may start with. */
const OPENING_WORDS: ReadonlySet<string> = new Vocab([
  ...OPENER_FIRST_WORDS, ...RESULT_OPENERS, ...ASIDE_OPENERS, ...LATEST_OPENERS.map((p) => p[0]), ...ASIDE_PHRASES.map((p) => p[0]),
]);

/** The clauses of a sentence (cut at commas and connectors), each with what kind of statement it is. */
function clausesOf(r: ReadSentence): Clause[] {
  if (r.clauses) return r.clauses;
  const out: Clause[] = [];
  r.clauses = out;
  const { tokens } = r;
  // The tokens that may start a total, plan or movement phrase, and the habit verbs, seen as the
  // scan passes them (a clause closes only over tokens already seen).
  const starts: number[] = [];
  const habits: number[] = [];
  const ops: number[] = [];
  const splits = similarEventSplits(r);
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    // A clause ends after a mark, before a connector that opens another, and at the sentence end.
    let to = -1;
    const t = tokens[i];
    if (i === tokens.length) to = i;
    else if (t.kind === "punct") {
      if (CLAUSE_PUNCT.has(t.text)) to = i + 1;
    } else if (i > from && (splits.has(i) || alsoTellsEvent(r, i) || followsUpAt(r, i) !== null)) {
      to = i;
    } else if (stemIn(t, CLAUSE_WORDS)) {
      if (stemIn(t, CLAUSE_PHRASE_FIRST_WORDS)) starts.push(i);
      // A headline tells its event in the present ("مسيرة تركية تستهدف سيارة …"): no habit there.
      if (HABITUAL_WORDS.has(t.text) && !(r.sentence.header && HEADLINE_EVENT_VERBS.has(t.text))) habits.push(i);
      if (stemIn(t, OPERATION_NOUNS)) ops.push(i);
      if (i > from && (opensClause(tokens, i) || (stemIn(t, RUNNING_TOTAL_FIRST_WORDS) && runningTotalAt(tokens, i)))) to = i;
    }
    if (to <= from) continue;
    out.push(clauseOf(r, starts, habits, ops, from, to, splits));
    from = to;
  }
  return out;
}

/** How far before "في اعتداء مماثل" the casualty verb of that other event may stand. */
const SIMILAR_REACH_TOKENS = 8;

/** The first words of SIMILAR_EVENT: most tokens are ruled out by one lookup. */
const SIMILAR_FIRST: ReadonlySet<string> = new Vocab(SIMILAR_EVENT.map((p) => p[0]));

/** The tokens where a similar or other event is told after a preposition ("في اعتداء مماثل"), found once. */
function similarEvents(r: ReadSentence): number[] {
  if (r.similar) return r.similar;
  const { tokens } = r;
  const out: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word" || !stemIn(t, SIMILAR_FIRST)) continue;
    const afterPreposition = !!stemIn(tokens[i - 1], SIMILAR_EVENT_BEFORE) || (t.text[0] === "ب" && t.stems.length > 1);
    if (afterPreposition && SIMILAR_EVENT.some((p) => phraseAt(tokens, i, p))) out.push(i);
  }
  return (r.similar = out);
}

/**
 * "قتل 3 مدنيين جراء اعتداء على قرية …، وأصيبت امرأة في اعتداء مماثل على مدينة …": the casualty
 * verb joined by "و" before a similar event opens a clause of its own (no mark separates them).
 */
function similarEventSplits(r: ReadSentence): ReadonlySet<number> {
  let out: Set<number> | null = null;
  const { tokens, figures } = r;
  if (figures.length < 2) return NO_SPLITS;
  for (const i of similarEvents(r)) {
    for (const f of figures) {
      const at = Math.min(f.at, f.tokenStart);
      if (at > 0 && at < i && at >= i - SIMILAR_REACH_TOKENS && tokens[at].text[0] === "و" && figures.some((g) => g.tokenStart < at)) (out ??= new Set()).add(at);
    }
  }
  return out ?? NO_SPLITS;
}
const NO_SPLITS: ReadonlySet<number> = new Set();

/** The clause [from, to) of a read sentence, with what kind of statement it is. */
function clauseOf(r: ReadSentence, starts: readonly number[], habits: readonly number[], ops: readonly number[], from: number, to: number, splits: ReadonlySet<number>): Clause {
  const { tokens } = r;
  const hasFigures = r.figures.some((f) => f.tokenStart >= from && f.tokenStart < to);
  const hasTrigger = r.hits.some((h) => h.tok >= from && h.tok < to);
  const told =
    hasPhrase(tokens, from, to, AGGREGATE_PHRASES, starts) || hasSinceDate(tokens, from, to, starts) || hasPeriodTotal(tokens, from, to, starts) || countedOperations(tokens, ops, from, to) > 0 || hasHabitual(tokens, habits, from, to) || hasPhrase(tokens, from, to, FUTURE_PHRASES, starts) || hasPhrase(tokens, from, to, HEARSAY_PHRASES, starts) || deniesEvent(tokens, from, to, starts);
  // "، ليرتفع عدد القتلى منذ مطلع العام إلى 230": a period's running total after the event, an aside.
  const runningTotal = opensPeriodRunningTotal(tokens, from, to, told);
  const aggregate = told || runningTotal;
  // "أرسلت رتلا بهدف صد هجوم" is a movement; "باغتت … خلال عمليات تمشيط" is an attack.
  const movement = !hasFigures && hasPhrase(tokens, from, to, MOVEMENT_PHRASES, starts) && !hasWord(tokens, from, to, AGENT_VERBS_AFTER);
  const kind: Clause["kind"] = aggregate ? "aggregate" : movement ? "movement" : hasFigures || hasTrigger ? "event" : "plain";
  const opener = !!stemIn(tokens[from], OPENING_WORDS);
  return {
    from, to, kind, hasFigures,
    hasPlaces: () => placesOf(r).some((p) => p.tok >= from && p.tok < to),
    connector: (opener && (!!stemIn(tokens[from], NEW_EVENT_CONNECTORS) || NEW_EVENT_PHRASES.some((p) => phraseAt(tokens, from, p)))) || (from > 0 && alsoTellsEvent(r, from)),
    scene: opener && (!!stemIn(tokens[from], SCENE_CONNECTORS) || SCENE_PHRASES.some((p) => phraseAt(tokens, from, p))),
    result: opener && !!stemIn(tokens[from], RESULT_OPENERS),
    latest: opener && LATEST_OPENERS.some((p) => phraseAt(tokens, from, p)),
    aside: runningTotal || (opener && (!!stemIn(tokens[from], ASIDE_OPENERS) || ASIDE_PHRASES.some((p) => phraseAt(tokens, from, p)))),
    other:
      (from > 0 && PLUPERFECT_WAW.has(tokens[from].text) && !stemIn(tokens[from + 1], REPORTERS) && !stemIn(tokens[from + 2], REPORTERS)) ||
      splits.has(from) ||
      followsUpAt(r, from) !== null ||
      // "…، إذ سبق أن وقع هجوم على الكنيسة في حزيران": an event that came before.
      stemIn(tokens[from], EARLIER_WORDS) !== null || stemIn(tokens[from + 1], EARLIER_WORDS) !== null,
    also: tokens[from].text === ALSO,
    instance: INSTANCE_OPENERS.has(tokens[from].text),
  };
}

/** "متأثراً", "متأثرين": died of wounds; the day told after it is the wounding's. */
const SUCCUMBED = normalize("متأثر");

/**
 * "توفي اليوم طفل متأثراً بجروح أصيب بها أمس بقصف …": the day after "متأثراً" is when the
 * event wounded him; a day between the death and it is only when he died (ANNOTATION.md: the
 * event's day). Dates of [from, to) past the event word, with those of the death left out.
 */
function woundingDays<T extends { tok: number }>(tokens: readonly Token[], after: T[], eventTok: number, to: number): T[] {
  let at = -1;
  for (let i = eventTok; i < to && at < 0; i++) if (tokens[i].text.startsWith(SUCCUMBED)) at = i;
  return at >= 0 && after.some((d) => d.tok > at) && after.some((d) => d.tok < at) ? after.filter((d) => d.tok > at) : after;
}

function unitOf(r: ReadSentence, from: number, to: number, connector: boolean): Unit {
  const figures = r.figures.filter((f) => f.tokenStart >= from && f.tokenStart < to);
  const hits = r.hits.filter((h) => h.tok >= from && h.tok < to);
  // The event's own date is the one told after the event word ("ذكرت سانا الثلاثاء أن … قتلوا … الاثنين");
  // a date before it is usually when the source spoke.
  const eventTok = figures.length || hits.length ? Math.min(...figures.map((f) => f.at), hits[0]?.tok ?? to) : from;
  const dates = datesOf(r).filter((d) => d.tok >= from && d.tok < to);
  const recount = recountAt(r.tokens, from, to);
  // (The figure or cue after "قد" is the event the recount tells.)
  const recounted = recount !== null && (figures.some((f) => f.at >= recount) || hits.some((h) => h.tok >= recount));
  const after = woundingDays(r.tokens, dates.filter((d) => d.tok >= eventTok), eventTok, to);
  const before = dates.filter((d) => d.tok < eventTok);
  const spokenDay = (!after.length && before.length > 0) || (recounted && dates.length > 0 && dates.every((d) => d.tok < recount!));
  // "أعلن التنظيم اليوم … خلفاً للزعيم الذي قُتل في غارة في شباط 2022": an event told in a month
  // already past is not of the day the statement before it was made.
  const when = timeframe(r.tokens, eventTok, to);
  return {
    read: r,
    from,
    to,
    figures,
    places: placesOf(r).filter((p) => p.tok >= from && p.tok < to).map((p) => p.mention),
    // ("أعلن ناشطون، الأربعاء، ارتفاع حصيلة الغارة إلى 40": a toll rises after the event, so the day
    // said before a risen toll is only when it was announced.)
    dates: [...after, ...(when === "earlier" || figures.some((f) => f.update) ? [] : before)].map((d) => d.mention),
    hits,
    startsNew: connector,
    sameDay: false,
    ...(when ? { when } : {}),
    ...(spokenDay ? { spokenDay } : {}),
    ...(recounted ? { recounted } : {}),
  };
}

/**
 * How many events a sentence counts as it introduces them (0: none) ("شهدت المحافظة ثلاث عمليات اغتيال خلال 24
 * ساعة", "شن التنظيم ثلاث هجمات"): what follows is a round-up, told event by event.
 */
export function announcesRoundup(r: ReadSentence): number {
  const ops: number[] = [];
  for (let i = 0; i < r.tokens.length; i++) if (stemIn(r.tokens[i], OPERATION_NOUNS)) ops.push(i);
  return ops.length > 0 ? countedOperations(r.tokens, ops, 0, r.tokens.length) : 0;
}

/** Whether a sentence only qualifies another (no event, no total, no movement): it may place the event before it. */
export function isPlainSentence(r: ReadSentence): boolean {
  return clausesOf(r).every((c) => c.kind === "plain") && !hasWord(r.tokens, 0, r.tokens.length, ORIGIN_WORDS);
}

/**
 * Whether a plain sentence places the event told just before it, left unplaced ("وأضاف أنه كان على
 * حاجز في محافظة درعا"): it names a place within a governorate. A region wider than one ("وتتحصن خلايا
 * التنظيم في البادية السورية") is the story's background, not where the event was.
 */
export function placesEventBefore(r: ReadSentence): boolean {
  return isPlainSentence(r) && resolveGovernorate(placesOf(r).map((p) => p.mention)) !== null;
}

/**
 * Whether a sentence that reports no event of its own points back to "the attack" ("وراء
 * الهجوم", "وتبنى التنظيم العملية"): it may name the doer of the event told before it.
 */
export function pointsBackToEvent(r: ReadSentence): boolean {
  return !r.sentence.header && isPlainSentence(r) && hasWord(r.tokens, 0, r.tokens.length, DOER_REFERENCE_WORDS);
}

/** Marks that join the halves of a headline ("مقتل 12 بهجمات في البادية.. وغارات روسية على …"). */
const HEADLINE_JOINS = new Vocab(["..", "…"]);

/** Whether the clause at `from` opens the second half of a headline, after ".." or "…". */
function opensHeadlineHalf(tokens: readonly Token[], from: number): boolean {
  const a = tokens[from - 1]?.text;
  return a === "…" || (a === "." && tokens[from - 2]?.text === ".") || HEADLINE_JOINS.has(a ?? "");
}

/** Air, artillery or ground: what kind of strike the type cues of [from, to) tell, null when none. */
function strikeKind(hits: readonly TypeHit[], from: number, to: number): string | null {
  const own = hits.filter((h) => h.tok >= from && h.tok < to);
  if (!own.length) return null;
  const t = bestType(own);
  return t === "airstrike" ? "air" : t === "shelling" ? "shell" : "ground";
}

/** "كما" opening a sentence: "also", so what follows is one more thing done. */
const ALSO = normalize("كما");

/**
 * "قصف الطيران بلدة …، كما قتل مدنيان برصاص قناص في قرية …", "… هاجم مسلحون حاجزاً قرب “…” كما
 * أصيب ثلاثة بانفجار لغم في قرية …": "كما" right before a casualty opens one more event inside the sentence,
 * with or without a mark before it (ANNOTATION.md: attacks at different places are two incidents,
 * even in one sentence); told with no place of its own, it stays in the event before. ("كما أفاد
 * المرصد" tells no event; "كما قصف" with no subject is one more strike of the same hand, which the
 * strike series splits by place.)
 */
function alsoTellsEvent(r: ReadSentence, i: number): boolean {
  if (r.tokens[i].text !== ALSO) return false;
  return r.figures.some((f) => f.tokenStart === i + 1 || f.at === i + 1);
}
/** How far after "كما" the strike word may come ("كما قصف الطيران", "كما استهدفت طائرات مسيرة"). */
const ALSO_STRIKE_REACH_TOKENS = 3;
/**
 * "كما قصف الطيران مقرات في محيط مدينة الرقة": a sentence opened by "كما" and a strike, at a place
 * of its own, is one more strike of a series (ANNOTATION.md: one incident per place).
 */
function opensAnotherStrike(tokens: readonly Token[], u: Unit): boolean {
  if (tokens[0]?.text !== ALSO || !u.places.length) return false;
  return u.hits.some((h) => h.tok <= ALSO_STRIKE_REACH_TOKENS && (h.type === "airstrike" || h.type === "shelling"));
}

/**
 * Whether the "كما" at token `from` opens one more strike after an air strike: a word of an act
 * right after it ("كما قصفت", "كما استهدفت", "كما شنت الطائرات غارات").
 */
function alsoStrikeAt(hits: readonly TypeHit[], from: number): boolean {
  return hits.some((h) => h.tok > from && h.tok <= from + ALSO_STRIKE_REACH_TOKENS);
}

/** "ليتعرض", "لتقع": "so that it was hit", what befell the one just said to move. */
const BEFELL_VERBS = new Vocab(["ليتعرض", "لتتعرض", "ليتعرضوا", "ليتعرضا", "لتتعرضا", "ليقع", "لتقع", "ليقعوا", "ليقعا", "لتقعا"].map(normalize));
/** A force sent to the scene ("أرسلت رتلاً إلى الموقع", "توجهت دورية إلى المكان"). */
const SENT_WORDS = new Vocab(["أرسل", "أرسلت", "أرسلوا", "رتل", "رتلا", "تعزيزات", "مؤازرة", "لمؤازرة", "توجه", "توجهت", "توجهوا", "تحركت", "استقدمت"].map(normalize));
/** A force gone after the attackers ("بمطاردتهم", "لاحقتهم"): where it was hit, the text must say. */
const PURSUIT_WORDS = new Vocab([
  "مطاردة", "بمطاردة", "لمطاردة", "مطاردتهم", "بمطاردتهم", "لمطاردتهم", "طاردت", "طاردوا", "طاردتهم",
  "ملاحقة", "بملاحقة", "لملاحقة", "ملاحقتهم", "بملاحقتهم", "لملاحقتهم", "لاحقت", "لاحقوا", "لاحقتهم", "لاحقوهم",
].map(normalize));
/** How far after the verb of what befell the strike word may come ("لتقع في كمين", "ليتعرض الرتل لاستهداف"). */
const BEFELL_REACH_TOKENS = 4;
/** How far before it the force's going may be told ("أرسلت عقب ورود الأنباء رتلاً إلى الموقع ليتعرض …"). */
const RESPONDER_REACH_TOKENS = 12;

/**
 * "أرسلت رتلاً إلى الموقع ليتعرض لاستهداف", "ولاحقتهم دورية لتقع في كمين": a force that went to
 * the scene or after the attackers and was then hit is a second event, later than the one that
 * sent it (ANNOTATION.md: attacks at different times are two incidents). Whether token `i` opens
 * such a clause (a verb of what befell, a strike word right after it, a force's going before it),
 * and whether the force was sent to the scene or went after the attackers, else null.
 * ("هاجم مسلحون القرية ليتعرض الأهالي لإطلاق نار": the victims of the attack told, one event.)
 */
function followsUpAt(r: ReadSentence, i: number): "sent" | "pursuit" | null {
  const { tokens } = r;
  if (i === 0 || !stemIn(tokens[i], BEFELL_VERBS)) return null;
  if (!r.hits.some((h) => h.tok > i && h.tok <= i + BEFELL_REACH_TOKENS)) return null;
  for (let j = i - 1; j >= 0 && j >= i - RESPONDER_REACH_TOKENS; j--) {
    if (stemIn(tokens[j], SENT_WORDS)) return "sent";
    if (stemIn(tokens[j], PURSUIT_WORDS)) return "pursuit";
  }
  return null;
}

/** Weekday names and the daytime words a sentence may open its day with ("وصباح الأربعاء،", "والجمعة الماضي،"). */
const DAY_OPENERS = new Vocab(["صباح", "مساء", "ظهر", "عصر", "يوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"].map(normalize));
/** How far into the sentence the comma closing its opening day may come ("ومساء يوم الأربعاء الماضي،"). */
const DAY_OPENER_TOKENS = 5;

/**
 * "وصباح الأربعاء، قتل مسلحون رجلاً …", "والجمعة الماضي، قتل 4 أشخاص …": the sentence opens with a
 * day (no night word, which may span two days), then a comma, then what happened: a round-up's next
 * item, told on that day (a source's day comes after a reporting verb: "والثلاثاء، ذكرت الوكالة …").
 */
function opensWithDay(r: ReadSentence): boolean {
  const { tokens } = r;
  if (!stemIn(tokens[0], DAY_OPENERS)) return false;
  const first = datesOf(r)[0];
  if (!first || first.tok > 1) return false;
  for (let j = 1; j < tokens.length && j <= DAY_OPENER_TOKENS; j++) {
    if (tokens[j].kind !== "punct") continue;
    return tokens[j].text === "," && !stemIn(tokens[j + 1], REPORTING_VERBS);
  }
  return false;
}

/** "اليوم", "أمس": the event is of the day of the report. */
const NOW_WORDS = new Vocab(["اليوم", "أمس", "امس", "البارحة"].map(normalize));
/** "الماضي", "الفائت" after a month: a month already past. */
const PAST_WORDS = new Vocab(["الماضي", "الفائت", "المنصرم", "الماضية", "الفائتة"].map(normalize));

const TIME_WORDS: ReadonlySet<string> = new Vocab([...MONTHS, ...NOW_WORDS]);
const YEAR = /^(19|20)\d\d$/;
const isYear = (t: Token | undefined) => t?.kind === "digits" && YEAR.test(t.text);

/** The timeframe words of [from, to) tell (see Unit.when), or null. */
function timeframe(tokens: readonly Token[], from: number, to: number): Unit["when"] | null {
  let now = false;
  for (let i = from; i < to; i++) {
    if (tokens[i].kind !== "word" || !stemIn(tokens[i], TIME_WORDS)) continue;
    if (stemIn(tokens[i], NOW_WORDS)) {
      now = true;
      continue;
    }
    // ("كانون الثاني الفائت", "شباط/فبراير 2022": the month's second word or its other name may stand between.)
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) if (stemIn(tokens[j], PAST_WORDS) || isYear(tokens[j])) return "earlier";
  }
  return now ? "now" : null;
}

/** Prepositions a toll's events follow ("قتل 16 في هجومين", "بتفجيرين"): the toll is told over them. */
const OVER_EVENTS = new Vocab(["في", "خلال", "جراء", "إثر", "اثر"].map(normalize));
const GLUED_BY = "ب";
/** What a plural of separate events counts: three or more (only whether a toll is a total is read). */
const SEVERAL_EVENTS = 3;

/**
 * "قتل 6 عناصر في هجومين منفصلين", "إعدام رجلين في حادثتين منفصلتين", "مقتل 16 جندياً في هجومين
 * إرهابيين": the number of separate events a toll covers, or 0. Two events with a word that calls
 * them separate (an adjective may stand between), or a toll told "in" two events: a total over
 * several incidents (ANNOTATION.md). Also a plural called separate ("بهجمات منفصلة").
 */
function separateEvents(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (stemIn(tokens[i], SEPARATE_PLURAL_NOUNS) && stemIn(tokens[i + 1], SEPARATE_PLURAL_WORDS)) return SEVERAL_EVENTS;
    const n = stemGet(tokens[i], SEPARATE_EVENT_NOUNS);
    if (!n) continue;
    const told = stemIn(tokens[i - 1], OVER_EVENTS) || (tokens[i].text[0] === GLUED_BY && tokens[i].stems.length > 1);
    if (told || stemIn(tokens[i + 1], SEPARATE_WORDS) || stemIn(tokens[i + 2], SEPARATE_WORDS)) return n;
  }
  return 0;
}

/** Whether the unit tells its event as one like, or other than, the one before ("في اعتداء مماثل على …"). */
function tellsSimilarEvent(u: Unit): boolean {
  return similarEvents(u.read).some((i) => i >= u.from && i < u.to);
}

/** Whether the sentence opens with "وكان(ت)" and a reporter ("وكانت مصادر متطابقة أكدت"). */
function opensRetold(tokens: readonly Token[]): boolean {
  return !!stemIn(tokens[0], PLUPERFECT) && !!(stemIn(tokens[1], REPORTERS) || stemIn(tokens[2], REPORTERS));
}

/** "أن", "أنه", "بأن": what a reporting verb says follows them. */
const THAT_WORDS = new Vocab(["أن", "أنه", "أنها", "إن", "إنه", "بأن", "بأنه"].map(normalize));
/** How far after the reporting verb its "أن" may come ("وأشار المرصد إلى أنه"). */
const REPORT_FRAME_TOKENS = 6;

/**
 * "وأكد أنه في اليوم ذاته، هاجم …": the token after a reporting frame that opens the sentence
 * (where what was reported starts), else 0.
 */
function reportedFrom(tokens: readonly Token[]): number {
  if (!stemIn(tokens[0], REPORTING_VERBS)) return 0;
  for (let j = 1; j <= REPORT_FRAME_TOKENS && j < tokens.length; j++) {
    if (tokens[j].kind === "punct" && tokens[j].text !== ",") return 0;
    if (THAT_WORDS.has(tokens[j].text)) return j + 1;
  }
  return 0;
}

/** "وفي وقت سابق تحدث ناشطون عن مقتل 25 …": the sentence opens with an earlier report of the event told. */
function opensEarlierReport(tokens: readonly Token[]): boolean {
  const opener = EARLIER_REPORT_OPENERS.find((p) => phraseAt(tokens, 0, p));
  if (!opener) return false;
  let words = 0;
  for (let j = opener.length; j < tokens.length && words < EARLIER_REPORT_REACH_WORDS; j++) {
    if (tokens[j].kind === "punct") continue;
    if (stemIn(tokens[j], EARLIER_REPORT_VERBS)) return true;
    words++;
  }
  return false;
}

/** Whether the sentence opens by recounting another event ("وفي ذات اليوم", "وكان مسلحون …"). */
function opensRecount(tokens: readonly Token[]): boolean {
  if (RECOUNT_OPENERS.some((p) => phraseAt(tokens, 0, p) || phraseAt(tokens, reportedFrom(tokens), p))) return true;
  if (stemIn(tokens[0], PLUPERFECT)) return !(stemIn(tokens[1], REPORTERS) || stemIn(tokens[2], REPORTERS));
  return false;
}

/**
 * "ويأتي الكمين بعد ساعات من مقتل مدنيين …": the token after "من", where the earlier event
 * starts, and whether it was hours before (so the same day); null when the sentence does not open so.
 */
function comesAfter(tokens: readonly Token[]): { from: number; sameDay: boolean } | null {
  // The verb may follow its subject ("الهجوم المذكور، جاء عقب ساعات على هجوم آخر").
  let verb = -1;
  for (let i = 0; i < tokens.length && i <= COMES_AFTER_REACH_TOKENS && verb < 0; i++) if (stemIn(tokens[i], COMES_VERBS)) verb = i;
  if (verb < 0) return null;
  for (let i = verb + 1; i < tokens.length && i <= verb + COMES_AFTER_REACH_TOKENS; i++) {
    if (tokens[i].kind === "punct") return null;
    if (!stemIn(tokens[i], AFTER_WORDS)) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      if (AFTER_OF.has(tokens[j].text)) return { from: j + 1, sameDay: tokens.slice(i + 1, j).some((t) => stemIn(t, HOUR_NOUNS)) };
    }
    return null;
  }
  return null;
}

/** Place kinds too wide to tell a second scene apart ("في ريف درعا" after a town of Daraa). */
const WIDE_PLACES: ReadonlySet<string> = new Set(["governorate", "area"]);

/**
 * "قتل ثلاثة عناصر بهجوم على حاجز قرب بلدة الصنمين، وقتل مدنيان بانفجار لغم في مدينة نوى": after
 * a mark, a casualty verb with "و", a cause and a named place of its own, none named in the event
 * before, tells a second incident (ANNOTATION.md: two attacks at different places are two incidents,
 * even in one sentence). One bombardment of several villages stays one (shelling on both sides).
 */
function tellsOwnEvent(r: ReadSentence, prev: { from: number; to: number }, c: Clause): boolean {
  const { tokens } = r;
  if (c.from === 0 || tokens[c.from - 1].kind !== "punct" || tokens[c.from].text[0] !== "و") return false;
  if (!r.figures.some((f) => f.at === c.from)) return false;
  if (!r.hits.some((h) => h.tok > c.from && h.tok < c.to)) return false;
  const named = (from: number, to: number) => placesOf(r).filter((p) => p.tok >= from && p.tok < to);
  const before = named(prev.from, prev.to);
  const own = named(c.from, c.to).filter((p) => !WIDE_PLACES.has(p.mention.match?.precision ?? ""));
  if (!before.length || !own.length) return false;
  const names = (p: { mention: PlaceMention }) => [p.mention.match?.id ?? "", ...(p.mention.forms ?? [p.mention.text])].filter(Boolean);
  const seen = new Set(before.flatMap(names));
  if (own.some((p) => names(p).some((n) => seen.has(n)))) return false;
  return !(strikeKind(r.hits, prev.from, prev.to) === "shell" && strikeKind(r.hits, c.from, c.to) === "shell");
}

/** Unit `b`, which follows `a` in the sentence, told as part of `a`. */
function mergeInto(a: Unit, b: Unit): void {
  a.places.push(...b.places);
  a.to = b.to;
  a.figures.push(...b.figures);
  a.dates.push(...b.dates);
  a.hits.push(...b.hits);
}

/**
 * The event units of a read sentence. Clauses before the first event clause (source, date)
 * belong to it; clauses after an event qualify it until a connector opens another event;
 * a total or trend clause vetoes the event it continues (unless said as an aside), and the
 * clauses after it, unless they bring figures of their own; a movement clause stands alone.
 */
export function unitsOf(r: ReadSentence): Unit[] {
  interface Span { from: number; to: number; vetoed: boolean; connector: boolean; event: boolean; aggregate: boolean; afterAggregate: boolean; other?: boolean; alsoStrike?: boolean }
  const units: Span[] = [];
  let pendingFrom = -1;
  let halves = false;
  for (const c of clausesOf(r)) {
    const cur = units[units.length - 1];
    if (c.kind === "event") {
      // "شنت الطائرات غارات على بلدة …، ما أسفر عن جرحى، كما استهدفت قرية …": one more air strike at places of
      // its own, as after a full stop (opensAnotherStrike); the figure told before stays with its place.
      // (Artillery on more villages stays one bombardment: ANNOTATION.md.)
      const alsoStrike = c.also && !!cur?.event && strikeKind(r.hits, cur.from, cur.to) === "air" && alsoStrikeAt(r.hits, c.from) && c.hasPlaces();
      const ownEvent = !!cur && cur.event && !cur.vetoed && tellsOwnEvent(r, cur, c);
      const opens = c.connector || c.scene || c.other || alsoStrike || ownEvent;
      // "أثناء عمليات التمشيط، ما أدى إلى مقتل 5": a movement in which people were hit is the event.
      if (cur && cur.vetoed && !cur.event && !cur.aggregate && c.hasFigures && !opens) {
        cur.vetoed = false;
        cur.event = true;
        cur.to = c.to;
        continue;
      }
      // "مقتل 12 بهجمات في البادية.. وغارات روسية على جبل أبو رجمين": a headline that sums up two
      // kinds of event is two units, so that each half (and its figure) goes to its own incident.
      const otherHalf =
        r.sentence.header && !!cur && opensHeadlineHalf(r.tokens, c.from) &&
        (() => {
          const a = strikeKind(r.hits, cur.from, cur.to);
          const b = strikeKind(r.hits, c.from, c.to);
          return !!a && !!b && a !== b;
        })();
      if (cur && cur.event && !cur.vetoed && !opens && !otherHalf) {
        cur.to = c.to;
        continue;
      }
      if (otherHalf) halves = true;
      // After a total ("تتكرر هذه الحوادث، حيث لقي 7 مدنيين …") only a clause with figures of its own
      // is an event; after a movement ("أرسلت رتلا بهدف صد هجوم") only a new scene is.
      // The breakdown of a total ("وهم: 157 مواطناً قتلوا …") names no place of its own.
      // ("تشهد المنطقة توتراً، حيث قتل 5 …": a clause of figures opened by "حيث" is the instance, an event.)
      if (cur && cur.vetoed && !cur.event && !opens && !c.latest && !(c.also && !cur.aggregate) && !c.instance && (!cur.aggregate || !c.hasFigures || c.result || !c.hasPlaces())) {
        cur.to = c.to;
        continue;
      }
      const afterAggregate = (!!cur && cur.vetoed && cur.aggregate) || c.latest;
      units.push({ from: pendingFrom >= 0 ? pendingFrom : c.from, to: c.to, vetoed: false, connector: c.connector, event: true, aggregate: false, afterAggregate, other: c.other || alsoStrike || ownEvent, alsoStrike });
      pendingFrom = -1;
    } else if (c.kind === "aggregate") {
      // "قتل 7 عناصر، هذا الأسبوع في هجمات": a total qualifying the clause before undoes it;
      // a new statement ("وذكرت مصادر أخرى أن …") or an aside does not.
      // (Nor a scene: "…، وسط تصاعد حالات القتل في الآونة الأخيرة" is the background of the event.)
      const independent = c.aside || c.connector || c.scene || !!stemIn(r.tokens[c.from], REPORTING_VERBS);
      if (cur && cur.event && !cur.vetoed && !independent) {
        cur.vetoed = true;
        cur.to = c.to;
      } else units.push({ from: c.from, to: c.to, vetoed: true, connector: c.connector, event: false, aggregate: true, afterAggregate: false });
      pendingFrom = -1;
    } else if (c.kind === "movement") {
      units.push({ from: c.from, to: c.to, vetoed: true, connector: c.connector, event: false, aggregate: false, afterAggregate: false });
      pendingFrom = -1;
    } else if (cur) {
      cur.to = c.to;
    } else if (pendingFrom < 0) {
      pendingFrom = c.from;
    }
  }
  const recount = opensRecount(r.tokens);
  const reportOpener = opensEarlierReport(r.tokens);
  const after = comesAfter(r.tokens);
  const out: Unit[] = [];
  for (const u of units) {
    if (u.vetoed || !u.event) continue;
    const first = out.length === 0 && u.from === 0;
    // The event told after "بعد … من" is the unit; the one it "comes after" it is not.
    const cut = first && after && after.from < u.to ? after : null;
    const unit = unitOf(r, cut ? cut.from : u.from, u.to, u.connector);
    // "وفي وقت سابق أفاد المرصد بمقتل 25": figures reported earlier are an earlier toll of the event
    // told, like "في حصيلة سابقة". (With no figures, or in a month past, the report may be of
    // another event: "وفي وقت سابق أفاد مراسل بأن مسيرة استهدفت سيارة في ريف آخر".)
    const earlierReport = first && reportOpener && unit.figures.length > 0 && unit.when !== "earlier";
    const recounted = first && recount && !earlierReport;
    if (recounted || cut) unit.startsNew = true;
    if (first && opensAnotherStrike(r.tokens, unit)) unit.startsNew = true;
    if (first && opensRetold(r.tokens)) unit.retold = true;
    if (first && unit.dates.length && opensWithDay(r)) unit.dayFirst = true;
    if (earlierReport) unit.retold = true;
    if (halves) unit.headlineHalf = true;
    const separate = separateEvents(r.tokens, unit.from, unit.to);
    if (separate) unit.separate = separate;

    const earlierToll = earlierReport || hasPhrase(r.tokens, unit.from, unit.to, EARLIER_TOLL_PHRASES);
    if (unit.figures.length && (earlierToll || unit.figures.some((f) => f.update))) unit.updatesToll = true;
    if (earlierToll) for (const f of unit.figures) if (!f.final) f.earlier = true;
    if (first && (SAME_DAY_OPENERS.some((p) => phraseAt(r.tokens, 0, p) || phraseAt(r.tokens, reportedFrom(r.tokens), p)) || cut?.sameDay)) unit.sameDay = true;
    if (u.afterAggregate || u.other || tellsSimilarEvent(unit)) unit.startsNew = true;
    // What befell a force sent after the event before came of it: by the same hand, that day, and,
    // sent to the scene and told with no place, there (one that chased the attackers left it).
    const followUp = u.other ? followsUpAt(r, unit.from) : null;
    if (followUp) {
      unit.also = true;
      if (!unit.dates.length) unit.sameDay = true;
      if (followUp === "sent" && !unit.places.length) unit.atScene = true;
    }
    // "وقتل اثنان آخران": more victims means another event, unless a toll is being updated.
    const firstKilled = unit.figures.find((f) => f.role === "killed");
    if (firstKilled?.another && !unit.figures.some((f) => f.final) && !unit.startsNew) unit.startsNew = unit.moreVictims = true;
    if (u.connector && alsoTellsEvent(r, u.from)) unit.also = true;
    unit.byConnector = u.connector && !(recounted || cut) && !u.afterAggregate && !u.other && !(firstKilled?.another && !unit.figures.some((f) => f.final));
    // "… فيما أصيب آخرون": a connector clause with no place of its own tells more of the same event;
    // "قتل 8 أشخاص، فيما أصيب 12 بقصف على بلدة …": so does one after a clause of figures told with
    // no place and no day, the place told last being where both happened.
    const prev = out[out.length - 1];
    // "شنت الطائرات غارات على …، كما استهدف قرية …": a strike verb with no doer of its own was
    // done by the aircraft of the clause before.
    if (u.alsoStrike && prev && unit.hits.every((h) => h.tok <= unit.from + ALSO_STRIKE_REACH_TOKENS)) {
      unit.hits = [...prev.hits.filter((h) => h.type === "airstrike"), ...unit.hits];
    }
    // "مقتل وجرح 14 عنصراً، عقب هجوم استهدف حافلتهم على طريق …": figures told with no event word
    // of their own, then their cause, are one event (the cause's place and kind are theirs).
    if (prev && prev.to === unit.from && prev.figures.length > 0 && prev.hits.length === 0 && !unit.startsNew && CAUSE_PHRASES.some((p) => phraseAt(r.tokens, unit.from, p))) {
      mergeInto(prev, unit);
      continue;
    }
    const placedAfter = !!prev && prev.figures.length > 0 && prev.places.length === 0 && prev.dates.length === 0 && unit.byConnector && !tellsSimilarEvent(unit);
    if (prev && u.connector && (unit.places.length === 0 || placedAfter) && prev.to === unit.from) {
      mergeInto(prev, unit);
      continue;
    }
    out.push(unit);
  }
  // "…، فيما قتل ضابط في …": an event told after a dated one in the same sentence happened that day.
  let dated: Unit | null = null;
  for (const u of out) {
    if (u.dates.length) dated = u;
    else if (dated) u.dates = dated.dates.slice(0, 1);
  }
  return out;
}
