import { describe, expect, it } from "vitest";
import { onlyIncident as one } from "../support/extract";
import { extractIncidents } from "../../lib/extract";


describe("incident type", () => {
  it("calls a mine blast explosive", () => {
    expect(one("قتل راع بانفجار لغم أرضي في ريف حمص الشرقي.").type).toBe("explosive");
  });
  it("calls a drone strike an air strike", () => {
    expect(one("أصيب عنصران بهجوم طائرة مسيرة في ريف دير الزور الشرقي.").type).toBe("airstrike");
  });
  it("prefers ambush over the weapons used in it", () => {
    expect(one("نصب التنظيم كمينا بعبوة ناسفة لحافلة في بادية حمص ما أدى لمقتل 4 جنود.").type).toBe("ambush");
  });
  it("calls a raid with mortar fire an attack", () => {
    expect(one("شن مسلحون هجوما بقذائف الهاون على موقع في بادية الميادين، ما أدى لمقتل عنصرين.").type).toBe("attack");
  });
  it("calls beheading an execution", () => {
    expect(one("ذبح التنظيم مدنيين اثنين قرب مدينة السخنة.").type).toBe("execution");
  });
  it("calls a shot notable an assassination", () => {
    expect(one("قتل أحد وجهاء العشيرة برصاص مجهولين في بلدة الصبحة بريف دير الزور الشرقي.").type).toBe("assassination");
  });
  it("calls an exchange of fire a clash", () => {
    expect(one("قتل 3 عناصر خلال اشتباكات مع خلايا التنظيم في بادية الرقة.").type).toBe("clash");
  });
  it("does not call a heliborne raid an air strike", () => {
    expect(one("قتل جنديان خلال عملية إنزال جوي واشتباكات في بادية السخنة.").type).toBe("clash");
  });
  it("is other when nothing says how", () => {
    expect(one("أعلنت صفحات موالية مقتل عنصر في ريف السلمية الشرقي.").type).toBe("other");
  });
});

describe("perpetrator", () => {
  it("names ISIS by any of its names", () => {
    expect(one("قتل 3 عناصر بهجوم لتنظيم الدولة في بادية الميادين.").perpetrator).toBe("ISIS");
    expect(one("قتل 3 عناصر بهجوم لـ د ا ع ش في بادية الميادين.").perpetrator).toBe("ISIS");
  });
  it("names the state whose aircraft struck", () => {
    expect(one("شنت الطائرات الحربية الروسية غارات على مواقع لداعش في بادية الرقة.").perpetrator).toBe("Russia");
  });
  it("does not blame ISIS for strikes on ISIS", () => {
    expect(one("قتل 5 من عناصر داعش بغارات للطيران في بادية الرقة.").perpetrator).toBe("unknown");
  });
  it("names the side that did it, not the side that was hit", () => {
    const i = one("أقدم مقاتلون من قوات الأسد يذبحون شخصا بتهمة الانتماء لتنظيم الدولة في دير الزور.");
    expect(i.perpetrator).toBe("Syrian government");
  });
  it("blames ISIS for a mine it left", () => {
    expect(one("قتل شاب بانفجار لغم من مخلفات تنظيم داعش في ريف حمص الشرقي.").perpetrator).toBe("ISIS");
  });
  it("is unknown for a mine left by the war", () => {
    expect(one("قتل شاب بانفجار لغم من مخلفات الحرب في ريف حمص الشرقي.").perpetrator).toBe("unknown");
  });
  it("marks unknown gunmen as suspected", () => {
    const i = one("قتل عنصر برصاص مسلحين مجهولين في ريف درعا الغربي.");
    expect(i.perpetrator).toBe("unknown");
    expect(i.suspected).toBe(true);
  });
  it("marks a believed doer as suspected", () => {
    const i = one("قتل عنصران بهجوم لمسلحين يعتقد بانتمائهم لتنظيم داعش في بادية تدمر.");
    expect(i.perpetrator).toBe("ISIS");
    expect(i.suspected).toBe(true);
  });
});

describe("perpetrator named by accusation", () => {
  it("takes the group accused of the attack", () => {
    expect(one("أصيب ثلاثة جنود بهجوم بطائرات مسيرة على موقع في ريف اللاذقية، واتهمت الوزارة هيئة تحرير الشام بالوقوف وراء الهجوم.").perpetrator).toBe("opposition");
  });
});

describe("type and doer from the article around", () => {
  const all = (lines: string[]) => extractIncidents({ text: lines.join("\n"), published: null, url: null, outlet: null });
  it("calls an attack in which workers were abducted an attack", () => {
    expect(one("شن مسلحو التنظيم هجوما على عمال في بادية الميادين ما أدى إلى مقتل عنصر واختطاف آخر.").type).toBe("attack");
  });
  it("calls the abduction of shepherds by gunmen an abduction", () => {
    expect(one("اختطف مسلحون ثلاثة رعاة في بادية الرصافة جنوب الرقة.").type).toBe("abduction");
  });
  it("takes the kind from the sentence with the figures, not from a lede in passing", () => {
    const found = all([
      "فقدت القوات عددا من عناصرها خلال وقوعهم بكمائن في ريف دير الزور الشرقي.",
      "وقالت مصادر إن خمسة عناصر قتلوا خلال هجوم لداعش في محيط بلدة الصالحية بريف البوكمال.",
    ]);
    expect(found.map((i) => i.type)).toEqual(["attack"]);
  });
  it("gives 'one more soldier killed' the doer of the attacks listed before", () => {
    const found = all([
      "خسرت القوات عنصرين في هجوم لتنظيم داعش على نقطة في بادية المسرب بريف دير الزور.",
      "وقتل عنصر آخر في هجوم على نقطة عسكرية في بادية محافظة الرقة.",
    ]);
    expect(found.map((i) => i.perpetrator)).toEqual(["ISIS", "ISIS"]);
  });
});
