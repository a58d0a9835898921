/**
 * Place-phrase vocabularies. Every list is written in plain Arabic and normalized once here,
 * so adding a synonym is a one-line change.
 */
import { normalize } from "../text/normalize";

/**
 * How specific a place phrase is; lower is more specific. The values order an incident's
 * places (ANNOTATION.md: most specific first), they are not distances.
 */
export const TIER = {
  /** A point feature: wadi, dam, shrine, checkpoint, station, field, mountain, airport, port, base. */
  site: 0,
  /** A village, town or named locality. */
  locality: 1,
  /** A road known by one place ("طريق حميمة"): narrower than the desert around that place. */
  roadOne: 1.5,
  /** The desert or countryside of a town ("بادية الميادين", "ريف السلمية"). */
  area: 2,
  /** A road between places ("طريق دير الزور – حمص"). */
  roadTwo: 2.5,
  /** A city as a whole. */
  city: 3,
  /** Part of a governorate ("ريف حمص الشرقي", "بادية الرقة", "غرب دير الزور"). */
  governorateArea: 3.8,
  /** A governorate named as such ("محافظة حمص"). */
  governorate: 4,
  /** A governorate seat named bare ("في دير الزور"), read as the governorate. */
  governorateName: 4.2,
  /** Country-level ("البادية السورية", "شمال سوريا"). */
  country: 5,
  /** Governorates listed as the ends of a span ("بين الرقة وحمص ودير الزور"). */
  between: 6,
} as const;

export type HeadKind = "site" | "locality" | "road" | "area" | "city" | "governorate";

export interface Head {
  kind: HeadKind;
  /** A dual ("باديتي", "حقلي"): it heads two coordinated names. */
  dual: boolean;
  /**
   * List the bare name before the headed phrase: news and annotators name the village, not
   * "the village of" it ("قرب قرية معيزيلة" → "معيزيلة").
   */
  bareFirst: boolean;
  /** An area head whose object is a governorate makes a governorate-level phrase. */
  area: boolean;
}

const HEAD_WORDS: ReadonlyArray<[HeadKind, readonly string[], Partial<Head>?]> = [
  ["site", ["وادي", "سد", "مزار", "حاجز", "محطة", "حقل", "حقول", "جبل", "جبال", "مطار", "كوع", "واحة", "رجم", "تل", "بئر", "مفرق", "دوار", "قاعدة", "مخيم", "حي", "مقبرة", "معبر", "جسر", "دوار",
    // "ميناء طرطوس", "مرفأ اللاذقية": ports are struck like airports and bases.
    "ميناء", "مرفأ",
    // Buildings and squares named by the news as the scene ("مسجد الإمام علي", "كازية الدرة", "ساحة الفرن").
    "مسجد", "جامع", "كنيسة", "كازية", "مدرسة", "ساحة", "سوق", "شارع", "مبنى", "مجمع"]],
  ["site", ["حقلي", "جبلي", "حاجزي", "مطاري", "حيي"], { dual: true }],
  // "أحياء الشيخ مقصود والأشرفية وبني زيد", "مناطق البشري والرصافة والمكمان": a list under a plural head.
  ["site", ["أحياء"], { dual: true }],
  ["locality", ["قرى", "بلدات", "مناطق"], { dual: true }],
  // ("رئيس بلدية المسيفرة": the town of a municipality.)
  ["locality", ["قرية", "بلدة", "منطقة", "بلدية"], { bareFirst: true }],
  ["locality", ["ناحية", "مزرعة", "جب"]],
  ["locality", ["قريتي", "بلدتي", "منطقتي", "ناحيتي"], { dual: true }],
  ["road", ["طريق", "أوتوستراد", "أوتستراد", "اوتوستراد", "محور", "مثلث"]],
  ["area", ["بادية", "ريف", "صحراء", "ضواحي"], { area: true }],
  ["area", ["محيط", "أطراف"], { area: true, bareFirst: true }],
  ["area", ["باديتي"], { area: true, dual: true }],
  ["city", ["مدينة"]],
  ["city", ["مدينتي"], { dual: true }],
  ["governorate", ["محافظة"], { area: true }],
  ["governorate", ["محافظتي"], { area: true, dual: true }],
];

/** Plural heads: a list of any length follows ("مناطق أ وب وج"). */
export const PLURAL_HEADS: ReadonlySet<string> = new Set(["أحياء", "قرى", "بلدات", "مناطق"].map(normalize));

/** Head nouns of place phrases, normalized. */
export const HEADS: ReadonlyMap<string, Head> = new Map(
  HEAD_WORDS.flatMap(([kind, words, extra]) =>
    words.map((w) => [normalize(w), { kind, dual: false, bareFirst: false, area: false, ...extra }] as const),
  ),
);

/** Tier of a head noun followed by a name the gazetteer does not know. */
export const HEAD_TIER: Record<HeadKind, number> = {
  site: TIER.site,
  locality: TIER.locality,
  road: TIER.roadOne,
  area: TIER.area,
  city: TIER.city,
  governorate: TIER.governorate,
};

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalize));

/** Compass words that make "جنوب مدينة تدمر", "شمالي شرق الرقة" place phrases. */
export const DIRECTIONS = set(["شرق", "شرقي", "غرب", "غربي", "جنوب", "جنوبي", "شمال", "شمالي"]);

/** Adjectives that belong to the place phrase before them ("ريف حمص الشرقي", "حقل التيم النفطي"). */
export const PLACE_ADJECTIVES = set([
  "الشرقي", "الشرقية", "الغربي", "الغربية", "الشمالي", "الشمالية", "الجنوبي", "الجنوبية",
  "الأوسط", "الوسطى", "الشمالي", "النفطي", "النفطية", "النفطيين", "النفطيان", "الغازي", "الغازية",
  "الجوي", "الجوية", "العسكري", "العسكرية",
]);

/** The country, for country-level phrases ("شمال سوريا", "البادية السورية"). */
export const COUNTRY = set(["سوريا", "سورية"]);
export const SYRIAN_BADIA = [normalize("البادية"), normalize("السورية")] as const;

/** Definite area nouns that take a compass adjective and an object ("الأطراف الغربية لمدينة الرقة"). */
export const DEFINITE_AREAS = set(["الأطراف", "البادية", "الريف"]);

/**
 * Words before a bare gazetteer name that make it a place ("في تدمر", "قرب دير الزور"). A ب or
 * ل proclitic on the name does the same.
 */
export const LOCATIVE_WORDS = set([
  "في", "قرب", "بالقرب", "حول", "عند", "داخل", "ضمن", "بين", "على", "باتجاه", "نحو", "بمقربة", "مقربة",
  // "أصيب 5 عناصر في غارات الميادين": strikes named by the town they hit.
  "غارات", "غارة",
]);

/** Words after which من still locates ("بالقرب من تدمر"). Elsewhere من gives an origin. */
export const NEAR_WORDS = set(["قرب", "بالقرب", "مقربة", "بمقربة", "القريبة", "قريبة", "قريب"]);

/** Words before a place that make it somewhere else than the event: origin, destination, neighbour. */
export const NOT_EVENT_CUES = set(["من", "إلى", "الى", "المحاذي", "المحاذية", "المتاخم", "المتاخمة", "المجاور", "المجاورة"]);

/** Words before a name that make it part of an institution, not a place ("مشفى تدمر", "حكومة دمشق"). */
export const INSTITUTION_WORDS = set([
  "حكومة", "نظام", "مشفى", "مستشفى", "جامعة", "محافظ", "مديرية", "مدير", "شبكة", "إذاعة", "راديو",
  "وكالة", "صحيفة", "مركز", "فرع", "قيادة", "أبناء", "أهالي", "عشيرة", "قبيلة",
]);

/**
 * Gazetteer names that are also common words ("الثورة" revolution, "صور" pictures, "الحول"
 * the year): found only after a head noun, never bare.
 */
export const AMBIGUOUS_NAMES = set([
  "الثورة", "ثورة", "السجن", "سجن", "الكرامة", "كرامة", "الحمراء", "التل", "الباب", "باب", "المزرعة", "مزرعة",
  "الحول", "حول", "صور", "الصور", "التيم", "تيم", "ملح", "شين", "كوم", "الكوم", "الجلاء", "جلاء", "البشري",
  "بشري", "الراعي", "راعي", "حديدة", "القبو", "قبو", "الحاجب", "حاجب", "الشجرة", "شجرة", "الضمير", "ضمير",
  "المنصورة", "الجيزة", "المليحة", "الناصرة", "الزيارة", "زيارة", "عوج", "قارة", "السبخة", "سبخة", "العمور",
  "الخراطة", "الشيحا", "الشيحة", "شيحة", "الحواش", "الأعور", "اعور", "السوسة", "سوسة", "المسلخة", "نوى",
  "تسيل", "الصورة",
  // Towns of the north-west and the coast that are also words or places abroad ("في سنجار" is most
  // often Iraq's): found only after a head noun.
  "بلبل", "كسب", "الروضة", "روضة", "سنجار", "الحاضر", "حاضر", "الكريمة", "سبة", "السودا", "السوداء", "الحميدية",
  // "في إشارة إلى": a reference, not the town.
  "إشارة", "الإشارة",
]);

/**
 * Places abroad whose first letter is also a proclitic (ل، ب، و، ف): "لبنان" is Lebanon, not "ل" and
 * a Syrian village بنان ("باتجاه الحدود مع لبنان").
 */
export const FOREIGN_NAMES = set(["لبنان", "بيروت", "بغداد", "فلسطين", "ليبيا", "بريطانيا", "بلجيكا", "واشنطن", "لندن", "باريس", "برلين", "بكين", "فرنسا", "فيينا"]);

/**
 * Words that end an unknown name after a head noun: prepositions, particles, time words,
 * relative pronouns and verbs that follow place names.
 */
export const NAME_STOPS = set([
  "في", "على", "من", "إلى", "الى", "عن", "مع", "قرب", "بين", "عند", "حيث", "ضمن", "خلال", "بعد", "قبل",
  "منذ", "نحو", "حوالي", "حتى", "لدى", "داخل", "أثناء", "اثناء", "اليوم", "أمس", "امس", "ما", "مما", "الذي",
  "التي", "الذين", "التابعة", "التابع", "الواقعة", "الواقع", "المحاذي", "المحاذية", "وسط", "أو", "أن", "إن",
  "كما", "فيما", "بينما", "إثر", "اثر", "جراء", "إذ", "ثم", "لم", "قد", "كان", "كانت", "هو", "هي", "عبر",
  "باتجاه", "بحسب", "وفق", "حسب", "أقصى", "عمق", "شرق", "شرقي", "غرب", "غربي", "جنوب", "جنوبي", "شمال",
  "شمالي", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "يوم",
  "صباح", "مساء", "فجر", "ليل", "ليلة", "ظهر", "إداريا", "إدارياً", "الأثرية", "الأثري", "التاريخية",
  "التاريخي", "السوريتين", "السورية", "السوري", "وذلك", "كم", "كيلومتر", "متر", "لا", "ولا", "دون",
  "يوم", "أيام", "مساء", "بعيد", "قريبة", "القريبة", "المحيطة", "أحد", "احد", "إحدى", "احدى",
  // "في قرية … عندما انفجرت", "… حين هاجم": conjunctions of time open a clause, not a name.
  "عندما", "حين", "حينما", "ريثما", "بعدما", "كلما", "بينما", "لحظة",
  // "قرية … الخاضعة لسيطرة", "مدينة … القريب من": what is said of the place, not its name.
  "الخاضعة", "الخاضع", "القريب", "البعيدة", "البعيد", "المحاصرة", "المحررة", "المحتلة",
]);

/** Words that after a head noun show it is not a named place ("منطقة الاشتباك", "طريق عودتهم"). */
export const GENERIC_NAMES = set([
  "البادية", "المنطقة", "الاشتباك", "الاشتباكات", "انتشار", "سيطرة", "العمليات", "وقف", "خفض", "التصعيد",
  "عودتهم", "عودته", "العودة", "الحدود", "المعارك", "النفوذ", "الحادثة", "الحادث", "الهجوم", "القرية",
  "البلدة", "المدينة", "المحافظة", "الطرق", "الطريق", "نفسها", "ذاتها", "عسكرية", "عسكري", "مجاورة", "الكمين",
  "التماس", "الجبهة", "تمشيط", "إعادة", "الصحراء", "أخرى", "اخرى", "آخر", "اخر", "واسعة",
  // "وأدى التفجير" reads as "وادي …" once hamza and alef maqsura are unified; "منطقة القصف".
  "التفجير", "الانفجار", "القصف", "الاستهداف", "الاعتداء", "الغارة", "الغارات", "ذلك", "الحادث",
  // "حقل ألغام", "محطة تلفزيون", "طريق رئيسي", "مناطق متفرقة", "أحياء سكنية": no name.
  "ألغام", "الألغام", "تلفزيون", "تليفزيون", "التلفزيون", "رئيسي", "رئيسية", "الرئيسي", "الرئيسية", "فرعي",
  "فرعية", "متفرقة", "عدة", "سكنية", "مدنية", "آمنة", "الآمنة", "مختلفة", "واسعة", "حدودية", "الحدودية",
  // "منطقة مكتظة", "منطقة نائية": what the place is like, not its name.
  "مكتظة", "مزدحمة", "مأهولة", "نائية", "وعرة", "خالية", "مهجورة",
  // "على طريق سريع", "طريق ترابي": what kind of road, not which.
  "سريع", "ترابي", "صحراوي", "زراعي",
  // "ساحة عامة", "حديقة عامة": a public square or park, not its name.
  "عامة", "عامّة", "العامة",
  "ال", "الـ",
  // "أطراف دولية معروفة", "أطراف النزاع": parties, not outskirts; "جهات مجهولة".
  "دولية", "إقليمية", "خارجية", "داخلية", "معروفة", "مجهولة", "عديدة", "كثيرة", "متعددة", "النزاع", "الصراع",
  // "محيط النقطة", "أطراف الموقع": the post or position just told, no name.
  "النقطة", "الموقع", "المقر", "الحاجز", "المكان",
]);

/** Words that may stand between a place and the place that locates it ("X التابعة إدارياً لـ Y"). */
export const LINK_WORDS = set([
  "في", "ضمن", "قرب", "على", "بالقرب", "من", "التابعة", "التابع", "إداريا", "إدارياً", "الواقعة", "الواقع",
  "التي", "الذي", "تقع", "يقع", "عند",
]);

/** Verbs that often follow a place name with no punctuation ("في قرية البريهة أودى بحياة …"). */
export const VERBS_AFTER_PLACE = set([
  "أودى", "أودت", "أسفر", "أسفرت", "أدى", "أدت", "قتل", "قتلت", "استهدف", "استهدفت", "اندلعت", "اندلع", "وقع",
  "وقعت", "شهدت", "شهد", "جرى", "جرت", "تعرض", "تعرضت", "سقط", "سقطت", "خلف", "خلفت", "قتلوا", "أصيب",
  "أصيبت", "انفجر", "انفجرت", "هاجم", "هاجمت", "شن", "شنت", "نفذ", "نفذت", "يسيطر", "تسيطر", "سيطر",
  // Headlines: "انفجار وسط مدينة … توقع عشرات القتلى", "غارة على بلدة … تقتل 3".
  "توقع", "يوقع", "تودي", "يودي", "تسفر", "يسفر", "تخلف", "يخلف", "تقتل", "يقتل", "تهز", "يهز", "هز", "هزت",
  // A verb describing an indefinite place ("منطقة نجت من الحرب", "مدرسة تستخدم مأوى", "مبنى يضم مكاتب").
  "نجت", "نجا", "تستخدم", "يستخدم", "تستخدمها", "يستخدمها", "استخدمت", "تؤوي", "يؤوي", "تأوي", "يأوي", "تضم", "يضم", "تقطنها",
  "يقطنها", "يسكنها", "تسكنها", "تعد", "يعد", "تعتبر", "يعتبر", "تحولت", "تحول", "باتت", "أصبحت",
]);

/** Verbs of entering before "إلى": the place entered is where the event happens ("دخل إلى كنيسة …"), not a destination. */
export const ENTRY_VERBS = set(["دخل", "دخلت", "دخلوا", "الدخول", "دخول", "تسلل", "تسللت", "تسللوا", "التسلل", "تسلل"]);

/**
 * Verbs and nouns of kidnapping: where someone was taken from is where it happened (ANNOTATION.md:
 * kidnapping is an incident), so "خطفوا شاباً من قرية …" locates and is no origin.
 */
export const TAKING_WORDS = set(["خطف", "خطفت", "خطفوا", "اختطف", "اختطفت", "اختطفوا", "اختطاف", "الخطف", "الاختطاف", "اقتادوا", "اقتادت", "اقتاد"]);
/** Words of coming between the kidnapping and "من", which keep the place an origin ("مسلحون قادمون من …"). */
export const COMING_WORDS = set(["قادمين", "قادمون", "قادمة", "القادمين", "القادمة", "قدموا", "قدمت", "انطلقوا", "انطلقت", "انطلاقا"]);

/** "العاصمة": the capital, Damascus, named by its title ("في العاصمة دمشق", "جنوب العاصمة"). */
export const CAPITAL = normalize("العاصمة");
/** The capital's own name and the adjective that may follow its title ("العاصمة السورية دمشق"). */
export const CAPITAL_NAME = normalize("دمشق");
export const CAPITAL_ADJECTIVE = normalize("السورية");
/**
 * Heads that make the capital's surroundings, in Rif Dimashq, not the city: "محيط العاصمة دمشق",
 * "ضواحي دمشق", "ريف العاصمة".
 */
export const CAPITAL_SURROUNDINGS = set(["محيط", "ضواحي", "أطراف", "ريف"]);
/**
 * Words before the title that place an event in the city itself ("في العاصمة دمشق",
 * "داخل العاصمة", "في قلب العاصمة السورية"); a ب proclitic does the same ("بالعاصمة دمشق").
 */
export const IN_CAPITAL = set(["في", "داخل", "وسط", "قلب"]);
