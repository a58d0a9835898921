import { describe, expect, it } from "vitest";
import { extractLines, onlyIncident } from "../support/extract";

describe("a later sentence about the same event joins it", () => {
  it("does not place the event where the attackers fled", () => {
    const i = onlyIncident([
      "هجوم لداعش على حاجز في ريف دير الزور",
      "هاجم عناصر من تنظيم داعش حاجزاً لقوات النظام في قرية الطيبة بريف دير الزور الشرقي، ما أدى إلى مقتل 3 عناصر.",
      "وأسفرت الاشتباكات عن إصابة عدد من المهاجمين وفرار البقية باتجاه قرية الحسينية.",
    ]);
    expect(i.places).not.toContain("الحسينية");
    expect(i.killed).toEqual({ min: 3, max: 3 });
  });

  it("takes a toll that rose, told on the day the source spoke, as the latest figure", () => {
    const i = onlyIncident([
      "مقتل عناصر بهجوم في البادية",
      "قتل 4 عناصر من قوات النظام بهجوم لتنظيم داعش على موقع في بادية السخنة شرقي حمص، يوم الأربعاء.",
      "وقال المرصد، اليوم الجمعة، إن الحصيلة ارتفعت إلى 7 قتلى.",
    ], "2024-05-03");
    expect(i.date).toBe("2024-05-01");
    expect(i.killed).toEqual({ min: 7, max: 7 });
  });

  it("reads a second source's unplaced toll after في حين as another figure for the same attack", () => {
    const i = onlyIncident([
      "هجوم في ريف درعا",
      "قتل 5 عناصر من قوات النظام بهجوم لمسلحين مجهولين على حاجز في بلدة المزيريب بريف درعا الغربي.",
      "في حين ذكرت شبكة محلية أن حصيلة الهجوم بلغت سبعة قتلى.",
    ]);
    expect(i.killed).toEqual({ min: 5, max: 7 });
  });

  it("does not date an event by the date in an agreement's name", () => {
    const i = onlyIncident("قصفت قوات النظام قرية دير حافر بريف حلب الشرقي، ما أدى إلى إصابة 3 مدنيين، خرقاً لاتفاق الأول من نيسان.", "2024-05-03");
    expect(i.date).toBeNull();
  });
});

describe("the other side's dead are added to the victims'", () => {
  it("adds the group's members killed in a فيما clause", () => {
    const i = onlyIncident("قتل 11 عنصراً من قوات النظام بهجوم لتنظيم داعش على موقع في بادية الميادين، فيما قتل 5 من عناصر التنظيم.");
    expect(i.killed).toEqual({ min: 16, max: 16 });
  });

  it("adds the faction's fighters a second source says were killed", () => {
    const i = onlyIncident([
      "اشتباكات في درعا",
      "قتل 3 عناصر من الأمن العام في اشتباكات مع مسلحين في بلدة طفس بريف درعا.",
      "وذكرت شبكة محلية أن اثنين من مقاتلي الفصيل قتلوا.",
    ]);
    expect(i.killed).toEqual({ min: 5, max: 5 });
  });
});

describe("a strike opened by كما is one more strike", () => {
  it("keeps a strike at another place of the series apart, even when a road there bears the town's name", () => {
    const found = extractLines(["غارات على الرقة", "قصف الطيران مواقع على طريق الرقة – الطبقة.", "كما قصف الطيران مقرات في محيط مدينة الرقة."]);
    expect(found).toHaveLength(2);
    expect(found[1].places).toContain("محيط مدينة الرقة");
    expect(found[0].places).not.toContain("محيط مدينة الرقة");
  });
});

describe("one attack placed by a village and by the town nearby", () => {
  it("joins a large toll told again, placed by the town nearby, to the incident just told", () => {
    const i = onlyIncident([
      "مقتل العشرات بهجوم في ريف حمص",
      "قتل 40 مدنياً أثناء جمعهم الحطب في منطقة الغدير بريف حمص الشرقي، بحسب مصادر محلية.",
      "وقالت وزارة الداخلية إن 40 مدنياً قتلوا في هجوم لمسلحين جنوب مدينة السخنة.",
    ]);
    expect(i.killed).toEqual({ min: 40, max: 40 });
    expect(i.places).toContain("السخنة");
  });

  it("keeps two attacks with the same small toll apart", () => {
    const found = extractLines([
      "هجمات في ريف درعا",
      "قتل عنصران من الأمن العام بهجوم على حاجز في بلدة المزيريب بريف درعا.",
      "وفي هجوم آخر، قتل عنصران بإطلاق نار في مدينة طفس.",
    ]);
    expect(found).toHaveLength(2);
  });
});

describe("an earlier event told after وكانت in the same sentence", () => {
  it("is another incident when it names the blast in the accusative (انفجاراً)", () => {
    const found = extractLines([
      "انفجار في مدينة الباب",
      "قتل 3 أشخاص بانفجار عبوة في مدينة الباب، وكانت مدينة جرابلس شهدت قبل أسبوع انفجارا عند دوار السوق، أدى إلى مقتل 5 أشخاص.",
    ]);
    expect(found.map((i) => i.killed)).toEqual([{ min: 3, max: 3 }, { min: 5, max: 5 }]);
  });
});

describe("what the victims were doing is no habit", () => {
  it("extracts an abduction of people who كانوا يقومون بجمع الحطب", () => {
    const i = onlyIncident("اختطف مسلحون، اليوم، 12 شخصاً كانوا يقومون بجمع الحطب شرقي مدينة تدمر.", "2024-03-02");
    expect(i.type).toBe("abduction");
    expect(i.places).toContain("تدمر");
  });
  it("still reads a habit of attacks as no incident", () => {
    expect(extractLines(["تقوم خلايا التنظيم بشن هجمات على الرعاة في بادية تدمر."])).toEqual([]);
  });
});

describe("background and totals are not incidents", () => {
  it("does not count a person in آخر meaning the last of", () => {
    expect(extractLines(["خسر التنظيم آخر معاقله في بلدة الباغوز عام 2019."])).toEqual([]);
  });

  it("still counts one more person in آخر منهم", () => {
    const i = onlyIncident("قتل عنصر من قسد وأصيب آخر منهم بهجوم لداعش في بلدة ذيبان بريف دير الزور.");
    expect(i.wounded).toEqual({ min: 1, max: 1 });
  });

  it("reads attacks counted by a network and a rising trend as totals", () => {
    expect(extractLines(["تصاعد هجمات داعش في البادية", "شهد الشهر الماضي تصاعداً في هجمات الخلايا في البادية.", "وأحصت الشبكة 30 هجوماً تركز معظمها بين تدمر والسخنة."])).toEqual([]);
  });
});
