/**
 * An audit of the fields of an incident against ANNOTATION.md: every date form the guide names
 * (relative days and parts of the day, weekdays against every day of publication, day and month
 * in Levantine and Latin names, the current and past month, the new year, Eastern-Arabic digits,
 * no day said, no publication date), every type with its cue words, and every actor the guide
 * lists, as doer (verb first or after) and as target. Sentences, places and figures are written
 * for the test.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../lib/extract/dates";
import { extractIncidents } from "../../lib/extract";

/** 2025-03-12 is a Wednesday. */
const WED = "2025-03-12";
const dateOf = (s: string, published: string | null = WED) => findDates(s, published)[0]?.date ?? null;
const PLACE = " قرب بلدة الصنمين بريف درعا";
/** "type/perpetrator" of each incident a sentence tells. */
const kinds = (s: string) => extractIncidents({ text: s, published: WED, url: null, outlet: null }).map((i) => `${i.type}/${i.perpetrator}`);
const types = (s: string) => kinds(s).map((k) => k.split("/")[0]);
const doers = (s: string) => kinds(s).map((k) => k.split("/")[1]);
/** The date of the one incident the sentence tells, placed so that it is one. */
function incidentDate(s: string, published: string | null): string | null {
  const found = extractIncidents({ text: s + PLACE, published, url: null, outlet: null });
  expect(found).toHaveLength(1);
  return found[0].date;
}

describe("date forms of ANNOTATION.md", () => {
  const cases: Array<[string, string | null, string | null]> = [
    ["قتل عنصران اليوم في هجوم على حاجز", WED, "2025-03-12"],
    ["أصيب مدني بجروح أمس في قصف على القرية", WED, "2025-03-11"],
    ["قتل راع بانفجار لغم أول أمس", WED, "2025-03-10"],
    ["قتل راع بانفجار لغم يوم أمس الأول", WED, "2025-03-10"],
    ...["فجر", "صباح", "ظهر", "عصر", "مساء", "ليل"].flatMap((part): Array<[string, string | null, string | null]> => [
      [`قتل شاب ${part} اليوم برصاص مسلحين`, WED, "2025-03-12"],
      [`قتل شاب ${part} أمس برصاص مسلحين`, WED, "2025-03-11"],
    ]),
    ["قتل شاب ليلة أمس برصاص مسلحين", WED, "2025-03-11"],
    ["قتل شاب في ساعة متأخرة من ليل أمس برصاص مسلحين", WED, "2025-03-11"],
    ["قتل شاب مساء أمس الثلاثاء برصاص مسلحين", WED, "2025-03-11"],
    ["قتل شاب أول أمس الاثنين برصاص مسلحين", WED, "2025-03-10"],
    ["قتل شاب اليوم، الأربعاء، برصاص مسلحين", WED, "2025-03-12"],
    ["قتل ثلاثة في 25 كانون الثاني بهجوم", "2025-02-10", "2025-01-25"],
    ["قتل ثلاثة في 25 يناير الماضي بهجوم", "2025-02-10", "2025-01-25"],
    ["قتل ثلاثة في 25 كانون الثاني/يناير بهجوم", "2025-02-10", "2025-01-25"],
    ["قتل ثلاثة في 3 نيسان بهجوم", "2025-03-10", "2024-04-03"],
    ["قتل ثلاثة في الخامس من الشهر الجاري بهجوم", WED, "2025-03-05"],
    ["قتل ثلاثة في الخامس من الشهر المنصرم بهجوم", WED, "2025-02-05"],
    ["قتل ثلاثة في 25 من الشهر الماضي بهجوم", "2025-01-10", "2024-12-25"],
    ["قتل ثلاثة في 30 ديسمبر بهجوم", "2025-01-04", "2024-12-30"],
    ["قتل ثلاثة في الثامن والعشرين من كانون الأول بهجوم", "2025-01-02", "2024-12-28"],
    ["قتل ثلاثة في 1 كانون الثاني بهجوم", "2024-12-31", "2025-01-01"],
    ["قتل ثلاثة في ٢٥ آذار بهجوم", "2025-03-28", "2025-03-25"],
    ["قتل ثلاثة في الـ ٢٨ من شباط بهجوم", WED, "2025-02-28"],
    ["قتل ثلاثة بتاريخ ٩/٣/٢٠٢٥ بهجوم", WED, "2025-03-09"],
    ["قتل ثلاثة يوم الأحد، 9 آذار، بهجوم", WED, "2025-03-09"],
    ["قتل ثلاثة قبل أيام بهجوم", WED, null],
    ["قتل ثلاثة قبل عدة أيام بهجوم", WED, null],
    ["قتل ثلاثة في مطلع الشهر الجاري بهجوم", WED, null],
    ["قتل ثلاثة اليوم بهجوم", null, null],
    ["قتل ثلاثة أمس الثلاثاء بهجوم", null, null],
    ["قتل ثلاثة في 25 آذار بهجوم", null, null],
    ["قتل ثلاثة يوم الخميس 25 آذار 2021 بهجوم", null, "2021-03-25"],
  ];
  it.each(cases)("%s (published %s) → %s", (s, published, want) => {
    expect(dateOf(s, published)).toBe(want);
    expect(incidentDate(s, published)).toBe(want);
  });

  it("resolves a weekday, with or without يوم or a part of the day, against every weekday of publication", () => {
    // 2025-03-09 (Sunday) … 2025-03-15 (Saturday); the Wednesday on or before each, and strictly before.
    const pubs = ["2025-03-09", "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14", "2025-03-15"];
    const onOrBefore = ["2025-03-05", "2025-03-05", "2025-03-05", "2025-03-12", "2025-03-12", "2025-03-12", "2025-03-12"];
    const before = ["2025-03-05", "2025-03-05", "2025-03-05", "2025-03-05", "2025-03-12", "2025-03-12", "2025-03-12"];
    pubs.forEach((p, k) => {
      for (const s of ["قتل عنصران يوم الأربعاء بهجوم", "قتل عنصران الأربعاء بهجوم", "قتل عنصران مساء الأربعاء بهجوم", "قتل عنصران فجر يوم الأربعاء بهجوم"]) {
        expect(dateOf(s, p), `${s} / ${p}`).toBe(onOrBefore[k]);
      }
      for (const s of ["قتل عنصران الأربعاء الماضي بهجوم", "قتل عنصران يوم الأربعاء الفائت بهجوم"]) {
        expect(dateOf(s, p), `${s} / ${p}`).toBe(before[k]);
      }
    });
  });

  it("reads last night ('الليلة الماضية') as the day before publication, tonight alone as no date", () => {
    expect(dateOf("قتل شاب الليلة الماضية برصاص مسلحين")).toBe("2025-03-11");
    expect(dateOf("انفجرت عبوة الليلة الفائتة بسيارة عسكرية", "2025-01-01")).toBe("2024-12-31");
    expect(dateOf("أصيب طفلان خلال الليلة المنصرمة بقذيفة", "2025-06-02")).toBe("2025-06-01");
    expect(dateOf("يتوقع أن تشهد المدينة الليلة اشتباكات")).toBeNull();
  });

  it("reads a day of 'الشهر' with no relation as a day of the page's month, the month before when past the page's day", () => {
    expect(dateOf("قتل ثلاثة في الـ 25 من الشهر بهجوم", "2025-03-28")).toBe("2025-03-25");
    expect(dateOf("اغتيل مختار البلدة في العاشر من الشهر", "2025-07-19")).toBe("2025-07-10");
    expect(dateOf("قتل ثلاثة في الـ 25 من الشهر بهجوم", "2025-01-05")).toBe("2024-12-25");
    // "the same month" names a month told before, which this sentence does not say.
    expect(dateOf("وفي العاشر من الشهر نفسه قتل عنصر", "2025-07-19")).toBeNull();
  });

  it("reads 'الجاري' or 'الحالي' alone after a day as the page's month ('في 5 الجاري')", () => {
    expect(dateOf("قتل شاب في 5 الجاري برصاص مسلحين")).toBe("2025-03-05");
    expect(dateOf("انفجرت عبوة يوم الـ 9 من الحالي بدورية", "2025-07-20")).toBe("2025-07-09");
    expect(dateOf("اغتيل مختار القرية في الثالث من الجاري", "2025-11-04")).toBe("2025-11-03");
    // With its weekday: the date says which Wednesday.
    expect(dateOf("قتل شاب الأربعاء 5 الجاري برصاص مسلحين")).toBe("2025-03-05");
  });

  it("reads the word 'month' before a month's name ('في العاشر من شهر آذار')", () => {
    expect(dateOf("قتل شاب في العاشر من شهر آذار برصاص مسلحين")).toBe("2025-03-10");
    expect(dateOf("انفجر لغم في 4 من شهر شباط الماضي", "2025-03-01")).toBe("2025-02-04");
    expect(dateOf("قتل ثلاثة في 17 شهر تشرين الأول 2019", null)).toBe("2019-10-17");
  });
});

describe("types of ANNOTATION.md and their cue words", () => {
  const cases: Array<[string, string]> = [
    ["هاجم مسلحون حاجزا للجيش قرب بلدة الصنمين بريف درعا، ما أدى إلى مقتل عنصرين.", "attack"],
    ["قتل ثلاثة عناصر في هجوم مسلح على نقطة عسكرية قرب بلدة الصنمين بريف درعا.", "attack"],
    ["قتل عنصران في كمين نصبه مسلحون لدورية قرب بلدة الصنمين بريف درعا.", "ambush"],
    ["قتل راع بانفجار لغم أرضي قرب بلدة الصنمين بريف درعا.", "explosive"],
    ["قتل عنصران بانفجار عبوة ناسفة بسيارتهم قرب بلدة الصنمين بريف درعا.", "explosive"],
    ["قتل خمسة أشخاص بانفجار دراجة نارية مفخخة في سوق مدينة الصنمين بريف درعا.", "explosive"],
    ["فجر انتحاري نفسه في حاجز بمدينة الصنمين بريف درعا، ما أدى إلى مقتل أربعة عناصر.", "explosive"],
    ["قتل أربعة عناصر بتفجير انتحاري استهدف حاجزا في مدينة الصنمين بريف درعا.", "explosive"],
    ["قتل ستة مدنيين في قصف جوي على مدينة الصنمين بريف درعا.", "airstrike"],
    ["قتل عنصران باستهداف سيارتهم بطائرة مسيرة قرب مدينة الصنمين بريف درعا.", "airstrike"],
    ["أصيب ثلاثة مدنيين بقذائف هاون سقطت على مدينة الصنمين بريف درعا.", "shelling"],
    ["قتل مدني بقصف صاروخي استهدف مدينة الصنمين بريف درعا.", "shelling"],
    ["اندلعت مواجهات مسلحة في مدينة الصنمين بريف درعا أسفرت عن مقتل شخصين.", "clash"],
    ["اغتال مسلحون مجهولون مختار بلدة الصنمين بريف درعا.", "assassination"],
    ["اختطف مسلحون مجهولون طبيبا في مدينة الصنمين بريف درعا.", "abduction"],
    ["أعدم تنظيم داعش ثلاثة رعاة ميدانيا قرب مدينة الصنمين بريف درعا.", "execution"],
  ];
  it.each(cases)("%s → %s", (s, type) => {
    expect(types(s)).toEqual([type]);
  });

  it("reads a raid ('داهم', 'مداهمة') in which people were killed as an attack", () => {
    expect(types("داهمت قوة مسلحة منزلا في بلدة الصنمين بريف درعا وقتلت شابين.")).toEqual(["attack"]);
    expect(types("قتل ثلاثة أشخاص خلال مداهمة مسلحين مزرعة قرب قرية المسيفرة بريف درعا.")).toEqual(["attack"]);
    expect(types("داهم ملثمون محلا تجاريا في مدينة إزرع وأصابوا صاحبه بجروح.")).toEqual(["attack"]);
  });

  it("reads one person shot by a sniper as an attack, not an assassination", () => {
    expect(types("قتل عنصر برصاص قناص في مدينة الصنمين بريف درعا.")).toEqual(["attack"]);
    expect(types("أصيبت امرأة برصاص قناصة قرب دوار البلدة في مدينة نوى بريف درعا.")).toEqual(["attack"]);
    // Gunfire at one person with no sniper named stays an assassination.
    expect(types("قتل شاب برصاص مسلحين مجهولين في مدينة نوى بريف درعا.")).toEqual(["assassination"]);
  });
});

describe("actors of ANNOTATION.md, as doers and as targets", () => {
  const cases: Array<[string, string]> = [
    ["قتل خمسة عناصر من قوات النظام بهجوم لخلايا التنظيم قرب بلدة الصنمين بريف درعا.", "ISIS"],
    ["قتل طفلان بقصف مدفعي لقوات النظام على بلدة الصنمين بريف درعا.", "Syrian government"],
    ["شنت طائرات روسية غارات على بلدة الصنمين بريف درعا فقتلت ستة مدنيين.", "Russia"],
    ["قتل ستة مدنيين بغارات للتحالف الدولي على بلدة الصنمين بريف درعا.", "US-led coalition"],
    ["قتل عنصران بغارة إسرائيلية على بلدة الصنمين بريف درعا.", "Israel"],
    ["قصفت المدفعية التركية قرية الدردارة بريف الحسكة ما أدى إلى مقتل مدنيين.", "Turkey"],
    ["قتل مدني برصاص الأسايش في قرية الدردارة بريف الحسكة.", "SDF"],
    ["قتل جنديان تركيان بهجوم لوحدات حماية الشعب قرب قرية الدردارة بريف الحسكة.", "SDF"],
    ["قتل عنصران بهجوم لفصائل المعارضة على حاجز للنظام قرب بلدة الصنمين بريف درعا.", "opposition"],
    ["قتل عنصران من الأمن العام بهجوم لفلول النظام قرب مدينة جبلة بريف اللاذقية.", "other"],
    ["قتل مدنيان برصاص عناصر من الأمن الداخلي في مدينة جبلة بريف اللاذقية.", "Syrian government"],
    ["قتل عنصران من الأمن العام بهجوم لمسلحين من الحرس الوطني قرب مدينة السويداء.", "other"],
    ["قتل ثلاثة أشخاص في هجوم شنه مقاتلو العشائر على قرية قرب مدينة السويداء.", "other"],
    ["قتل جنديان من الجيش السوري بقصف لقسد قرب دير حافر بريف حلب.", "SDF"],
    // Targets, not doers.
    ["استهدف مسلحون مجهولون دورية لقسد قرب قرية الدردارة بريف الحسكة ما أدى إلى مقتل عنصرين.", "unknown"],
    ["قتل عنصران من قوات النظام بانفجار عبوة ناسفة قرب بلدة الصنمين بريف درعا.", "unknown"],
    ["هاجم مسلحون مجهولون مقرا للجيش الوطني قرب قرية الدردارة بريف الحسكة وقتلوا عنصرين.", "unknown"],
    ["قتل راع بانفجار لغم زرعه التنظيم قرب مدينة الصنمين بريف درعا.", "ISIS"],
  ];
  it.each(cases)("%s → %s", (s, perpetrator) => {
    expect(doers(s)).toEqual([perpetrator]);
  });

  it("reads the actor right after a verb of attack written first as its doer ('هاجمت هيئة تحرير الشام')", () => {
    expect(doers("هاجمت هيئة تحرير الشام نقطة للنظام قرب بلدة الصنمين بريف درعا وقتلت ثلاثة جنود.")).toEqual(["opposition"]);
    expect(doers("توغلت قوات الاحتلال في بلدة الصنمين بريف درعا وقتلت شابا.")).toEqual(["Israel"]);
    expect(doers("هاجمت فصائل درزية حاجزا للأمن العام قرب مدينة السويداء وقتلت أربعة عناصر.")).toEqual(["other"]);
    expect(doers("هاجمت ميليشيا حزب الله نقطة قرب بلدة الصنمين بريف درعا وقتلت عنصرين.")).toEqual(["Iran-backed militias"]);
  });

  it("reads a group drawn from an actor after such a verb as that actor ('هاجمت مجموعة من فلول النظام')", () => {
    expect(doers("هاجمت مجموعة من فلول النظام حاجزا للأمن العام قرب مدينة جبلة بريف اللاذقية وقتلت ثلاثة عناصر.")).toEqual(["other"]);
    expect(doers("أطلق عناصر من الجيش السوري النار على سيارة في مدينة جبلة بريف اللاذقية فقتلوا شخصين.")).toEqual(["Syrian government"]);
    expect(doers("اقتحم مسلحون من العشائر قرية قرب مدينة شهبا بريف السويداء وقتلوا رجلين.")).toEqual(["other"]);
  });

  it("keeps the object of such a verb a target when a doer stands before it", () => {
    expect(doers("هاجم مسلحون مجهولون حاجزا لقوات النظام قرب بلدة الصنمين بريف درعا وقتلوا عنصرين.")).toEqual(["unknown"]);
    expect(doers("هوجمت دورية لقسد قرب قرية الدردارة بريف الحسكة ما أدى إلى مقتل عنصرين.")).toEqual(["unknown"]);
  });

  it("reads 'استهدفت X' with what was hit after X as X's act, and the passive as X's loss", () => {
    expect(doers("استهدفت قسد حاجزا للجيش السوري قرب دير حافر بريف حلب ما أدى إلى مقتل جنديين.")).toEqual(["SDF"]);
    expect(doers("استهدفت قوات النظام منزلا في بلدة الصنمين بريف درعا ما أدى إلى مقتل امرأة.")).toEqual(["Syrian government"]);
    expect(doers("استهدفت قوات النظام بعبوة ناسفة قرب بلدة الصنمين بريف درعا ما أدى إلى مقتل عنصرين.")).toEqual(["unknown"]);
  });

  it("reads who laid, fired or committed it ('نصبه', 'أطلقته', 'ارتكبتها')", () => {
    expect(doers("قتل ثلاثة عناصر من الأمن العام بكمين نصبه مسلحون دروز قرب مدينة السويداء.")).toEqual(["other"]);
    expect(doers("قتل مدنيان بصاروخ أطلقته ميليشيات موالية لإيران على بلدة الصنمين بريف درعا.")).toEqual(["Iran-backed militias"]);
    expect(doers("قتل سبعة مدنيين في مجزرة ارتكبتها قوات النظام في بلدة الصنمين بريف درعا.")).toEqual(["Syrian government"]);
  });

  it("reads the ministry of defence as the state's, and another state's with its adjective", () => {
    expect(doers("قصفت وزارة الدفاع مواقع لقسد قرب قرية الدردارة بريف الحسكة ما أدى إلى مقتل عنصرين.")).toEqual(["Syrian government"]);
    expect(doers("قالت وزارة الدفاع التركية إنها قصفت مواقع قرب قرية الدردارة بريف الحسكة وقتلت خمسة مسلحين.")).toEqual(["Turkey"]);
  });

  it("names shelling by an armed group that is no state as theirs ('بقصف للميليشيات الإيرانية')", () => {
    expect(doers("قتل ثلاثة مدنيين بقصف للميليشيات الإيرانية على بلدة الصنمين بريف درعا.")).toEqual(["Iran-backed militias"]);
    expect(doers("أصيب طفلان بقصف بقذائف الهاون شنته خلايا داعش على حي الجورة في مدينة دير الزور.")).toEqual(["ISIS"]);
    // Shelling with no doer named stays unknown even where a group is named as its target.
    expect(doers("قتل عنصران من داعش بقصف مدفعي على بلدة الصنمين بريف درعا.")).toEqual(["unknown"]);
  });
});

describe("air support named beside a ground fight", () => {
  it("does not make the air force that backed a fight its doer ('بدعم من طيران التحالف')", () => {
    expect(kinds("هاجم تنظيم داعش مواقع لقسد قرب بلدة مركدة بريف الحسكة، وقتل أربعة عناصر، فيما تصدت قسد للهجوم بدعم من طيران التحالف الدولي.")).toEqual(["attack/ISIS"]);
    expect(kinds("قتل خمسة عناصر من قسد بهجوم لداعش على قرية الباغوز بريف دير الزور، وسط إسناد جوي من طيران التحالف.")).toEqual(["attack/ISIS"]);
  });

  it("does not name the air force that only backed a takeover as a doer ('سيطرت … بغطاء جوي روسي')", () => {
    expect(kinds("وكانت قوات النظام سيطرت على بلدة كفرنبودة بريف حماة بغطاء جوي من الطائرات الروسية.")).not.toContain("airstrike/Russia");
    expect(kinds("وكانت الفصائل قد تقدمت نحو قرية الدردارة بريف الحسكة بدعم من المسيرات التركية.")).not.toContain("airstrike/Turkey");
  });

  it("keeps a strike by the same air force a strike of its own", () => {
    expect(kinds("قتل ستة مدنيين بغارات لطيران التحالف الدولي على قرية الباغوز بريف دير الزور.")).toEqual(["airstrike/US-led coalition"]);
    expect(kinds("شنت الطائرات الروسية غارات على بلدة كفرنبودة بريف حماة، ما أدى إلى مقتل ثلاثة مدنيين.")).toEqual(["airstrike/Russia"]);
  });
});

describe("more doers and weapons of Syrian news", () => {
  it("reads a killing verb written first with an armed force right after it as that force's act", () => {
    expect(kinds("أعدمت قسد شابا ميدانيا في قرية الدردارة بريف الحسكة.")).toEqual(["execution/SDF"]);
    expect(kinds("اغتالت خلايا التنظيم مختار قرية الكشكية بريف دير الزور.")).toEqual(["assassination/ISIS"]);
    expect(kinds("قتلت قوات الأمن العام ثلاثة مسلحين في اشتباك قرب مدينة جبلة بريف اللاذقية.")).toEqual(["clash/Syrian government"]);
  });

  it("reads the nationality of a tank or of a blow as its doer ('دبابة إسرائيلية', 'ضربة أمريكية')", () => {
    expect(kinds("أطلقت دبابة إسرائيلية قذيفة على قرية الحميدية بريف القنيطرة ما أدى إلى إصابة طفل.")).toEqual(["shelling/Israel"]);
    expect(kinds("قتل قيادي في حراس الدين بضربة أمريكية قرب مدينة سرمدا بريف إدلب.")).toEqual(["airstrike/US-led coalition"]);
    expect(kinds("قتل ثلاثة عناصر من قسد بضربة تركية على قرية الدردارة بريف الحسكة.")).toEqual(["airstrike/Turkey"]);
  });

  it("reads one of an actor's men ('قيادي في داعش') as its loss, and a helicopter raid's nationality as its doer", () => {
    expect(kinds("قتل قيادي في داعش بعملية إنزال جوي للتحالف في ريف دير الزور.")).toEqual(["attack/US-led coalition"]);
    expect(kinds("قتل عنصر في قسد بانفجار عبوة ناسفة قرب قرية الدردارة بريف الحسكة.")).toEqual(["explosive/unknown"]);
  });

  it("reads barrel bombs as air strikes by the former regime's aircraft", () => {
    expect(kinds("قتل ثلاثة مدنيين بقصف بالبراميل المتفجرة على قرية البارة بريف إدلب.")).toEqual(["airstrike/Syrian government"]);
    expect(kinds("ألقت مروحيات النظام براميل متفجرة على قرية البارة بريف إدلب ما أدى إلى مقتل ثلاثة مدنيين.")).toEqual(["airstrike/Syrian government"]);
  });

  it("reads an assault by fighters sent to the death ('عملية انغماسية') as an attack", () => {
    expect(kinds("قتل ثلاثة جنود بعملية انغماسية لهيئة تحرير الشام على محور البارة بريف إدلب.")).toEqual(["attack/opposition"]);
    expect(kinds("هاجم انغماسيون من داعش نقطة للجيش قرب بلدة السخنة بريف حمص وقتلوا خمسة جنود.")).toEqual(["attack/ISIS"]);
  });

  it("reads Bedouin tribal fighters as other", () => {
    expect(kinds("قتل ثلاثة مدنيين بهجوم شنته مجموعات من البدو على قرية الثعلة بريف السويداء.")).toEqual(["attack/other"]);
    expect(kinds("هاجم مسلحون من البدو قرية المزرعة بريف السويداء وقتلوا رجلين.")).toEqual(["attack/other"]);
  });
});
