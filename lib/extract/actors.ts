/**
 * Who acts and who reports: perpetrator aliases, the units and groups that were hit (targets),
 * and the sources an article cites. Each list is data; a new alias is one line.
 */
import { normalize } from "../text/normalize";
import { Vocab } from "./vocabulary";

/** One alias of a canonical name. */
export interface Alias<T extends string = string> {
  name: T;
  /** Normalized words; the first may carry a proclitic (لداعش، بالطيران). */
  words: string[];
  /** The alias as written here, for reports. */
  text: string;
}

const aliases = <T extends string>(table: Record<T, readonly string[]>): Alias<T>[] =>
  (Object.entries(table) as Array<[T, readonly string[]]>).flatMap(([name, xs]) =>
    xs.map((x) => ({ name, words: normalize(x).split(" "), text: x })),
  );

/** The perpetrators ANNOTATION.md names. */
export type Perpetrator =
  | "ISIS" | "Russia" | "Syrian government" | "US-led coalition" | "Israel" | "SDF"
  | "Iran-backed militias" | "Turkey" | "opposition" | "other" | "unknown";

/** The target name a perpetrator goes by, so that the doer is not listed among those hit. */
export const TARGET_OF_PERPETRATOR: Record<Perpetrator, string | null> = {
  ISIS: "ISIS members", Russia: "Russian forces", "Syrian government": "regime/government forces",
  "US-led coalition": null, Israel: null, SDF: "SDF", "Iran-backed militias": "IRGC-backed militias",
  Turkey: null, opposition: "HTS", other: null, unknown: null,
};

/** Perpetrator aliases; longer aliases are tried first so "قوات سوريا الديمقراطية" beats "سوريا". */
export const PERPETRATOR_ALIASES: Alias<Perpetrator>[] = aliases<Perpetrator>({
  ISIS: ["داعش", "تنظيم الدولة", "الدولة الإسلامية", "التنظيم", "تنظيم", "أعماق", "خلايا التنظيم", "الخلافة"],
  Russia: ["وزارة الدفاع الروسية", "الروسي", "الروسية", "روسية", "روسي", "روسيا", "الروس", "سوخوي", "الاحتلال الروسي", "القوات الروسية", "الجيش الروسي", "موسكو"],
  "Syrian government": ["قوات الأسد", "قوات النظام", "جيش النظام", "الجيش السوري", "النظام السوري", "الطيران السوري", "قوات حكومة دمشق", "القوات الحكومية", "مروحيات النظام", "براميل", "البراميل", "البراميل المتفجرة",
    // "قصف سابق لقوات نظام الأسد", "عصابات الأسد" (the opposition's name for the army).
    "نظام الأسد", "قوات نظام الأسد", "شبيحة", "الشبيحة", "شبيحة النظام", "شبيحة الأسد", "التابعة للنظام", "التابع للنظام", "ميليشيا أسد", "ميليشيات أسد", "ميليشيا الأسد", "ميليشيات الأسد", "عصابات الأسد", "القوات السورية",
    // The state's forces after December 2024 (ANNOTATION.md: Syrian government covers them).
    "وزارة الدفاع السورية", "الجيش السوري الجديد", "الأمن العام", "قوات الأمن العام", "القوات الحكومية السورية", "الأمن الداخلي", "قوى الأمن الداخلي",
    "الأمن السوري", "وزارة الداخلية السورية", "قوات وزارة الدفاع", "حكومة دمشق", "الحكومة السورية", "قوات حكومية", "القوات الأمنية السورية",
    // Formal wording: the army's own name, "the government's forces".
    "الجيش العربي السوري", "قوات الحكومة", "قوات الحكومة السورية",
    // The ministry that commands the army, before and after December 2024 (another state's is named with its adjective, below);
    // the military command of the first weeks after it; the former regime's militias and branches.
    "وزارة الدفاع", "إدارة العمليات العسكرية", "إدارة العمليات", "الدفاع الوطني", "ميليشيا الدفاع الوطني", "الفرقة الرابعة", "الأمن العسكري", "المخابرات الجوية", "الحرس الجمهوري",
    // Army corps and divisions named alone, before and after December 2024.
    "الفيلق الخامس", "الفرقة 25", "قوات النمر", "الفرقة 86", "الفرقة 84", "الأمن الجنائي"],
  "US-led coalition": ["التحالف الدولي", "التحالف", "الأمريكي", "الأميركي", "الأمريكية", "الأميركية", "أمريكية", "أميركية", "أمريكي", "أميركي", "الولايات المتحدة", "واشنطن", "الاحتلال الأمريكي", "الاحتلال الأميركي", "القوات الأمريكية", "القوات الأميركية", "الجيش الأمريكي", "الجيش الأميركي", "وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية",
    // US Central Command, which announces America's strikes in Syria.
    "القيادة المركزية الأمريكية", "القيادة المركزية الأميركية", "القيادة المركزية", "سنتكوم"],
  // "الاحتلال" and "العدو" alone are Israel in Syrian and Arab writing; Turkey's and America's carry their adjective.
  Israel: ["إسرائيل", "الإسرائيلي", "الإسرائيلية", "إسرائيلية", "إسرائيلي", "الاحتلال", "الصهيوني", "الصهيونية", "صهيونية", "صهيوني", "العدو", "الجيش الإسرائيلي", "القوات الإسرائيلية", "جيش الاحتلال", "قوات الاحتلال", "وزارة الدفاع الإسرائيلية"],
  // PKK, YPG and Asayish are SDF (ANNOTATION.md).
  SDF: ["قسد", "قوات سوريا الديمقراطية", "PKK", "YPG", "PYD", "وحدات حماية الشعب", "الوحدات الكردية", "الأسايش", "أسايش", "الآسايش", "العمال الكردستاني", "حزب العمال الكردستاني",
    "الميليشيات الكردية", "الميليشيات الانفصالية", "ميليشيا قسد", "ميليشيات قسد", "قوات الأسايش",
    // The SDF's local military councils and women's units.
    "مجلس منبج العسكري", "مجلس دير الزور العسكري", "مجلس الباب العسكري", "وحدات حماية المرأة", "YPJ"],
  "Iran-backed militias": ["الميليشيات الإيرانية", "الإيرانية", "الإيراني", "إيرانية", "إيراني", "الحرس الثوري", "حزب الله", "الموالية لإيران", "الميليشيات الموالية لإيران", "ميليشيات إيرانية", "فاطميون", "زينبيون", "النجباء",
    // A common misspelling of ميليشيات; Iraq's Popular Mobilization; "loyal to Tehran".
    "الميلشيات الإيرانية", "ميلشيات إيرانية", "الحشد الشعبي", "موالية لإيران", "الموالية لطهران", "موالية لطهران",
    // Iran's brigades in Syria and Iraq's armed factions named alone.
    "لواء الباقر", "لواء فاطميون", "لواء زينبيون", "حركة النجباء", "كتائب حزب الله", "عصائب أهل الحق", "لواء أبو الفضل العباس"],
  Turkey: ["التركي", "التركية", "تركية", "تركيا", "تركي", "الاحتلال التركي", "أنقرة", "الجيش التركي", "القوات التركية", "الاستخبارات التركية", "المخابرات التركية", "وزارة الدفاع التركية",
    // Turkey's border guards, who fire on people crossing from Syria ("برصاص الجندرما").
    "الجندرما", "جندرما", "الجندرمة", "جندرمة", "حرس الحدود التركي", "حرس الحدود التركية"],
  opposition: ["جبهة النصرة", "النصرة", "هيئة تحرير الشام", "تحرير الشام", "الفصائل", "فصائل المعارضة", "فصائل", "الجيش الوطني", "المعارضة المسلحة", "الفصائل المسلحة",
    "فصائل معارضة", "الفصائل المعارضة", "الجيش الحر", "الجيش السوري الحر", "الجبهة الوطنية للتحرير", "أحرار الشام", "جيش الإسلام", "الفتح المبين", "ردع العدوان",
    // Al-Qaeda's Syrian branches are factions of the war, not ISIS ("الفرع السوري السابق لتنظيم القاعدة").
    "القاعدة", "تنظيم القاعدة", "حراس الدين",
    // Factions of the Syrian National Army and of the south-east, named alone.
    "الجيش الوطني السوري", "الجبهة الشامية", "فرقة الحمزات", "الحمزات", "فرقة السلطان مراد", "السلطان مراد", "فرقة السلطان سليمان شاه", "العمشات", "فيلق الشام", "جيش الشرقية",
    "جيش سوريا الحرة", "مغاوير الثورة"],
  // Anything outside the list above: foreign air forces other than those named (Jordan), remnants
  // of the fallen regime after December 2024, tribal fighters, family feuds, gangs, Druze factions.
  other: ["الأردني", "الأردنية", "أردنية", "أردني", "فلول النظام", "فلول النظام البائد", "الفلول", "فلول الأسد", "فلول نظام الأسد", "بقايا النظام",
    "العشائر", "عشائر", "مقاتلي العشائر", "عشيرة", "العشيرة", "أبناء العشيرة", "عائلتين", "عشيرتين", "خلاف عائلي", "نزاع عائلي", "نزاع عشائري", "ثأر", "مشاجرة", "شجار",
    "عصابة", "عصابات", "عصابة مسلحة", "عصابات مسلحة", "الحرس الوطني", "رجال الكرامة", "الفصائل الدرزية", "فصائل درزية", "مسلحين دروز", "مسلحون دروز", "مجموعات درزية", "المجموعات الدرزية", "فصائل السويداء",
    // Druze armed groups named by their community, their military council or their sheikh's name.
    "الطائفة الدرزية", "أبناء الطائفة الدرزية", "المجلس العسكري في السويداء", "ميليشيا الهجري", "ميليشيات الهجري", "جماعة الهجري", "عصابات الهجري",
    "مسلحي الهجري", "مسلحو الهجري", "فصائل الهجري", "عناصر الهجري", "أتباع الهجري", "مجموعات الهجري",
    "أبناء العشائر", "مسلحي العشائر", "قوات العشائر", "البدو", "العشائر البدوية", "عشائر البدو", "الخارجين عن القانون", "خارجين عن القانون", "خارجة عن القانون"],
  unknown: ["مجهولين", "مجهولون", "مجهول", "مجهولة", "مجهولان"],
}).sort((a, b) => b.words.length - a.words.length);

/**
 * Nationality adjectives: they name a doer only after a force or an air noun ("الطيران الروسي");
 * after anything else ("المركز الروسي للمصالحة", "وكالة سبوتنيك الروسية") they say nothing.
 */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Vocab(
  ["روسي", "أمريكي", "أميركي", "إسرائيلي", "صهيوني", "إيراني", "تركي", "أردني"].flatMap((a) => [a, `${a}ة`, `ال${a}`, `ال${a}ة`]),
);

/**
 * Words that name a kind of actor more than the actor: when another alias follows at once
 * ("تنظيم “PKK/YPG”", "فلول تنظيم داعش" is not a head but "عصابات الفلول" is, "الاحتلال التركي"
 * is one alias already), that one names the doer.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Vocab(["تنظيم", "التنظيم", "الاحتلال", "جيش الاحتلال", "قوات الاحتلال", "العدو", "فصائل", "الفصائل", "عصابة", "عصابات", "الفصائل المسلحة"]);

/**
 * Kinds of armed group named by what they are, not whose they are: followed by a word that ties
 * them to an actor ("فصائل تابعة للحكومة السورية", "الفصائل المسلحة المرتبطة بوزارة الدفاع",
 * "الفصائل الموالية لتركيا"), they are that actor's.
 */
export const LINKED_HEADS: ReadonlySet<string> = new Vocab(["فصائل", "الفصائل", "الفصائل المسلحة", "عصابة", "عصابات", "عصابة مسلحة", "عصابات مسلحة"]);
/** Words that tie a group to the actor named after them (LINKED_HEADS). */
export const LINKED_WORDS = new Vocab(["تابعة", "التابعة", "مرتبطة", "المرتبطة", "موالية", "الموالية", "محسوبة", "المحسوبة", "تتبع", "المدعومة", "مدعومة"].map(normalize));

/** "other" aliases that name a feud's sides: its doers even with no verb ("اشتباك بين عائلتين"). */
export const FEUD_ALIASES: ReadonlySet<string> = new Vocab(["عائلتين", "عشيرتين", "خلاف عائلي", "نزاع عائلي", "نزاع عشائري", "ثأر", "مشاجرة", "شجار"]);
/** The old regime's remnants: named in a report only as attackers ("هجوم لفلول النظام"), so doers even with no verb. */
export const REMNANT_ALIASES: ReadonlySet<string> = new Vocab(["فلول النظام", "فلول النظام البائد", "الفلول", "فلول الأسد", "فلول نظام الأسد", "بقايا النظام"]);

/**
 * Shelling verbs right before an actor make it the subject, so the doer ("قصفت قوات الحكومة قرية").
 * (Not "استهدفت": "استُهدفت قوات النظام" is passive and written alike.)
 */
export const SHELLING_VERBS_BEFORE = new Vocab(["قصفت", "قصف"].map(normalize));
/**
 * Verbs of attack whose passive is spelt otherwise (هوجم، دوهم) or that take no object (توغل):
 * the actor right after one is its subject, the doer, as Arabic puts the verb first ("هاجمت هيئة
 * تحرير الشام نقطة", "توغلت قوات الاحتلال", "هاجمت مجموعة من فلول النظام حاجزا").
 */
export const SUBJECT_VERBS_BEFORE = new Vocab(
  ["هاجم", "هاجمت", "هاجموا", "وهاجم", "وهاجمت", "توغل", "توغلت", "توغلوا", "وتوغلت", "داهم", "داهمت", "داهموا", "أغار", "أغارت", "باغت", "باغتت", "اقتحم", "اقتحمت", "اقتحموا", "اعتدى", "اعتدت",
    // "أطلقت قوات الأمن النار", "فتح عناصر من الجيش النار": who opened fire.
    "أطلق", "أطلقت", "أطلقوا", "فتح", "فتحت", "فتحوا",
    // Killing verbs: a passive ("أُعدم", "قُتلت") is followed by its victim, never at once by an armed force.
    "اغتال", "اغتالت", "اغتالوا", "أعدم", "أعدمت", "أعدموا", "اختطف", "اختطفت", "اختطفوا", "قتلت",
    // "أقدمت قسد على تفجير …", "أقدم مسلحون على قتل …": who undertook the act.
    "أقدم", "أقدمت", "أقدموا", "وأقدمت", "وأقدم"].map(normalize),
);
/** "استهدفت قسد حاجزا": a verb of either voice, whose actor is the doer only when what it hit follows (HIT_OBJECTS). */
export const TARGETING_VERBS = new Vocab(["استهدف", "استهدفت", "استهدفوا", "واستهدفت", "واستهدف"].map(normalize));
/** Doers that fly drones and fire artillery besides the states: "هجوم بطائرات مسيرة شنته قسد". */
export const ARMED_NON_STATE_AIR: ReadonlySet<Perpetrator> = new Set(["SDF"]);
/** Words right before an actor that make it the doer ("على يد", "نفذه", "بهجوم لـ", "مخلفات"). */
export const AGENT_BEFORE = new Vocab(
  ["يد", "قبل", "شنه", "شنته", "نفذه", "نفذته", "نفذتها", "نفذها", "شنها", "بنيران", "برصاص", "مخلفات", "زرعه", "زرعها", "زرعتها", "تبنى", "تبنت", "مسلحو", "مسلحي", "مقاتلو", "مقاتلي", "إرهابيو", "إرهابيي", "خلايا", "مرتزقة", "مجموعات", "بتبعيتهم", "تبعيتها", "بانتمائهم", "المهاجمة", "نفذ", "نفذت", "شن", "شنت", "لخلايا", "اتهمت", "اتهم", "متهمة", "محملة",
    // "الاعتداء الذي قامت به دورية تابعة لـ …".
    "قامت", "قام",
    // "كمين نصبه مسلحون", "صاروخ أطلقته طائرة", "مجزرة ارتكبتها قوات النظام": the one who laid, fired or committed it.
    "نصبه", "نصبته", "نصبها", "نصبتها", "أطلقه", "أطلقته", "أطلقها", "أطلقتها", "ارتكبه", "ارتكبته", "ارتكبها", "ارتكبتها", "ارتكبوها",
    // "ارتكبت قوات النظام مجزرة بحق …": the one who committed it, named right after the verb.
    "ارتكب", "ارتكبت"].map(normalize),
);
/** Attack nouns after which "لـ X" names the doer ("بهجوم لـ تنظيم الدولة", "كمين للتنظيم"). */
export const ATTACK_NOUNS = new Vocab(["هجوم", "هجوما", "اعتداء", "كمين", "كمينا", "كمائن", "هجمات", "استهداف", "تفجير", "عملية", "قصف", "قصفا", "غارة", "غارات", "قذائف", "إنزال", "الإنزال"].map(normalize));
/** Verbs right after an actor that make it the doer ("داعش شن هجوما", "مقاتلين من قوات الأسد يذبحون"). */
export const AGENT_VERBS_AFTER = new Vocab(
  ["شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "هاجم", "هاجمت", "هاجموا", "استهدف", "استهدفت", "استهدفوا", "قتلت", "قتلوا", "ذبح", "ذبحوا", "يذبحون", "باغت", "باغتت", "اقتحم", "اقتحموا", "قصف", "قصفت", "أغارت", "أعدم", "أعدمت", "نصبوا", "نصب", "فتح", "فتحا", "اختطف", "اختطفت",
    // "ويتهم ناشطون قوات النظام بالوقوف وراء العملية", "اتهمت الوزارة قسد بتنفيذ الهجوم": the one said to be behind it.
    "بالوقوف", "وراء", "بتنفيذ", "بتنفيذه", "بتنفيذها", "بتنفيذهم", "بارتكاب",
    // "أعلنت قسد مسؤوليتها عن الهجوم": a claim.
    "مسؤوليته", "مسؤوليتها", "مسؤوليتهم",
    // "القوات الإسرائيلية توغلت … واقتادت أحد الرعاة": who went in and led people away.
    "توغل", "توغلت", "توغلوا", "اقتاد", "اقتادت", "اقتادوا",
    // "داعش أقدم على إعدام …": who undertook the act.
    "أقدم", "أقدمت", "أقدموا",
    // Headlines put the actor first and the verb in the present ("الاحتلال يقتل شابين", "قسد تقصف قرية").
    "يقتل", "تقتل", "يقتلون", "يستهدف", "تستهدف", "يستهدفون", "يهاجم", "تهاجم", "يهاجمون", "يقصف", "تقصف", "يقصفون", "يشن", "تشن", "يشنون",
    "يغتال", "تغتال", "يعدم", "تعدم", "يختطف", "تختطف"].map(normalize),
);
/**
 * Air, sea and artillery nouns whose nationality adjective names the doer ("الطيران الروسي",
 * "غارات روسية", "قصفت مدفعية جيش الاحتلال التركي").
 */
export const AIR_NOUNS = new Vocab(
  ["مدفعية", "المدفعية", "راجمات", "الطيران", "طيران", "طائرات", "الطائرات", "طائرة", "الطائرة", "مقاتلات", "المقاتلات", "غارات", "غارة", "الغارات", "الغارة", "ضربات", "الضربات", "البوارج", "سلاح", "مسيرة", "المسيرة", "مروحيات", "المروحيات", "مروحية", "الجو", "المسيرات", "مسيرات", "طائرتين", "مسيرتين", "ومدفعيته", "مدفعيته",
    // "أطلقت دبابة إسرائيلية قذيفة", "بضربة أمريكية": a tank's and a blow's nationality.
    "دبابة", "دبابات", "الدبابات", "ضربة", "الضربة"].map(normalize),
);
/**
 * Support from the air ("بدعم من طيران التحالف", "الإسناد الجوي لطيران التحالف", "بغطاء جوي روسي"):
 * the air force backed the fight a text tells, it did not strike in it.
 */
export const AIR_SUPPORT_WORDS = new Vocab(["دعم", "بدعم", "إسناد", "بإسناد", "الإسناد", "غطاء", "بغطاء", "تغطية", "بتغطية", "مساندة", "بمساندة", "المساندة", "تخللتها", "تخللها", "رافقتها", "رافقها", "ترافقت"].map(normalize));
/** "دورية تابعة لـ X", "عناصر من X": a unit of the actor, named between the verb and the actor. */
export const AFFILIATION_WORDS = new Vocab(["من", "تابعة", "التابعة", "تابع", "التابع", "تابعون", "تابعين", "التابعين", "التابعون"].map(normalize));
export const UNIT_NOUNS = new Vocab(["دورية", "دوريات", "حاجز", "حواجز", "قوة", "قوات", "مجموعة", "مجموعات", "عناصر", "مسلحون", "مسلحين", "مقاتلون", "مقاتلين", "خلية", "خلايا", "قناصة", "قناص", "وحدة", "وحدات", "طائرة", "طائرات", "مسيرة", "مروحيات", "مدفعية", "فصائل"].map(normalize));
/** What a counted or killed group is said to be of ("مقتل 5 من مسلحي قسد"): its losses, not its attack. */
export const GROUP_OF_WORDS = new Vocab(["مسلحي", "مقاتلي", "عناصر", "مسلحو", "مقاتلو", "أفراد", "جنود"].map(normalize));
/** The men of a force named by what they are paid or fight for ("مقرات مرتزقة الاحتلال"), besides GROUP_OF_WORDS. */
export const MEN_OF_WORDS = new Vocab([...GROUP_OF_WORDS, ...["مرتزقة", "إرهابيي", "خلايا"].map(normalize)]);
/** Things and places an attack hits: after "استهداف X", they make X its doer ("استهداف الاحتلال التركي قافلة"). */
export const HIT_OBJECTS = new Vocab(["قافلة", "قوافل", "سيارة", "سيارات", "قرية", "بلدة", "مدينة", "مواقع", "موقع", "نقطة", "نقاط", "حي", "الأحياء", "أحياء", "منازل", "منزل", "مدنيين", "المدنيين", "تجمعا", "تجمع", "دورية", "حاجز", "رتل", "رتلا", "مقر", "مقرات", "حاجزا", "موقعا", "مقرا", "منزلا", "آلية", "عربة", "حافلة"].map(normalize));
/** "مجموعة يعتقد أنها تتبع لتنظيم داعش": "تتبع لـ" is belonging, not tracking ("تتبع خلايا داعش"). */
export const BELONGS_VERBS = new Vocab(["تتبع", "يتبع", "يتبعون", "تتبعان"].map(normalize));
/** "طائرات حربية يرجح أنها روسية": the pronoun after a suspicion word, before the doer it names. */
export const THAT_PRONOUNS = new Vocab(["أنها", "أنه", "أنهم", "أنهما"].map(normalize));
/** "قصف مصدره مناطق سيطرة قسد": fire that came from an actor's areas is that actor's. */
export const FIRE_SOURCE_WORDS = new Vocab(["مصدره", "مصدرها", "مصدرهما", "انطلاقا"].map(normalize));
/** The areas an actor holds, after FIRE_SOURCE_WORDS: "مناطق سيطرة", "مواقع انتشار". */
export const AREA_WORDS = new Vocab(["مناطق", "منطقة", "مواقع"].map(normalize));
export const CONTROL_WORDS = new Vocab(["سيطرة", "نفوذ", "انتشار"].map(normalize));
/** Armed groups named before "من X" that make X the doer ("هاجم مسلحون من العشائر", "مجموعة من فلول النظام"). */
export const ARMED_GROUP_OF = new Vocab(["مسلحون", "مسلحين", "مجموعة", "مجموعات", "مقاتلون", "مقاتلين", "عناصر", "أفراد", "خلية", "خلايا",
  // "برصاص قناص من مسلحي العشائر", "برصاص دورية من قسد": the one who fired, drawn from the actor.
  "قناص", "قناصة", "دورية", "دوريات", "عنصر", "عنصرين", "جندي", "جنود"].map(normalize));
/** Armed groups in the subject's case: after a bare verb they are its doers ("هاجم مسلحون من العشائر"). */
export const ARMED_GROUP_SUBJECTS = new Vocab(["مسلحون", "مقاتلون"].map(normalize));
/** "قيادي في داعش", "عنصر في قسد": one of the actor's men, so its loss. */
export const MEMBER_NOUNS = new Vocab(["قيادي", "القيادي", "قياديا", "قياديين", "عنصر", "عنصرا", "مسؤول", "مسؤولا", "أمير", "أميرا", "عضو", "عضوا", "مقاتل", "مقاتلا", "قائد", "قائدا", "ضابط", "ضابطا"].map(normalize));
export const IN = normalize("في");
/** Words right before an actor that make it the target ("عناصر من قوات النظام", "ضد داعش"). */
export const VICTIM_BEFORE = new Vocab(
  ["ضد", "صفوف", "مواقع", "مواقعهم", "تجمعات", "مقرات", "نقاط", "مناطق", "معاقل", "لقوات", "جنود", "عسكريين", "أهداف", "خصوم", "بانتماء", "الانتماء", "لمقاتلي", "عنصر", "عنصرا", "عنصرين", "للنظام", "موالين", "ملاحقة", "تتبع",
    // "هجوم على قسد", "استهداف قاعدة التحالف الدولي", "كمين لدورية للجيش": the force attacked.
    "على", "قاعدة", "قواعد", "دورية", "دوريات", "رتل", "رتلا", "أرتال", "حاجز", "حاجزا", "حواجز", "نقطة", "مقر", "معسكر", "ثكنة", "آلية", "آليات", "سيارة", "حافلة", "عربة", "تجمع", "موقع"].map(normalize),
);
/**
 * Words right before an actor that make it a reporter or the ruler of an area, neither the doer
 * nor the one hit ("المركز الروسي للمصالحة", "وكالة سبوتنيك الروسية", "مناطق سيطرة الجيش السوري").
 */
export const BYSTANDER_BEFORE = new Vocab(
  ["المركز", "مركز", "وكالة", "الوكالة", "وزارة", "الخارجية", "الرئيس", "الرئاسة", "المتحدث", "بيان", "صحيفة", "الصحيفة", "قناة", "القناة", "موقع", "الإعلام", "وسائل", "التلفزيون", "السفارة", "مصادر", "مصدر", "المرصد",
    "سيطرة", "نفوذ", "لسيطرة", "تسيطر", "يسيطر", "الخاضعة", "خاضعة"].map(normalize),
);
/**
 * "من مخلفات المعارك مع تنظيم داعش": a war remnant; the actor after "مع" was a side in the old
 * battles, not the one who laid the mine.
 */
export const WAR_REMNANT_WORDS = new Vocab(["مخلفات", "المعارك", "معارك", "الحرب", "حرب"].map(normalize));
export const WITH = normalize("مع");
/** Suspicion: the doer is believed, not known. */
export const SUSPICION_WORDS = new Vocab(["يعتقد", "يرجح", "رجحت", "رجح", "ترجح", "يشتبه", "يظن", "مرجح", "المرجح", "بتبعيتهم", "يُعتقد",
  // "ويتهم ناشطون خلايا التنظيم بالوقوف وراء العملية", "وحملت الوزارة المسؤولية لـ …": an accusation, not a claim.
  "يتهم", "تتهم", "يتهمون", "اتهم", "اتهمت", "حملت", "حمل", "تحمل", "يحمل"].map(normalize));
/** Verbs of accusing: the actor right after one is the accuser when the accused follows it ("اتهمت قسد خلايا داعش بالوقوف خلف الهجوم"). */
export const ACCUSE_VERBS = new Vocab(["اتهمت", "اتهم", "تتهم", "يتهم", "يتهمون", "واتهمت", "واتهم", "حملت", "حمل", "تحمل", "يحمل", "وحملت"].map(normalize));
/** Words that put someone behind acts ("تقف خلفها", "بالوقوف وراء", "بارتباطهم بالهجوم", "مسؤولية"). */
export const ATTRIBUTION_WORDS = new Vocab(["وراء", "وراءها", "وراءه", "خلف", "خلفها", "خلفه", "تقف", "يقف", "يقفون", "بالوقوف", "وقوف", "بارتباطهم", "بارتباط", "ارتباطهم", "مسؤولية", "المسؤولية", "بتنفيذ", "بتنفيذها"].map(normalize));
/** "ولم تتبن أي جهة الهجوم": the text says no one is known to have done it. */
export const UNCLAIMED_PHRASES: string[][] = ["لم تتبن", "لم يتبن", "لم تتبنى", "لم تعلن أي جهة", "لم تعلن بعد أي جهة", "لم يعلن أي طرف", "لم تعرف الجهة", "لم تعرف هوية"].map((x) => normalize(x).split(" "));
/** "…، منها قتل 13 عنصرا", "من بينها": an example of the totals just told. */
export const EXAMPLE_OPENERS = new Vocab(["منها", "ومنها", "بينها", "أبرزها", "وأبرزها"].map(normalize));
/** Unknown gunmen: suspected by nature. */
export const UNKNOWN_GUNMEN = new Vocab(["مجهولين", "مجهولون"].map(normalize));

/** Canonical units and groups hit in an incident, pre- and post-December-2024 actors alike. */
export const TARGET_ALIASES: Alias[] = aliases({
  "regime/government forces": ["قوات النظام", "قوات الأسد", "جيش النظام", "القوات الحكومية", "قوات حكومة دمشق", "ميليشيا أسد", "ميليشيات أسد", "عناصر النظام", "نظام الأسد", "الجيش السوري", "جنديا حكوميا"],
  "National Defence Forces": ["الدفاع الوطني"],
  "Fifth Corps": ["الفيلق الخامس"],
  "Liwa al-Quds": ["لواء القدس"],
  "4th Division": ["الفرقة الرابعة"],
  "Qaterji militia": ["القاطرجي"],
  "Ba'ath Brigades": ["كتائب البعث"],
  "IRGC-backed militias": ["الحرس الثوري", "الميليشيات الإيرانية", "فاطميون", "زينبيون", "حزب الله", "الموالية لإيران"],
  "Russian forces": ["القوات الروسية", "الجنود الروس", "الجيش الروسي", "جنودها"],
  SDF: ["قوات سوريا الديمقراطية", "قسد"],
  "Syrian Army / Ministry of Defence": ["وزارة الدفاع", "الفرقة 86", "الجيش العربي السوري"],
  "General Security": ["الأمن العام", "الأمن الداخلي", "أمن الطرق", "عناصر الأمن", "أفراد الأمن", "الأمن السوري"],
  HTS: ["هيئة تحرير الشام", "تحرير الشام"],
  "ISIS members": ["عناصر التنظيم", "مقاتلي التنظيم", "عنصرا من تنظيم", "عناصر من تنظيم", "المتشددين"],
  civilians: ["مدنيين", "مدنيا", "مدني", "المدنيين", "مواطنين", "مواطنا", "المواطنين", "أطفال", "نساء", "امرأة", "طفل"],
  "truffle hunters": ["الكمأة", "الكمأ", "الكماة", "جامعي الكمأة"],
  shepherds: ["رعي الأغنام", "رعاة", "راعي", "راعيا", "الأغنام", "أغنام", "رعاة أغنام"],
  "oil workers": ["عمال نفط", "حقل"],
});

/** Sources cited for a figure. */
export const SOURCE_ALIASES: Alias[] = aliases({
  SOHR: ["المرصد السوري", "المرصد"],
  "local sources": ["مصادر محلية", "مصادر ميدانية", "مصادر مطلعة", "مصادر أهلية", "ناشطون", "ناشطين", "شبكة", "شبكات محلية", "مصادر متطابقة", "مصادر معارضة", "مراسل", "الناشط", "المصادر"],
  "state media": ["سانا", "وكالة الأنباء السورية", "الإخبارية السورية", "وسائل إعلام موالية", "وسائل إعلام مقربة", "شام إف إم", "راديو المدينة", "التلفزيون السوري", "الداخلية السورية"],
  "ISIS claim": ["أعماق", "معرفات", "تبنى التنظيم", "تبنى تنظيم", "أعلن تنظيم", "بيان للتنظيم", "قال التنظيم"],
  "Russian MoD": ["وزارة الدفاع الروسية", "المركز الروسي للمصالحة", "المركز الروسي"],
  "military source": ["مصدر عسكري", "مصدر ميداني"],
  "medical source": ["مصدر طبي", "مدير الهيئة العامة لمشفى", "مشفى"],
});
