/**
 * Running totals beside an incident and a second event after a comma (issue 10, m21 round), each
 * tested on short sentences written for the test: names, places and figures are invented.
 */
import { describe, expect, it } from "vitest";
import { extractLines, onlyIncident as one } from "../support/extract";

describe("a period's running total after the incident ('ليرتفع عدد القتلى منذ مطلع العام إلى')", () => {
  it("keeps the incident with its own toll and ignores the total", () => {
    const a = one("قتل ثلاثة عناصر من قوات الأمن بهجوم مسلح على حاجز قرب بلدة الصنمين، ليرتفع عدد القتلى منذ مطلع العام إلى 230.");
    expect([a.type, a.killed]).toEqual(["attack", { min: 3, max: 3 }]);
    expect(one("قتل عنصران بانفجار عبوة ناسفة في بلدة الصنمين، ليصل عدد ضحايا الشهر الجاري إلى 40.").killed).toEqual({ min: 2, max: 2 });
    expect(one("أصيب خمسة مدنيين بقصف مدفعي على قرية المزيرعة، لترتفع حصيلة الإصابات خلال الأسبوع الجاري إلى 60.").wounded).toEqual({ min: 5, max: 5 });
  });
  it("reads the total as its own clause with no comma before it", () => {
    expect(one("قتل ثلاثة عناصر بهجوم مسلح على حاجز قرب بلدة الصنمين ليرتفع عدد القتلى منذ مطلع العام إلى 230.").killed).toEqual({ min: 3, max: 3 });
    expect(one("أصيب أربعة مدنيين بقصف على قرية المزيرعة لتصل حصيلة الجرحى هذا الأسبوع إلى 33.").wounded).toEqual({ min: 4, max: 4 });
    expect(one("قتل جنديان بانفجار لغم قرب قرية المزيرعة ما يرفع عدد قتلى الألغام في المنطقة منذ بداية العام إلى 19.").killed).toEqual({ min: 2, max: 2 });
  });
  it("does not widen the incident's figure to a total 'ما يرفع … هذا الشهر إلى'", () => {
    expect(one("قتل عنصران بانفجار عبوة ناسفة في بلدة الصنمين، ما يرفع عدد قتلى الهجمات هذا الشهر إلى 17.").killed).toEqual({ min: 2, max: 2 });
    expect(one("قتل مدني برصاص مجهولين في مدينة جاسم، مما يرفع عدد ضحايا الاغتيالات في المنطقة هذا العام إلى 31.").killed).toEqual({ min: 1, max: 1 });
  });
  it("ignores the total told in the next sentence ('وبذلك يرتفع', 'ويرفع ذلك')", () => {
    expect(one(["قتل ثلاثة عناصر بهجوم مسلح على حاجز قرب بلدة الصنمين.", "وبذلك يرتفع عدد قتلى قوات الأمن منذ مطلع الشهر إلى 25."]).killed).toEqual({ min: 3, max: 3 });
    expect(one(["قتل جنديان بانفجار لغم قرب قرية المزيرعة.", "ويرفع ذلك عدد قتلى الهجمات هذا العام إلى 90."]).killed).toEqual({ min: 2, max: 2 });
  });
  it("keeps a rising toll of the same attack as the incident's figure", () => {
    expect(one("قتل ثلاثة عناصر بهجوم مسلح على حاجز قرب بلدة الصنمين، وارتفعت حصيلة الهجوم إلى 12.").killed).toEqual({ min: 12, max: 12 });
    expect(one("قتل ثلاثة عناصر بهجوم على حاجز قرب بلدة الصنمين، ثم توفي اثنان من الجرحى ليرتفع عدد القتلى إلى 5.").killed).toEqual({ min: 5, max: 5 });
    expect(one("قتل ثلاثة عناصر بهجوم على حاجز قرب بلدة الصنمين ثم توفي اثنان ليرتفع عدد القتلى إلى 5.").killed).toEqual({ min: 5, max: 5 });
    expect(one(["قتل أربعة مدنيين بانفجار سيارة مفخخة في مدينة نوى.", "وارتفعت حصيلة التفجير إلى سبعة قتلى."]).killed).toEqual({ min: 7, max: 7 });
  });
});

describe("a second event after a comma, with its own verb, cause and town", () => {
  it("is a second incident", () => {
    const [a, b] = extractLines(["قتل ثلاثة عناصر بهجوم مسلح على حاجز قرب بلدة الصنمين، وقتل مدنيان بانفجار لغم في مدينة نوى."]);
    expect([a.type, a.killed, b.type, b.killed]).toEqual(["attack", { min: 3, max: 3 }, "explosive", { min: 2, max: 2 }]);
    expect(b.places).toContain("نوى");
    const [c, d] = extractLines(["أصيب أربعة جنود بانفجار عبوة ناسفة على طريق قرية المزيرعة، وقتل راع برصاص مجهولين في بلدة الصنمين."]);
    expect([c.wounded, c.killed, d.killed]).toEqual([{ min: 4, max: 4 }, null, { min: 1, max: 1 }]);
  });
  it("stays one incident when the second clause names no place of its own or the same one", () => {
    expect(one("قتل ثلاثة عناصر بهجوم مسلح على حاجز قرب بلدة الصنمين، وأصيب اثنان آخران بجروح في الهجوم.").wounded).toEqual({ min: 2, max: 2 });
    expect(one("قتل عنصران بانفجار عبوة في بلدة الصنمين، وأصيب طفل بشظايا الانفجار في الصنمين.").wounded).toEqual({ min: 1, max: 1 });
    expect(one("قتل ثلاثة عناصر بهجوم مسلح على حاجز قرب بلدة الصنمين بريف درعا، وأصيب مدني برصاص المهاجمين في ريف درعا.").wounded).toEqual({ min: 1, max: 1 });
  });
});
