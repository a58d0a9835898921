/**
 * The xaud6b audit (issue 10): the doer named after the bullet word and tolls the audit of this
 * round found misread, told in short sentences written for the test (names, places and figures
 * invented), each form with two or three variants.
 */
import { describe, expect, it } from "vitest";
import { onlyIncident as one } from "../support/extract";

describe("the force named after 'برصاص' is the doer", () => {
  it("reads a unit tied to the actor by 'لـ' alone", () => {
    expect(one("قتل شاب برصاص دورية لقسد في بلدة الشحيل بريف دير الزور.").perpetrator).toBe("SDF");
    expect(one("أصيب طفل برصاص حاجز لقوات الحكومة في بلدة طفس.").perpetrator).toBe("Syrian government");
    expect(one("أصيبت امرأة برصاص دورية للأمن العام في مدينة جبلة.").perpetrator).toBe("Syrian government");
  });
  it("reads a sniper or a patrol drawn 'من' the actor", () => {
    expect(one("قتل شاب برصاص قناص من مسلحي العشائر في حي الشيخ مقصود بحلب.").perpetrator).toBe("other");
    expect(one("قتل مدني برصاص قناصة من قوات الحكومة في حي الوعر بحمص.").perpetrator).toBe("Syrian government");
    expect(one("قتل شاب برصاص عناصر من الأمن العام في بلدة جاسم بريف درعا.").perpetrator).toBe("Syrian government");
  });
  it("keeps the unit that was hit the victim", () => {
    expect(one("قتل عنصران بهجوم على دورية لقسد في بلدة الشحيل بريف دير الزور.").perpetrator).not.toBe("SDF");
    expect(one("هاجم مسلحون مجهولون حاجزا لقوات الحكومة في بلدة طفس وقتلوا عنصرين.").perpetrator).toBe("unknown");
    expect(one("قتل ثلاثة قناصة من قسد في هجوم لخلايا داعش قرب بلدة الشحيل.").perpetrator).toBe("ISIS");
  });
});
