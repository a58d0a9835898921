// Which incidents an article has when it tells more than one event (sentences written for the test).
import { describe, expect, it } from "vitest";
import { extractLines } from "../support/extract";

const byType = (incidents: ReturnType<typeof extractLines>, type: string) => incidents.filter((x) => x.type === type);

describe("a strike on the place that saw an attack is a second incident", () => {
  it("gives the strike the places of the attack it answers, and the attack its own toll", () => {
    const found = extractLines([
      "سبعة قتلى بكمين في البادية",
      "نصب عناصر داعش كميناً لشاحنة عسكرية قرب وادي الوعر شرقي حماة ما أدى إلى مقتل 7 جنود.",
      "وذكر مرصد محلي أن مقاتلات روسية استهدفت الوادي الذي شهد الكمين وأسفر عن جرح 12 عنصراً.",
    ]);
    expect(found).toHaveLength(2);
    const [ambush] = byType(found, "ambush");
    expect(ambush.killed).toEqual({ min: 7, max: 7 });
    expect(ambush.wounded).toEqual({ min: 12, max: 12 });
    const [air] = byType(found, "airstrike");
    expect(air.perpetrator).toBe("Russia");
    expect(air.places).toContain("وادي الوعر");
    expect(air.killed).toBeNull();
  });

  it("reads an attack the struck place saw (an indefinite one) as an event of its own at that place", () => {
    const found = extractLines([
      "هجوم على دورية في ريف حمص",
      "قتل عنصران من قوات النظام بهجوم مسلح على دورية في منطقة الفرقلس بريف حمص الشرقي.",
      "إلى ذلك قصفت مسيرات روسية تلال جبل الشومرية التي شهدت مساء أمس هجوماً لخلايا التنظيم قتل فيه ضابط.",
    ]);
    expect(found).toHaveLength(3);
    const atHill = found.filter((x) => x.places.includes("جبل الشومرية"));
    expect(atHill.map((x) => x.type).sort()).toEqual(["airstrike", "attack"]);
    expect(atHill.find((x) => x.type === "attack")?.killed).toEqual({ min: 1, max: 1 });
    expect(atHill.find((x) => x.type === "airstrike")?.killed).toBeNull();
  });

  it("splits a bombardment of the village that saw clashes the same way", () => {
    const found = extractLines([
      "اشتباكات وقصف في ريف إدلب",
      "قصفت قوات النظام بالمدفعية بلدة كفرعويد التي شهدت اشتباكات عنيفة بين الفصائل وقوات النظام أسفرت عن مقتل 4 مقاتلين.",
    ]);
    expect(found.map((x) => x.type).sort()).toEqual(["clash", "shelling"]);
    expect(found.every((x) => x.places.includes("كفرعويد"))).toBe(true);
    expect(found.find((x) => x.type === "clash")?.killed).toEqual({ min: 4, max: 4 });
  });

  it("leaves a place that saw an event, with no strike on it, as one incident", () => {
    const found = extractLines(["قتل مدنيان برصاص مسلحين في قرية الصورة التي شهدت هجوماً مماثلاً الشهر الماضي."]);
    expect(found.filter((x) => x.killed)).toHaveLength(1);
  });
});

describe("a threatened or intended attack is no incident (ANNOTATION.md)", () => {
  it.each([
    ["يتوعد", "الرئيس التركي يتوعد بشن هجوم على مدينة منبج بريف حلب"],
    ["تتوعد", "فصائل محلية تتوعد بمهاجمة حواجز الأمن العام في بلدة جاسم بريف درعا"],
    ["تنوي", "مصادر: خلايا مسلحة تنوي تفجير مقرات قسد في مدينة الرقة"],
    ["ينوي", "قال مصدر إن التنظيم ينوي شن هجمات على مواقع النظام في بادية السخنة"],
  ])("reads %s as intent", (_verb, line) => {
    expect(extractLines([line])).toEqual([]);
  });

  it("still reads an attack told with a threat made before it, or after it", () => {
    const before = extractLines(["اغتال مسلحون مختار قرية الطكيحي بريف دير الزور، ويرجح أن خلايا داعش وراء الاغتيال كونها سبق أن هددت وجهاء القرية."]);
    expect(before).toHaveLength(1);
    expect(before[0].killed).toEqual({ min: 1, max: 1 });
    const after = extractLines(["قتل عنصران من قسد بهجوم على نقطة في بلدة الشحيل، وخرج قائد محلي متوعداً بالرد."]);
    expect(after).toHaveLength(1);
  });

  it("still reads the attack a threat was made after", () => {
    const found = extractLines(["قتل 3 عناصر من قسد بهجوم على حاجز في بلدة الشحيل بريف دير الزور، وتوعدت قسد بالرد."]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 3, max: 3 });
  });
});

describe("an event told as before the one just told is another incident", () => {
  it.each([
    ["وسبق ذلك بيومين", "وسبق ذلك بيومين، تعرضت دورية أخرى لكمين قتل فيه عنصر في ريف جبلة."],
    ["وقبل ذلك", "وقبل ذلك بأسبوع، قتل عنصر بانفجار عبوة ناسفة في ريف جبلة."],
    ["سبق ذلك", "سبق ذلك هجوم على حاجز في ريف جبلة أسفر عن مقتل عنصر."],
  ])("after %s", (_opener, line) => {
    const found = extractLines([
      "مقتل عنصرين بكمين في ريف اللاذقية",
      "قتل عنصران من الأمن العام صباح اليوم بكمين استهدف دوريتهم في ريف اللاذقية الشرقي.",
      line,
    ], "2025-02-01");
    expect(found).toHaveLength(2);
    expect(found.map((x) => x.killed?.min).sort()).toEqual([1, 2]);
  });
});

describe("another kind of event in another town of the governorate is another incident", () => {
  it.each([
    ["clashes", "وتدور اشتباكات متقطعة بين الفصائل وقسد، كان أحدثها في محيط مدينة أعزاز قبل يومين."],
    ["an assassination", "وفي حادث منفصل اغتال مجهولون قيادياً في مدينة أعزاز."],
  ])("tells %s in مدينة أعزاز apart from a car bomb in مدينة الباب", (_kind, line) => {
    const found = extractLines([
      "قتلى بانفجار مفخخة في الباب",
      "قتل 9 مدنيين وأصيب 20 بانفجار سيارة مفخخة في مدينة الباب شرقي حلب.",
      line,
    ]);
    expect(found).toHaveLength(2);
    expect(found.find((x) => x.places.includes("مدينة الباب"))?.killed).toEqual({ min: 9, max: 9 });
  });

  it("keeps a second word for the same attack in the same town one incident", () => {
    const found = extractLines([
      "هجوم قرب الميادين",
      "قتل 4 عناصر من قوات النظام بهجوم لداعش قرب مدينة الميادين.",
      "وأوضح المصدر أن الكمين نصب لسيارة عسكرية على أطراف مدينة الميادين.",
    ]);
    expect(found).toHaveLength(1);
  });
});

describe("an instance opened by حيث or إذ takes its doer from the trend told before it", () => {
  it.each([
    ["حيث", "وتشهد المنطقة تصاعداً في هجمات فلول النظام، حيث هاجمت مجموعة مسلحة حاجزاً في قرية الدالية، ما أدى إلى مقتل عنصرين."],
    ["إذ", "وتتكرر هجمات خلايا داعش في البادية، إذ هاجم مسلحون نقطة عسكرية قرب قرية الشولا، ما أسفر عن مقتل ثلاثة جنود."],
  ])("after %s", (_opener, line) => {
    const isis = line.includes("داعش");
    const found = extractLines([
      "كمين وهجوم في يوم واحد",
      `قتل ثلاثة عناصر من الأمن العام اليوم بكمين نصبه ${isis ? "مسلحون من فلول النظام" : "عناصر من تنظيم داعش"} على طريق في ريف حمص.`,
      line,
    ]);
    expect(found).toHaveLength(2);
    expect(found[1].perpetrator).toBe(isis ? "ISIS" : "other");
    expect(found[1].suspected).toBe(false);
  });
});

describe("a fight told first as clashes stays a clash when its assaults or shelling are told after", () => {
  const cases: Array<[string, string[]]> = [
    ["an assault told after", [
      "شهدت بلدة الصنمين مساء أمس مواجهات عنيفة بين مجموعتين مسلحتين انتهت بسقوط قتلى من الطرفين.",
      "وأوضح مصدر محلي أن إحدى المجموعتين شنت هجوماً على مقر الأخرى في بلدة الصنمين قبل أن تتوسع المواجهات.",
    ]],
    ["shelling told after", [
      "اندلعت اشتباكات عنيفة في حي جوبر بين قوات الأمن ومسلحين أسفرت عن مقتل عنصرين وإصابة أربعة.",
      "وقال مصدر إن المسلحين استهدفوا مواقع القوات في حي جوبر بقذائف الهاون خلال الاشتباكات.",
    ]],
  ];
  for (const [name, lines] of cases) {
    it(name, () => {
      const found = extractLines(lines, "2025-05-10");
      expect(found.map((x) => x.type)).toEqual(["clash"]);
    });
  }
  it("an attack told first stays an attack when clashes followed it", () => {
    const found = extractLines([
      "هاجم مسلحون حاجزاً لقوات الأمن في بلدة الصنمين مساء أمس ما أدى إلى مقتل عنصرين.",
      "وأوضح مصدر أن اشتباكات اندلعت بعد الهجوم في محيط الحاجز في بلدة الصنمين.",
    ], "2025-05-10");
    expect(found.map((x) => x.type)).toEqual(["attack"]);
  });
});
