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
