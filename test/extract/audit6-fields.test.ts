/**
 * The xaud6b audit (issue 10): the doer named after the bullet word and tolls the audit of this
 * round found misread, told in short sentences written for the test (names, places and figures
 * invented), each form with two or three variants.
 */
import { describe, expect, it } from "vitest";
import { extractLines, onlyIncident as one } from "../support/extract";

describe("the force named after 'برصاص' is the doer", () => {
  it("reads a unit tied to the actor by 'لـ' alone", () => {
    expect(one("قتل شاب برصاص دورية لقسد في بلدة الشحيل بريف دير الزور.").perpetrator).toBe("SDF");
    expect(one("أصيب طفل برصاص حاجز لقوات الحكومة في بلدة طفس.").perpetrator).toBe("Syrian government");
    expect(one("أصيبت امرأة برصاص دورية للأمن العام في مدينة جبلة.").perpetrator).toBe("Syrian government");
  });
  it("reads a sniper or a patrol drawn 'من' the actor", () => {
    expect(one("قتل شاب برصاص قناص من مسلحي العشائر في حي الشيخ مقصود بحلب.").perpetrator).toBe("other");
    expect(one("قتل مدني برصاص قناصة من قوات الحكومة في حي الوعر بحمص.").perpetrator).toBe("Syrian government");
    expect(one("قتل شاب برصاص عناصر من الأمن العام في بلدة جاسم بريف درعا.").perpetrator).toBe("Syrian government");
  });
  it("reads the actor's men named after the bullet or the hand", () => {
    expect(one("قتل شاب برصاص جنود الاحتلال في قرية جملة.").perpetrator).toBe("Israel");
    expect(one("قتل شاب برصاص عنصر من قسد في قرية الحصان.").perpetrator).toBe("SDF");
    expect(one("قتل شاب على يد عناصر قسد في قرية الحصان.").perpetrator).toBe("SDF");
  });
  it("reads gunmen or a patrol that belong ('يتبعون لـ', 'تتبع لـ') to the actor", () => {
    expect(one("قتل شاب برصاص مسلحين يتبعون لقسد في قرية الحصان بريف دير الزور.").perpetrator).toBe("SDF");
    expect(one("قتل شاب برصاص دورية تتبع للأمن العام في بلدة جاسم.").perpetrator).toBe("Syrian government");
    expect(one("قتل عنصران من مجموعة تتبع لقسد بهجوم لخلايا داعش في قرية الحصان.").perpetrator).toBe("ISIS");
  });
  it("keeps the actor's men who were shot its losses", () => {
    expect(one("قتل عنصر من قسد برصاص مجهولين في قرية الحصان.").perpetrator).toBe("unknown");
    expect(one("قتل جنديان من الجيش السوري برصاص مسلحين في بلدة طفس.").perpetrator).toBe("unknown");
  });
  it("keeps the unit that was hit the victim", () => {
    expect(one("قتل عنصران بهجوم على دورية لقسد في بلدة الشحيل بريف دير الزور.").perpetrator).not.toBe("SDF");
    expect(one("هاجم مسلحون مجهولون حاجزا لقوات الحكومة في بلدة طفس وقتلوا عنصرين.").perpetrator).toBe("unknown");
    expect(one("قتل ثلاثة قناصة من قسد في هجوم لخلايا داعش قرب بلدة الشحيل.").perpetrator).toBe("ISIS");
  });
});

describe("one more victim told in a clause of its own", () => {
  it("adds 'وقتل آخر', 'وقتل رابع', 'كما قتل آخر' to the toll told before", () => {
    expect(one("قتل شابان برصاص مجهولين في بلدة طفس بريف درعا، وقتل آخر.").killed).toEqual({ min: 3, max: 3 });
    expect(one("قتل ثلاثة عناصر بهجوم على حاجز في بلدة جاسم، وقتل رابع.").killed).toEqual({ min: 4, max: 4 });
    expect(one("قتل مدنيان بقصف مدفعي على قرية البارة، كما قتل آخر.").killed).toEqual({ min: 3, max: 3 });
    expect(one("قتل أربعة عناصر بهجوم على حاجز في بلدة جاسم، وقتل خامس.").killed).toEqual({ min: 5, max: 5 });
  });
  it("adds one told in the next sentence, and keeps the wounded apart", () => {
    expect(one("قتل ثلاثة عناصر بهجوم على حاجز في بلدة جاسم. وقتل رابع.").killed).toEqual({ min: 4, max: 4 });
    const i = one("قتل عنصران من الأمن العام وأصيب ثلاثة بهجوم في بلدة جاسم، وقتل آخر.");
    expect([i.killed, i.wounded]).toEqual([{ min: 3, max: 3 }, { min: 3, max: 3 }]);
  });
  it("leaves one more wounded to the wounded ('وأصيب آخر')", () => {
    const i = one("قتل طفلان بانفجار لغم قرب قرية البارة، وأصيب آخر.");
    expect([i.killed, i.wounded]).toEqual([{ min: 2, max: 2 }, { min: 1, max: 1 }]);
  });
  it("keeps one more at another place its own incident", () => {
    const found = extractLines(["قتل ثلاثة عناصر بهجوم على حاجز في بلدة جاسم. وقتل آخر في هجوم على حاجز في بلدة طفس."]);
    expect(found.map((i) => i.killed)).toEqual([{ min: 3, max: 3 }, { min: 1, max: 1 }]);
  });
});

describe("a figure repeated in brackets, and dozens of victims", () => {
  it("reads '3 (ثلاثة)' and 'خمسة (5)' as one figure", () => {
    expect(one("قتل 3 (ثلاثة) مدنيين بقصف على بلدة كفرنبل.").killed).toEqual({ min: 3, max: 3 });
    expect(one("قتل خمسة (5) عناصر بهجوم على حاجز في بلدة جاسم.").killed).toEqual({ min: 5, max: 5 });
    expect(one("أصيب 4 (أربعة) أطفال بانفجار لغم في قرية البارة.").wounded).toEqual({ min: 4, max: 4 });
  });
  it("reads 'عشرات الضحايا', 'العشرات من الضحايا', 'عشرات الشهداء' as dozens dead", () => {
    expect(one("سقط عشرات الضحايا بقصف على بلدة كفرنبل.").killed).toEqual({ min: 20, max: null });
    expect(one("أدى القصف على بلدة كفرنبل إلى سقوط العشرات من الضحايا.").killed).toEqual({ min: 20, max: null });
    expect(one("ارتقى عشرات الشهداء بقصف على بلدة كفرنبل.").killed).toEqual({ min: 20, max: null });
  });
  it("reads no figure in 'عدد الضحايا' (the number of the victims)", () => {
    expect(one(["قتل ثلاثة مدنيين بقصف على بلدة كفرنبل.", "وتوقع مصدر أن يرتفع عدد الضحايا لوجود جرحى في حالة خطرة."]).killed).toEqual({ min: 3, max: 3 });
  });
  it("keeps 'عشرات الضحايا والجرحى' one combined figure", () => {
    expect(one("خلف القصف على بلدة كفرنبل عشرات الضحايا والجرحى.").killedOrWounded).toEqual({ min: 20, max: null });
  });
});

describe("one bombardment of several villages with a toll per village", () => {
  // ANNOTATION.md: one bombardment by artillery or rockets is one shelling incident listing every
  // place, so its toll is the sum of the tolls told per village.
  it("sums 'مقتل 3 في أ و2 في ب' into one shelling toll", () => {
    const i = one("قصفت المدفعية قريتي كفرنبل وحاس، ما أدى إلى مقتل 3 في كفرنبل و2 في حاس.");
    expect([i.type, i.killed]).toEqual(["shelling", { min: 5, max: 5 }]);
    expect(one("قصفت راجمات الصواريخ بلدتي طفس وداعل، ما أسفر عن مقتل خمسة مدنيين في طفس وثلاثة في داعل.").killed).toEqual({ min: 8, max: 8 });
  });
  it("sums three villages, one of them told by a singular noun", () => {
    const i = one("قصفت قوات الحكومة بالمدفعية قرى كفرنبل وحاس والبارة، ما أسفر عن مقتل 4 مدنيين في كفرنبل و2 في حاس وطفل في البارة.");
    expect(i.killed).toEqual({ min: 7, max: 7 });
    expect(i.places).toEqual(expect.arrayContaining(["كفرنبل", "حاس", "البارة"]));
  });
  it("keeps the wounded of another village apart, and a figure of another day", () => {
    const i = one("قتل 3 مدنيين في كفرنبل وأصيب 2 في حاس بقصف مدفعي.");
    expect([i.killed, i.wounded]).toEqual([{ min: 3, max: 3 }, { min: 2, max: 2 }]);
    expect(one("قتل 3 مدنيين في كفرنبل يوم الأحد، و2 في حاس يوم الاثنين بقصف مدفعي.").killed).toEqual({ min: 3, max: 3 });
  });
});
