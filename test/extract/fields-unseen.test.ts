/**
 * Field phrasings seen on articles from outlets the extractor had not read (issue 10, evenB1 and
 * the development sets), each tested on short sentences written for the test: names, places and
 * figures are invented.
 */
import { describe, expect, it } from "vitest";
import { onlyIncident as one } from "../support/extract";

describe("governorate from the article", () => {
  it("gives an incident at a village the gazetteer does not know the one governorate the article names", () => {
    expect(one(["تعيش محافظة درعا حالة من الفلتان الأمني منذ أشهر.", "وقتل ثلاثة عناصر بهجوم مسلح على حاجز في قرية الزهيرات الصغيرة."]).governorate).toBe("Daraa");
    expect(one(["شهد ريف حماة الشرقي توترا أمنيا خلال الأسبوع الماضي.", "وأصيب مدنيان بانفجار عبوة ناسفة في قرية أم الخلاخيل صباح اليوم."], "2025-03-13").governorate).toBe("Hama");
  });
  it("leaves it open when the article names two governorates", () => {
    expect(one(["تعيش محافظتا درعا والسويداء حالة من الفلتان.", "وقتل ثلاثة عناصر بهجوم مسلح على حاجز في قرية الزهيرات الصغيرة."]).governorate).toBeNull();
  });
});

describe("the doer of a ground attack beside aircraft", () => {
  it("gives a blast or an ambush to the group that did it, not to the air force named beside it", () => {
    expect(one("قتل ثلاثة عناصر من قسد بانفجار عبوة ناسفة زرعها عناصر داعش قرب قرية الصور، ونفذ طيران التحالف غارات لمساندة قسد.").perpetrator).toBe("ISIS");
    expect(one("قتل خمسة عناصر من قسد في كمين نصبه مقاتلو داعش قرب بلدة ذيبان، وحلقت طائرات التحالف الدولي فوق المنطقة.").perpetrator).toBe("ISIS");
  });
  it("still gives an air strike to the air force that flew it", () => {
    const i = one("نفذ طيران التحالف الدولي غارات على مواقع في قرية الصور بريف دير الزور.");
    expect([i.type, i.perpetrator]).toEqual(["airstrike", "US-led coalition"]);
  });
});

describe("killing of captives", () => {
  it("reads captives put to death ('تصفية', 'تمت تصفيتهم') as an execution", () => {
    expect(one("أقدمت مجموعة مسلحة على تصفية ثلاثة أسرى في قرية المزيرعة بريف حماة.").type).toBe("execution");
    expect(one("قتل ثلاثة عناصر من الأمن العام في قرية المزيرعة، وقالت مصادر إنه تمت تصفيتهم بعد تكبيلهم.").type).toBe("execution");
  });
});

describe("who undertook the act", () => {
  it("reads the actor of 'أقدم … على' as the doer, before or after the verb", () => {
    expect(one("أقدمت قسد على قتل شابين في قرية الصور بريف دير الزور.").perpetrator).toBe("SDF");
    expect(one("أقدم عناصر من الأمن العام على قتل شاب في حي الوعر بمدينة حمص.").perpetrator).toBe("Syrian government");
    expect(one("قوات النظام أقدمت على إعدام ثلاثة شبان في بلدة الحراك بريف درعا.").perpetrator).toBe("Syrian government");
  });
});
