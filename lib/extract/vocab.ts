/**
 * The extractor's Arabic vocabularies, grouped by meaning. Entries are written as they appear
 * in articles and normalized once at load, so adding a synonym is a one-line change here.
 */
import { normalize } from "../text/normalize";
import { Vocab } from "./vocabulary";
import type { IncidentType } from "../types";

const set = (words: readonly string[]): ReadonlySet<string> => new Vocab(words.map(normalize));
const map = <T>(entries: Record<string, T>): ReadonlyMap<string, T> =>
  new Map(Object.entries(entries).map(([k, v]) => [normalize(k), v]));

// ---------------------------------------------------------------- numbers

/** Cardinal units and tens in every gender and case. Ordinals (الثالث، الرابعة) are absent on purpose. */
export const NUMBER_UNITS = map<number>({
  "واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1,
  "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2, "ثنتين": 2,
  "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
  "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9,
  "عشرة": 10, "عشر": 10,
});
export const NUMBER_TENS = map<number>({
  "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
  "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
  "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
});
export const NUMBER_HUNDREDS = map<number>({
  "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
  // The dual in construct ("مئتا مدني", "مائتي شخص").
  "مئتا": 200, "مئتي": 200, "مائتا": 200, "مائتي": 200,
  "ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500,
  "خمسمائة": 500, "ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700,
  "ثمانمئة": 800, "ثمانمائة": 800, "ثمانيمئة": 800, "تسعمئة": 900, "تسعمائة": 900,
});
/** "عشر/عشرة" after a unit makes a teen (خمسة عشر = 15). */
export const TEEN_TEN = set(["عشر", "عشرة"]);
/** "مئة" after a unit multiplies it (ثلاث مئة = 300). */
export const HUNDRED_WORDS = set(["مئة", "مائة"]);
/** A thousand and two thousand ("ألف شخص", "ألفي مدني"), and "آلاف" after a unit (ثلاثة آلاف = 3000). */
export const NUMBER_THOUSANDS = map<number>({
  // "ألفاً" is the accusative of a thousand; the dual's construct "ألفا" is rare beside it.
  "ألف": 1000, "ألفا": 1000, "ألفان": 2000, "ألفين": 2000, "ألفي": 2000,
});
export const THOUSANDS_WORDS = set(["آلاف"]);

/** Vague quantities: the lower (and upper, when the word has one) bound they stand for. */
export const VAGUE_QUANTITIES = map<{ min: number; max: number | null }>({
  "عدد": { min: 2, max: null }, "عددا": { min: 2, max: null }, "عدة": { min: 2, max: null },
  "العديد": { min: 2, max: null }, "مجموعة": { min: 2, max: null },
  // "a few": no row of ANNOTATION.md bounds it, so it reads as a plural without number.
  "بضعة": { min: 2, max: null }, "بضع": { min: 2, max: null },
  "عشرات": { min: 20, max: null }, "العشرات": { min: 20, max: null },
  "مئات": { min: 200, max: null }, "المئات": { min: 200, max: null },
  "آلاف": { min: 2000, max: null }, "الآلاف": { min: 2000, max: null },
});
/** What "عشرات" (dozens) counts at least: tolls told by the dozens are read by that bound. */
export const DOZENS = VAGUE_QUANTITIES.get(normalize("عشرات"))!;

/** Multi-word bounds before a number. `kind` says how the number becomes {min, max}. */
export type BoundKind = "atLeast" | "moreThan" | "upTo" | "about" | "lessThan";
export const PRE_BOUNDS: ReadonlyArray<{ words: string[]; kind: BoundKind }> = [
  { words: ["ما", "لا", "يقل", "عن"], kind: "atLeast" },
  { words: ["لا", "يقل", "عن"], kind: "atLeast" },
  { words: ["على", "الأقل"], kind: "atLeast" },
  // The same written together ("مالا يقل", "لايقل") and "على أقل تقدير".
  { words: ["مالا", "يقل", "عن"], kind: "atLeast" },
  { words: ["ما", "لايقل", "عن"], kind: "atLeast" },
  { words: ["لايقل", "عن"], kind: "atLeast" },
  { words: ["على", "أقل", "تقدير"], kind: "atLeast" },
  // "في الأقل" (some wires' wording) and the typo "عل الأقل".
  { words: ["في", "الأقل"], kind: "atLeast" },
  { words: ["عل", "الأقل"], kind: "atLeast" },
  { words: ["ما", "يزيد", "عن"], kind: "moreThan" },
  { words: ["ما", "يزيد", "على"], kind: "moreThan" },
  { words: ["يزيد", "عن"], kind: "moreThan" },
  { words: ["يزيد", "على"], kind: "moreThan" },
  { words: ["أكثر", "من"], kind: "moreThan" },
  { words: ["ما", "يربو", "على"], kind: "moreThan" },
  { words: ["أزيد", "من"], kind: "moreThan" },
  { words: ["ما", "يفوق"], kind: "moreThan" },
  { words: ["يفوق"], kind: "moreThan" },
  { words: ["ما", "ينوف", "على"], kind: "moreThan" },
  { words: ["ما", "ينوف", "عن"], kind: "moreThan" },
  // "حتى 20 شخصاً": only before a noun of people (UP_TO_NEEDS_PEOPLE), "حتى" being mostly "until".
  { words: ["حتى"], kind: "upTo" },
  { words: ["ما", "يصل", "إلى"], kind: "upTo" },
  { words: ["ما", "يقارب"], kind: "about" },
  { words: ["يقارب"], kind: "about" },
  { words: ["نحو"], kind: "about" },
  { words: ["حوالي"], kind: "about" },
  { words: ["قرابة"], kind: "about" },
  { words: ["زهاء"], kind: "about" },
  { words: ["أقل", "من"], kind: "lessThan" },
].map((b) => ({ words: b.words.map(normalize), kind: b.kind as BoundKind }));
/** "… على الأقل", "… على أقل تقدير" after the counted noun. */
export const POST_AT_LEAST: readonly string[][] = [["على", "الأقل"], ["على", "أقل", "تقدير"], ["في", "الأقل"], ["عل", "الأقل"]].map((ws) => ws.map(normalize));

// ---------------------------------------------------------------- counted nouns

/** Kin nouns as written before a possessive ending ("طفلت" + "ها"): one person each. */
const KIN_STEMS = ["طفل", "طفلت", "ابن", "ابنت", "والد", "والدت", "زوج", "زوجت", "شقيق", "شقيقت", "أخت", "أم", "حفيد", "حفيدت"];
/** Kin nouns as written before a dual ending ("طفلت" + "يها", "شقيق" + "اه"). */
const KIN_DUAL_STEMS = ["طفل", "طفلت", "ابن", "ابنت", "ولد", "شقيق", "شقيقت", "حفيد", "حفيدت", "أخت"];
/** "ـه، ـها، ـهما، ـهم، ـهن": his, her, their (two), their. */
const POSSESSIVE_ENDINGS = ["ه", "ها", "هما", "هم", "هن"];

/**
 * Suicide bombers, one, two or more ("وقتل الانتحاري", "فجر انتحاريان نفسيهما"): attackers whose
 * death counts in killed (ANNOTATION.md). Written with the article too: told so they are not a
 * weak back-reference but the bomber of the event.
 */
const BOMBERS = {
  one: ["انتحاري", "انتحارية", "الانتحاري", "الانتحارية", "انغماسي", "الانغماسي"],
  two: ["انتحاريان", "الانتحاريان"],
  // ("انغماسيين": fighters sent in to fight to the death.)
  many: ["انتحاريين", "انتحاريون", "الانتحاريين", "الانتحاريون", "انغماسيين", "انغماسيون", "الانغماسيين", "الانغماسيون"],
};

/**
 * More people by trade, role or age, as [singular, plural] (the count table's singular, dual and
 * plural rows for each): the duals are made from the singular ("طبيب" → "طبيبان"، "طبيبين";
 * "ممرضة" → "ممرضتان"، "ممرضتين"), except the "ـين" form of a sound plural ("مسعفين"), which stays
 * the plural; a sound plural in "ـين" is also written with "ـون".
 */
const PEOPLE_BY_ROLE: ReadonlyArray<readonly [string, string]> = [
  ["طبيب", "أطباء"], ["طبيبة", "طبيبات"], ["ممرض", "ممرضين"], ["ممرضة", "ممرضات"], ["صحفي", "صحفيين"],
  ["صحفية", "صحفيات"], ["سائق", "سائقين"], ["مزارع", "مزارعين"], ["معلم", "معلمين"], ["معلمة", "معلمات"],
  ["طالبة", "طالبات"], ["تاجر", "تجار"], ["صياد", "صيادين"], ["مسن", "مسنين"], ["مسنة", "مسنات"],
  ["فتاة", "فتيات"], ["سيدة", "سيدات"], ["حارس", "حراس"], ["شرطي", "شرطيين"], ["مسعف", "مسعفين"],
  ["متطوع", "متطوعين"], ["نازح", "نازحين"], ["مواطنة", "مواطنات"], ["قائد", "قادة"],
  ["عضو", "أعضاء"], ["موظف", "موظفين"], ["مهندس", "مهندسين"], ["ناشط", "ناشطين"], ["مترجم", "مترجمين"],
  ["أمير", "أمراء"], ["زعيم", "زعماء"], ["فني", "فنيين"], ["مجند", "مجندين"],
  ["رقيب", "رقباء"], ["عقيد", "عقداء"], ["عميد", "عمداء"], ["نقيب", "نقباء"], ["ملازم", "ملازمين"],
  ["حفيد", "أحفاد"], ["حفيدة", "حفيدات"], ["ابنة", "بنات"], ["أخت", "أخوات"], ["زوجة", "زوجات"],
];
/**
 * "طالب" and "شيخ" are left out ("طالبان" is also a movement's name, "الشيخين" a place's), and so is
 * "عامل" ("العاملين في" is "those working in" more often than two workers).
 */
const dualsOf = ([one, many]: readonly [string, string]): string[] => {
  const stem = one.endsWith("ة") ? one.slice(0, -1) + "ت" : one;
  return many === one + "ين" || many === one + "يين" ? [stem + "ان"] : [stem + "ان", stem + "ين"];
};
const pluralsOf = ([, many]: readonly [string, string]): string[] =>
  many.endsWith("ين") ? [many, many.slice(0, -2) + "ون"] : [many];

/** People counted by a number, as singular (1), dual (2) or plural (unnumbered = 2+). */
export const PERSON_SINGULAR = set([
  ...PEOPLE_BY_ROLE.map(([one]) => one),
  "عنصر", "عنصرا", "جندي", "جنديا", "ضابط", "ضابطا", "شخص", "شخصا", "مدني", "مدنيا",
  "عسكري", "عسكريا", "مقاتل", "مقاتلا", "مسلح", "مسلحا", "طفل", "طفلا", "طفلة", "امرأة",
  "سيدة", "رجل", "رجلا", "شاب", "شابا", "فتاة", "مواطن", "مواطنا", "عامل", "عاملا", "فني",
  "سائق", "راع", "راعي", "قيادي", "قياديا", "قائد", "متشدد", "متشددا", "فرد", "عضو", "مجند",
  "ملازم", "نقيب", "رائد", "مقدم", "عقيد", "عميد", "رقيب", "موظف", "مهندس", "طبيب", "مختار",
  "شيخ", "طالب", "متطوع", "حارس", "شرطي", "مسؤول", "زعيم", "زعيمه", "متزعم", "أمير",
  "الأسير", "الضابط", "العنصر", "الجندي", "الشاب", "المسلح", "ممرض", "صحفي", "ناشط", "مترجم",
  "المترجم", "سائقه", "مرافقه",
  // The attackers' dead count too ("وقتل مهاجم"): ATTACKER_NOUNS marks them as the other side.
  "مهاجم", "مهاجما", ...BOMBERS.one,
  // Kin told after a first victim ("مقتل امرأة ووالدتها", "ثلاثة أطفال ووالدتهم", "سيدة وطفلها").
  ...KIN_STEMS.flatMap((k) => POSSESSIVE_ENDINGS.map((e) => k + e)), "أخيه", "أخيها", "أخاه", "أخوه",
]);
/**
 * Kin nouns told bare, one person each, but only inside a list of people ("أب وأم وثلاثة أطفال",
 * "والدته وابن عمه"): alone they are as often part of a name or a place ("ابن تيمية", "أم باطنة").
 */
export const KIN_IN_LIST = set(["أب", "أم", "ابن", "ابنة", "أخ", "زوجة", "والد", "والدة", "جد", "جدة"]);
export const PERSON_DUAL = set([
  "عنصرين", "عنصران", "جنديين", "جنديان", "ضابطين", "ضابطان", "شخصين", "شخصان", "طفلين",
  "طفلان", "امرأتين", "امرأتان", "رجلين", "رجلان", "شابين", "شابان", "مسلحان", "مقاتلان",
  "قياديان", "عسكريان", "مدنيان", "فردين", "فردان", "متشددان", "شقيقين", "شقيقان",
  "سيدتين", "سيدتان", "مواطنان", "عاملان", "راعيين", "راعيان", "الجنديين", "العنصرين",
  "زوجين", "زوجان", "الزوجين", "الزوجان", "شقيقتين", "شقيقتان", "طفلتين", "طفلتان",
  // Two kin with a possessive ending, as objects ("امرأة وطفلتيها") and subjects ("قتلت امرأة وطفلاها").
  ...KIN_DUAL_STEMS.flatMap((k) => POSSESSIVE_ENDINGS.flatMap((e) => [k + "ي" + e, k + "ا" + e])),
  "أخويه", "أخويها", "أخواه", "أخواها",
  "مهاجمان", "المهاجمان", ...BOMBERS.two, ...PEOPLE_BY_ROLE.flatMap(dualsOf),
]);
export const PERSON_PLURAL = set([
  "عناصر", "جنود", "ضباط", "أشخاص", "مدنيين", "مدنيون", "عسكريين", "عسكريون", "مقاتلين",
  "مقاتلون", "مقاتلي", "مسلحين", "مسلحون", "أطفال", "نساء", "رجال", "شبان", "مواطنين",
  "مواطنون", "عمال", "فنيين", "قياديين", "قادة", "متشددين", "أفراد", "أعضاء", "مجندين",
  "موالين", "رعاة", "موظفين", "مهاجمين", "إرهابيين", "مرتزقة", "عناصرها", "عناصره",
  "عناصرهم", "جنودها", "جنوده", "مقاتليه", "مقاتليها", "منتسبين", "أشخاصا", "شهداء",
  ...BOMBERS.many, "العناصر", "الجنود", "المدنيين", "العسكريين", "الأشخاص", "المقاتلين", "المسلحين",
  "الضباط", "المتشددين", "العمال", "الأهالي", "السكان", "أبناء",
  // "مقتل رجل وأبنائه الثلاثة": kin, numbered by the word after them.
  "أبنائه", "أبنائها", "أطفاله", "أطفالها", "أولاده", "أولادها", "أشقائه", "أشقائها", "بناته", "بناتها",
  "أبنائهما", "أطفالهما", "أولادهما", "أبناؤه", "أبناؤها", "أبناؤهما", ...PEOPLE_BY_ROLE.flatMap(pluralsOf),
  // Plurals whose singular is not read as a person on its own ("طالب"، "فتى").
  "طلاب", "فتية", "فتيان",
]);
/**
 * The attackers' side ("ثلاثة مهاجمين قتلوا", "قتل اثنين من المهاجمين", "أحد المسلحين المهاجمين"):
 * their dead add to the victims' toll (ANNOTATION.md counts everyone killed, on any side).
 */
export const ATTACKER_NOUNS = set([
  "مهاجم", "مهاجما", "مهاجمان", "مهاجمين", "مهاجمون", "المهاجم", "المهاجمان", "المهاجمين", "المهاجمون", "المهاجمة",
  ...BOMBERS.one, ...BOMBERS.two, ...BOMBERS.many,
]);
/** "تفجير انتحاري", "الهجوم الانتحاري": after a noun of the act, the bomber word is its adjective, no person. */
export const BOMBER_NOUNS = set([...BOMBERS.one, ...BOMBERS.two, ...BOMBERS.many]);
/** "آخر"-words: another one, two others, others. */
export const OTHER_WORDS = map<{ min: number; max: number | null }>({
  "آخر": { min: 1, max: 1 }, "أخرى": { min: 1, max: 1 },
  "آخران": { min: 2, max: 2 }, "آخرين": { min: 2, max: null }, "آخرون": { min: 2, max: null },
  "أخريات": { min: 2, max: null },
  // "قتل اثنان وأصيب ثالث": a third (fourth) person.
  "ثالث": { min: 1, max: 1 }, "ثالثة": { min: 1, max: 1 }, "رابع": { min: 1, max: 1 }, "رابعة": { min: 1, max: 1 },
  "خامس": { min: 1, max: 1 }, "خامسة": { min: 1, max: 1 },
});
/** Words after a number that show it does not count people (dates, ages, sorties, vehicles). */
export const NON_PERSON_NOUNS = set([
  "غارة", "غارات", "ضربة", "ضربات", "آلية", "آليات", "سيارة", "سيارات", "دبابة", "دبابات",
  "كم", "كيلومتر", "كيلو", "متر", "عام", "عاما", "أعوام", "سنة", "سنوات", "ساعة", "ساعات",
  "يوم", "يوما", "أيام", "أسبوع", "أسابيع", "شهر", "شهرا", "أشهر", "شهور", "دقيقة", "دقائق",
  "عملية", "عمليات", "قذيفة", "قذائف", "صاروخ", "صواريخ", "هجوم", "هجمات", "هجوما",
  "نقطة", "نقاط", "موقع", "مواقع", "حافلة", "حافلات", "رأس", "طائرة", "طائرات", "مسيرة",
  "مسيرات", "بالمئة", "بالمائة", "دولار", "ليرة", "مرة", "مرات", "كمين", "كمائن", "قرية",
  "قرى", "بلدة", "حاجز", "حواجز", "عبوة", "عبوات", "لغم", "ألغام", "مدفع", "رشاش", "قطعة",
  "منزل", "منازل", "مبنى", "شاحنة", "شاحنات", "دراجة", "دراجات", "طلعة", "طلعات", "حادثة",
  "حوادث", "جريمة", "مجزرة", "بيان", "دبابات", "كتيبة", "فرقة", "لواء", "مدرعة", "عربة",
  "ألف", "مليون", "نوع", "ملايين", "تفجير", "تفجيرات", "انفجار", "انفجارات", "اشتباك", "اشتباكات", "اعتداء", "اعتداءات",
  // Buildings hit ("إصابة 3 مستودعات"): a hit, not wounded people.
  "مستودع", "مستودعات", "مخزن", "مخازن", "مباني", "مبان", "مقر", "مقرات", "مدرسة", "مدارس", "مسجد", "مساجد",
  "مستشفى", "مستشفيات", "مشفى", "مشافي", "مطار", "مطارات", "مصنع", "مصانع", "معمل", "معامل", "أبنية", "بناء",
]);
/** A plural verb right after a bare number makes it people ("خمسة كانوا في السيارة"). */
export const PEOPLE_VERBS_AFTER_NUMBER = set(["كانوا", "ممن"]);
/** Month names: a number before them (or before "من" + them) is a day of the month. */
export const MONTHS = set([
  "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
  "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه",
  "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
]);
/** "الماضي", "الفائت": a day, week or month before the one the article tells of. */
export const PAST_WORDS = set(["الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة"]);
/** Words before a number that make it a label, not a quantity (الفرقة 17، منطقة الـ 55، عام 2019). */
export const NUMBER_LABELS = set([
  "الفرقة", "الفيلق", "اللواء", "الكتيبة", "الفوج", "منطقة", "رقم", "عام", "العام", "سنة",
  "الساعة", "الـ", "ال", "الطريق", "طريق", "المحطة", "القطاع", "الحاجز", "النقطة", "الموقع",
  "مطلع", "بتاريخ", "تاريخ", "حتى", "مسافة", "سوخوي", "اف", "إف", "يوم", "اليوم",
]);
/** After a counted group, these open a subset of it ("18 قتيلا بينهم 4 عناصر"). */
export const SUBSET_MARKERS = set(["بينهم", "بينهن", "بينها", "منهم", "منها", "منهن", "جميعهم", "معظمهم", "غالبيتهم"]);
/** Unnumbered groups after a casualty noun ("مقتل من كان على متنها", "مقتل كل من فيها"). */
export const PLURAL_RELATIVES = set(["من", "كل", "معظم", "جميع", "غالبية", "العديد"]);
/** Named persons: the next word is a name, so one person. */
export const NAME_MARKERS = set(["المدعو", "المدعوة", "يدعى", "تدعى", "يدعي", "المعروف", "المعروفة"]);
/** "المعروف باسم" names anything ("الحاجز المعروف باسم …"): a person only right after a person noun. */
export const KNOWN_AS_MARKERS = set(["المعروف", "المعروفة"]);

// ---------------------------------------------------------------- casualty anchors

export type Role = "killed" | "wounded" | "killedOrWounded" | "captured" | "missing" | "killedOrCaptured" | "killedOrMissing";
/**
 * How an anchor finds its number: `verb` looks after it, then before it (قُتل 5 / 5 قُتلوا);
 * `noun` (verbal noun) only after it (مقتل 5); `cnoun` is itself the counted noun
 * (7 قتلى، جثث، جريح). `grammaticalNumber` is what the word alone says when no number is near.
 */
export interface AnchorWord {
  role: Role;
  form: "verb" | "noun" | "cnoun";
  alone: "one" | "two" | "plural" | "none";
}
const kv = (form: AnchorWord["form"], alone: AnchorWord["alone"]) => ({ role: "killed" as Role, form, alone });
const wv = (form: AnchorWord["form"], alone: AnchorWord["alone"]) => ({ role: "wounded" as Role, form, alone });
const cv = (form: AnchorWord["form"], alone: AnchorWord["alone"]) => ({ role: "captured" as Role, form, alone });
const mv = (form: AnchorWord["form"], alone: AnchorWord["alone"]) => ({ role: "missing" as Role, form, alone });

export const ANCHORS = map<AnchorWord>({
  // killed: verbs (passive and active), verbal nouns, counted nouns
  "قتل": kv("verb", "one"), "قتلوا": kv("verb", "plural"), "قتلا": kv("verb", "two"),
  "قتلت": kv("verb", "one"), "قتلتا": kv("verb", "two"), "قتلن": kv("verb", "plural"),
  "استشهد": kv("verb", "one"), "استشهدوا": kv("verb", "plural"), "استشهدا": kv("verb", "two"),
  "استشهدت": kv("verb", "one"), "قضى": kv("verb", "one"), "قضوا": kv("verb", "plural"),
  "قضيا": kv("verb", "two"), "ذبح": kv("verb", "one"), "ذبحوا": kv("verb", "plural"),
  "ذبحت": kv("verb", "one"), "يذبحون": kv("verb", "plural"), "أعدم": kv("verb", "one"),
  "أعدموا": kv("verb", "plural"), "أعدمت": kv("verb", "one"), "اغتيل": kv("verb", "one"),
  "اغتيلوا": kv("verb", "plural"), "اغتال": kv("verb", "one"), "اغتالت": kv("verb", "one"), "اغتالوا": kv("verb", "one"), "خسرت": kv("verb", "none"), "خسر": kv("verb", "none"),
  "فقد": kv("verb", "none"), "فقدت": kv("verb", "none"), "تقتل": kv("verb", "none"), "يقتل": kv("verb", "none"),
  "مقتل": kv("noun", "one"), "مصرع": kv("noun", "one"), "استشهاد": kv("noun", "one"), "اغتيال": kv("noun", "one"),
  "إعدام": kv("noun", "one"), "تصفية": kv("noun", "one"), "وفاة": kv("noun", "one"),
  // "مقتله على الفور", "مقتلهما": the pronoun is the victim.
  "مقتله": kv("noun", "one"), "مقتلها": kv("noun", "one"), "مقتلهما": kv("noun", "two"), "مقتلهم": kv("noun", "plural"),
  // "ارتقاء 11 مدنياً", "ارتقى شاب": rose (as a martyr), died.
  "ارتقاء": kv("noun", "one"), "ارتقى": kv("verb", "one"), "ارتقت": kv("verb", "one"), "ارتقوا": kv("verb", "plural"),
  // "توفي 3 أشخاص متأثرين بجراحهم": died, of the event's wounds.
  "توفي": kv("verb", "one"), "توفيت": kv("verb", "one"), "توفيا": kv("verb", "two"), "توفوا": kv("verb", "plural"),
  // "قبل أن يتوفى ثالث متأثراً بجراحه".
  "يتوفى": kv("verb", "one"), "تتوفى": kv("verb", "one"),
  // "عثر على الزوجين مقتولين": found killed.
  "مقتولا": kv("cnoun", "one"), "مقتول": kv("cnoun", "one"), "مقتولة": kv("cnoun", "one"), "مقتولين": kv("cnoun", "plural"), "مقتولون": kv("cnoun", "plural"),
  "قتيل": kv("cnoun", "one"), "قتيلا": kv("cnoun", "one"), "قتيلان": kv("cnoun", "two"),
  "قتيلين": kv("cnoun", "two"), "قتلى": kv("cnoun", "plural"), "القتلى": kv("cnoun", "plural"),
  "جثة": kv("cnoun", "one"), "جثتين": kv("cnoun", "two"), "جثتان": kv("cnoun", "two"),
  // "عثر على جثتي مدنيين": the dual in construct.
  "جثتي": kv("cnoun", "two"), "جثتا": kv("cnoun", "two"),
  "جثث": kv("cnoun", "plural"), "الجثث": kv("cnoun", "plural"), "جثامين": kv("cnoun", "plural"),
  "جثمان": kv("cnoun", "one"), "شهيد": kv("cnoun", "one"), "شهيدا": kv("cnoun", "one"),
  "شهداء": kv("cnoun", "plural"), "ضحية": kv("cnoun", "one"), "ضحايا": kv("cnoun", "plural"),
  "وفيات": kv("cnoun", "plural"), "الوفيات": kv("cnoun", "plural"),
  // The count table's singular and dual rows for every noun of the dead ("سقوط شهيدين", "قتيلة").
  "شهيدة": kv("cnoun", "one"), "شهيدين": kv("cnoun", "two"), "شهيدان": kv("cnoun", "two"),
  "ضحيتين": kv("cnoun", "two"), "ضحيتان": kv("cnoun", "two"),
  "قتيلة": kv("cnoun", "one"), "قتيلتين": kv("cnoun", "two"), "قتيلتان": kv("cnoun", "two"),
  // wounded
  "أصيب": wv("verb", "one"), "أصيبوا": wv("verb", "plural"), "أصيبا": wv("verb", "two"),
  "أصيبت": wv("verb", "one"), "جرح": wv("verb", "one"), "جرحوا": wv("verb", "plural"),
  "جرحا": wv("verb", "two"), "جرحت": wv("verb", "one"), "جرحتا": wv("verb", "two"), "أصيبتا": wv("verb", "two"), "أصاب": wv("verb", "none"), "أصابت": wv("verb", "none"), "أصابوا": wv("verb", "none"),
  // A headline's present tense, like "تقتل": "انفجار يقتل 5 ويصيب 12", "قصف يجرح 4 مدنيين".
  "يصيب": wv("verb", "none"), "تصيب": wv("verb", "none"), "يجرح": wv("verb", "none"), "تجرح": wv("verb", "none"),
  // "نجا مرافقه بعد إصابته": the pronoun is the victim.
  "إصابته": wv("noun", "one"), "إصابتها": wv("noun", "one"), "إصابتهما": wv("noun", "two"), "إصابتهم": wv("noun", "plural"),
  "إصابة": wv("noun", "one"), "جريح": wv("cnoun", "one"), "جريحا": wv("cnoun", "one"),
  "جريحان": wv("cnoun", "two"), "جريحين": wv("cnoun", "two"), "جرحى": wv("cnoun", "plural"),
  "الجرحى": wv("cnoun", "plural"), "مصاب": wv("cnoun", "one"), "مصابا": wv("cnoun", "one"),
  "المصاب": wv("cnoun", "one"), "مصابين": wv("cnoun", "plural"), "مصابون": wv("cnoun", "plural"),
  "المصابين": wv("cnoun", "plural"), "إصابات": wv("cnoun", "plural"),
  "جريحة": wv("cnoun", "one"), "جريحتين": wv("cnoun", "two"), "جريحتان": wv("cnoun", "two"), "مصابة": wv("cnoun", "one"),
  // captured
  "أسر": cv("verb", "one"), "أسروا": cv("verb", "plural"), "أسرت": cv("verb", "none"),
  "اختطاف": cv("noun", "one"), "اختطف": cv("verb", "one"), "اختطفوا": cv("verb", "plural"),
  "اختطفت": cv("verb", "none"), "خطف": cv("verb", "one"), "خطفوا": cv("verb", "plural"),
  "أسير": cv("cnoun", "one"), "أسرى": cv("cnoun", "plural"), "مختطفين": cv("cnoun", "plural"),
  // missing
  "فقدان": mv("noun", "none"), "مفقود": mv("cnoun", "one"), "مفقودا": mv("cnoun", "one"),
  "مفقودين": mv("cnoun", "plural"), "مفقودون": mv("cnoun", "plural"),
});
/** "اللواء … رفقة عناصره", "القيادي … ومرافقوه": a named leader with his unnumbered men is 1 + 2 (ANNOTATION.md). */
export const COMPANION_WORDS = set(["رفقة", "برفقة", "مع", "ومعه", "بصحبة"]);
export const HIS_MEN = set(["عناصره", "مرافقيه", "مرافقوه", "رجاله", "جنوده", "مقاتليه", "مقاتلوه", "حراسه", "عناصرها", "مرافقيها", "مرافقوها"]);
/** "كان آخرهم …": the latest of a series of casualties just told; the victims follow. */
export const LATEST_OF_THEM = set(["آخرهم", "وآخرهم", "آخرها"]);
/** "كما استطاعوا قتل أكثر من 12": figures told as "also" add to the one before (8 + 12 → 21+). */
export const ALSO_WORDS = set(["كما",
  // "مقتل عنصر وجرح آخر، إضافة إلى إصابة طفل": more of the same role, so the two add up.
  "إضافة", "بالإضافة", "الإضافة", "فضلا", "علاوة", "وكذلك", "كذلك"]);
/**
 * "فجر نفسه", "فجّر حزامه الناسف", "فجرا نفسيهما": a bomber who blew himself up died, and is counted
 * in killed (ANNOTATION.md). The verbs, and what they blew up with its count.
 */
export const SELF_BLAST_VERBS = set(["فجر", "يفجر", "فجرت", "تفجر", "فجرا", "فجروا", "يفجروا", "ففجر", "وفجر", "يفجرا", "تفجرا", "فجرتا",
  // "أقدم على تفجير نفسه", "قام بتفجير حزامه": the verbal noun.
  "تفجير"]);
export const SELF_BLAST_OBJECTS = map<{ min: number; max: number | null }>({
  "نفسه": { min: 1, max: 1 }, "نفسها": { min: 1, max: 1 }, "حزامه": { min: 1, max: 1 }, "حزامها": { min: 1, max: 1 },
  "سترته": { min: 1, max: 1 }, "سترتها": { min: 1, max: 1 },
  "نفسيهما": { min: 2, max: 2 }, "أنفسهما": { min: 2, max: 2 }, "أنفسهم": { min: 2, max: null },
});
/** Verbal nouns whose pronoun suffix is the victim ("بعد إصابته"): they count without a noun after them. */
export const VICTIM_SUFFIXED = set(["إصابته", "إصابتها", "إصابتهما", "إصابتهم", "مقتله", "مقتلها", "مقتلهما", "مقتلهم"]);
/** "بين القتلى عنصرين": a casualty noun after "بين" names the group a subset is taken from, not new casualties. */
export const AMONG = set(["بين"]);
/** "اغتال مسلحون مجهولون …": after an active verb, a group called unknown is the doer, not the victim. */
export const UNKNOWN_DOER = set(["مجهولون", "مجهولين", "مجهولان", "مجهولة", "مجهول"]);
/**
 * "لقي/لقوا" count as killed only with مصرع/حتف close after (لقي مصرعه، لقوا حتفهم); likewise
 * "فارق" with الحياة ("فارق الحياة متأثراً بجراحه", "فارق طفل الحياة").
 */
export const MET_DEATH_VERBS = map<AnchorWord>({
  "لقي": kv("verb", "one"), "لقوا": kv("verb", "plural"), "لقيا": kv("verb", "two"), "لقيت": kv("verb", "one"),
  "فارق": kv("verb", "one"), "فارقت": kv("verb", "one"), "فارقا": kv("verb", "two"), "فارقوا": kv("verb", "plural"),
  // "لفظ أنفاسه الأخيرة": breathed his last.
  "لفظ": kv("verb", "one"), "لفظت": kv("verb", "one"), "لفظا": kv("verb", "two"), "لفظوا": kv("verb", "plural"),
});
export const DEATH_NOUN_PREFIXES: readonly string[] = ["مصرع", "حتف", "الحياة", "أنفاس"].map(normalize);
/**
 * "قضت القوات على العشرات من عناصر التنظيم", "تمكنت من القضاء على 5 إرهابيين": "to finish off"
 * is killing, but only with "على" after it ("قضى 3 عناصر" is "3 died", an anchor of its own).
 */
export const WIPE_OUT_VERBS = set(["قضى", "قضت", "قضوا", "قضينا", "القضاء"]);
export const WIPE_OUT_ON = set(["على", "عليه", "عليها", "عليهم", "عليهما"]);
/**
 * "أودى بحياة X", "أودى بأرواح X", "حصد أرواح X" = X killed; the anchor ends at the life word, which
 * says what the verb alone counts ("أودى بحياته": one; "حصد أرواح المدنيين": no number). Not the
 * present "تحصد أرواح", which headlines use for a trend ("الألغام تحصد أرواح المدنيين").
 */
export const LIFE_TAKING_VERBS = set(["أودى", "أودت", "يودي", "تودي", "حصد", "حصدت", "إزهاق", "أزهق", "أزهقت"]);
export const LIFE_WORDS = map<AnchorWord["alone"]>({ "بحياة": "one", "أرواح": "none" });
/** "راح ضحيته 6 أشخاص": the victims of the event follow. */
export const FELL_VICTIM_VERBS = set(["راح", "ذهب", "وراح", "وذهب"]);
export const VICTIM_OF_NOUNS = set(["ضحيته", "ضحيتها", "ضحيتهما"]);
/** First half of a combined figure ("مقتل وإصابة 15"): a killed word then و/أو then a second role word. */
export const COMBINED_FIRST = set(["قتيلة", "قتل", "مقتل", "قتيل", "قتلوا", "قتيلا",
  // A headline's present tense: "عبوة تقتل وتجرح 12 مدنياً".
  "تقتل", "يقتل"]);
/** Counted nouns that open "بين قتيل وجريح" / "33 قتيلاً وجريحاً": the combined figure is a counted noun. */
export const COMBINED_NOUNS = set(["قتيل", "قتيلة", "قتيلا"]);
/**
 * After a counted noun of the dead only a counted noun of the wounded makes one figure ("33 قتيلاً
 * وجريحاً", "بين قتيل وجريح"); a verbal noun takes its own count ("بسقوط 9 قتلى وإصابة 20").
 */
export const COMBINED_NOUN_SECOND = set(["جريح", "جريحة", "جريحا", "مصاب", "مصابا"]);
export const COMBINED_SECOND = map<Role>({
  "جرح": "killedOrWounded", "إصابة": "killedOrWounded", "أصيب": "killedOrWounded",
  "جريح": "killedOrWounded", "جريحة": "killedOrWounded", "جريحا": "killedOrWounded", "مصاب": "killedOrWounded", "مصابا": "killedOrWounded", "أسر": "killedOrCaptured",
  // "خمسة كانوا في السيارة قتلوا أو أصيبوا": each was killed or wounded, a combined figure.
  "أصيبوا": "killedOrWounded", "جرحوا": "killedOrWounded", "اختطاف": "killedOrCaptured",
  "فقد": "killedOrMissing", "فقدان": "killedOrMissing",
  "تجرح": "killedOrWounded", "يجرح": "killedOrWounded", "تصيب": "killedOrWounded", "يصيب": "killedOrWounded",
});

// ---------------------------------------------------------------- incident types

/**
 * Type cues, from most to least telling; an incident takes the first type any of its units shows.
 * Some types appear twice: a strong tier (a mine, a raid) and a weak one (an explosion heard, a
 * generic "targeted") that only counts when nothing more telling is said.
 */
export const TYPE_CUES: ReadonlyArray<{ type: IncidentType; words: ReadonlySet<string> }> = [
  { type: "ambush", words: set(["كمين", "كمينا", "كمائن", "الكمين"]) },
  { type: "explosive", words: set(["لغم", "ألغام", "الألغام", "اللغم", "لغمين", "ألغاما", "عبوة", "عبوات", "العبوة", "العبوات", "عبوتين", "عبوتان", "ناسفة", "ناسف", "الناسفة", "الناسف",
    "مفخخة", "مفخخ", "المفخخة", "المفخخ", "مفخخات", "مفخختين", "انتحاري", "انتحارية", "الانتحاري", "الانتحارية", "انتحاريا", "انتحاريان", "انتحاريين", "الانتحاريين"]) },
  { type: "airstrike", words: set(["غارة", "غارات", "الغارات", "الغارة", "مسيرة", "مسيرات", "المسيرة", "المسيرات", "الطيران", "طيران", "مقاتلات", "المقاتلات", "طائرات", "طائرة", "الطائرات", "أغارت", "سوخوي", "الجو",
    "مروحية", "مروحيات", "المروحيات", "المروحي",
    // Barrel bombs are dropped from helicopters.
    "براميل", "البراميل", "بالبراميل", "برميل", "برميلا", "برميلين", "ببراميل", "ببرميل"]) },
  { type: "execution", words: set(["إعدام", "أعدم", "أعدموا", "ذبح", "ذبحوا", "يذبحون", "إعدامات", "أعدمت", "بذبح", "إعدامه", "إعدامها", "إعدامهما", "إعدامهم", "الإعدام",
    // "تمت تصفيتهم بعد تكبيلهم": captives put to death.
    "تصفيتهم", "تصفيتهما", "بتصفيتهم", "التصفية", "تصفية",
    // The noun as an object and the dual verb ("نفذوا إعداما ميدانيا", "أعدما ميدانيا"); a throat cut ("نحر مسلحون شابين").
    "إعداما", "أعدما", "أعدمتهم", "أعدموهم", "ذبحه", "ذبحهم", "ذبحا", "نحر", "نحروا", "نحره", "نحرهم"]) },
  { type: "assassination", words: set(["اغتيال", "اغتيل", "اغتال", "اغتالت", "اغتالوا", "وجهاء", "وجيه", "استهدافه", "استهدافها", "اغتيالات", "الاغتيالات", "اغتياله", "اغتيالها", "اغتيالهما", "اغتيالهم"]) },
  // A family feud or tribal fight is a clash even when told by its gunfire ("برصاص طائش خلال اشتباك بين عائلتين").
  { type: "clash", words: set(["عائلتين", "عشيرتين", "عائلي", "عائلية", "عشائري", "عشائرية", "شجار", "ثأر", "مشاجرة", "المشاجرة", "الشجار"]) },
  // Kidnapping is an abduction even when a headline speaks of an attack elsewhere.
  { type: "abduction", words: set(["اختطاف", "اختطف", "اختطفوا", "اختطفت", "خطف", "خطفوا", "خطفت", "الخطف", "الاختطاف", "اقتياد", "اقتاد", "اقتادوا", "اقتادت", "اختطافه", "اختطافها", "اختطافهم", "اختطافهما"]) },
  // Shells or rockets named as the weapon ("اعتداء بالقذائف الصاروخية", "استهدفوا القرية بقذائف الهاون"): shelling, whatever noun the attack goes by.
  { type: "shelling", words: set(["بالقذائف", "بقذائف", "بقذيفة", "بالقذيفة", "بالمدفعية", "بالصواريخ", "بصواريخ", "بصاروخ", "براجمات", "بالهاون", "بالراجمات"]) },
  { type: "attack", words: set(["هجوم", "هجوما", "هجومين", "هجومان", "هجمات", "الهجوم", "الهجمات", "هاجم", "هاجمت", "هاجموا", "اقتحم", "اقتحموا", "باغت", "باغتت", "باغتتهم", "برصاص", "النار", "نار", "اعتداء", "الاعتداء", "اعتداءات",
    // Sniping is an armed assault at range ("بعمليات قنص"); a robbery by gunmen an armed assault.
    "قنص", "القنص", "قناص", "قناصة", "القناص", "القناصة", "سطو", "السطو",
    // An assault by fighters sent to fight to the death ("عملية انغماسية", "انغماسيون").
    "انغماسية", "انغماسي", "انغماسيون", "انغماسيين", "الانغماسيين"]) },
  { type: "shelling", words: set(["قصف", "قصفت", "قذائف", "قذيفة", "القذائف", "القذيفة", "مدفعي", "مدفعية", "صواريخ", "صاروخ", "راجمات", "البوارج", "صاروخين", "هاون", "الهاون"]) },
  // "ضربة" alone is any blow ("وجه التنظيم ضربة جديدة"); with "جوية" or a nationality it is an air strike (classify.ts).
  { type: "airstrike", words: set(["ضربة", "ضربات", "الضربات", "الضربة"]) },
  { type: "explosive", words: set(["تفجير", "انفجار", "انفجر", "انفجرت", "متفجرات", "التفجير", "الانفجار", "قنبلة", "قنابل", "القنبلة", "القنابل", "قنبلتين", "تفجيرات", "انفجارات", "انفجارا", "تفجيرا", "انفجارين", "تفجيرين",
    // A bomb rigged and set off ("فخخوا دراجة نارية وفجروها"); "فجر" alone is also "dawn", its forms with a subject or object are not.
    "فخخ", "فخخوا", "فخخت", "تفخيخ", "فجروها", "فجرها", "فجرتها", "فجروا"]) },
  { type: "clash", words: set(["اشتباك", "اشتباكات", "الاشتباكات", "مواجهات", "المواجهات", "معارك", "اشتبكت", "الاشتباك", "اشتبك", "اشتبكوا"]) },
  // Raids on the ground ("داهمت قوة منزلا") and from helicopters ("عملية إنزال جوي") are armed assaults
  // (ANNOTATION.md: attack); weak, as a raid that turns into a firefight is a clash.
  { type: "attack", words: set(["داهم", "داهمت", "داهموا", "مداهمة", "بمداهمة", "المداهمة", "إنزال", "الإنزال", "إنزالا", "استهدف", "استهدفت", "استهداف", "استهدفوا", "لاستهداف", "مسلح", "مسلحين", "مسلحون", "مسلحان", "المهاجمين", "المهاجمون"]) },
];
/** "اتفاق فض الاشتباك": the disengagement agreement, not a clash. */
export const NOT_CLASH_AFTER = set(["فض", "لفض"]);
/** "طائرات مسيرة انتحارية": a drone that dives onto its target is an air strike, not a suicide bomber. */
export const DRONE_WORDS = set(["مسيرة", "مسيرات", "المسيرة", "المسيرات", "طائرة", "طائرات", "درون"]);
/** "فجر نفسه": a bomber who blew himself up (the verb alone is also "dawn"). */
export const DETONATED_VERBS = set(["فجر", "فجرت", "فجروا", "فجرا", "يفجر"]);
export const ONESELF = set(["نفسه", "نفسها", "أنفسهم", "نفسيهما", "أنفسهما"]);
/** Mines: laid before the blast, often years before. */
export const MINE_WORDS = set(["لغم", "ألغام", "الألغام", "اللغم", "لغمين", "ألغاما", "بلغم", "الأرضية", "أرضي"]);
/** "من مخلفات قصف سابق": the shelling or air strike that left a remnant happened before; the blast is the event. */
export const REMNANT_WORDS = set(["مخلفات", "بقايا"]);
/**
 * Arrests: no incident when a state's police make them, but the Israeli army's detentions in
 * southern Syria are abductions (ANNOTATION.md: kidnapping; dev2 gold, two outlets).
 */
export const ARREST_WORDS = set(["اعتقل", "اعتقلت", "اعتقلوا", "اعتقال", "باعتقال", "واعتقلت", "واعتقل", "تعتقل", "يعتقل"]);
/** After a strike word: one made before the event told ("قنبلة من مخلفات قصف روسي سابق", even with "مخلفات" misspelt). */
export const EARLIER_WORDS = set(["سابق", "سابقة", "السابق", "السابقة", "قديم", "قديمة",
  // "قذيفة غير منفجرة", "قذيفة لم تنفجر": a shell fired before and left lying; its blast now is the event.
  "منفجرة", "المنفجرة", "منفجر", "المنفجر", "تنفجر", "ينفجر"]);
/** How far after "مخلفات" the old strike may be named ("مخلفات قصف سابق للطائرات الحربية"). */
export const REMNANT_REACH_TOKENS = 5;
/** After "ضربة": the words that make it one from the air ("ضربة جوية", "ضربات إسرائيلية", "ضربة صاروخية"). */
export const AIR_STRIKE_QUALIFIERS = set(["جوية", "الجوية", "صاروخية", "الصاروخية", "بطائرة", "بطائرات", "بمسيرة", "بمسيرات",
  ...["روسي", "أمريكي", "أميركي", "إسرائيلي", "صهيوني", "تركي", "أردني"].flatMap((a) => [`${a}ة`, `ال${a}ة`])]);
/** How far after a clash noun its weapons may be told ("اشتباكات مسلحة بالطيران المسير"): they arm the clash, not a strike of their own. */
export const CLASH_WEAPONS_REACH_TOKENS = 4;
/** "قذائف آر بي جي": rounds of a shoulder-fired launcher, carried in an assault, not shelling. */
export const NOT_SHELLING_BEFORE: readonly string[][] = [["آر", "بي", "جي"], ["ار", "بي", "جي"], ["rpg"], ["RPG"]].map((ws) => ws.map(normalize));
/** "إنزال جوي" is a raid, not an air strike. */
export const NOT_AIRSTRIKE_AFTER = set(["إنزال", "الإنزال"]);
/** Bodies found dumped after an abduction read as an execution. */
export const BODIES_FOUND = set(["عثر", "عثرت", "العثور"]);

// ---------------------------------------------------------------- type refinements (classify.ts refineType)

/**
 * Words of a ground assault on a group or a place ("هجوم", "اقتحم", "كمين"): a killing told with
 * them is an attack, not the assassination of one person.
 */
export const GROUP_ASSAULT_WORDS = set(["هجوم", "هجوما", "الهجوم", "هجمات", "الهجمات", "هاجم", "هاجمت", "هاجموا", "اقتحم", "اقتحموا", "باغت", "باغتت", "كمين", "كمينا", "الكمين", "اشتباك", "اشتباكات", "الاشتباكات"]);
/** Notables and office holders: killed alone by gunmen, the target of an assassination. */
export const PERSON_TITLES = set(["قيادي", "قياديا", "القيادي", "مسؤول", "مسؤولا", "المسؤول", "مختار", "المختار", "رئيس", "مدير", "قائد", "القائد", "وجيه", "الوجيه", "شيخ", "الشيخ", "إمام", "ناشط", "الناشط", "ناشطا", "صحفي", "صحفيا", "الصحفي", "إعلامي", "الإعلامي", "طبيب", "الطبيب", "محامي", "قاض", "عضو"]);
/** Gunmen, the doers of a ground assault. */
export const GUNMEN = set(["مسلحون", "مسلحين", "مسلحو", "مسلحي", "المسلحون", "المسلحين", "مسلحان"]);
/** A sniper's fire is an assault at range on whoever comes in sight, never the assassination of one person. */
export const SNIPER_WORDS = set(["قناص", "قناصة", "القناص", "القناصة", "قنص", "القنص", "بقناصة"]);
/** Gunfire aimed at a person ("برصاص مجهولين", "بطلق ناري"). */
export const SHOT_WORDS = set(["برصاص", "بالرصاص", "بطلق", "بطلقات", "طلق", "طلقات", "رصاصة", "برصاصة"]);
/** "أطلقوا النار على …": fire opened at someone; what follows "على" says whether at a person. */
export const FIRE_WORDS = set(["النار"]);
/** "تبادل (لـ)إطلاق النار", "تبادلا إطلاق النار": fire exchanged is a clash, not an assault by one side. */
export const EXCHANGE_WORDS = set(["تبادل", "تبادلا", "تبادلوا", "تبادلت", "متبادل", "المتبادل"]);
/** How far before "النار" the exchange may be named ("تبادل لإطلاق النار"). */
export const EXCHANGE_REACH_TOKENS = 3;
export const AT_WORDS = set(["على", "عليه", "عليها", "عليهما"]);
/** "أطلقوا النار بشكل مباشر على …", "النار مباشرة على …": how fire was opened, between the fire and its aim. */
export const FIRE_MANNER_WORDS = set(["بشكل", "مباشر", "مباشرة"]);
/** How many manner words may stand between the fire and "على" (a FIRE_MANNER_WORDS phrase is at most two words). */
export const FIRE_MANNER_REACH_TOKENS = 2;
/** What gunfire may hit that is not one person (a post, a vehicle, a crowd): then it is an attack. */
export const NOT_A_PERSON = set(["سيارة", "سيارته", "سيارتهم", "سيارتها", "السيارة", "حافلة", "الحافلة", "دورية", "الدورية", "حاجز", "الحاجز", "نقطة", "النقطة", "آلية", "موقع", "مواقع", "منزل", "المنزل", "منازل", "مقر", "رتل", "الرتل", "تجمع", "عناصر", "مجموعة", "المتظاهرين", "المحتجين", "المدنيين", "الأهالي", "سيارات", "عربة"]);
/** "أحد عناصر الفصائل", "أحد المدنيين": one of a group of people is one person. */
export const ONE_OF = set(["أحد", "احد"]);
export const PEOPLE_GROUPS = set(["عناصر", "المتظاهرين", "المحتجين", "المدنيين", "الأهالي"]);
/**
 * Air forces that strike Syria from the air and hardly otherwise: their "attack" without a
 * ground or gun word is an air strike. (Turkey shells with artillery as often.)
 */
export const AIR_POWERS: ReadonlySet<string> = new Vocab(["Israel", "Russia", "US-led coalition"]);
/** "طائرة مسيرة", "طائرتين مسيرتين": an aircraft word and the drone adjective after it (classify.ts refineType). */
export const AIRCRAFT_WORDS = set(["طائرة", "طائرات", "الطائرة", "الطائرات", "طائرتين", "طائرتان"]);
export const DRONE_ADJECTIVES = set(["مسيرة", "مسيرات", "المسيرة", "المسيرات", "مسيرتين", "مسيرتان", "المسيرتين"]);
/** Ground and gun words that keep such an attack on the ground or the shelling by guns. */
export const GROUND_OR_GUN_WORDS = set(["اقتحم", "اقتحمت", "اقتحام", "توغل", "توغلت", "توغلا", "إنزال", "الإنزال", "إنزالا", "برصاص", "بالرصاص", "مدفعي", "مدفعية", "المدفعية", "بالمدفعية", "قذائف", "قذيفة", "هاون", "الهاون", "راجمات", "البوارج", "دبابة", "دبابات", "كمين", "اشتباك", "اشتباكات", "اعتقلت", "اعتقل"]);
