/**
 * The telegraphic style of channel items: one line, no verb, a label ("عاجل |", "متابعة |") or a
 * dateline ("درعا |", "الرقة – 27 شباط |") before the item. Sentences written for the tests.
 */
import { describe, expect, it } from "vitest";
import { extractLines as extract, onlyIncident as one } from "../support/extract";

describe("one-line items", () => {
  it("reads a breaking item after its label", () => {
    const i = one("عاجل | مقتل 3 عناصر من قوات النظام بهجوم لخلايا داعش على حاجز قرب بلدة معدان بريف الرقة");
    expect(i.killed).toEqual({ min: 3, max: 3 });
    expect(i.type).toBe("attack");
    expect(i.perpetrator).toBe("ISIS");
    expect(i.governorate).toBe("Raqqa");
    expect(i.places).toContain("معدان");
  });

  it("reads an item with no verb: casualty nouns with their figures", () => {
    const i = one("قتيلان وجريح بانفجار لغم بسيارة مدنية قرب بلدة الكسرة بريف دير الزور الغربي");
    expect([i.killed, i.wounded]).toEqual([{ min: 2, max: 2 }, { min: 1, max: 1 }]);
    expect(i.type).toBe("explosive");
  });

  it("reads a figure at the head of the item", () => {
    const i = one("عاجل | 4 قتلى من الجيش بهجوم لداعش على حاجز في بادية الميادين");
    expect(i.killed).toEqual({ min: 4, max: 4 });
    expect(i.governorate).toBe("Deir ez-Zor");
  });

  it("counts no one when the item says there were no casualties", () => {
    const i = one("درعا | انفجار عبوة ناسفة على الطريق الواصل بين درعا وطفس دون وقوع إصابات");
    expect([i.killed, i.wounded]).toEqual([null, null]);
  });
});

describe("follow-up items", () => {
  it("takes a toll that rose with no casualty noun as the dead of the item before", () => {
    const found = extract(["عاجل | مقتل 4 عناصر بهجوم على حاجز في بادية تدمر", "متابعة | ارتفاع الحصيلة إلى 6"]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 6, max: 6 });
  });

  it("takes the toll of a named attack that rose, in one line", () => {
    expect(one("ارتفعت حصيلة الهجوم على حاجز في بادية تدمر إلى 6").killed).toEqual({ min: 6, max: 6 });
  });

  it("lets the counted noun say whom a risen toll counts", () => {
    const [i] = extract(["عاجل | مقتل 4 عناصر بهجوم على حاجز في بادية تدمر", "متابعة | ارتفاع الحصيلة إلى 7 جرحى"]);
    expect([i.killed, i.wounded]).toEqual([{ min: 4, max: 4 }, { min: 7, max: 7 }]);
  });

  it("does not read a risen toll of something else as the dead", () => {
    expect(extract(["ارتفعت حصيلة الاعتقالات في درعا إلى 12"])).toEqual([]);
  });
});

describe("datelines", () => {
  it("takes the governorate from the dateline when the town is not known", () => {
    expect(one("دير الزور - مقتل عنصرين من قسد بهجوم على نقطة في بلدة الحوايج").governorate).toBe("Deir ez-Zor");
  });

  it("takes the dateline's governorate over the gazetteer's reading of a name two governorates share", () => {
    expect(one("درعا | مقتل شابين برصاص مسلحين مجهولين قرب بلدة الغارية").governorate).toBe("Daraa");
  });

  it("reads the day a dateline gives", () => {
    const i = one("الرقة – 27 شباط | مقتل 6 عناصر من الدفاع الوطني بهجوم على نقطة في بادية الرصافة", "2024-02-28");
    expect(i.date).toBe("2024-02-27");
    expect(i.governorate).toBe("Raqqa");
  });

  it("reads an agency's dateline with its name after the place", () => {
    expect(one("حمص-سانا | استشهاد ثلاثة مواطنين بانفجار لغم في منطقة الضبيات").governorate).toBe("Homs");
  });

  it("does not override a governorate the item names itself", () => {
    expect(one("دمشق | مقتل 3 عناصر بهجوم في بادية الرصافة بريف الرقة").governorate).toBe("Raqqa");
  });

  it("does not take a label for a place", () => {
    // Dated, as an item with neither place nor day is no incident at all.
    const i = one("خاص | مقتل قيادي في فصيل محلي بكمين مسلحين مجهولين اليوم الأحد", "2024-03-17");
    expect(i.governorate).toBeNull();
    expect(i.killed).toEqual({ min: 1, max: 1 });
  });
});
