/**
 * Field phrasings of the m17 round (issue 10), each tested on short sentences written for the
 * test: names, places and figures are invented.
 */
import { describe, expect, it } from "vitest";
import { extractLines, onlyIncident as one } from "../support/extract";

describe("factions tied to an actor", () => {
  it("gives factions said to be another actor's ('تابعة لـ', 'المرتبطة بـ', 'الموالية لـ', 'المدعومة من') to that actor", () => {
    expect(one("قتل ثلاثة عناصر من قسد بهجوم شنته فصائل تابعة للحكومة السورية على نقطة في قرية الصور.").perpetrator).toBe("Syrian government");
    expect(one("هاجمت الفصائل المسلحة المرتبطة بوزارة الدفاع حاجزا في حي الشيخ مقصود وقتلت عنصرين.").perpetrator).toBe("Syrian government");
    expect(one("قصفت الفصائل الموالية لتركيا قرية الصور بريف الحسكة ما أدى لمقتل طفل.").perpetrator).toBe("Turkey");
    expect(one("أصيب أربعة مدنيين بهجوم نفذته الفصائل المدعومة من تركيا على قرية الصور.").perpetrator).toBe("Turkey");
  });
  it("keeps such factions the ones hit when the text says so", () => {
    expect(one("قتل عنصر من الفصائل الموالية لتركيا بانفجار عبوة ناسفة في مدينة رأس العين.").perpetrator).toBe("unknown");
    expect(one("استهدفت طائرة مسيرة تركية مقرا للفصائل التابعة لقسد في قرية الصور وقتلت عنصرين.").perpetrator).toBe("Turkey");
  });
  it("still reads factions with no tie as the opposition", () => {
    expect(one("هاجمت فصائل المعارضة حاجزا لقوات النظام في قرية المزيرعة وقتلت ثلاثة عناصر.").perpetrator).toBe("opposition");
  });
});

describe("a part of today ('هذا الصباح')", () => {
  it("dates an event told 'this morning' or 'this evening' on the publication day", () => {
    expect(one("قتل ثلاثة عناصر هذا الصباح بانفجار لغم قرب بلدة الصنمين.", "2025-03-12").date).toBe("2025-03-12");
    expect(one("أصيب مدنيان هذا المساء بقصف على قرية المزيرعة.", "2024-11-02").date).toBe("2024-11-02");
  });
  it("gives no day to 'this attack'", () => {
    expect(one("قتل عنصر في هذا الهجوم على حاجز قرب بلدة الصنمين.", "2025-03-12").date).toBeNull();
  });
});

describe("a blast from the remnant of an earlier strike", () => {
  it("reads the blast, not the strike told as earlier ('قصف سابق'), even with 'مخلفات' misspelt", () => {
    const a = one("قتل طفلان اليوم بانفجار قنبلة عنقودية من بقايا قصف روسي سابق قرب قرية المزيرعة.", "2025-03-12");
    expect([a.type, a.perpetrator]).toEqual(["explosive", "Russia"]);
    expect(one("أصيب ثلاثة مزارعين بانفجار قنبلة من مخلقات قصف سابق في بلدة كفرنبل.").type).toBe("explosive");
    expect(one("قتل راع بانفجار قنبلة لم تنفجر في قصف مدفعي سابق قرب قرية التمانعة.").type).toBe("explosive");
  });
  it("keeps an air strike compared with earlier ones an air strike", () => {
    expect(one("شنت طائرات إسرائيلية غارات على محيط بلدة الكسوة كانت أعنف من الغارات السابقة.").type).toBe("airstrike");
  });
});

describe("the doer of a strike named before its weapon", () => {
  it("reads the actor after a targeting verb as the doer when its weapon and then what it hit follow", () => {
    const a = one("استهدفت قسد بطائرة مسيرة نقطة للجيش السوري قرب بلدة دير حافر وقتلت عنصرين.");
    expect([a.type, a.perpetrator]).toEqual(["airstrike", "SDF"]);
    expect(one("استهدفت قسد بقذائف الهاون مواقع للجيش السوري قرب بلدة دير حافر وقتلت عنصرين.").perpetrator).toBe("SDF");
    expect(one("استهدف الجيش السوري بالمدفعية مواقع لقسد في قرية الصور وقتل عنصرين.").perpetrator).toBe("Syrian government");
  });
  it("does not make the army the flier of a drone that hit the army's post", () => {
    expect(one("قتل عنصران بضربة مسيرة على موقع للجيش السوري قرب بلدة دير حافر.").perpetrator).toBe("unknown");
  });
  it("leaves a targeting verb with no object after it passive", () => {
    expect(one("استهدفت قسد بطائرة مسيرة قرب بلدة دير حافر ما أدى لمقتل عنصرين.").perpetrator).toBe("unknown");
  });
});

describe("detentions by the Israeli army", () => {
  it("reads the Israeli army's detentions as abductions, the army named after the verb or before it", () => {
    const a = one("اعتقلت قوات الاحتلال الإسرائيلي شابين مساء الخميس قرب قرية الرفيد بريف القنيطرة.", "2025-03-14");
    expect([a.type, a.perpetrator, a.date]).toEqual(["abduction", "Israel", "2025-03-13"]);
    const b = one("توغلت قوة إسرائيلية في قرية الحميدية بريف القنيطرة اليوم واعتقلت راعيا.", "2025-06-02");
    expect([b.type, b.perpetrator, b.date]).toEqual(["abduction", "Israel", "2025-06-02"]);
    expect(one("قوات إسرائيلية اعتقلت ثلاثة شبان في بلدة جباتا الخشب أمس.", "2025-06-02").perpetrator).toBe("Israel");
  });
  it("dates a detention placed in an undated sentence by the lead's day", () => {
    const found = extractLines(["اعتقلت قوات الاحتلال، صباح الأحد، راعيين في ريف القنيطرة.", "وقالت مصادر محلية إن القوات الإسرائيلية اعتقلت الراعيين قرب قرية الحميدية."], "2025-06-02");
    const x = found.find((i) => i.places.includes("الحميدية"));
    expect([x?.type, x?.date]).toEqual(["abduction", "2025-06-01"]);
  });
  it("tells no incident of a state's arrests, even of people said to work for Israel", () => {
    expect(extractLines(["اعتقلت قوات الأمن العام ثلاثة متهمين بالسرقة في مدينة حمص اليوم."], "2025-06-02")).toEqual([]);
    expect(extractLines(["اعتقلت قوات الأمن خلية كانت تتواصل مع إسرائيل في مدينة درعا اليوم."], "2025-06-02")).toEqual([]);
  });
});

describe("actors after December 2024 by other names", () => {
  it("reads Druze groups named by their community or council as 'other'", () => {
    expect(one("هاجم مسلحون من أبناء الطائفة الدرزية حاجزا في بلدة المزرعة بريف السويداء وقتلوا عنصرين.").perpetrator).toBe("other");
    expect(one("هاجم عناصر من المجلس العسكري في السويداء نقطة في بلدة المزرعة وقتلوا عنصرين.").perpetrator).toBe("other");
  });
  it("reads forces or an armed group tied to an actor as that actor's", () => {
    expect(one("هاجمت قوات تابعة لوزارة الدفاع حاجزا في بلدة المزرعة وقتلت عنصرين.").perpetrator).toBe("Syrian government");
    expect(one("هاجمت مجموعة مسلحة تابعة لحزب الله نقطة في قرية حضر وقتلت عنصرين.").perpetrator).toBe("Iran-backed militias");
  });
});
