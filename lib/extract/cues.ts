/**
 * Sentence-level cues that decide whether a clause reports an incident: aggregates and
 * trends, plans and threats, deployments and sweeps, and the connectors that open a new event.
 */
import { normalize } from "../text/normalize";
import { Vocab } from "./vocabulary";
import { PhraseIndex, phraseAt, stemIn, type Token } from "./tokens";
import { MONTHS } from "./vocab";
import { readNumber } from "./numbers";
import { MIN_COUNTED_OPERATIONS } from "../constants";

const phrases = (xs: readonly string[]): string[][] => xs.map((x) => normalize(x).split(" "));

/** Totals and trends over a period, habitual attacks ("تشن بين الحين والآخر"): not one event. */
export const AGGREGATE_PHRASES = phrases([
  "منذ مطلع", "منذ بداية", "منذ بدء", "خلال الأشهر", "خلال الأسابيع", "خلال الفترة", "خلال الأسبوع",
  "هذا الأسبوع", "الأشهر الماضية", "الأسابيع الماضية", "بشكل متكرر", "باستمرار",
  "بين الحين والآخر", "حوادث منفصلة", "مناطق متفرقة", "مناطق مختلفة", "عشرات العمليات", "سلسلة هجمات",
  "سلسلة كمائن", "في يومين", "في الآونة الأخيرة", "بشكل مستمر", "بشكل روتيني", "بشكل عام",
  "بلغت حصيلة", "وبلغت حصيلة", "لتوثيقات", "العمليات آنفة", "منذ اندلاع", "منذ عام",
  "مناطق سورية مختلفة", "مناطق سورية متفرقة", "عموم سوريا", "عموم الأراضي السورية", "مختلف المناطق",
  "مختلف المحافظات", "محافظات سورية عدة", "متكررة", "متكرر", "المتكررة", "المتكرر",
  "هجمات متفرقة", "عمليات متفرقة", "اغتيالات متفرقة", "خلال شهر",
  // "وأحصت الشبكة 30 هجوماً", "شهد الشهر الماضي تصاعداً في هجمات الخلايا": counted attacks and trends.
  // (Not a bare "أحصى": "قتل 11 مدنياً، وفق ما أحصى المرصد" attributes one event's toll.)
  "وأحصت", "وأحصى", "تصاعدا في", "تصاعد في",
  // "ما تتسبب بين الفينة والأخرى بسقوط قتلى": now and then.
  "بين الفينة والأخرى", "بين فترة وأخرى", "من حين لآخر", "من وقت لآخر", "بين حين وآخر",
  // "دعا النواب إلى وقف هذه الغارات", "استمرار الهجمات يزيد التوتر": attacks as a whole, a policy or a trend.
  "هذه الهجمات", "هذه الاعتداءات", "هذه الغارات", "وقف الهجمات", "وقف الاعتداءات", "وقف الغارات",
  "استمرار الهجمات", "استمرار الاعتداءات", "استمرار الغارات", "استمرار القصف",
  // "قتل العشرات خلال الحملات العسكرية": over several campaigns.
  "خلال الحملات", "خلال حملات", "في الحملات",
  // "قتل أكثر من 300 شخص منذ سقوط النظام": a total since a turn of the war, like "منذ اندلاع".
  "منذ سقوط", "منذ انهيار", "منذ التحرير", "منذ تحرير",
  // "خلال الأسبوعين الماضيين", "خلال الربع الأول من العام", "في النصف الأول من العام": periods, like "خلال الأسبوع".
  "خلال الأسبوعين", "خلال الشهرين", "الربع الأول من", "الربع الثاني من", "الربع الثالث من", "الربع الأخير من",
  "النصف الأول من", "النصف الثاني من",
]).concat(
  // "مقتل 38 شخصاً … خلال أيار الماضي", "خسائر تجاوزت 60 قتيلاً خلال آذار الجاري": a month's total.
  [...MONTHS].map((m) => [normalize("خلال"), m]),
  // "ارتفعت حصيلة قتلى الأسبوع إلى 40", "حصيلة الشهر": the toll of a period, not of one event.
  ["حصيلة", "قتلى", "ضحايا", "خسائر"].flatMap((toll) => ["الأسبوع", "الشهر", "العام", "السنة", "الأشهر", "الأسابيع"].map((period) => [normalize(toll), normalize(period)])),
);
/**
 * "منذ أيار الماضي", "منذ شباط 2024", "منذ 24 آذار 2019", "منذ 2022", "منذ العام 2019": a total
 * since a month or a year, not one event.
 */
const SINCE = new Vocab([normalize("منذ")]);
const YEAR_NOUNS = new Vocab(["عام", "العام", "سنة"].map(normalize));
const YEAR = /^(19|20)\d\d$/;
const DAY = /^\d{1,2}$/;

/** Whether "منذ" and a month or a year stand in [from, to) (`starts`: the sentence's tokens that may open a total phrase). */
export function hasSinceDate(tokens: readonly Token[], from: number, to: number, starts: readonly number[]): boolean {
  for (const i of starts) {
    if (i < from || i >= to || !stemIn(tokens[i], SINCE)) continue;
    const day = tokens[i + 1]?.kind === "digits" && DAY.test(tokens[i + 1].text) ? i + 2 : i + 1;
    if (day < to && stemIn(tokens[day], MONTHS)) return true;
    const k = stemIn(tokens[i + 1], YEAR_NOUNS) ? i + 2 : i + 1;
    if (k < to && tokens[k].kind === "digits" && YEAR.test(tokens[k].text)) return true;
  }
  return false;
}
/** Nouns of counted attacks ("27 عملية اغتيال", "12 هجوماً", "14 حالة اغتيال"). */
export const OPERATION_NOUNS = new Vocab(
  ["عملية", "عمليات", "هجوم", "هجوما", "هجمات", "حادثة", "حوادث", "حالة", "حالات", "اعتداء", "اعتداءات", "استهدافات"].map(normalize),
);
/** Tokens a number may take before its noun ("ثلاث مئة وخمسين عملية"). */
const NUMBER_REACH_TOKENS = 4;

/**
 * How many attacks a clause [from, to) counts ("وثق … 27 عملية اغتيال أسفرت عن مقتل 19": a monthly
 * or yearly total; "ثلاث هجمات متتالية"), 0 when it counts fewer than MIN_COUNTED_OPERATIONS or none.
 * `ops`: the ascending indexes of the sentence's OPERATION_NOUNS tokens.
 */
export function countedOperations(tokens: readonly Token[], ops: readonly number[], from: number, to: number): number {
  for (const j of ops) {
    // ("وإصابة 3 بهجوم": a number before a noun with a preposition counts the victims, not attacks.)
    if (j < from || j >= to || !OPERATION_NOUNS.has(tokens[j].text)) continue;
    for (let k = j - 1; k >= from && k >= j - NUMBER_REACH_TOKENS; k--) {
      const n = readNumber(tokens, k);
      if (n && n.end === j && n.value >= MIN_COUNTED_OPERATIONS) return n.value;
    }
  }
  return 0;
}

/** "خلال الشهر الماضي", "خلال العام الحالي", "خلال السنة الماضية": a month's or a year's total. */
const DURING = new Vocab([normalize("خلال")]);
const PERIOD_NOUNS = new Vocab(["الشهر", "العام", "السنة"].map(normalize));
/** "الهجوم الأكثر دموية خلال العام الجاري": ranks one event within the period, not a total over it. */
const RANKING_WORDS = new Vocab(["الأكثر", "الأعنف", "الأشد", "الأكبر", "الأدمى", "الأخطر", "الأبرز", "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة"].map(normalize));
/** How far before "خلال" a ranking word still ranks the event ("الأكثر دموية خلال"). */
const RANKING_REACH_TOKENS = 3;

/** Whether "خلال" and a month or year noun stand in [from, to), not ranking an event (`starts` as for hasSinceDate). */
export function hasPeriodTotal(tokens: readonly Token[], from: number, to: number, starts: readonly number[]): boolean {
  for (const i of starts) {
    if (i < from || i + 1 >= to || !stemIn(tokens[i], DURING) || !stemIn(tokens[i + 1], PERIOD_NOUNS)) continue;
    if (!hasWord(tokens, Math.max(from, i - RANKING_REACH_TOKENS), i, RANKING_WORDS)) return true;
  }
  return false;
}
/**
 * "نشرت المنظمة إحصائية للضحايا …", "قتل 40 مدنياً خلال شهر أيار", "في تقريرها الشهري": a report
 * of a period's toll. An article that opens so is a statistics
 * report: its figures by governorate or by doer break the total down (ANNOTATION.md: aggregates are
 * no incidents); only an attack it places precisely is one.
 */
const PERIOD_REPORT_PHRASES = phrases([
  "خلال شهر", "خلال الشهر", "خلال العام", "خلال السنة", "إحصائية", "إحصائيتها", "إحصائيته",
  "تقريره الشهري", "تقريرها الشهري", "التقرير الشهري", "تقرير شهري", "تقريره السنوي", "تقريرها السنوي", "حصيلة شهر",
]).concat([...MONTHS].map((m) => [normalize("خلال"), m]));

/**
 * Whether a sentence tells a period's toll in a report (see PERIOD_REPORT_PHRASES); "الهجوم الأكثر
 * دموية خلال العام" ranks one event within the period instead.
 */
export function tellsPeriodReport(tokens: readonly Token[]): boolean {
  const index = indexOf(PERIOD_REPORT_PHRASES);
  for (let i = 0; i < tokens.length; i++) {
    if (index.matchAt(tokens, i) && !hasWord(tokens, Math.max(0, i - RANKING_REACH_TOKENS), i, RANKING_WORDS)) return true;
  }
  return false;
}
/**
 * "، ليرتفع عدد القتلى منذ مطلع العام إلى 230", "ما يرفع عدد قتلى الهجمات هذا الشهر إلى 17": a
 * running total told after an event. For a period it is no figure of the event and does not undo
 * it (ANNOTATION.md: aggregates are no incidents; a total not tied to described incidents is
 * ignored); "ليرتفع عدد القتلى إلى 5" with no period stays the event's own rising toll.
 */
const RUNNING_TOTAL_VERBS = ["يرتفع", "ترتفع", "يرفع", "ترفع", "يصل", "تصل", "يبلغ", "تبلغ"];
/** (First words match by stem: "يرتفع" is also "ليرتفع" and "ويرتفع".) */
const RUNNING_TOTAL_OPENERS = phrases(
  RUNNING_TOTAL_VERBS.flatMap((v) => [v, `ما ${v}`, `مما ${v}`, `بما ${v}`, `بذلك ${v}`, `بهذا ${v}`]),
);
/** The period a running total is counted over: "هذا الشهر", "الشهر الجاري", "العام الحالي". */
const CURRENT_PERIOD_PHRASES = phrases([
  "هذا الأسبوع", "الأسبوع الجاري", "الأسبوع الحالي", "هذا الشهر", "الشهر الجاري", "الشهر الحالي",
  "هذا العام", "العام الجاري", "العام الحالي", "هذه السنة", "السنة الجارية", "السنة الحالية",
]);

/** The first words of RUNNING_TOTAL_OPENERS: the clause scan looks only at these tokens. */
export const RUNNING_TOTAL_FIRST_WORDS: ReadonlySet<string> = new Vocab(RUNNING_TOTAL_OPENERS.map((p) => p[0]));
/** "ما", "مما", "بما" before a running total's verb. */
const THAT_WORDS = new Vocab(["ما", "مما", "بما"].map(normalize));

/**
 * "قتل ثلاثة عناصر … ليرتفع عدد القتلى منذ مطلع العام إلى 230": whether a running total over a
 * period opens at token i with no mark before it ("ليرتفع", "ما يرفع": a verb with "ل" or after
 * "ما"), so that it is a clause of its own.
 */
export function runningTotalAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!(t.text.startsWith("ل") || THAT_WORDS.has(t.text)) || !opensRunningTotal(tokens, i)) return false;
  let end = i + 1;
  while (end < tokens.length && tokens[end].kind !== "punct") end++;
  const all = Array.from({ length: end - i }, (_, k) => i + k);
  return hasPhrase(tokens, i, end, AGGREGATE_PHRASES) || hasSinceDate(tokens, i, end, all) || hasPhrase(tokens, i, end, CURRENT_PERIOD_PHRASES);
}

/** Whether a running total's verb (RUNNING_TOTAL_OPENERS) opens at token i. */
function opensRunningTotal(tokens: readonly Token[], i: number): boolean {
  return !!stemIn(tokens[i], RUNNING_TOTAL_FIRST_WORDS) && RUNNING_TOTAL_OPENERS.some((p) => phraseAt(tokens, i, p));
}

/**
 * Whether the clause [from, to) opens with a running total (RUNNING_TOTAL_OPENERS) over a period:
 * `aggregate` when the clause already tells one ("منذ مطلع العام"), else a current period it names.
 */
export function opensPeriodRunningTotal(tokens: readonly Token[], from: number, to: number, aggregate: boolean): boolean {
  return opensRunningTotal(tokens, from) && (aggregate || hasPhrase(tokens, from, to, CURRENT_PERIOD_PHRASES));
}
/** Present-tense attack verbs describe habits ("تشن خلاياه هجمات"), not a reported event. */
export const HABITUAL_VERBS = new Vocab(
  ["تشن", "يشن", "يشنها", "تشنها", "تتعرض", "تتسبب", "يتسبب", "يتعرض", "تستهدف", "يستهدف", "تنفذ", "ينفذ", "يواصل", "تواصل", "تتكرر", "تنشط", "تتزايد", "تهاجم", "يهاجم", "تتكتم", "تنعى", "يتخذون", "يستمرون", "يكبد", "يقومون", "تقوم", "يقوم", "تنحصر", "يشهد", "تشهد",
    // "عمليات الخطف التي تشهدها المحافظة": what a place keeps seeing.
    "تشهدها", "يشهدها"].map(normalize),
);
/** Words of a funeral ("شيع أهالي البلدة جثمانه", "تشييع ثلاثة شبان"): where and when the dead were buried. */
export const FUNERAL_WORDS = new Vocab(["شيع", "شيعت", "شيعوا", "يشيع", "تشيع", "تشييع", "التشييع", "جنازة", "الجنازة"].map(normalize));
/**
 * Present-tense attack verbs that tell the event itself in a headline ("مسيرة تركية تستهدف سيارة",
 * "الطيران يشن غارات على …"); verbs of trend ("تواصل", "تتكرر") stay habits there too.
 */
export const HEADLINE_EVENT_VERBS = new Vocab(["تستهدف", "يستهدف", "تهاجم", "يهاجم", "تشن", "يشن"].map(normalize));
/** Verbs of description that make a whole clause a general statement when they open it ("وتعد البادية مثلث برمودا"). */
export const DESCRIPTIVE_OPENERS = new Vocab(["تعد", "يعد", "تعتبر", "يعتبر", "تعدّ"].map(normalize));
/**
 * Events a text says were only alleged or denies ("نفت الوزارة صحة تقارير زعمت وقوع انفجار",
 * "شائعات عن اغتيال"): not reported as having happened (ANNOTATION.md).
 */
export const HEARSAY_PHRASES = phrases([
  "زعمت وقوع", "زعم وقوع", "زعم فيها", "زعمت فيها", "تزعم وقوع", "يزعم وقوع", "نفى صحة", "نفت صحة", "ينفي صحة",
  "تنفي صحة", "نفوا صحة", "ينفون صحة", "نافيا صحة", "نافية صحة", "عار عن الصحة", "عارية عن الصحة", "شائعات", "الشائعات", "إشاعات", "أنباء مفبركة", "الأخبار المفبركة",
]);
/**
 * A verb that denies or warns, and the word after its subject that says what of: "نفت الوزارة
 * صحة …" (the truth of a report; not "وقوع": "ونفى مصدر وقوع إصابات" denies the casualties of an
 * event told), "حذر ناشطون من هجوم …" (an attack feared).
 */
const DENIAL_VERBS = new Vocab(["نفى", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "نافيا", "نافية"].map(normalize));
const DENIED_NOUNS = new Vocab(["صحة"].map(normalize));
const WARNING_VERBS = new Vocab(["حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون", "تحذير", "تحذيرات"].map(normalize));
const WARNED_OF = new Vocab(["من"].map(normalize));
const THAT_CLAUSE = new Vocab(["أن", "ان"].map(normalize));
/** How far after the verb its noun may come ("نفت قيادة الأمن الداخلي في درعا صحة …"). */
const DENIAL_REACH_TOKENS = 7;
/** The first words of the denials and warnings, for the clause scan's phrase starts. */
export const DENIAL_FIRST_WORDS: ReadonlySet<string> = new Vocab([...DENIAL_VERBS, ...WARNING_VERBS]);

/**
 * Whether the clause [from, to) denies or warns of an event rather than telling it ("نفت وزارة
 * الدفاع صحة الأنباء عن هجوم", "ويحذر ناشطون من هجوم على البلدة"): ANNOTATION.md counts only
 * events reported as having happened, not threatened or expected. `starts`: the clause scan's
 * phrase-start tokens, which hold DENIAL_FIRST_WORDS.
 */
export function deniesEvent(tokens: readonly Token[], from: number, to: number, starts: readonly number[]): boolean {
  for (const i of starts) {
    if (i < from || i >= to) continue;
    const what = stemIn(tokens[i], DENIAL_VERBS) ? DENIED_NOUNS : stemIn(tokens[i], WARNING_VERBS) ? WARNED_OF : null;
    if (!what) continue;
    for (let j = i + 1; j < to && j <= i + DENIAL_REACH_TOKENS; j++) {
      if (tokens[j].kind === "punct") break;
      // ("ويحذر ناشطون من أن الموسم قد يكون الأكثر دموية": a warning of what may come, told as a clause, is not about one attack.)
      if (stemIn(tokens[j], what)) return what !== WARNED_OF || !THAT_CLAUSE.has(tokens[j + 1]?.text ?? "");
    }
  }
  return false;
}

/** Plans, threats and expectations. */
export const FUTURE_PHRASES = phrases([
  "من المقرر", "ستبدأ", "تبدأ الحملة", "سيتم", "يتجهزون", "يعتزم", "تعتزم", "توعد", "هدد", "تهدد", "يهدد",
  "يستعد", "تستعد", "من المتوقع",
  // The present tense of "to threaten" and "to intend" (ANNOTATION.md: threatened or announced is no
  // incident). (Not the past or the participle: "كونها سبق أن هددت …", "… متوعداً بالرد" qualify an event told.)
  "يتوعد", "تتوعد", "يتوعدون", "يهددون", "تهديد بشن", "تهديدات بشن", "ينوي", "تنوي", "اعتزام", "يخطط لشن", "تخطط لشن",
  // "هجوم وشيك على البلدة": an attack said to be imminent is expected, not told (warnings: see deniesEvent).
  "وشيك", "وشيكا", "وشيكة",
  // "ستشن القوات هجوماً", "سيستهدف الطيران": the future of the verbs of attack.
  "ستشن", "سيشن", "ستنفذ", "سينفذ", "ستستهدف", "سيستهدف", "ستطلق", "سيطلق", "سيبدأ", "ستهاجم", "سيهاجم",
  // "اعترف الموقوفون بالتخطيط لاغتيال قيادي": a plot, not an event.
  "بالتخطيط", "التخطيط",
]);
/**
 * Accidents: a crash, a gas cylinder, a collapse, a fire, drowning, electrocution. ANNOTATION.md
 * counts violent events (attacks, bombings, strikes, clashes, killings, kidnappings), and these
 * are none, whatever their toll. ("حادث" alone is not one: "حادث أمني" is a security incident.)
 */
export const ACCIDENT_PHRASES = phrases([
  "حادث سير", "حادثة سير", "حوادث سير", "حادث مروري", "حادث مرور", "حادث تصادم", "حادث انقلاب", "انقلاب حافلة",
  "انقلاب سيارة", "انقلبت حافلة", "انقلبت سيارة", "تصادم سيارتين", "اصطدام سيارتين",
  "أسطوانة غاز", "اسطوانة غاز", "جرة غاز", "تسرب غاز", "انفجار مدفأة",
  "انهيار مبنى", "انهيار منزل", "انهيار بناء", "انهيار سقف", "انهيار جدار",
  "اندلع حريق", "اندلاع حريق", "نشب حريق", "نشوب حريق",
  "غرقا", "صعقة كهربائية", "بصعقة كهربائية", "صعقا بالكهرباء", "ماس كهربائي", "التماس كهربائي",
]);
/** A blast said without its cause ("انفجار"): only the cause tells an attack from an accident. */
export const BLAST_WORDS = new Vocab(["انفجار", "الانفجار", "انفجر", "انفجرت", "انفجارا"].map(normalize));

/** Movements, deployments, sweeps, arrests: not incidents unless someone was hit. */
export const MOVEMENT_PHRASES = phrases([
  "أرسل", "أرسلت", "إرسال", "استقدمت", "استقدم", "تعزيزات", "انسحب", "انسحبت", "انسحاب", "أخلت",
  "حملة تمشيط", "حملات تمشيط", "عملية تمشيط", "عمليات تمشيط", "لتمشيط", "تمشيط", "حملة أمنية",
  "حملة عسكرية", "عملية عسكرية", "إطلاق عملية", "إطلاق حملة", "أطلقت عملية", "أطلقت حملة", "أطلق عملية",
  "أطلقوا عملية", "تجول", "تجولوا", "رصد تحركات", "تحركات", "بتغطية", "تغطية جوية", "بدعم جوي",
  "بإسناد", "بدعم من الطيران", "القبض", "اعتقال", "تدريبات", "مناورات", "انتشار مكثف",
  "حشد", "حشدت", "حشود",
  // "فككت فرق الهندسة عبوة ناسفة", "أحبطت الشرطة محاولة تفجير سيارة مفخخة", "ضبطت القوات عبوات":
  // a bomb defused, seized or stopped did not go off (ANNOTATION.md: an event that happened).
  "فكك", "فككت", "فككوا", "تفكيك", "بتفكيك", "أبطل", "أبطلت", "إبطال", "ضبط", "ضبطت",
  "محاولة تفجير", "محاولة لتفجير",
]);
/** Connectors that may open another event inside a sentence ("…، فيما قتل ضابط في …"). */
export const NEW_EVENT_CONNECTORS = new Vocab(["فيما", "بينما"].map(normalize));
/** Two-word connectors that may open another event ("…، في حين قتل …"). */
export const NEW_EVENT_PHRASES = phrases(["في حين", "وفي حين"]);
/** "وسط …" sets a scene ("وسط تنفيذ الطيران غارات"): its own unit, not a new event by itself. */
export const SCENE_CONNECTORS = new Vocab(["وسط"].map(normalize));
/** Phrases that set a scene of their own ("في ظل تنفيذ الطيران غارات", "بعد هجوم تدمر الذي …"). */
export const SCENE_PHRASES = phrases(["في ظل", "بالتزامن مع", "تزامنا مع", "عقب الهجوم", "بعد الهجوم", "وذلك عقب", "وذلك بعد", "بعد هجوم", "عقب هجوم"]);
/**
 * "بعد أيام من مقتل …", "بعد أسبوع على انفجار …": the event told next came days or more before the
 * one the article tells, on a day the text does not give (ANNOTATION.md: "days ago" gives no day).
 */
export const DAYS_AFTER_PHRASES = phrases(["أيام", "أيام قليلة", "عدة أيام", "يومين", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر"]
  .flatMap((period) => [`بعد ${period} من`, `بعد ${period} على`]));
/** A total or trend said as an aside ("مشيرين إلى أن القوات تتعرض باستمرار …") does not undo the event before it. */
export const ASIDE_OPENERS = new Vocab(["مشيرين", "مشيرا", "مشيرة", "مضيفا", "مضيفين", "لافتا", "موضحا", "موضحين", "يشار", "يذكر", "علما", "محذرا", "محذرة", "محذرين"].map(normalize));
/**
 * Two-word asides ("في وقت تشهد فيه البادية تصعيداً"): a trend said alongside, not a qualifier of
 * the event; "…، الأمر الذي أوقف المحطة للمرة العاشرة هذا العام" comments on the event told.
 */
export const ASIDE_PHRASES = phrases(["في وقت", "في الوقت الذي", "وفي وقت", "الأمر الذي"]);
/** Negation before a trigger or a figure ("دون ورود معلومات عن قتلى", "لم تقع انتهاكات"). */
export const NEGATIONS = new Vocab(["دون", "بدون", "لم", "عدم", "بعدم", "لا"].map(normalize));

/**
 * Negations that deny casualties, also after "و"/"ف" ("ولم ترد أنباء عن سقوط قتلى أو جرحى").
 * (Only for figures: "ولم يتبن أحد الهجوم" does not deny the attack itself.)
 */
export const CASUALTY_NEGATIONS: ReadonlySet<string> = new Vocab([...NEGATIONS, ...["ولم", "فلم", "ولا", "ودون", "وبدون"].map(normalize)]);

/** Whether a word of `words` comes at most `reach` tokens before token `i`, in the same clause. */
export function wordBefore(tokens: readonly Token[], i: number, reach: number, words: ReadonlySet<string>): boolean {
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    if (tokens[j].kind === "punct") return false;
    if (stemIn(tokens[j], words)) return true;
  }
  return false;
}

/** Whether a negation of `negations` comes at most `reach` tokens before token `i`, in the same clause. */
export function negatedAt(tokens: readonly Token[], i: number, reach: number, negations: ReadonlySet<string> = NEGATIONS): boolean {
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    const t = tokens[j];
    if (t.kind === "punct" && t.text !== '"') return false;
    // "ما لا يقل عن 7" is a bound and "لا يزال" is "still": neither denies anything.
    if (negations.has(t.text) && !NOT_DENIALS.has(tokens[j + 1]?.text ?? "")) return true;
  }
  return false;
}
const NOT_DENIALS = new Vocab(["يقل", "يزيد", "يزال", "تزال", "يتجاوز", "سيما"].map(normalize));
/** Openers that start another event in a new sentence: a recounted earlier event, "the same day". */
export const RECOUNT_OPENERS = phrases([
  "وفي ذات اليوم", "في ذات اليوم", "في اليوم نفسه", "في اليوم ذاته", "في حادثة أخرى",
  "في حادثة منفصلة", "وفي حادثة منفصلة", "وفي حادث آخر", "وقبل أيام", "وفي وقت سابق",
  "في سياق متصل", "وفي سياق متصل", "في سياق آخر", "وفي سياق آخر", "من جهة أخرى", "ومن جهة أخرى",
  "من جهة ثانية", "في سياق منفصل", "وسبق أن", "سبق أن",
  // "وسبق ذلك بيومين", "وقبل ذلك بساعات": before the event just told, so another one.
  "وسبق ذلك", "سبق ذلك", "وقبل ذلك", "قبل ذلك",
]);
/**
 * "ويأتي الكمين بعد ساعات من مقتل مدنيين بانفجار لغم": what the event "comes after" is another,
 * earlier event. The verbs that open it, the words that say "after", and the time nouns between.
 */
export const COMES_VERBS = new Vocab(["يأتي", "تأتي", "جاء", "جاءت", "يجيء"].map(normalize));
export const AFTER_WORDS = new Vocab(["بعد", "عقب"].map(normalize));
export const AFTER_OF = new Vocab(["من", "على"].map(normalize));
/** "بعد ساعات من": hours before, so the same day as the event it precedes. */
export const HOUR_NOUNS = new Vocab(["ساعات", "ساعة", "ساعتين", "ساعتان", "دقائق"].map(normalize));
/** How far into the sentence "يأتي … بعد … من" may come ("الهجوم المذكور، جاء عقب ساعات على"). */
export const COMES_AFTER_REACH_TOKENS = 8;
/**
 * Definite event nouns that point back to the event just told ("إن الغارة استهدفت السيارة",
 * "وإن اللغم انفجر بسيارتهم"): a clause led by one tells more of that event.
 */
export const ANAPHORIC_EVENT_NOUNS = new Vocab(
  ["الغارة", "الهجوم", "الكمين", "الانفجار", "التفجير", "اللغم", "العبوة", "الاستهداف", "الضربة", "الاعتداء", "الاغتيال", "القصف", "الاشتباك", "الاشتباكات",
    // "أن المهاجمين استخدموا أسلحة رشاشة": the attackers of the event just told.
    "المهاجمين", "المهاجمون"].map(normalize),
);
/**
 * Words by which a sentence of its own points back to the event just told to name its doer
 * ("ويعتقد أن خلايا داعش تقف وراء الهجوم", "وتبنى التنظيم العملية", "ورجحت مصادر أن تكون
 * الطائرات إسرائيلية", "رجحت وقوف خلايا التنظيم وراءه").
 */
export const DOER_REFERENCE_WORDS: ReadonlySet<string> = new Vocab([
  ...ANAPHORIC_EVENT_NOUNS,
  ...["العملية", "الغارات", "الطائرات", "الطائرة", "المسيرة", "وراءه", "وراءها"].map(normalize),
]);
/** "كان آخرهم …": the latest of a series told as an event of its own. */
export const LATEST_OPENERS = phrases(["كان آخرهم", "وكان آخرهم", "كان آخرها", "وكان آخرها", "آخرها", "وآخرها", "آخرهم"]);
/**
 * "وأصيبت امرأة في اعتداء مماثل على …", "بعد ساعات من هجوم مماثل": an event told as like the one
 * before, after a preposition, is another one ("الدوار الذي شهد انفجاراً مماثلاً" only describes a place).
 */
export const SIMILAR_EVENT = phrases([
  "اعتداء مماثل", "هجوم مماثل", "انفجار مماثل", "تفجير مماثل", "حادثة مماثلة", "حادث مماثل", "استهداف مماثل",
  "اعتداء آخر", "هجوم آخر", "انفجار آخر", "تفجير آخر", "حادثة أخرى", "حادث آخر", "استهداف آخر",
]);
/** "في اعتداء مماثل": an aggression like the one before, a word that names no kind of attack. */
export const SIMILAR_AGGRESSION = phrases(["اعتداء مماثل", "اعتداءات مماثلة", "الاعتداء المماثل"]);
/** The prepositions before SIMILAR_EVENT ("في", "من"; "ب" is a proclitic). */
export const SIMILAR_EVENT_BEFORE = new Vocab(["في", "من", "إثر", "جراء", "خلال"].map(normalize));
/** Dual event nouns and how many events they count ("هجومين", "حادثتين"), for SEPARATE_WORDS after them. */
export const SEPARATE_EVENT_NOUNS: ReadonlyMap<string, number> = new Map(
  ["هجومين", "هجومان", "حادثتين", "حادثتان", "تفجيرين", "انفجارين", "كمينين", "اعتداءين", "استهدافين", "حادثين"].map((w) => [normalize(w), 2] as const),
);
/**
 * "بهجمات منفصلة", "في حوادث متفرقة": plural event nouns that tell a toll over separate events only
 * with a word of SEPARATE_PLURAL_WORDS after them ("في هجمات متزامنة" is one attack at many posts).
 */
export const SEPARATE_PLURAL_NOUNS = new Vocab(["هجمات", "حوادث", "اعتداءات", "تفجيرات", "انفجارات"].map(normalize));
/** "منفصلة", "متفرقة": the plural events before them are separate ones. */
export const SEPARATE_PLURAL_WORDS = new Vocab(["منفصلة", "متفرقة"].map(normalize));
/** "منفصلين", "متزامنين": the events counted before them are separate ones. */
export const SEPARATE_WORDS = new Vocab(["منفصلين", "منفصلتين", "منفصلان", "منفصلتان", "متزامنين", "متزامنتين", "مختلفين", "متفرقين"].map(normalize));
/** "هجوم آخر": another attack, by the doer of the one before. */
export const ANOTHER_ATTACK = phrases(["هجوم آخر", "هجوما آخر", "بهجوم آخر", "هجوم مماثل", "هجوما مماثلا", "بهجوم مماثل", "هجمات مماثلة",
  // "وأصيبت امرأة في اعتداء مماثل على …": the same hand again, whatever the assault is called.
  "اعتداء مماثل", "اعتداء آخر", "اعتداءات مماثلة", "استهداف مماثل"]);
/**
 * "وفي الحادثة الثانية", "فيما طال الهجوم الثالث": the next of a series the article announced
 * ("قاما بإعدام رجلين في حادثتين منفصلتين"), of the kind and by the hand of the one before it.
 * (A "similar" attack, "هجوم مماثل", is only alike: it may have another kind and doer.)
 */
export const SERIES_PHRASES = phrases([
  "الحادثة الثانية", "الحادثة الثالثة", "الحادثة الرابعة", "الهجوم الثاني", "الهجوم الثالث", "الهجوم الرابع",
]);
/** Openers that date an event by the one before it. */
export const SAME_DAY_OPENERS = phrases(["وفي ذات اليوم", "في ذات اليوم", "وفي اليوم نفسه", "في اليوم نفسه", "وفي اليوم ذاته", "في اليوم ذاته"]);
/** "وكان(ت)" opens a recounted event, unless a reporter follows ("وكان المرصد قد أفاد"). */
export const PLUPERFECT = new Vocab(["وكان", "وكانت", "كان", "كانت"].map(normalize));
/** Reporters after "وكان": "وكان المرصد قد أفاد" retells a report, not an earlier event. */
export const REPORTERS = new Vocab(
  ["المرصد", "مصادر", "مصدر", "ناشطون", "ناشطين", "شبكة", "شبكات", "وكالة", "الوكالة", "وسائل", "صفحات", "مراسل", "التنظيم", "وزارة", "الوزارة", "المصادر", "حصيلة", "الحصيلة", "تقارير", "أنباء",
    // "وكان الدفاع المدني قد أعلن", "وكانت مديرية الصحة قد ذكرت", "وكان الهلال الأحمر …": rescuers and medics report tolls.
    "الدفاع", "مديرية", "الهلال", "مستشفى", "المستشفى", "مشفى", "المشفى", "فرق", "الطبابة"].map(normalize),
);
/**
 * "في حصيلة أولى/أولية/سابقة": an earlier toll of an event told, another figure of it (ANNOTATION.md
 * range rule), never an event of its own.
 */
export const EARLIER_TOLL_PHRASES = phrases([
  "حصيلة أولى", "حصيلة أولية", "حصيلة سابقة", "حصيلة غير نهائية", "الحصيلة الأولى", "الحصيلة الأولية", "الحصيلة السابقة",
  "التقارير الأولية", "التقديرات الأولية", "التقديرات الأصلية", "معلومات أولية",
]);
/** A clause opened by a reporting verb is a statement of its own ("وذكرت مصادر أخرى أن …"). */
export const REPORTING_VERBS = new Vocab(
  ["ذكرت", "ذكر", "قالت", "قال", "أضافت", "أضاف", "أشارت", "أشار", "أفادت", "أفاد", "أكدت", "أكد", "أوضح", "أوضحت", "نقلت", "نقل", "تابعت", "تابع", "كشفت", "كشف", "لفتت", "لفت", "بينت"].map(normalize),
);
/**
 * "وفي وقت سابق تحدث ناشطون عن مقتل 25": an opener and, a few words on, a reporting verb tell an
 * earlier report of the event just told (its earlier figures), not an earlier event; with an event
 * verb instead ("وفي وقت سابق، قتل 3 عناصر بهجوم …") it is a recounted event (RECOUNT_OPENERS).
 */
export const EARLIER_REPORT_OPENERS = phrases(["في وقت سابق", "وفي وقت سابق"]);
export const EARLIER_REPORT_VERBS: ReadonlySet<string> = new Vocab([
  ...REPORTING_VERBS,
  ...["تحدث", "تحدثت", "أعلن", "أعلنت", "أورد", "أوردت", "وثق", "وثقت", "رصد", "رصدت"].map(normalize),
]);
/** How many words after the opener the reporting verb may come ("وفي وقت سابق اليوم، كان المرصد قد أفاد"). */
export const EARLIER_REPORT_REACH_WORDS = 4;
/** Result connectors keep a clause in the event before it ("، ما أسفر عن مقتل 10"). */
export const RESULT_OPENERS = new Vocab(["ما", "مما", "أسفر", "أسفرت", "أدى", "أدت", "جراء", "إثر"].map(normalize));

const indexes = new WeakMap<readonly string[][], PhraseIndex<true>>();
function indexOf(list: readonly string[][]): PhraseIndex<true> {
  let index = indexes.get(list);
  if (!index) {
    index = new PhraseIndex(list.map((words) => ({ words, value: true as const })));
    indexes.set(list, index);
  }
  return index;
}

/**
 * Whether any phrase of `list` starts at some token of [from, to) and ends by `to`. With
 * `starts`, the ascending indexes of the sentence's tokens that may open a phrase (found once
 * per sentence), only those are tried: a caller testing many clauses skips most words.
 */
export function hasPhrase(tokens: readonly Token[], from: number, to: number, list: readonly string[][], starts?: readonly number[]): boolean {
  const index = indexOf(list);
  if (!starts) {
    for (let i = from; i < to; i++) if (phraseEndsBy(index, tokens, i, to)) return true;
    return false;
  }
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k];
    if (i >= to) break;
    if (i >= from && phraseEndsBy(index, tokens, i, to)) return true;
  }
  return false;
}

function phraseEndsBy(index: PhraseIndex<true>, tokens: readonly Token[], i: number, to: number): boolean {
  const m = index.matchAt(tokens, i);
  return m !== null && i + m.words.length <= to;
}

/** Whether any token of [from, to) is in `words`. */
export function hasWord(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (stemIn(tokens[i], words)) return true;
  return false;
}

/**
 * Head nouns an article may drop or swap when it names a place again ("حي الشيخ مقصود" then
 * "الشيخ مقصود", "قرية X" then "بلدة X"): the name after them alone tells the same place.
 * Only heads of inhabited places and buildings: "سد X" or "جبل X" is not the town X.
 */
export const NAME_HEADS: ReadonlySet<string> = new Vocab(
  ["حي", "حيي", "قرية", "بلدة", "كنيسة", "مسجد", "جامع"].map(normalize),
);

/**
 * Phrases that give the cause of the figures told just before them ("مقتل 5 عناصر، عقب هجوم على
 * حاجز …", "إصابة 3 مدنيين، إثر هجوم بطائرة مسيرة"): the attack they name is the event of those
 * figures, not another one taking them.
 */
export const CAUSE_PHRASES = phrases([
  "عقب هجوم", "إثر هجوم", "اثر هجوم", "بعد هجوم", "جراء هجوم", "عقب الهجوم", "إثر الهجوم", "بعد الهجوم", "جراء الهجوم",
  "وذلك عقب", "وذلك إثر", "وذلك بعد", "وذلك جراء", "جراء",
]);
