import { describe, expect, it } from "vitest";
import { findPlaces } from "../../lib/places";
import { extractLines, onlyIncident } from "../support/extract";

const UNKNOWN_GUNMEN_ATTACK =
  "هاجم مسلحون مجهولون نقطة عسكرية لقوات النظام قرب بلدة السخنة في ريف حمص الشرقي، ما أدى إلى مقتل عنصرين.";

describe("a doer named in the next sentence of the same event", () => {
  it("takes ISIS, suspected, from a sentence that believes its cells were behind the operation", () => {
    const i = onlyIncident(`${UNKNOWN_GUNMEN_ATTACK} ويُعتقد أن خلايا تنظيم داعش تقف وراء العملية.`);
    expect(i.perpetrator).toBe("ISIS");
    expect(i.suspected).toBe(true);
    expect(i.killed).toEqual({ min: 2, max: 2 });
  });

  it("takes the doer from a sentence that points back to the targeting", () => {
    const i = onlyIncident(`${UNKNOWN_GUNMEN_ATTACK} ويرجح أن يكون تنظيم داعش وراء الاستهداف.`);
    expect(i.perpetrator).toBe("ISIS");
    expect(i.suspected).toBe(true);
  });

  it("keeps a doer told after unknown gunmen as only suspected when the sentence accuses", () => {
    const i = onlyIncident(`${UNKNOWN_GUNMEN_ATTACK} ويتهم ناشطون خلايا تنظيم داعش بالوقوف وراء العملية.`);
    expect(i.perpetrator).toBe("ISIS");
    expect(i.suspected).toBe(true);
  });

  it("takes a state accused of being behind the operation", () => {
    const i = onlyIncident("قتل مدني برصاص مسلحين مجهولين في مدينة درعا. ويتهم ناشطون قوات النظام بالوقوف وراء العملية.");
    expect(i.perpetrator).toBe("Syrian government");
    expect(i.suspected).toBe(true);
  });

  it("points the perpetrator's evidence at the sentence that named the doer", () => {
    const doer = "ويُعتقد أن خلايا تنظيم داعش تقف وراء العملية.";
    const i = onlyIncident(`${UNKNOWN_GUNMEN_ATTACK} ${doer}`);
    expect(i.fieldEvidence.filter((e) => e.field === "perpetrator").map((e) => e.sentence)).toEqual([UNKNOWN_GUNMEN_ATTACK, doer]);
  });

  it("takes the air force a source believes the planes were", () => {
    const i = onlyIncident("استهدفت غارات جوية مواقع في محيط مدينة البوكمال، ما أدى إلى مقتل 3 عناصر. ورجّحت مصادر أن تكون الطائرات إسرائيلية.");
    expect(i.perpetrator).toBe("Israel");
    expect(i.suspected).toBe(true);
  });

  it("reads an indefinite nationality after the strike noun ('الغارة أمريكية')", () => {
    const i = onlyIncident("استهدفت غارة جوية مواقع في محيط مدينة البوكمال، ما أدى إلى مقتل 3 عناصر. ورجحت مصادر أن تكون الغارة أمريكية.");
    expect(i.perpetrator).toBe("US-led coalition");
    expect(i.suspected).toBe(true);
  });

  it("gives the doer to the latest event only, not to an earlier one", () => {
    const found = extractLines([
      "قتل عنصران من قوات النظام بهجوم مسلحين مجهولين قرب بلدة السخنة في ريف حمص الشرقي. وقتل مدني برصاص مجهولين في مدينة درعا. ويُعتقد أن خلايا داعش تقف وراء العملية.",
    ]);
    expect(found.map((i) => i.perpetrator)).toEqual(["unknown", "ISIS"]);
  });

  it("does not reach past two sentences that tell nothing of the event", () => {
    const i = onlyIncident(
      `${UNKNOWN_GUNMEN_ATTACK} وتعد المنطقة من أخطر مناطق البادية. ويعيش فيها عدد قليل من السكان. ويُعتقد أن خلايا تنظيم داعش تقف وراء العملية.`,
    );
    expect(i.perpetrator).toBe("unknown");
  });
});

describe("the capital named by its title", () => {
  it("puts the surroundings of the capital in Rif Dimashq", () => {
    expect(onlyIncident("قتل عنصران بهجوم على حاجز في محيط العاصمة دمشق.").governorate).toBe("Rif Dimashq");
  });

  it("puts the south of the capital in Rif Dimashq", () => {
    expect(onlyIncident("قتل عنصران بهجوم على حاجز جنوب العاصمة.").governorate).toBe("Rif Dimashq");
  });

  it("keeps the countryside of Damascus in Rif Dimashq", () => {
    expect(onlyIncident("قتل عنصران بهجوم على حاجز في ريف دمشق.").governorate).toBe("Rif Dimashq");
  });

  it("places an event in the capital Damascus in Damascus, listing the city's name", () => {
    const i = onlyIncident("قتل عنصران بهجوم على حاجز في العاصمة دمشق.");
    expect(i.governorate).toBe("Damascus");
    expect(i.places).toEqual(["العاصمة دمشق", "دمشق"]);
  });

  it("keeps a district in Damascus in Damascus", () => {
    const i = onlyIncident("قتل عنصران بهجوم على حاجز في حي الميدان في دمشق.");
    expect(i.governorate).toBe("Damascus");
    expect(i.places).toEqual(["حي الميدان", "دمشق"]);
  });

  it("does not read another country's capital as Damascus", () => {
    expect(findPlaces("وصل وفد من العاصمة الأردنية عمان")).toEqual([]);
  });
});

describe("airports, ports and bases as places", () => {
  it("finds a military airport and takes its town's governorate", () => {
    const i = onlyIncident("قصفت طائرات إسرائيلية مطار الضمير العسكري، ما أدى إلى مقتل عنصرين.");
    expect(i.places).toEqual(["مطار الضمير العسكري", "الضمير"]);
    expect(i.governorate).toBe("Rif Dimashq");
  });

  it("finds an airbase known by its nickname", () => {
    const i = onlyIncident("قصفت طائرات إسرائيلية مطار التيفور، ما أدى إلى مقتل عنصرين.");
    expect(i.places).toEqual(["مطار التيفور", "التيفور"]);
    expect(i.governorate).toBe("Homs");
  });

  it("finds a port named for its city", () => {
    const i = onlyIncident("قصفت طائرات إسرائيلية ميناء طرطوس، ما أدى إلى مقتل عنصرين.");
    expect(i.places).toEqual(["ميناء طرطوس", "طرطوس"]);
    expect(i.governorate).toBe("Tartus");
  });

  it("finds a base", () => {
    const i = onlyIncident("استهدفت طائرة مسيرة قاعدة حميميم، ما أدى إلى إصابة عنصرين.");
    expect(i.places).toEqual(["قاعدة حميميم", "حميميم"]);
    expect(i.governorate).toBe("Latakia");
  });

  it("finds an airport the gazetteer does not know, leaving its governorate open", () => {
    const i = onlyIncident("قصفت طائرات إسرائيلية مطار المزة العسكري، ما أدى إلى مقتل عنصرين.");
    expect(i.places).toEqual(["مطار المزة العسكري"]);
    expect(i.governorate).toBeNull();
  });
});

describe("a headline that sums up two kinds of event", () => {
  const HEADLINE = "مقتل 12 بهجمات في البادية.. وغارات روسية على جبل أبو رجمين";

  it("gives each half to the incident of its kind, opening none of its own", () => {
    const found = extractLines([
      HEADLINE,
      "قتل 12 عنصرا من قوات النظام في هجومين منفصلين لخلايا تنظيم داعش في بادية السخنة شرقي حمص، يوم الأربعاء، بحسب ما أفادت مصادر محلية لوكالة ستيب الإخبارية في تقرير طويل.",
      "وفي سياق متصل، شنت الطائرات الحربية الروسية غارات جوية على مواقع التنظيم في جبل أبو رجمين بريف حمص الشرقي، دون ورود معلومات عن وقوع خسائر بشرية.",
    ]);
    expect(found.map((i) => [i.type, i.perpetrator, i.killed])).toEqual([
      ["attack", "ISIS", { min: 12, max: 12 }],
      ["airstrike", "Russia", null],
    ]);
    expect(found[1].places[0]).toBe("جبل أبو رجمين");
  });

  it("attaches a half's figure to no incident when two of its kind could own it", () => {
    const found = extractLines([
      "مقتل 9 عناصر بهجمات في البادية.. وغارات روسية على جبل أبو رجمين",
      "قتل 4 عناصر من قوات النظام بهجوم لخلايا تنظيم داعش على نقطة في بادية السخنة بريف حمص الشرقي، يوم الأربعاء، بحسب ما أفادت مصادر محلية.",
      "وفي حادثة أخرى، قتل 5 عناصر بهجوم على حاجز قرب مدينة معدان بريف الرقة الشرقي، بحسب المصادر ذاتها.",
    ]);
    expect(found.map((i) => i.killed)).toEqual([{ min: 4, max: 4 }, { min: 5, max: 5 }]);
  });
});
