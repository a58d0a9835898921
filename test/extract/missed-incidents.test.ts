// Incidents the extractor used to miss (issue 10, incident recall; sentences written for the test).
import { describe, expect, it } from "vitest";
import { extractLines } from "../support/extract";

describe("a force sent to the scene or chasing the attackers, then hit itself, is a second incident (ANNOTATION.md: two attacks at different times are two)", () => {
  it("a pursuit that falls into an ambush at a place of its own, in the attack's sentence", () => {
    const found = extractLines(["هاجم مسلحون قرية الطيبة شرق دير الزور وقتلوا مدنياً، ولاحقتهم دورية من الأمن لتقع في كمين قرب قرية الحسينية."]);
    expect(found).toHaveLength(2);
    expect(found.map((x) => x.type)).toEqual(["attack", "ambush"]);
    expect(found[0].killed).toEqual({ min: 1, max: 1 });
    expect(found[1].killed).toBeNull();
    expect(found[1].places).toContain("الحسينية");
    expect(found[1].places).not.toContain("الطيبة");
  });

  it("a pursuit's ambush told with no place is not the attack's: the attack keeps its kind, the ambush is not put at the attack's village", () => {
    const found = extractLines(["هاجم مسلحون قرية الطيبة شرق دير الزور وقتلوا مدنياً، وطاردت مجموعة من الأهالي المهاجمين لتقع في كمين."]);
    expect(found.map((x) => x.type)).toEqual(["attack"]);
    expect(found[0].killed).toEqual({ min: 1, max: 1 });
    // With the attack's day told, the ambush is an incident of that day, placed by nothing.
    const dated = extractLines(["هاجم مسلحون قرية الطيبة شرق دير الزور الخميس وقتلوا مدنياً، وطاردت مجموعة من الأهالي المهاجمين لتقع في كمين."], "2024-05-10");
    expect(dated.map((x) => [x.type, x.date, x.places])).toEqual([
      ["attack", "2024-05-09", expect.arrayContaining(["الطيبة"])],
      ["ambush", "2024-05-09", []],
    ]);
  });

  it("a column sent after the attack, targeted on its way, in a sentence of its own", () => {
    const found = extractLines([
      "قتل ثلاثة عمال أمس بهجوم لخلايا داعش في بادية الشولا جنوب دير الزور.",
      "وأرسلت قوات النظام رتلاً عسكرياً إلى المنطقة ليتعرض لاستهداف بالرشاشات دون أنباء عن خسائر.",
    ], "2024-03-12");
    expect(found).toHaveLength(2);
    expect(found[0].killed).toEqual({ min: 3, max: 3 });
    expect(found[1].killed).toBeNull();
    expect(found[1].places).toContain("بادية الشولا");
    // The column went after the attackers, that day: theirs is the strike on it, as far as the text tells.
    expect(found.map((x) => [x.date, x.perpetrator])).toEqual([["2024-03-11", "ISIS"], ["2024-03-11", "ISIS"]]);
  });

  it("reinforcements that came under fire, with wounded of their own", () => {
    const found = extractLines(["انفجرت عبوة ناسفة بسيارة في بلدة الكرك الشرقي بريف درعا ما أدى إلى مقتل شخصين، وتوجهت دورية إلى المكان لتتعرض لإطلاق نار أصيب فيه عنصران."]);
    expect(found).toHaveLength(2);
    expect(found[0].killed).toEqual({ min: 2, max: 2 });
    expect(found[1].wounded).toEqual({ min: 2, max: 2 });
    expect(found[1].killed).toBeNull();
  });

  it("stays one incident when no force went there first: the victims suffered the attack told", () => {
    const found = extractLines(["هاجم مسلحون قرية الطيبة شرق دير الزور، ليتعرض الأهالي لإطلاق نار كثيف أدى إلى مقتل اثنين."]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 2, max: 2 });
  });
});

describe("a sentence that opens with its day, then a comma, is a round-up's next item: on another day, another incident (ANNOTATION.md: attacks at different times are two)", () => {
  const published = "2024-05-10";

  it("the day before, at the same town", () => {
    const found = extractLines(["قتل مسلحون شاباً في بلدة جاسم بريف درعا صباح الخميس. وصباح الأربعاء، قتل مسلحون رجلاً في بلدة جاسم."], published);
    expect(found.map((x) => [x.date, x.killed])).toEqual([
      ["2024-05-09", { min: 1, max: 1 }],
      ["2024-05-08", { min: 1, max: 1 }],
    ]);
  });

  it("the day before, placed only by the governorate's countryside: its toll is not the first one's", () => {
    const found = extractLines(["قتل مسلحون شاباً في مدينة طفس بريف درعا الخميس. ومساء الأربعاء، قتل مسلحون رجلين في ريف درعا."], published);
    expect(found.map((x) => [x.date, x.killed])).toEqual([
      ["2024-05-09", { min: 1, max: 1 }],
      ["2024-05-08", { min: 2, max: 2 }],
    ]);
  });

  it("a weekday gone by, with no daytime word", () => {
    const found = extractLines(["قتل عنصر من الأمن العام برصاص مجهولين في مدينة الميادين الخميس. والأربعاء الماضي، قتل عنصران برصاص مجهولين في مدينة الميادين."], published);
    expect(found.map((x) => x.killed)).toEqual([{ min: 1, max: 1 }, { min: 2, max: 2 }]);
  });

  it("stays one incident when the day is a source's, a night's, or that of the event told", () => {
    // A reporting verb after the day: the day the source spoke.
    expect(extractLines(["قتل مسلحون شاباً في بلدة جاسم بريف درعا الخميس. والأربعاء، ذكرت مصادر أن المسلحين قتلوا الشاب في بلدة جاسم."], published)).toHaveLength(1);
    // Not opened by the day: another source's day for the same killing.
    expect(extractLines(["قتل مسلحون شاباً في بلدة جاسم بريف درعا الخميس. وقالت مصادر إن الشاب قتل مساء الأربعاء في بلدة جاسم."], published)).toHaveLength(1);
    // A night, which may span the two days.
    expect(extractLines(["قتل مسلحون شاباً في بلدة جاسم بريف درعا الخميس. وفجر الأربعاء، قتل مسلحون شاباً في بلدة جاسم."], published)).toHaveLength(1);
    // The same day again.
    expect(extractLines(["قتل مسلحون شاباً في بلدة جاسم بريف درعا صباح الخميس. ومساء الخميس، أصيب والده برصاص المسلحين في بلدة جاسم."], published)).toHaveLength(1);
  });
});

describe("an event told as of the day of the dated one before it is dated, though placed by nothing (ANNOTATION.md includes events by their date)", () => {
  it("'وفي ذات اليوم' with no place", () => {
    const found = extractLines(["قتل مسلحون شاباً في بلدة جاسم بريف درعا الخميس. وفي ذات اليوم، قتل مسلحون رجلاً برصاص مجهولين."], "2024-05-10");
    expect(found.map((x) => [x.date, x.killed])).toEqual([
      ["2024-05-09", { min: 1, max: 1 }],
      ["2024-05-09", { min: 1, max: 1 }],
    ]);
  });

  it("not when the event before has no day", () => {
    expect(extractLines(["قتل مسلحون شاباً في بلدة جاسم بريف درعا. وفي ذات اليوم، قتل مسلحون رجلاً برصاص مجهولين."])).toHaveLength(1);
  });
});
