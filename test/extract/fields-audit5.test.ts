/**
 * The xfld5 audit (issue 10): each row of ANNOTATION.md's type table and each perpetrator
 * convention, told in short sentences written for the test (names, places and figures invented).
 * These are the forms the audit found misread, each with two or three variants.
 */
import { describe, expect, it } from "vitest";
import { onlyIncident as one } from "../support/extract";

describe("execution told by its noun as an object, a dual verb or a throat cut", () => {
  it("types 'نفذوا إعداما', 'أعدما' and 'نحر' as execution", () => {
    expect(one("نفذ مسلحون إعداما ميدانيا بحق ثلاثة شبان وقتلوهم في قرية المزيرعة.").type).toBe("execution");
    expect(one("عثر على جثتي شابين أعدما ميدانيا في قرية المزيرعة.").type).toBe("execution");
    expect(one("نحر مسلحون شابين في قرية المزيرعة بريف حماة.").type).toBe("execution");
    expect(one("قتل عناصر التنظيم راعيين ذبحا في بادية السخنة.").type).toBe("execution");
  });
});

describe("the blast of a shell left unexploded", () => {
  it("types the blast of a shell 'غير منفجرة' or 'لم تنفجر' as explosive", () => {
    expect(one("قتل ثلاثة أطفال بانفجار قذيفة غير منفجرة في قرية المزيرعة.").type).toBe("explosive");
    expect(one("أصيب طفلان بانفجار قذيفة هاون لم تنفجر سابقا أثناء لعبهما قرب بلدة كفرنبل.").type).toBe("explosive");
    expect(one("قتل راع بانفجار صاروخ غير منفجر في أرض زراعية قرب قرية التمانعة.").type).toBe("explosive");
  });
  it("keeps a shell that fell and blew up shelling", () => {
    expect(one("قتل طفل بانفجار قذيفة هاون سقطت على حي الحمدانية في حلب.").type).toBe("shelling");
  });
});

describe("fire exchanged between two sides", () => {
  it("types 'تبادل إطلاق النار' and 'إطلاق نار متبادل' as a clash", () => {
    expect(one("قتل عنصران خلال تبادل لإطلاق النار بين الأمن العام ومسلحين في بلدة جاسم.").type).toBe("clash");
    expect(one("قتل ثلاثة أشخاص بتبادل إطلاق النار بين عائلتين في بلدة الصنمين.").type).toBe("clash");
    expect(one("أصيب أربعة مدنيين في إطلاق نار متبادل بين دورية ومهربين قرب بلدة نصيب.").type).toBe("clash");
  });
  it("keeps fire opened by one side at people an attack or a killing", () => {
    expect(one("أطلق مسلحون النار على حافلة في بلدة جاسم وقتلوا ثلاثة ركاب.").type).not.toBe("clash");
  });
});

describe("Turkey's border guards", () => {
  it("reads 'الجندرما' and 'حرس الحدود التركي' as Turkey", () => {
    expect(one("قتل شابان برصاص الجندرما أثناء محاولتهما عبور الحدود قرب بلدة خربة الجوز.").perpetrator).toBe("Turkey");
    expect(one("أطلق الجندرمة النار على عائلة قرب الحدود في ريف إدلب وقتلوا امرأة.").perpetrator).toBe("Turkey");
    expect(one("قتل لاجئ برصاص حرس الحدود التركي قرب بلدة دركوش.").perpetrator).toBe("Turkey");
  });
});

describe("the doer of a strike that hit a town named with its head noun", () => {
  it("reads 'استهدفت X بقذائف … بلدة' as X's fire ('بلدة' is no instrumental)", () => {
    expect(one("استهدفت قسد بقذائف الهاون بلدة مارع وقتلت طفلين.").perpetrator).toBe("SDF");
    expect(one("استهدفت وحدات حماية الشعب بقذائف الهاون بلدة تل رفعت وقتلت طفلين.").perpetrator).toBe("SDF");
    expect(one("استهدف الجيش السوري بالمدفعية بلدة الصور وقتل ثلاثة مدنيين.").perpetrator).toBe("Syrian government");
  });
});

describe("America's strikes announced by its Central Command", () => {
  it("reads 'القيادة المركزية الأمريكية' and 'سنتكوم' as the US-led coalition", () => {
    expect(one("قتل قيادي في داعش بغارة نفذتها القيادة المركزية الأمريكية في ريف إدلب.").perpetrator).toBe("US-led coalition");
    expect(one("أعلنت سنتكوم مقتل قيادي في داعش بضربة جوية في ريف إدلب.").perpetrator).toBe("US-led coalition");
    expect(one("قتل قيادي في حراس الدين بغارة في ريف إدلب، وفق القيادة المركزية الأميركية.").perpetrator).toBe("US-led coalition");
  });
});

describe("Druze armed groups named by their sheikh", () => {
  it("reads the sheikh's gunmen, factions or followers as other (ANNOTATION.md: Druze factions)", () => {
    expect(one("قتل عنصر من الأمن العام برصاص مسلحي الهجري في مدينة السويداء.").perpetrator).toBe("other");
    expect(one("هاجمت فصائل الهجري حاجزا للأمن العام قرب السويداء وقتلت عنصرين.").perpetrator).toBe("other");
  });
  it("does not make the sheikh's name alone a doer", () => {
    expect(one("قال الشيخ حكمت الهجري إن مسلحين مجهولين قتلوا شابين في السويداء.").perpetrator).toBe("unknown");
  });
});

describe("a day in a year named relative to the page's", () => {
  it("dates 'من العام الماضي' in the year before publication", () => {
    expect(one("قتل شابان برصاص مجهولين في بلدة الصنمين في 11 آذار من العام الماضي.", "2025-03-12").date).toBe("2024-03-11");
    expect(one("قتل شابان برصاص مجهولين في بلدة الصنمين في الخامس من تشرين الأول العام الماضي.", "2025-03-12").date).toBe("2024-10-05");
    expect(one("أصيب ثلاثة أطفال بانفجار لغم قرب قرية المزيرعة يوم 20 آذار من السنة الماضية.", "2025-03-12").date).toBe("2024-03-20");
  });
  it("dates 'من العام الجاري' in the publication's year", () => {
    expect(one("قتل شابان برصاص مجهولين في بلدة الصنمين في 20 كانون الثاني من العام الجاري.", "2025-03-12").date).toBe("2025-01-20");
    expect(one("قتل شابان برصاص مجهولين في بلدة الصنمين في 20 يناير من العام الحالي.", "2025-03-12").date).toBe("2025-01-20");
  });
  it("gives no day to a month of last year", () => {
    expect(one("قتل شابان برصاص مجهولين في بلدة الصنمين في آذار من العام الماضي.", "2025-03-12").date).toBeNull();
  });
});

describe("a death from wounds told with two days", () => {
  it("dates the event by the day of the wounding, not of the death", () => {
    expect(one("توفي اليوم طفل متأثرا بجروح أصيب بها أمس بقصف على بلدة الصنمين.", "2025-03-12").date).toBe("2025-03-11");
    expect(one("توفي الأربعاء شاب متأثرا بجراحه التي أصيب بها يوم الأحد بانفجار لغم قرب قرية المزيرعة.", "2025-03-12").date).toBe("2025-03-09");
    expect(one("فارق عنصر من الأمن العام الحياة اليوم متأثرا بإصابته في هجوم مسلح على حاجز قرب بلدة جاسم يوم الاثنين.", "2025-03-12").date).toBe("2025-03-10");
  });
  it("keeps the one day told when the wounding has none of its own", () => {
    expect(one("قتل عنصران متأثرين بجراح أصيبا بها، الاثنين، في هجوم على حاجز قرب بلدة جاسم.", "2025-03-12").date).toBe("2025-03-10");
  });
});

describe("a drone that hit a base of an air power", () => {
  it("does not make the power whose base was hit the flier", () => {
    expect(one("أصيب جنديان أمريكيان بهجوم بطائرة مسيرة على قاعدة للتحالف الدولي في حقل العمر.").perpetrator).toBe("unknown");
    expect(one("استهدفت طائرة مسيرة قاعدة التحالف الدولي في حقل العمر وأصيب جنديان.").perpetrator).toBe("unknown");
    expect(one("استهدف هجوم بطائرات مسيرة قاعدة أمريكية في حقل العمر وأصيب جنديان.").perpetrator).toBe("unknown");
  });
  it("still reads a drone of the power as its strike", () => {
    expect(one("قتل ثلاثة عناصر بغارة لطائرة مسيرة تابعة للتحالف الدولي في حقل العمر.").perpetrator).toBe("US-led coalition");
    expect(one("قتل ثلاثة عناصر بضربة من طائرة مسيرة أمريكية في حقل العمر.").perpetrator).toBe("US-led coalition");
  });
});

describe("armed groups named by their own unit's name", () => {
  it("reads the SDF's military councils and women's units as the SDF", () => {
    expect(one("قصف مجلس منبج العسكري قرية قرب منبج وقتل طفلين.", "2025-05-01").perpetrator).toBe("SDF");
    expect(one("قتل شابان برصاص وحدات حماية المرأة في مدينة القامشلي.", "2025-05-01").perpetrator).toBe("SDF");
  });
  it("reads Iran's brigades named alone as Iran-backed militias", () => {
    expect(one("قتل ثلاثة مدنيين برصاص لواء الباقر في ريف حلب.", "2023-05-01").perpetrator).toBe("Iran-backed militias");
    expect(one("أعدمت ميليشيا لواء فاطميون شابين في بادية الميادين.", "2023-05-01").perpetrator).toBe("Iran-backed militias");
  });
  it("reads factions of the National Army named alone as the opposition", () => {
    expect(one("قصفت فرقة الحمزات قرية قرب عفرين وقتلت طفلين.", "2023-05-01").perpetrator).toBe("opposition");
    expect(one("قتل شابان برصاص عناصر الجبهة الشامية في مدينة أعزاز.", "2023-05-01").perpetrator).toBe("opposition");
  });
  it("reads the army's corps and divisions as the Syrian government", () => {
    expect(one("قتل شابان برصاص عناصر الفيلق الخامس في بلدة بصرى الشام.", "2023-05-01").perpetrator).toBe("Syrian government");
    expect(one("قصفت قوات الفرقة 25 بلدة كفرنبل وقتلت طفلين.", "2023-05-01").perpetrator).toBe("Syrian government");
  });
  it("keeps such a unit the one hit when the text says so", () => {
    expect(one("قتل عنصران من الفيلق الخامس بانفجار لغم قرب بلدة بصرى الشام.", "2023-05-01").perpetrator).toBe("unknown");
    expect(one("قتل ثلاثة عناصر من لواء الباقر بانفجار عبوة ناسفة قرب مدينة الميادين.", "2023-05-01").perpetrator).toBe("unknown");
  });
});

describe("a bomb rigged and set off", () => {
  it("types 'فخخوا … وفجروها' and 'فجروا عبوة' as explosive", () => {
    expect(one("فخخ مجهولون دراجة نارية وفجروها قرب سوق مدينة الباب فقتل ثلاثة.").type).toBe("explosive");
    expect(one("فجروا عبوة ناسفة بدورية للأمن العام قرب بلدة جاسم ما أدى لمقتل عنصرين.").type).toBe("explosive");
  });
  it("keeps 'فجر اليوم' a time of day", () => {
    expect(one("قتل عنصران فجر اليوم بهجوم مسلح على حاجز قرب بلدة جاسم.", "2025-05-01").type).toBe("attack");
  });
});

describe("an accusation told after the event", () => {
  it("makes the accused the doer, not the accuser named right after the verb", () => {
    expect(one(["قتل ثلاثة عناصر من قسد بهجوم على حاجز في بلدة ذيبان.", "واتهمت قسد خلايا داعش بالوقوف خلف الهجوم."]).perpetrator).toBe("ISIS");
    expect(one(["قتل عنصران من الجيش السوري بهجوم على نقطة قرب دير حافر.", "واتهمت وزارة الدفاع قسد بتنفيذ الهجوم."]).perpetrator).toBe("SDF");
    expect(one(["أصيب ثلاثة مدنيين بقصف على قرية الصور.", "واتهمت قسد الفصائل الموالية لتركيا بتنفيذ القصف."]).perpetrator).toBe("Turkey");
  });
  it("still reads an accused actor right after the verb when no other follows", () => {
    expect(one(["قتل ثلاثة رعاة بهجوم في بادية السخنة.", "ويتهم الأهالي خلايا داعش بتنفيذ الهجوم."]).perpetrator).toBe("ISIS");
  });
});

describe("a killing by a named armed group told with no weapon or manner", () => {
  it("types it as an attack (ANNOTATION.md: armed assault)", () => {
    expect(one("قتل تنظيم داعش خمسة رعاة في بادية السخنة.").type).toBe("attack");
    expect(one("قتلت قسد ثلاثة شبان في بلدة الشحيل.").type).toBe("attack");
    expect(one("أقدم عناصر من فلول النظام على قتل عنصرين من الأمن العام قرب بلدة جبلة.").type).toBe("attack");
  });
  it("leaves a death with neither doer nor manner 'other'", () => {
    expect(one("قتل ثلاثة شبان في بلدة الشحيل.").type).toBe("other");
  });
});

describe("a headline that puts the actor first, the verb in the present", () => {
  it("makes the actor before 'يقتل', 'تقتل' the doer", () => {
    expect(one(["الاحتلال يقتل شابين في ريف القنيطرة", "قتل شابان بإطلاق نار قرب بلدة خان أرنبة."], "2025-03-12").perpetrator).toBe("Israel");
    expect(one(["قسد تقتل مدنيين في دير حافر", "قتل مدنيان بقصف على قرية قرب دير حافر."], "2025-03-12").perpetrator).toBe("SDF");
    expect(one(["قوات النظام تقتل طفلين بقصف على كفرنبل", "قتل طفلان بقصف مدفعي على بلدة كفرنبل."], "2023-03-12").perpetrator).toBe("Syrian government");
  });
  it("keeps an actor after the verb the one hit", () => {
    expect(one(["ضربات جوية تستهدف داعش في الرصافة", "قتل خمسة عناصر من داعش بغارات على بادية الرصافة."], "2023-03-12").perpetrator).toBe("unknown");
  });
});

describe("a group named again after a demonstrative", () => {
  it("is the group named before with the same head ('تلك الفصائل', 'هذه الفصائل')", () => {
    expect(one(["قتل ثلاثة عناصر من الفصائل المسلحة المرتبطة بالحكومة السورية في حي الشيخ مقصود.", "وأوضحت الأسايش أن تلك الفصائل شنت هجوما على نقاطها في الحي."]).perpetrator).toBe("Syrian government");
    expect(one(["قتل ثلاثة عناصر من الفصائل الموالية لتركيا في قرية الصور.", "وقالت قسد إن هذه الفصائل هاجمت نقاطها في القرية."]).perpetrator).toBe("Turkey");
  });
  it("keeps factions with no earlier tie the opposition", () => {
    expect(one(["قتل جنديان في قرية المزيرعة بريف إدلب.", "وقالت وزارة الدفاع إن تلك الفصائل هاجمت نقطة للجيش في القرية."], "2023-03-12").perpetrator).toBe("opposition");
  });
});
