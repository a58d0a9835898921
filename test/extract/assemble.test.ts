import { describe, expect, it } from "vitest";
import { extractLines as extract } from "../support/extract";


describe("incident assembly", () => {
  it("returns [] for an article with no incident", () => {
    expect(extract(["تستعد القوات لإطلاق حملة تمشيط جديدة في البادية خلال الأيام المقبلة."])).toEqual([]);
  });
  it("merges headline and body about the same event", () => {
    const found = extract([
      "مقتل 5 عناصر بهجوم في بادية حمص",
      "قالت مصادر محلية إن خلايا تنظيم داعش هاجمت موقعا عسكريا قرب منطقة الصوانة في بادية حمص الشرقية، ما أدى إلى مقتل 5 عناصر وإصابة آخرين.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 5, max: 5 });
    expect(found[0].wounded).toEqual({ min: 2, max: null });
  });
  it("keeps one event reported by two sources as one incident with a range", () => {
    const found = extract([
      "قتل 9 جنود بهجوم على حافلة قرب المحطة الثالثة في بادية تدمر، بحسب إذاعة محلية.",
      "وقال المرصد السوري إن 14 جنديا قتلوا في الهجوم على الحافلة قرب المحطة الثالثة.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 9, max: 14 });
  });
  it("splits two attacks in one sentence at فيما", () => {
    const found = extract([
      "قتل 3 عناصر بهجوم في بادية الميادين بريف دير الزور، فيما قتل ضابط بهجوم آخر قرب بلدة السخنة بريف حمص الشرقي.",
    ]);
    expect(found.map((i) => [i.governorate, i.killed])).toEqual([
      ["Deir ez-Zor", { min: 3, max: 3 }],
      ["Homs", { min: 1, max: 1 }],
    ]);
  });
  it("makes an air-strike series one incident per place", () => {
    const found = extract(["شنت الطائرات الروسية غارات على بادية الرقة وريف حماة الشرقي."]);
    expect(found.map((i) => [i.type, i.governorate])).toEqual([
      ["airstrike", "Raqqa"],
      ["airstrike", "Hama"],
    ]);
  });
  it("divides a total over a strike series as one to total minus the others", () => {
    const found = extract(["قتل 10 عناصر من التنظيم بغارات روسية على بادية الرقة وريف حماة الشرقي."]);
    expect(found.map((i) => i.killed)).toEqual([
      { min: 1, max: 9 },
      { min: 1, max: 9 },
    ]);
  });
  it("opens a new incident for an earlier event recounted with وكان", () => {
    const found = extract([
      "قتل عنصران بانفجار لغم قرب مدينة تدمر اليوم.",
      "وكان شخص قتل بانفجار لغم قرب مدينة تدمر في السابع من الشهر الجاري.",
    ]);
    expect(found).toHaveLength(2);
  });
  it("opens a new incident for more victims elsewhere ('اثنان آخران')", () => {
    const found = extract([
      "خسرت القوات عنصرين في هجوم على نقطة في محافظة دير الزور.",
      "وقتل اثنان آخران في هجوم على نقطة أخرى في محافظة دير الزور.",
    ]);
    expect(found).toHaveLength(2);
  });
  it("lets a rising toll update the event it follows", () => {
    const found = extract([
      "قتل 4 عناصر بهجوم لداعش على حاجز في بادية الميادين.",
      "وارتفعت حصيلة قتلى الهجوم إلى 7 عناصر بعد وفاة ثلاثة من الجرحى.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 7, max: 7 });
  });
  it("does not make an aggregate or trend an incident", () => {
    const found = extract([
      "قتل عنصر بهجوم على حاجز في بادية الميادين.",
      "وبلغت حصيلة القتلى في البادية 300 قتيل منذ مطلع العام.",
      "وتشن خلايا التنظيم هجمات متكررة على مواقع القوات في البادية.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 1, max: 1 });
  });
  it("places an event from the plain sentence that follows it", () => {
    const found = extract([
      "قتل عنصر من الأمن العسكري، السبت، برصاص مجهولين.",
      "وأضاف المصدر أن العنصر كان على أحد الحواجز في محافظة درعا.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].governorate).toBe("Daraa");
  });
  it("dates an event by the day words resolved against publication", () => {
    const found = extract(["قتل 3 عناصر بهجوم لداعش في بادية الميادين أمس الأربعاء."], "2020-11-26");
    expect(found[0].date).toBe("2020-11-25");
  });
  it("dates a 'same day' event by the event before it", () => {
    const found = extract(
      [
        "وفي 28 من تشرين الأول الماضي، قتل 10 عناصر بهجوم على طريق أثريا خناصر.",
        "وفي ذات اليوم، قتل 4 عناصر بهجوم لداعش في بادية تدمر.",
      ],
      "2020-11-26",
    );
    expect(found.map((i) => i.date)).toEqual(["2020-10-28", "2020-10-28"]);
  });
});

describe("incident assembly across reports", () => {
  it("joins an unplaced report to the earlier incident of its date", () => {
    const found = extract(
      [
        "شيعت القوات خمسة عناصر قتلوا يوم الثلاثاء في مواجهات مع التنظيم شرق السويداء.",
        "وكان التنظيم هاجم في التاسع من الشهر الجاري منطقة تل عليا في ريف السويداء الشرقي.",
        "وأفادت مصادر أن تسعة عناصر قتلوا في المواجهات التي استمرت حتى الثلاثاء الماضي.",
      ],
      "2016-08-18",
    );
    expect(found.map((i) => [i.date, i.killed])).toEqual([
      ["2016-08-16", { min: 5, max: 9 }],
      ["2016-08-09", null],
    ]);
  });
});

describe("connectors and earlier figures", () => {
  it("splits two events at في حين", () => {
    const found = extract(["قتل 12 عنصرا بقصف لفصائل المعارضة على مواقعهم في ريف حلب الغربي، في حين قتل 5 مدنيين بغارات روسية على مدينة الأتارب."]);
    expect(found.map((i) => [i.type, i.perpetrator, i.killed])).toEqual([
      ["shelling", "opposition", { min: 12, max: 12 }],
      ["airstrike", "Russia", { min: 5, max: 5 }],
    ]);
  });
  it("lets a risen toll replace the preliminary one told after it", () => {
    const found = extract([
      "ارتفع عدد ضحايا الهجوم على جامعي الكمأة قرب مدينة السخنة إلى 53 قتيلا، بحسب المرصد السوري.",
      "وكانت حصيلة سابقة أشارت إلى مقتل 46 شخصا.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 53, max: 53 });
  });
});

describe("titles over several incidents", () => {
  it("leaves out a day's total that no single incident repeats", () => {
    const found = extract([
      "حصاد يوم دام: مقتل 9 أشخاص",
      "ففي محافظة درعا، قتل شاب برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي.",
      "وفي بادية حمص، لقي 3 رعاة مصرعهم بانفجار لغم قرب منطقة حميمة.",
    ]);
    expect(found.map((i) => i.killed)).toEqual([
      { min: 1, max: 1 },
      { min: 3, max: 3 },
    ]);
  });
  it("joins a title to the incident whose figure it repeats", () => {
    const found = extract([
      "30 قتيلا بهجوم للتنظيم في البادية",
      "وقالت مصادر إن طائرات روسية قصفت مواقع في بادية الرصافة.",
      "وكان 30 عنصرا قد قتلوا بهجوم شنه التنظيم على حواجز قرب منطقة الرصافة.",
    ]);
    expect(found.find((i) => i.type === "attack")?.evidence[0]).toBe("30 قتيلا بهجوم للتنظيم في البادية");
  });
  it("keeps a strike on a village in a named countryside one incident", () => {
    const found = extract(["وفي ريف إدلب الجنوبي، استشهد 4 أطفال وامرأة جراء قصف صاروخي على قرية البارة بجبل الزاوية."]);
    expect(found.map((i) => [i.type, i.killed])).toEqual([["shelling", { min: 5, max: 5 }]]);
  });
});
