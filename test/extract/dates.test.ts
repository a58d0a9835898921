import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { articleDateOf, findDates } from "../../lib/extract/dates";
import { extractIncidents } from "../../lib/extract/index";

// 2020-11-26 is a Thursday.
const PUB = "2020-11-26";
const dates = (s: string, published: string | null = PUB) => findDates(s, published).map((d) => d.date);

describe("relative days", () => {
  it("resolves اليوم to the publication date", () => {
    expect(dates("قتل 3 عناصر اليوم")).toEqual(["2020-11-26"]);
  });
  it("resolves فجر اليوم to the publication date", () => {
    expect(dates("هجوم فجر اليوم على حاجز")).toEqual(["2020-11-26"]);
  });
  it("resolves أمس to the day before publication", () => {
    expect(dates("قتل عنصر مساء أمس")).toEqual(["2020-11-25"]);
  });
  it("resolves أول أمس and أمس الأول to two days before publication", () => {
    expect(dates("اختفوا أول أمس")).toEqual(["2020-11-24"]);
    expect(dates("اختفوا أمس الأول")).toEqual(["2020-11-24"]);
  });
  it("resolves أمس الأربعاء to the Wednesday before publication", () => {
    expect(dates("هاجم التنظيم أمس الأربعاء موقعا")).toEqual(["2020-11-25"]);
  });
  it("resolves أمس with a weekday to that weekday even when it is not the day before", () => {
    expect(dates("وأمس الاثنين قتل عنصران")).toEqual(["2020-11-23"]);
  });
  it("resolves a bare weekday to its last occurrence on or before publication", () => {
    expect(dates("هجوم الخميس")).toEqual(["2020-11-26"]);
    expect(dates("هجوم مساء السبت")).toEqual(["2020-11-21"]);
  });
  it("resolves الأحد الماضي to the Sunday strictly before publication", () => {
    expect(dates("قتل الأحد الماضي")).toEqual(["2020-11-22"]);
    expect(dates("قتل الخميس الماضي")).toEqual(["2020-11-19"]);
  });
  it("resolves قبل يومين to two days before publication", () => {
    expect(dates("قتلوا قبل يومين")).toEqual(["2020-11-24"]);
  });
  it("gives no date for relative words without a publication date", () => {
    expect(dates("قتل عنصر أمس الأربعاء", null)).toEqual([]);
    expect(dates("هجوم اليوم", null)).toEqual([]);
  });
  it("does not read اليوم in لليوم الثاني or ذات اليوم as today", () => {
    expect(dates("غارات لليوم الثاني على التوالي")).toEqual([]);
    expect(dates("وفي ذات اليوم قتل 4 عناصر")).toEqual([]);
  });
  it("does not read a coming weekday as a date", () => {
    expect(dates("اجتماع الأحد المقبل")).toEqual([]);
  });
  it("does not read أحد (one) as Sunday", () => {
    expect(dates("قتل أحد العناصر")).toEqual([]);
  });
});

describe("day and month", () => {
  it("reads a Levantine month with من and infers the year not after publication", () => {
    expect(dates("في 25 من تشرين الثاني")).toEqual(["2020-11-25"]);
    expect(dates("في 28 من تشرين الأول الماضي")).toEqual(["2020-10-28"]);
  });
  it("puts a day later than publication in the year before", () => {
    expect(dates("في 3 كانون الأول")).toEqual(["2019-12-03"]);
  });
  it("reads Egyptian/Gulf month names and their spelling variants", () => {
    expect(dates("في 5 إبريل")).toEqual(["2020-04-05"]);
    expect(dates("في 5 أبريل")).toEqual(["2020-04-05"]);
    expect(dates("يوم 9 أغسطس")).toEqual(["2020-08-09"]);
  });
  it("reads the paired form كانون الثاني/يناير", () => {
    expect(findDates("في 5 كانون الثاني/يناير الماضي", PUB)).toEqual([
      { date: "2020-01-05", precision: "day", start: 3, end: 30, text: "5 كانون الثاني/يناير الماضي" },
    ]);
  });
  it("takes an explicit year even without a publication date", () => {
    expect(dates("في 25 تشرين الثاني 2019", null)).toEqual(["2019-11-25"]);
    expect(dates("في 25 تشرين الثاني عام 2019", null)).toEqual(["2019-11-25"]);
  });
  it("gives no date for day and month without a year when publication is unknown", () => {
    expect(dates("في 12 أيلول", null)).toEqual([]);
  });
  it("resolves الـ25 من الشهر الجاري to the publication month", () => {
    expect(dates("في الـ25 من الشهر الجاري")).toEqual(["2020-11-25"]);
  });
  it("resolves a day of الشهر الماضي to the month before publication", () => {
    expect(dates("في 3 من الشهر الماضي")).toEqual(["2020-10-03"]);
  });
  it("reads ordinal days with من and a month", () => {
    expect(dates("في السابع من الشهر الجاري")).toEqual(["2020-11-07"]);
    expect(dates("في التاسع من آب الجاري", "2016-08-18")).toEqual(["2016-08-09"]);
    expect(dates("في الحادي والعشرين من آب")).toEqual(["2020-08-21"]);
  });
  it("does not read an ordinal without a month as a date", () => {
    expect(dates("في الأسبوع الثاني")).toEqual([]);
  });
  it("joins a weekday to the date after it", () => {
    expect(findDates("شيعت الخميس 18 آب", "2016-08-18")).toEqual([
      { date: "2016-08-18", precision: "day", start: 5, end: 17, text: "الخميس 18 آب" },
    ]);
  });
  it("rejects days that are not in the month", () => {
    expect(dates("في 31 شباط 2020")).toEqual([]);
  });
});

describe("numeric dates and ranges", () => {
  it("reads day/month/year and year-month-day", () => {
    expect(dates("بتاريخ 25/11/2020", null)).toEqual(["2020-11-25"]);
    expect(dates("بتاريخ 2020-11-25", null)).toEqual(["2020-11-25"]);
    expect(dates("بتاريخ 25.11.2020", null)).toEqual(["2020-11-25"]);
  });
  it("reads بين 20 و 25 as a range starting on the first day", () => {
    expect(findDates("بين 20 و 25 تشرين الثاني", PUB)).toEqual([
      { date: "2020-11-20", precision: "range", start: 0, end: 24, text: "بين 20 و 25 تشرين الثاني" },
    ]);
  });
  it("reads من 3 إلى 5 آب as a range", () => {
    expect(findDates("من 3 إلى 5 آب", PUB).map((d) => [d.date, d.precision])).toEqual([["2020-08-03", "range"]]);
  });
});

describe("numbers that are not dates", () => {
  it("does not read ages, counts or distances as dates", () => {
    expect(dates("شاب يبلغ من العمر 17 عاماً")).toEqual([]);
    expect(dates("مقتل 25 عنصرا")).toEqual([]);
    expect(dates("نحو 25 كم شمال غرب مدينة تدمر")).toEqual([]);
    expect(dates("خلال الساعات الـ24 الماضية")).toEqual([]);
    expect(dates("بين 20 و 25 عنصرا")).toEqual([]);
  });
  it("does not read a year alone as a date", () => {
    expect(dates("تم تشكيلها في 2012")).toEqual([]);
  });
});

describe("offsets and robustness", () => {
  it("cuts the text from the original sentence with its diacritics and digits", () => {
    const s = "قُتِلَ ٣ عناصر أمسِ الأربعاءَ";
    const [d] = findDates(s, PUB);
    expect(s.slice(d.start, d.end)).toBe("أمسِ الأربعاءَ");
    expect(d.text).toBe("أمسِ الأربعاءَ");
  });
  it("leaves a proclitic و out of the text", () => {
    expect(findDates("وأمس الجمعة", PUB)[0].text).toBe("أمس الجمعة");
  });
  it("ignores a malformed publication date", () => {
    expect(dates("هجوم أمس", "yesterday")).toEqual([]);
  });
  it("never throws and keeps offsets inside the sentence", () => {
    const alphabet = fc.constantFrom(..."0123456789/-. أمساليومبينو25منتشرينالثانيآبالشهرالجاريالأحد".split(""), " ", "،", "ـ");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join("")), fc.constantFrom(PUB, null), (s, p) => {
        for (const d of findDates(s, p)) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(s.length);
          expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("a page's publication stamp in the text ('date 2025-12-15')", () => {
  const dateOf = (text: string, published: string | null) => extractIncidents({ text, published, url: null, outlet: null }).map((i) => i.date);
  it("dates no event: the publication date counts only through words such as اليوم", () => {
    expect(dateOf("date 2025-12-15 قتل 4 عناصر من الأمن بهجوم مسلح في بلدة سراقب.", "2025-12-15")).toEqual([null]);
    expect(dateOf("date 2023-04-02\nانفجرت عبوة ناسفة بسيارة عسكرية قرب مدينة الباب، ما أدى إلى إصابة جنديين.", null)).toEqual([null]);
  });
  it("leaves the words of the text to date the event", () => {
    expect(dateOf("date 2025-12-15 قتل 4 عناصر من الأمن أمس بهجوم مسلح في بلدة سراقب.", "2025-12-15")).toEqual(["2025-12-14"]);
    expect(dates("date 2020-11-26 قصفت طائرات حربية بلدة كفرنبل يوم الثلاثاء")).toEqual(["2020-11-24"]);
  });
  it("is still the article's own day when the page gives none", () => {
    expect(articleDateOf("date 2023-04-02\nقتل شاب اليوم برصاص مجهولين في درعا.")).toBe("2023-04-02");
    expect(dates("date 2023-04-02 قتل شاب", null)).toEqual(["2023-04-02"]);
  });
});

describe("hours before publication", () => {
  it("reads 'قبل ساعات', 'منذ ساعتين', 'قبل قليل' as the page's day", () => {
    expect(dates("قتل عنصران بهجوم قبل ساعات")).toEqual([PUB]);
    expect(dates("سقطت قذيفة على الحي منذ ساعتين")).toEqual([PUB]);
    expect(dates("انفجرت عبوة قبل قليل قرب الجسر")).toEqual([PUB]);
  });
  it("reads no day in hours before another event ('قبل ساعات من …')", () => {
    expect(dates("قتل عنصر قبل ساعات من وصول الوفد")).toEqual([]);
    expect(dates("انفجرت عبوة قبل ساعة على بدء الاجتماع")).toEqual([]);
  });
});

describe("a month named in both calendars, the Egyptian/Gulf name first", () => {
  it("keeps the year after a two-word Levantine name ('نوفمبر/تشرين الثاني 2019')", () => {
    expect(dates("قتل عنصران في 5 نوفمبر/تشرين الثاني 2019 بريف حلب")).toEqual(["2019-11-05"]);
    expect(dates("انفجرت عبوة يوم 12 يناير/كانون الثاني 2018 في درعا")).toEqual(["2018-01-12"]);
    expect(dates("في الثالث من أكتوبر (تشرين الأول) 2017 قصفت الطائرات البلدة")).toEqual(["2017-10-03"]);
  });
  it("reads Levantine names written without the article ('تشرين ثاني', 'كانون أول')", () => {
    expect(dates("قتل عنصر في 5 تشرين ثاني 2019", null)).toEqual(["2019-11-05"]);
    expect(dates("انفجرت عبوة في 12 كانون اول", "2021-01-03")).toEqual(["2020-12-12"]);
    expect(dates("في السابع من كانون ثاني قصفت الطائرات البلدة")).toEqual(["2020-01-07"]);
  });
  it("reads the pair without a year in the page's year", () => {
    expect(dates("عثر على جثتين في 14 نوفمبر/تشرين الثاني قرب إدلب")).toEqual(["2020-11-14"]);
  });
});

describe("the day a source spoke and the day a later 'وكان … قد' gives the event", () => {
  const dateOf = (text: string, published: string) => extractIncidents({ text, published, url: null, outlet: null }).map((i) => i.date);
  it("gives the placed event the recount's day, not the announcement's weekday", () => {
    const a = "أعلنت الشرطة، الأحد، القبض على المتهم بقتل رجلين في بلدة كفرنبودة بريف حماة.\nوكانت دورية قد وجدت جثتي الرجلين قرب النهر في 3 آذار.";
    expect(dateOf(a, "2024-03-10")[0]).toBe("2024-03-03");
    const b = "أعلن الأمن الداخلي يوم الثلاثاء اعتقال منفذ جريمة قتل شقيقين في مدينة السلمية بريف حماة.\nوكان جيران قد سمعوا إطلاق نار وقتل الشقيقان في 20 شباط.";
    expect(dateOf(b, "2024-03-05")[0]).toBe("2024-02-20");
  });
  it("reads a day said before 'كانوا قد' (bodies arrived, a funeral) as that day, and takes the later recount's", () => {
    const a = "وصلت جثامين 6 عناصر من الجيش إلى مدينة جبلة، اليوم الأحد، كانوا قد قتلوا بكمين في ريف مدينة القرداحة.\nوكان مصدر عسكري قال إن العناصر كانوا قد قتلوا في قرية بيت ياشوط بريف اللاذقية، يوم الجمعة.";
    expect(dateOf(a, "2024-03-10")[0]).toBe("2024-03-08");
    const b = "شيع أهالي بلدة الصنمين، الثلاثاء، 4 شبان كانوا قد قضوا بانفجار عبوة ناسفة في ريف درعا.\nوكان مصدر محلي ذكر أن العبوة كانت قد انفجرت بسيارتهم قرب بلدة غباغب بريف درعا أمس الأول.";
    expect(dateOf(b, "2024-03-05")[0]).toBe("2024-03-03");
  });
  it("keeps that day when no later sentence gives the event one, or the recount is in another governorate", () => {
    const alone = "وصلت جثامين 6 عناصر من الجيش إلى مدينة جبلة، اليوم الأحد، كانوا قد قتلوا بكمين في ريف مدينة القرداحة.";
    expect(dateOf(alone, "2024-03-10")).toEqual(["2024-03-10"]);
    const elsewhere = "شيع أهالي بلدة الصنمين، الثلاثاء، 4 شبان كانوا قد قضوا بانفجار عبوة ناسفة في ريف درعا.\nوكانت عبوة قد انفجرت بسيارة قرب مدينة تدمر بريف حمص أمس الأول.";
    expect(dateOf(elsewhere, "2024-03-05")[0]).toBe("2024-03-05");
  });
  it("keeps the day of an event told after its word, or when the recount is an earlier attack elsewhere or tells another toll", () => {
    const own = "قتل رجلان، الأحد، برصاص مسلحين في بلدة كفرنبودة بريف حماة.\nوكان مسلحون قد قتلوا في 3 آذار رجلين آخرين.";
    expect(dateOf(own, "2024-03-10")[0]).toBe("2024-03-10");
    const earlier = "أعلن المرصد، الأربعاء، مقتل عنصرين بهجوم على حاجز في بلدة الصنمين بريف درعا.\nوكان مسلحون قد قتلوا في 2 آذار شابين في مدينة جاسم بريف درعا.";
    expect(dateOf(earlier, "2024-03-06")).toEqual(["2024-03-06", "2024-03-02"]);
    const lead = "أعلن المرصد، الأربعاء، مقتل عنصرين بهجوم على حاجز في بلدة الصنمين بريف درعا.\n";
    expect(dateOf(lead + "وكان عنصران آخران قد قتلا في 2 آذار.", "2024-03-06")[0]).toBe("2024-03-06");
    expect(dateOf(lead + "وكان هجوم آخر قد أودى بحياة عنصرين في 2 آذار.", "2024-03-06")[0]).toBe("2024-03-06");
    const other = "أعلنت الشرطة، الأحد، القبض على المتهم بقتل رجلين في بلدة كفرنبودة بريف حماة.\nوكانت دورية قد وجدت جثث ثلاثة رجال قرب النهر في 3 آذار.";
    expect(dateOf(other, "2024-03-10")[0]).toBe("2024-03-10");
  });
});
