/**
 * Count phrasings of real news writing that the real development articles (dev, dev2's odd half
 * and evenA) showed the extractor misreading, by family. Every sentence is written for the test.
 */
import { describe, expect, it } from "vitest";
import { normalize } from "../../lib/text/normalize";
import { findFigures } from "../../lib/extract/counts";
import { tokenize } from "../../lib/extract/tokens";
import { extractLines as extract, onlyIncident as one } from "../support/extract";

/** Figures of a sentence as "role min-max" strings, with "~" for vague. */
const figs = (s: string) => findFigures(tokenize(normalize(s))).map((f) => `${f.role} ${f.count.min}-${f.count.max ?? "∞"}${f.vague ? "~" : ""}`);

describe("one number over the dead and the wounded", () => {
  it("reads dozens of dead and wounded as one combined figure", () => {
    expect(figs("سقط عشرات القتلى والجرحى بانفجار في السوق")).toEqual(["killedOrWounded 20-∞~"]);
    expect(figs("سقط العشرات من القتلى والمصابين في القصف")).toEqual(["killedOrWounded 20-∞~"]);
  });
  it("keeps dozens of dead alone a killed figure", () => {
    expect(figs("سقط عشرات القتلى في القصف على البلدة")).toEqual(["killed 20-∞~"]);
  });
  it("reads a headline's present tense kills-and-wounds as one combined figure", () => {
    expect(figs("عبوة تقتل وتجرح 12 مدنيا في البلدة")).toEqual(["killedOrWounded 12-12"]);
    expect(figs("عبوة ناسفة تقتل وتصيب 7 عناصر قرب الحاجز")).toEqual(["killedOrWounded 7-7"]);
  });
});

describe("victims the event caused also", () => {
  it("adds them to the figure told in the sentence before", () => {
    const i = one(["قتل 7 جنود في هجوم على حافلة قرب بلدة السخنة بريف حمص.", "وأضاف المصدر أن الهجوم أسفر أيضاً عن مقتل ثلاثة مدنيين."]);
    expect(i.killed).toEqual({ min: 10, max: 10 });
  });
  it("adds wounded told after تسبب أيضاً", () => {
    const i = one(["أصيب 4 مدنيين في قصف على بلدة كفرنبل بريف إدلب.", "وتسبب أيضاً بإصابة 3 أطفال."]);
    expect(i.wounded).toEqual({ min: 7, max: 7 });
  });
  it("keeps a source that also confirms the same toll a restatement", () => {
    const i = one(["قتل 7 جنود في هجوم على حافلة قرب بلدة السخنة بريف حمص.", "وأكد المرصد أيضاً مقتل 7 جنود."]);
    expect(i.killed).toEqual({ min: 7, max: 7 });
  });
});

describe("places described, not named", () => {
  it("does not take a crowded area for a place of its own", () => {
    const i = one(["دوى انفجار دراجة مفخخة في منطقة مكتظة قرب سوق مدينة جرابلس، ما أدى إلى مقتل 4."]);
    expect(i.places.some((p) => p.includes("مكتظة"))).toBe(false);
  });
});

describe("events alleged, denied or told as a whole", () => {
  it("leaves out clashes a denied report alleged", () => {
    const found = extract([
      "نفت الوزارة صحة تقارير زعمت وقوع انفجار قرب مبنى البلدية في مدينة حمص أمس.",
      "وقالت إن صوراً زعم فيها ناشروها وقوع إطلاق نار قرب المطار مفبركة.",
    ]);
    expect(found).toEqual([]);
  });
  it("leaves out rumours of an assassination", () => {
    expect(extract(["تداولت حسابات شائعات عن اغتيال قيادي في مدينة إدلب مساء الأحد."])).toEqual([]);
  });
  it("leaves out calls to stop attacks as a whole", () => {
    const found = extract([
      "ناقش البرلمان الغارات المتكررة على المدن، ودعا النواب إلى وقف هذه الغارات.",
      "وعبر النواب عن القلق من الوضع في محافظة درعا.",
    ]);
    expect(found).toEqual([]);
  });
  it("still reads a reported attack beside a denial of another", () => {
    const found = extract(["قتل عنصران في هجوم على حاجز قرب بلدة الصنمين بريف درعا.", "ونفت الوزارة صحة الأنباء التي زعمت وقوع هجوم آخر على مدينة درعا."]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 2, max: 2 });
  });
});

describe("one place written two ways", () => {
  it("joins a compound village name written joined and apart", () => {
    const i = one(["قتل مدني في قصف على قرية كفرنبودة بريف حماة.", "وقال ناشطون إن القصف على بلدة كفر نبودة أدى إلى مقتل مدني."]);
    expect(i.killed).toEqual({ min: 1, max: 1 });
  });
  it("joins a compound name whose second word takes the article", () => {
    const i = one(["قتل مدني في قصف على قرية ديرالعصافير بريف دمشق.", "وقال ناشطون إن القصف على بلدة دير العصافير أدى إلى مقتل مدني."]);
    expect(i.places).toContain("دير العصافير");
  });
});

describe("tolls that rose", () => {
  it("reads the risen figure told before its toll noun", () => {
    expect(figs("وارتفع إلى 50 عدد القتلى في الهجوم")).toEqual(["killed 50-50"]);
    expect(figs("ارتفعت إلى 12 حصيلة ضحايا الانفجار")).toEqual(["killed 12-12"]);
  });
  it("lets the risen figure told before its noun replace the first report", () => {
    const i = one(["قتل 9 عناصر في هجوم على حاجز قرب مدينة السخنة بريف حمص.", "وارتفع إلى 14 عدد القتلى بحسب المرصد."]);
    expect(i.killed).toEqual({ min: 14, max: 14 });
  });
  it("does not take the toll of a week or a month for the event's", () => {
    const i = one(["قتل 5 عناصر في هجوم على حاجز قرب مدينة السخنة بريف حمص.", "وارتفعت حصيلة قتلى الأسبوع في البادية إلى 40."]);
    expect(i.killed).toEqual({ min: 5, max: 5 });
    expect(one(["قتل 5 عناصر في هجوم على حاجز قرب مدينة السخنة بريف حمص.", "وبلغت خسائر الشهر 60 قتيلا."]).killed).toEqual({ min: 5, max: 5 });
  });
});

describe("some of the attackers, unnumbered", () => {
  it("adds some of the armed group just named to the victims", () => {
    const i = one(["سقط قتلى وجرحى من الجنود في كمين نصبه داعش قرب بلدة الشولا جنوب دير الزور.", "وانسحب مسلحو التنظيم نحو الصحراء بعد مقتل عدد منهم."]);
    expect(i.killed).toEqual({ min: 4, max: null });
  });
  it("reads some of the victims' own group as more of the victims", () => {
    const i = one(["سقط قتلى وجرحى من الجنود في كمين نصبه داعش قرب بلدة الشولا جنوب دير الزور.", "وتعرض عناصر الحاجز لإطلاق نار أدى إلى مقتل عدد منهم."]);
    expect(i.killed).toEqual({ min: 2, max: null });
  });
  it("does not read عدد منهم as one victim", () => {
    expect(figs("بعد مقتل عدد منهم")).toEqual(["killed 2-∞~"]);
  });
});

describe("roads described, not named", () => {
  it("does not take a highway for a place of its own", () => {
    const i = one(["قتل 5 عناصر في كمين على طريق سريع في البادية.", "وذكر مصدر أن الكمين وقع قرب جبل البشري في ريف الرقة."]);
    expect(i.places.some((p) => p.includes("سريع"))).toBe(false);
  });
});

describe("more ways to say killed", () => {
  it("reads أودى بحياة with its subject between", () => {
    expect(figs("أودى الانفجار بحياة 9 أشخاص")).toEqual(["killed 9-9"]);
    expect(figs("أودت الغارة بحياة طفلين")).toEqual(["killed 2-2"]);
  });
  it("reads راح ضحيته with the victims after it", () => {
    expect(figs("وقع انفجار في السوق راح ضحيته 6 أشخاص")).toEqual(["killed 6-6"]);
    expect(figs("ذهب ضحيتها طفلان")).toEqual(["killed 2-2"]);
    expect(figs("راح ضحيته عدد من المدنيين")).toEqual(["killed 2-∞~"]);
  });
});

describe("families listed as victims", () => {
  it("adds kin told after the first victim", () => {
    expect(figs("مقتل امرأة وطفليها في القصف")).toEqual(["killed 3-3"]);
    expect(figs("استشهد ثلاثة أطفال ووالدتهم بقصف على البلدة")).toEqual(["killed 4-4"]);
    expect(figs("قتل رجل وزوجته بقصف مدفعي")).toEqual(["killed 2-2"]);
  });
  it("numbers kin by the number word after them", () => {
    expect(figs("مقتل رجل وأبنائه الثلاثة")).toEqual(["killed 4-4"]);
    expect(figs("مقتل أطفالها الأربعة")).toEqual(["killed 4-4"]);
  });
  it("counts one relative alone", () => {
    expect(figs("أصيب والده بجروح")).toEqual(["wounded 1-1"]);
  });
});

describe("a verb before its counted noun", () => {
  it("counts the victims once when a verb precedes a counted casualty noun", () => {
    expect(figs("ارتقى 3 شهداء في القصف")).toEqual(["killed 3-3"]);
    expect(figs("ما أدى لمقتل خمسة قتلى")).toEqual(["killed 5-5"]);
  });
  it("reads those who died of their wounds as killed", () => {
    expect(figs("توفي 3 أشخاص متأثرين بجراحهم")).toEqual(["killed 3-3"]);
    expect(figs("توفي طفل متأثرا بجراحه")).toEqual(["killed 1-1"]);
  });
});

describe("بينهم as a subset", () => {
  it("does not add the people listed after بينهم to the group", () => {
    expect(figs("قتل 5 أشخاص بينهم طفلان وامرأة")).toEqual(["killed 5-5"]);
    expect(figs("قتل 5 أشخاص بينهم امرأة")).toEqual(["killed 5-5"]);
  });
  it("still adds groups listed one after another", () => {
    expect(figs("قتل 4 عسكريين و26 عنصرا")).toEqual(["killed 30-30"]);
  });
});

describe("how many told after the noun", () => {
  it("reads dead and wounded by the dozens or hundreds", () => {
    expect(figs("سقط قتلى بالعشرات في القصف")).toEqual(["killed 20-∞~"]);
    expect(figs("سقط جرحى بالمئات في القصف")).toEqual(["wounded 200-∞~"]);
  });
});

describe("a lede that sums up the events placed after it", () => {
  it("leaves out a governorate-wide lede with no number over events placed in it", () => {
    const found = extract([
      "شنت القوات هجوماً عنيفاً على محافظة درعا أوقع ضحايا.",
      "وقال مراسل إن عشرة مدنيين قتلوا بقصف على بلدة الصنمين في ريف درعا.",
      "وذكر أن خمسة أطفال قتلوا بقصف على بلدة جاسم في ريف درعا.",
    ]);
    expect(found.map((i) => i.killed)).toEqual([{ min: 10, max: 10 }, { min: 5, max: 5 }]);
  });
  it("keeps a governorate-wide strike over events of another kind", () => {
    const found = extract(["شن الطيران غارات على محافظة درعا أوقعت ضحايا.", "وقتل عنصر برصاص مجهولين في بلدة الصنمين بريف درعا."]);
    expect(found.map((i) => i.type)).toEqual(["airstrike", "assassination"]);
  });
});

describe("an earlier toll and the risen one", () => {
  it("lets a risen toll replace an open figure told as preliminary", () => {
    const i = one(["بحسب التقديرات الأولية، قتل أكثر من 8 أشخاص في تفجير مسجد في حي الميدان بدمشق.", "وارتفعت حصيلة ضحايا التفجير في حي الميدان إلى 12 قتيلا."]);
    expect(i.killed).toEqual({ min: 12, max: 12 });
  });
  it("keeps an open figure not told as earlier beside the risen one", () => {
    const i = one(["قتل أكثر من 8 أشخاص في تفجير مسجد في حي الميدان بدمشق.", "وارتفعت حصيلة ضحايا التفجير في حي الميدان إلى 12 قتيلا."]);
    expect(i.killed).toEqual({ min: 9, max: null });
  });
});
