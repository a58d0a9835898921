// Which incident a figure goes to, and one place named two ways in one article
// (sentences written for the test; regression only).
import { describe, expect, it } from "vitest";
import { extractLines } from "../support/extract";

describe("a place named under a dual head, then under a singular one, is one place", () => {
  it.each([
    [["اشتباكات في حلب", "اندلعت اشتباكات في حيي الزهور والنخيل بمدينة حلب يوم الأحد ما أدى لمقتل 3.", "وأوضحت مصادر أن الفصائل شنت هجوماً على نقاط في حي الزهور ما أدى إلى جرح عنصرين."], { min: 3, max: 3 }, { min: 2, max: 2 }],
    [["مواجهات في حلب", "شهد حييّ الزهور والنخيل في مدينة حلب مواجهات عنيفة انتهت بمقتل عناصر.", "وأوضحت مصادر أن الفصائل شنت هجوماً على نقاطها في حي الزهور أسفر عن جرح 4 عناصر."], { min: 2, max: null }, { min: 4, max: 4 }],
  ])("gives both sentences' figures to one incident", (lines, killed, wounded) => {
    const found = extractLines(lines);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual(killed);
    expect(found[0].wounded).toEqual(wounded);
  });

  it("keeps a dam and a town of the same name apart", () => {
    const found = extractLines([
      "قصف وقتل في سوريا",
      "قصفت مسيرة تركية محيط سد الورد بريف حلب ما أدى إلى جرح مقاتلين.",
      "وفي سياق آخر قتل مدني برصاص مجهولين في بلدة الورد بريف درعا.",
    ]);
    expect(found).toHaveLength(2);
  });
});

describe("a clause giving the cause of the figures before it is their event", () => {
  it.each([
    ["عقب هجوم", ["غارات في البادية", "شنت الطائرات الروسية غارات على بادية الرصافة بريف الرقة يوم الاثنين.", "وتأتي الحملة تزامناً مع مقتل وجرح أكثر من 12 عنصراً من قوات النظام يوم الأحد، عقب هجوم استهدف حافلتهم على طريق تدمر السخنة."], "تدمر"],
    ["بعد هجوم", ["قصف في درعا", "قصفت قوات النظام بلدة طفس بريف درعا الغربي يوم السبت.", "ويأتي ذلك بعد مقتل 6 عناصر من الأمن العام يوم الجمعة، بعد هجوم مسلح على حاجز قرب بلدة الصنمين."], "الصنمين"],
    ["إثر هجوم", ["غارات على إدلب", "شنت الطائرات الحربية غارات على بلدة سرمين بريف إدلب يوم السبت.", "وجاء ذلك غداة إصابة 4 مدنيين يوم الجمعة، إثر هجوم بطائرة مسيرة على سيارتهم قرب مدينة أريحا."], "أريحا"],
  ])("gives the figures to the attack named after %s, not to the event told before", (_phrase, lines, place) => {
    const found = extractLines(lines);
    expect(found).toHaveLength(2);
    const [first, cause] = found;
    expect([first.killed, first.wounded, first.killedOrWounded]).toEqual([null, null, null]);
    expect(cause.places).toContain(place);
    expect(cause.killed ?? cause.wounded ?? cause.killedOrWounded).not.toBeNull();
  });
});

describe("a toll over the attacks an article counts, then tells one by one, is shared out (ANNOTATION.md)", () => {
  it("gives each of the three attacks {1, open} of an open total", () => {
    const found = extractLines([
      "هجمات للتنظيم في البادية",
      "شن عناصر التنظيم ثلاث هجمات متتالية على قوات النظام في البادية، أسفرت عن مقتل وإصابة أكثر من 30 عنصراً.",
      "واستهدف الهجوم الأول حاجزاً في بادية السخنة، فيما طال الهجوم الثاني نقطة في بادية الرصافة، بينما استهدف الهجوم الثالث موقعاً قرب مدينة الميادين.",
    ]);
    expect(found).toHaveLength(3);
    for (const x of found) expect(x.killedOrWounded).toEqual({ min: 1, max: null });
  });

  it("gives each of four attacks {1, total − 3} of an exact total", () => {
    const found = extractLines([
      "أربع هجمات على حواجز",
      "نفذت خلايا مسلحة أربع هجمات على حواجز الأمن العام أدت إلى مقتل 10 عناصر.",
      "واستهدف الهجوم الأول حاجزاً قرب مدينة تلكلخ، فيما طال الهجوم الثاني حاجزاً في مدينة جاسم، بينما استهدف الهجوم الثالث نقطة قرب بلدة الكسوة، في حين طال الهجوم الرابع دورية في مدينة الميادين.",
    ]);
    expect(found).toHaveLength(4);
    for (const x of found) expect(x.killed).toEqual({ min: 1, max: 7 });
  });

  it("leaves the total out when the article tells another number of attacks, or each with its own toll", () => {
    const fewer = extractLines([
      "هجمات للتنظيم في البادية",
      "شن عناصر التنظيم ثلاث هجمات على قوات النظام في البادية، أسفرت عن مقتل 9 عناصر.",
      "واستهدف الهجوم الأول حاجزاً في بادية السخنة، فيما طال الهجوم الثاني نقطة في بادية الرصافة.",
    ]);
    expect(fewer.map((x) => x.killed)).toEqual([null, null]);
    const own = extractLines([
      "اغتيالات في درعا",
      "شهدت محافظة درعا ثلاث عمليات اغتيال يوم الأحد قتل فيها 5 أشخاص.",
      "ففي مدينة نوى قتل شاب برصاص مجهولين.",
      "وفي بلدة طفس قتل عنصر سابق في الفصائل.",
      "كما قتل مختار بلدة الحراك برصاص مسلحين.",
    ]);
    expect(own.map((x) => x.killed)).toEqual([{ min: 1, max: 1 }, { min: 1, max: 1 }, { min: 1, max: 1 }]);
  });
});
