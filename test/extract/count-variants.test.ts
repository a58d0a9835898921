/**
 * A variant audit of the count rules: each casualty verb or noun family the count code knows,
 * with several victim nouns, each connector that joins killed and wounded, and the spellings news
 * sites use (Latin and Eastern-Arabic digits, number words, hamza or none, ى/ي, ة/ه). Then the
 * phrasing families that broke on real articles, each in two or three variants. Every sentence is
 * written for the test; these are regression tests, not quality figures.
 */
import { describe, expect, it } from "vitest";
import type { Count } from "../../lib/types";
import { extractLines, onlyIncident } from "../support/extract";

/** "min-max" ("n" for no upper bound) or "-" when the count is null. */
const c = (x: Count | null) => (x ? `${x.min}-${x.max ?? "n"}` : "-");
/** killed / wounded / killedOrWounded of the one incident of an article ("|" separates its lines). */
const counts = (text: string) => {
  const i = onlyIncident(text.split("|"), "2025-03-10");
  return `${c(i.killed)} ${c(i.wounded)} ${c(i.killedOrWounded)}`;
};

const PLACE = "بقصف مدفعي على بلدة كفرنبل بريف إدلب.";

/** Ways to say 7 killed: the family's words, with {k} the number and {n} a victim noun it takes. */
const KILLED: Array<{ head: string; nouns: string[] }> = [
  { head: "أسفر القصف عن مقتل {k} {n}", nouns: ["مدنيين", "أشخاص", "عناصر"] },
  { head: "أسفر القصف عن سقوط {k} {n}", nouns: ["قتلى", "شهداء", "ضحايا"] },
  { head: "أدى القصف إلى ارتقاء {k} {n}", nouns: ["شهداء", "مدنيين"] },
  { head: "أدى القصف إلى استشهاد {k} {n}", nouns: ["مدنيين", "أشخاص"] },
  { head: "أدى القصف إلى وقوع {k} {n}", nouns: ["قتلى", "ضحايا"] },
  { head: "أوقع القصف {k} {n}", nouns: ["قتلى", "شهداء"] },
  { head: "خلف القصف {k} {n}", nouns: ["قتلى", "ضحايا"] },
  { head: "حصد القصف أرواح {k} {n}", nouns: ["مدنيين", "أشخاص"] },
  { head: "أودى القصف بحياة {k} {n}", nouns: ["مدنيين", "عناصر"] },
  { head: "راح ضحيته {k} {n}", nouns: ["مدنيين", "أشخاص"] },
  { head: "قتل {k} {n}", nouns: ["مدنيين", "عناصر", "أشخاص"] },
  { head: "استشهد {k} {n}", nouns: ["مدنيين", "أطفال"] },
  { head: "لقي {k} {n} مصرعهم", nouns: ["مدنيين", "عناصر"] },
];
/** Ways to add 5 wounded after a connector: verbal nouns after و/فضلاً عن/إضافة إلى, verbs after all. */
const WOUNDED_NOUN_TAILS = ["إصابة {w} آخرين", "جرح {w} أشخاص", "{w} جرحى", "إصابة {w} مدنيين بجروح"];
const WOUNDED_VERB_TAILS = ["أصيب {w} آخرون", "أصيب {w} مدنيين", "جرح {w} أشخاص"];
const CONNECTORS: Array<{ word: string; verbsOnly: boolean }> = [
  { word: "و", verbsOnly: false },
  { word: "فضلاً عن", verbsOnly: false },
  { word: "إضافة إلى", verbsOnly: false },
  { word: "بالإضافة إلى", verbsOnly: false },
  { word: "بينما", verbsOnly: true },
  { word: "في حين", verbsOnly: true },
  { word: "فيما", verbsOnly: true },
];
/** 7 and 5 as Latin digits, Eastern-Arabic digits and number words. */
const NUMERALS: Array<[string, string]> = [["7", "5"], ["٧", "٥"], ["سبعة", "خمسة"]];

function variants(): string[] {
  const out: string[] = [];
  let turn = 0;
  for (const { head, nouns } of KILLED) {
    for (const { word, verbsOnly } of CONNECTORS) {
      const tails = verbsOnly ? WOUNDED_VERB_TAILS : word === "و" ? [...WOUNDED_NOUN_TAILS, ...WOUNDED_VERB_TAILS] : WOUNDED_NOUN_TAILS;
      for (const tail of tails) {
        // Turn through nouns and numerals so that every one meets every family without a full product.
        const [k, w] = NUMERALS[turn % NUMERALS.length];
        const noun = nouns[turn % nouns.length];
        turn++;
        const killed = head.replace("{k}", k).replace("{n}", noun);
        const wounded = tail.replace("{w}", w);
        out.push(word === "و" ? `${killed} و${wounded} ${PLACE}` : `${killed}، ${word} ${wounded} ${PLACE}`);
      }
    }
  }
  return out;
}

describe("every casualty family with every connector: 7 killed and 5 wounded", () => {
  it.each(variants())("%s", (text) => expect(counts(text)).toBe("7-7 5-5 -"));
});

describe("spellings: hamza, ى/ي, ة/ه, tanween alef", () => {
  it.each([
    ["اسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 7 مدنيين واصابة 5 اخرين.", "7-7 5-5 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل سبعه مدنيين واصابه خمسه اخرين.", "7-7 5-5 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط 7 قتلي و5 جرحي.", "7-7 5-5 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط 12 قتيلاً وجرح 40 شخصاً.", "12-12 40-40 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن إصابة ٥ أشخاص ومقتل ٧.", "7-7 5-5 -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
});

describe("more words of the same families", () => {
  it.each([
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مصرع 5 أشخاص وإصابة 3 آخرين.", "5-5 3-3 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط 5 وفيات و3 إصابات.", "5-5 3-3 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن إزهاق أرواح 5 أشخاص.", "5-5 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل مائتي شخص.", "200-200 - -"],
    ["انفجار لغم يقتل طفلين في بلدة الصنمين بريف درعا", "2-2 - -"],
    ["قتل مئتا مدني بقصف على بلدة كفرنبل بريف إدلب.", "200-200 - -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it("reads no victim in a headline that says a toll takes lives, with no number", () => {
    expect(extractLines(["الألغام تحصد أرواح المدنيين في ريف إدلب", "انفجر لغم أرضي في بلدة كفرنبل بريف إدلب دون وقوع إصابات."], "2025-03-10").map((i) => c(i.killed))).toEqual(["-"]);
  });
});

describe("bounds as news sites write them", () => {
  it.each([
    ["قتل 7 مدنيين علي الاقل بقصف على بلدة كفرنبل بريف إدلب.", "7-n - -"],
    ["قتل مالا يقل عن 7 مدنيين بقصف على بلدة كفرنبل بريف إدلب.", "7-n - -"],
    ["قتل ما لايقل عن سبعة مدنيين بقصف على بلدة كفرنبل بريف إدلب.", "7-n - -"],
    ["قتل 7 مدنيين على أقل تقدير بقصف على بلدة كفرنبل بريف إدلب.", "7-n - -"],
    ["قتل على أقل تقدير ٧ مدنيين بقصف على بلدة كفرنبل بريف إدلب.", "7-n - -"],
    ["قتل حوالى 7 مدنيين بقصف على بلدة كفرنبل بريف إدلب.", "7-7 - -"],
    ["قتل اكثر من عشرين مدنيا بقصف على بلدة كفرنبل بريف إدلب.", "21-n - -"],
    ["قتل ما لا يقل عن 7 مدنيين وأصيب ما لا يقل عن 12 آخرين بقصف على بلدة كفرنبل بريف إدلب.", "7-n 12-n -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط أكثر من 30 قتيلا وجريحا.", "- - 31-n"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
});

describe("a counted noun of the dead, then a verbal noun of the wounded with its own number", () => {
  it.each([
    ["ذكر ناشطون سقوط 9 قتلى وإصابة 23 في انفجار عبوة ناسفة بسوق مدينة اعزاز بريف حلب.", "9-9 23-23 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط 12 شهيدا وإصابة 30 آخرين.", "12-12 30-30 -"],
    ["أفاد مصدر بسقوط قتيل وإصابة ثلاثة بقصف على بلدة كفرنبل بريف إدلب.", "1-1 3-3 -"],
    ["خلف الهجوم على حاجز قرب بلدة السخنة بريف حمص 9 قتلى وإصابة 6 عناصر.", "9-9 6-6 -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it.each([
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن 33 قتيلا وجريحا.", "- - 33-33"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط 15 شهيدا ومصابا.", "- - 15-15"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط 15 ضحية بين قتيل وجريح.", "- - 15-15"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط 20 ضحية ما بين قتيل وجريح.", "- - 20-20"],
  ])("keeps a noun counted over both kinds combined: %s", (text, want) => expect(counts(text)).toBe(want));
});

describe("count table rows for every casualty noun: singular, dual, feminine", () => {
  it.each([
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط شهيدين.", "2-2 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط ضحيتين وثلاثة جرحى.", "2-2 3-3 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن شهيدين و4 إصابات.", "2-2 4-4 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط قتيلة وجريحة.", "1-1 1-1 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط قتيل وجريحين.", "1-1 2-2 -"],
    ["قتلت سيدة وجرحت ابنتها بقصف على بلدة كفرنبل بريف إدلب.", "1-1 1-1 -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it.each([
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط العشرات بين قتيل وجريح.", "- - 20-n"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط 12 شخصا ما بين قتيل وجريح.", "- - 12-12"],
    ["وقع 25 عنصرا بين قتيل وجريح بهجوم على حاجز قرب بلدة السخنة بريف حمص.", "- - 25-25"],
  ])("keeps 'بين قتيل وجريح' one combined figure: %s", (text, want) => expect(counts(text)).toBe(want));
});

describe("a vague restatement after exact figures changes nothing", () => {
  it.each([
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 14 شخصا وجرح 40 آخرين، وأوقع عشرات الضحايا بين قتيل وجريح.", "14-14 40-40 -"],
    ["قتل 14 شخصا وأصيب 40 آخرون بقصف على بلدة كفرنبل بريف إدلب.|وأدى القصف إلى سقوط عشرات القتلى والجرحى.", "14-14 40-40 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن سقوط عشرات القتلى والجرحى.|وقال الدفاع المدني إن القصف تسبب في مقتل 14 شخصا وإصابة 40 آخرين.", "14-14 40-40 -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
});

describe("attackers who died are counted in killed", () => {
  it.each([
    ["قتل 11 جنديا في هجوم على ثكنة قرب بلدة مركدة بريف الحسكة، بعد أن فجر مهاجمان نفسيهما.", "13-13 - -"],
    ["اقتحم مسلحان ثكنة قرب بلدة مركدة بريف الحسكة ثم حاولا أن يفجرا نفسيهما، فقتل 11 جنديا.", "13-13 - -"],
    ["دخل مهاجمون ثكنة قرب بلدة مركدة بريف الحسكة ثم فجروا أنفسهم، ما أدى إلى مقتل 8 جنود.", "10-n - -"],
    ["فجرت انتحارية نفسها في سوق بلدة الصنمين بريف درعا ما أدى إلى مقتل 4 مدنيين.", "5-5 - -"],
    ["أقدم انتحاري على تفجير نفسه عند حاجز قرب مدينة جاسم بريف درعا ما أدى إلى مقتل 5 عناصر.", "6-6 - -"],
    ["قام انتحاري بتفجير نفسه عند حاجز قرب مدينة جاسم بريف درعا ما أدى إلى مقتل 5 عناصر.", "6-6 - -"],
    ["فجر انتحاري سترته الناسفة عند حاجز قرب مدينة جاسم بريف درعا ما أدى إلى مقتل 5 عناصر.", "6-6 - -"],
    ["قتل 5 عناصر بتفجير انتحاري عند حاجز قرب مدينة جاسم بريف درعا، وقتل الانتحاري.", "6-6 - -"],
    ["قتل 5 عناصر بتفجير انتحاري عند حاجز قرب مدينة جاسم بريف درعا.|وقتل الانتحاري على الفور.", "6-6 - -"],
    ["انتحاري يفجر نفسه عند حاجز قرب مدينة جاسم بريف درعا ويقتل 5 عناصر.", "6-6 - -"],
    ["فجرت انتحاريتان نفسيهما في سوق بلدة الصنمين بريف درعا ما أدى إلى مقتل 4 مدنيين.", "6-6 - -"],
    ["أسفر التفجير عند حاجز قرب مدينة جاسم بريف درعا عن مقتل 5 عناصر والانتحاري.", "6-6 - -"],
    ["قتل 5 عناصر في هجوم على حاجز قرب مدينة جاسم بريف درعا، وقتل 3 انغماسيين.", "8-8 - -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it.each([
    ["قتل 5 عناصر بتفجير انتحاري عند حاجز قرب مدينة جاسم بريف درعا.", "5-5 - -"],
    ["أسفر الهجوم الانتحاري على حاجز قرب مدينة جاسم بريف درعا عن مقتل 5 عناصر.", "5-5 - -"],
    ["قتل وجرح عدد من العناصر في هجوم انتحاري على حاجز قرب مدينة جاسم بريف درعا.", "2-n 2-n -"],
  ])("reads the bomber word after the act as its adjective: %s", (text, want) => expect(counts(text)).toBe(want));
});

describe("people listed without numbers, kin with a possessive ending", () => {
  it.each([
    ["قتلت سيدة وطفل بقصف مدفعي على بلدة كفرنبل بريف إدلب.", "2-2 - -"],
    ["قتلت امرأة وطفلان بقصف مدفعي على بلدة كفرنبل بريف إدلب.", "3-3 - -"],
    ["قتل رجل وزوجته بقصف مدفعي على بلدة كفرنبل بريف إدلب.", "2-2 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل سيدة وطفلها.", "2-2 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل امرأة وطفلتها.", "2-2 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل رجل وزوجته وابنتهما.", "3-3 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل طفل وإصابة والدته وشقيقه.", "1-1 2-2 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل امرأة وطفلها، فضلاً عن إصابة خمسة آخرين.", "2-2 5-5 -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
});

describe("groups of victims joined by a connector add up", () => {
  it.each([
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 6 عناصر و3 مدنيين.", "9-9 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 6 عناصر بالإضافة إلى 3 مدنيين.", "9-9 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 6 عناصر فضلاً عن 3 مدنيين.", "9-9 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 6 عناصر علاوة على 3 مدنيين.", "9-9 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل ضابط بالإضافة إلى عنصرين.", "3-3 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 6 عناصر إضافة لثلاثة مدنيين.", "9-9 - -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it.each([
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 7 مدنيين فضلاً عن 5 جرحى.", "7-7 5-5 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 7 مدنيين إضافة لإصابة 5 آخرين.", "7-7 5-5 -"],
  ])("keeps the wounded after such a connector apart: %s", (text, want) => expect(counts(text)).toBe(want));
});

describe("a vague figure stays with the strike it follows", () => {
  it("gives 'some wounded' to the town struck before 'كما' + a strike, not a share to each place after it", () => {
    const found = extractLines([
      "شنت الطائرات الروسية غارات على بلدة سرمين، ما أسفر عن سقوط عدد من الجرحى، كما استهدفت أطراف مدينة بنش بريف إدلب.",
    ], "2025-03-10");
    const woundedAt = (place: string) => found.filter((i) => i.places.includes(place)).map((i) => c(i.wounded));
    expect(woundedAt("سرمين")).toEqual(["2-n"]);
    expect(woundedAt("بنش")).toEqual(["-"]);
  });
  it("keeps the doer of the first strike for a 'كما قصف' with none of its own", () => {
    const found = extractLines([
      "شنت الطائرات الحربية غارات على بلدة معرة حرمة، ما أدى لإصابة 3 مدنيين، كما قصف أطراف بلدة كفرنبل بريف إدلب.",
    ], "2025-03-10");
    expect(found.map((i) => [c(i.wounded), i.type])).toEqual([["3-3", "airstrike"], ["-", "airstrike"]]);
  });
  it("keeps artillery on one more village one bombardment (ANNOTATION.md)", () => {
    const found = extractLines([
      "قصفت قوات النظام بالمدفعية بلدة كفرنبل بريف إدلب، ما أدى لإصابة 3 مدنيين، كما قصفت بلدة حاس.",
    ], "2025-03-10");
    expect(found.map((i) => [c(i.wounded), i.type, i.places.includes("حاس")])).toEqual([["3-3", "shelling", true]]);
  });
});

describe("asides between commas stand between the verb and its victims", () => {
  it.each([
    ["قتل الطيران الحربي، مساء الأحد، امرأة وطفلاً في قصف على بلدة كفرنبل بريف إدلب.", "2-2 - -"],
    ["قتلت المدفعية، المساندة للقوات، صباح الأحد، أربعة مدنيين وأصابت ستة آخرين في بلدة كفرنبل بريف إدلب.", "4-4 6-6 -"],
    ["قتل مسلحون، فجر اليوم، ثلاثة رعاة في بادية السخنة بريف حمص.", "3-3 - -"],
    ["أصابت قذائف الهاون، ظهر السبت، 5 أطفال في حي الميدان بدمشق.", "- 5-5 -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it.each([
    // A clause after the comma has victims of its own reading; the verb keeps its one victim.
    ["قتل، إثر هجوم، شاب في بلدة الصنمين بريف درعا.", "1-1 - -"],
  ])("a clause is no aside: %s", (text, want) => expect(counts(text)).toBe(want));
});

describe("bare kin nouns inside a list of people are one person each", () => {
  it.each([
    ["قتل أب وأم وثلاثة أطفال جراء قصف على بلدة كفرنبل بريف إدلب.", "5-5 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل طفل وإصابة والدته وابن عمه وجده.", "1-1 3-3 -"],
    ["قتل رجل وابنه وابن أخيه بقصف على بلدة كفرنبل بريف إدلب.", "3-3 - -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل والد وجدة وطفلين.", "4-4 - -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it.each([
    // Alone, such a word is part of a name: the mosque's name counts nobody.
    ["قتل ثلاثة مدنيين بقصف على مسجد ابن تيمية في بلدة كفرنبل بريف إدلب.", "3-3 - -"],
  ])("not outside a list: %s", (text, want) => expect(counts(text)).toBe(want));
});

describe("'قتلوا' then a wounds verb with a subject of its own is two figures, not a combined one", () => {
  it.each([
    ["قال المرصد إن 14 مدنياً قتلوا وأصيب 19 آخرون بقصف على بلدة كفرنبل بريف إدلب.", "14-14 19-19 -"],
    ["أفادت مصادر بأن سبعة عناصر قتلوا وجرح 12 آخرون في هجوم على حاجز في بلدة الصنمين بريف درعا.", "7-7 12-12 -"],
    // Both verbs of the same subject, or "أو" between them: one combined figure.
    ["قال المرصد إن خمسة عناصر قتلوا أو أصيبوا بقصف على بلدة كفرنبل بريف إدلب.", "- - 5-5"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it("gives the ANNOTATION.md example its ranges when the second source tells it this way", () => {
    expect(counts("أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 9 مدنيين وإصابة 22.|وقال المرصد إن 14 مدنياً قتلوا وأصيب 19 آخرون.")).toBe("9-14 19-22 -");
  });
});

describe("a number after a casualty noun, then 'و' and the next noun: each noun keeps its own number", () => {
  it.each([
    ["قالت مصادر إن القتلى 14 والجرحى 19 في قصف على بلدة كفرنبل بريف إدلب.", "14-14 19-19 -"],
    ["بلغ عدد الشهداء 8 والمصابين 11 في قصف على بلدة كفرنبل بريف إدلب.", "8-8 11-11 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 9 مدنيين وإصابة 22.|وقالت مصادر أخرى إن القتلى 14 والجرحى 19.", "9-14 19-22 -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
});

describe("dozens or hundreds after a verb, then a wounds verb with its own number (count table: dozens, hundreds)", () => {
  it.each([
    ["قتل العشرات وأصيب 15 آخرون بهجوم على مواقع قرب بلدة السخنة بريف حمص.", "20-n 15-15 -"],
    ["قتل عشرات العناصر وجرح 9 آخرون بهجوم على مواقع قرب بلدة السخنة بريف حمص.", "20-n 9-9 -"],
    ["قتل المئات من المدنيين وأصيب ٤٠ آخرون بقصف على بلدة كفرنبل بريف إدلب.", "200-n 40-40 -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it("still reads an unnumbered doer before the numbered victims", () => {
    expect(counts("قتل مسلحون مجهولون ثلاثة رعاة قرب بلدة السخنة بريف حمص.")).toBe("3-3 - -");
  });
});

/** killed / wounded / killedOrWounded of every incident of an article ("|" separates its lines), " | " between incidents. */
const allCounts = (text: string) =>
  extractLines(text.split("|"), "2025-03-10").map((i) => `${c(i.killed)} ${c(i.wounded)} ${c(i.killedOrWounded)}`).join(" | ");

describe("a toll told over separate events in the plural is a total, not one incident's figure (ANNOTATION.md: a total over several incidents)", () => {
  it.each([
    [
      "مقتل 3 أشخاص بمحافظة درعا خلال يوم|قتل ثلاثة رجال في اعتداءات منفصلة لمسلحين مجهولين في محافظة درعا.|وأطلق مسلحون النار على شابين قرب حاجز في مدينة داعل، ما أدى إلى مقتلهما.|وفي حادثة ثانية، أطلق مسلحون النار على رجل في بلدة الحارة، ما أدى إلى مقتله.",
      "2-2 - - | 1-1 - -",
    ],
    [
      "مقتل خمسة مدنيين بانفجار ألغام في ريف حماة|قتل خمسة مدنيين في حوادث متفرقة بانفجار ألغام من مخلفات الحرب في ريف حماة.|وانفجر لغم بسيارة تقل عمالاً قرب قرية عقيربات، ما أدى إلى مقتل أربعة منهم.|كما قتل راع بانفجار لغم في بلدة السعن.",
      "4-4 - - | 1-1 - -",
    ],
    [
      "مقتل 4 وإصابة 4 بانفجارات في ريف حلب|قتل أربعة أشخاص وأصيب أربعة آخرون بتفجيرات منفصلة في ريف حلب الشمالي.|وانفجرت عبوة ناسفة في سوق مدينة اعزاز، ما أدى إلى مقتل ثلاثة وإصابة اثنين.|وانفجرت دراجة مفخخة في مدينة مارع، فقتل رجل وأصيب اثنان.",
      "3-3 2-2 - | 1-1 2-2 -",
    ],
  ])("%s", (text, want) => expect(allCounts(text)).toBe(want));
  it("keeps simultaneous attacks on several posts one incident with the whole toll", () => {
    expect(allCounts("مقتل 30 عنصراً بهجمات متزامنة لداعش في البادية|قتل 30 عنصراً من قوات النظام بهجمات متزامنة نفذها التنظيم ضد حواجز قرب الرصافة في البادية.")).toBe("30-30 - -");
  });
});

describe("a headline toll over several incidents of its kind is a total, {1, total − the others' minimums} (ANNOTATION.md: a total over several incidents)", () => {
  it.each([
    [
      "مقتل 3 أشخاص برصاص مسلحين بمحافظة درعا في يوم واحد|أطلق مجهولون مسلحون النار على شابين قرب حاجز في مدينة داعل، ما أدى إلى مقتلهما.|وفي حادثة ثانية، أطلق مجهولون مسلحون النار على رجل في بلدة الحارة، ما أدى إلى مقتله.",
      "2-2 - - | 1-1 - -",
    ],
    [
      "مقتل رجل وامرأة برصاص مسلحين في درعا|أطلق مسلحون مجهولون النار على المدعو أحمد العلي أمام منزله في مدينة إزرع.|كذلك قتلت امرأة برصاص مسلحين في قرية المسيفرة بريف درعا.",
      "1-1 - - | 1-1 - -",
    ],
    [
      "مقتل خمسة وإصابة خمسة بانفجار عبوتين في ريف حلب|انفجرت عبوة ناسفة في سوق مدينة اعزاز، ما أدى إلى مقتل ثلاثة أشخاص وإصابة آخر.|وانفجرت عبوة أخرى في مدينة مارع، ما أدى إلى مقتل شخصين وإصابة أربعة.",
      "3-3 1-1 - | 2-2 4-4 -",
    ],
  ])("%s", (text, want) => expect(allCounts(text)).toBe(want));
  it.each([
    // One incident only: the headline's larger figure is a second source (range rule).
    ["مقتل 9 عناصر بهجوم مسلح في درعا|قتل 7 عناصر من قوات الأمن بهجوم مسلح على حاجز في بلدة الصنمين بريف درعا.", "7-9 - -"],
    // A toll that rose is the latest figure of its own incident, whatever else the article tells.
    [
      "ارتفاع حصيلة قتلى هجوم الدوة إلى 23|ارتفعت حصيلة ضحايا الهجوم على جامعي الكمأة في منطقة الدوة ببادية تدمر إلى 23 قتيلاً.|ويأتي الهجوم بعد أيام من مقتل عشرة مدنيين بهجوم مماثل قرب منطقة المحسة.",
      "23-23 - - | 10-10 - -",
    ],
    // An earlier event the article recounts is outside the headline's toll.
    [
      "مقتل 5 عناصر بهجوم لداعش في ريف حمص|هاجم عناصر التنظيم نقطة عسكرية قرب مدينة السخنة بريف حمص، ما أدى إلى سقوط قتلى في صفوف القوات.|وكان عنصران قد قتلا بهجوم مماثل قرب مدينة تدمر الأسبوع الماضي.",
      "5-5 - - | 2-2 - -",
    ],
    [
      "مقتل 7 عناصر بهجوم لداعش في ريف حمص|هاجم عناصر التنظيم نقطة عسكرية قرب مدينة السخنة بريف حمص، ما أدى إلى مقتل خمسة عناصر.|وكان عنصران قد قتلا بهجوم مماثل قرب مدينة تدمر الأسبوع الماضي.",
      "5-7 - - | 2-2 - -",
    ],
  ])("keeps a headline that tells one incident: %s", (text, want) => expect(allCounts(text)).toBe(want));
});

describe("xcount4: toll forms the m18 audit found misread (issue 10)", () => {
  it.each([
    // A thousand is a number word like a hundred (count table: exact number).
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل ألف شخص.", "1000-1000 - -"],
    ["قتل ألفا مدني بقصف على مدينة سراقب في ريف إدلب.", "1000-1000 - -"],
    ["أدت الغارات على مدينة دوما بريف دمشق إلى إصابة ثلاثة آلاف مدني.", "- 3000-3000 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل ألفي شخص.", "2000-2000 - -"],
    // "ألف" after a number counts things, not people.
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل 3 أشخاص وتدمير 50 ألف منزل.", "3-3 - -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it.each([
    // One more who died of the wounds later adds to the dead told before (count table: one person).
    ["قتل ثلاثة عناصر من الأمن العام بهجوم مسلح على حاجز في بلدة الصنمين بريف درعا.|وتوفي عنصر آخر متأثراً بجراحه.", "4-4 - -"],
    ["أدى القصف على بلدة كفرنبل بريف إدلب إلى مقتل 4 مدنيين، وتوفيت امرأة أخرى لاحقاً متأثرة بجروحها.", "5-5 - -"],
    ["قتل عنصران بهجوم على حاجز في بلدة الصنمين بريف درعا.|وفارق عنصر آخر الحياة متأثراً بإصابته.", "3-3 - -"],
    ["قتل ثلاثة مدنيين بقصف على مدينة أريحا في ريف إدلب، وارتقى آخر متأثراً بجراحه.", "4-4 - -"],
    ["قتل ثلاثة مدنيين بقصف على مدينة أريحا في ريف إدلب.|وتوفي اثنان آخران متأثرين بجراحهما.", "5-5 - -"],
    // Some of the wounded who died are dead, not wounded ones: they add to the dead.
    ["قتل ثلاثة عناصر وأصيب خمسة آخرون بهجوم مسلح على حاجز في بلدة الصنمين بريف درعا، ثم توفي اثنان من الجرحى.", "5-5 5-5 -"],
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل مدنيين اثنين.|وأعلنت مصادر طبية وفاة ثلاثة من المصابين في المستشفى.", "5-5 - -"],
    // A toll that rose already counts them.
    ["ارتفع عدد قتلى الهجوم على حاجز في بلدة الصنمين بريف درعا إلى 5 بعد وفاة 3 من الجرحى.", "5-5 - -"],
    ["ارتفعت حصيلة القصف على مدينة أريحا في ريف إدلب إلى سبعة قتلى، بعد وفاة اثنين من المصابين.", "7-7 - -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
  it.each([
    // People named one by one after "كل من", with no head noun: as many as the names.
    ["أصيب كل من أحمد العلي ومحمد الحسن بقصف على بلدة كفرنبل بريف إدلب.", "- 2-2 -"],
    ["قتل كل من سامر يوسف، وعلي حسن وأحمد خليل برصاص مسلحين في مدينة داعل بريف درعا.", "3-3 - -"],
    ["أسفر القصف على مدينة أريحا في ريف إدلب عن استشهاد كل من بلال أحمد وبشار محمود.", "2-2 - -"],
    ["أصيب كل من أحمد العلي ومحمد الحسن، وهما من أبناء البلدة، بقصف على بلدة كفرنبل بريف إدلب.", "- 2-2 -"],
    // Not a list of names: everyone in it, an unnumbered group.
    ["أسفر القصف على بلدة كفرنبل بريف إدلب عن مقتل كل من فيها.", "2-n - -"],
  ])("%s", (text, want) => expect(counts(text)).toBe(want));
});
