import { describe, expect, it } from "vitest";
import { normalize } from "../../lib/text/normalize";
import { findFigures } from "../../lib/extract/counts";
import { tokenize } from "../../lib/extract/tokens";

/** Figures of a sentence as "role min-max" strings, with "~" for vague and "!" for a final toll. */
const figs = (s: string) =>
  findFigures(tokenize(normalize(s))).map((f) => `${f.role} ${f.count.min}-${f.count.max ?? "∞"}${f.vague ? "~" : ""}${f.final ? "!" : ""}`);

describe("killed and wounded", () => {
  it("ties a number after a verbal noun to it", () => {
    expect(figs("أسفر الهجوم عن مقتل 7 عناصر وإصابة 4 آخرين")).toEqual(["killed 7-7", "wounded 4-4"]);
  });
  it("ties a number before a plural verb to it", () => {
    expect(figs("وقال المصدر إن 12 جنديا قتلوا، وأصيب 9 آخرون")).toEqual(["killed 12-12", "wounded 9-9"]);
  });
  it("does not count the blasts a toll was told over as people", () => {
    expect(figs("وقال إن 48 شخصا قتلوا في ثلاثة تفجيرات")).toEqual(["killed 48-48"]);
  });
  it("does not count the people whose attack it was (هجوم لمسلحين) as the victims", () => {
    expect(figs("وقال إن 12 جنديا قتلوا في هجوم لمسلحين قرب الحاجز")).toEqual(["killed 12-12"]);
  });
  it("reads a passive verb with its subject after it", () => {
    expect(figs("قُتل ثلاثة مدنيين بانفجار لغم")).toEqual(["killed 3-3"]);
  });
  it("counts a singular noun as one and a dual as two", () => {
    expect(figs("مقتل عنصر وإصابة ضابطين")).toEqual(["killed 1-1", "wounded 2-2"]);
  });
  it("counts 'and another wounded' as one", () => {
    expect(figs("قتل ضابط وجرح آخر")).toEqual(["killed 1-1", "wounded 1-1"]);
  });
  it("counts unnumbered others as two or more, vague", () => {
    expect(figs("مقتل 4 عناصر وإصابة آخرين")).toEqual(["killed 4-4", "wounded 2-∞~"]);
  });
  it("reads idioms of death", () => {
    expect(figs("لقي خمسة أشخاص مصرعهم")).toEqual(["killed 5-5"]);
    expect(figs("قضى شخصان بانفجار")).toEqual(["killed 2-2"]);
    expect(figs("هجوم أودى بحياة ستة عمال")).toEqual(["killed 6-6"]);
  });
  it("counts bodies as killed", () => {
    expect(figs("وصلت 9 جثث إلى المشفى")).toEqual(["killed 9-9"]);
  });
  it("reads casualty nouns with their number", () => {
    expect(figs("20 قتيلا و7 جرحى في الهجوم")).toEqual(["killed 20-20", "wounded 7-7"]);
  });
  it("reads plural casualty nouns alone as two or more", () => {
    expect(figs("سقط قتلى وجرحى في صفوف القوات")).toEqual(["killed 2-∞~", "wounded 2-∞~"]);
  });
});

describe("bounds", () => {
  it("reads at least before and after the number", () => {
    expect(figs("مقتل ما لا يقل عن 6 عناصر")).toEqual(["killed 6-∞"]);
    expect(figs("مقتل 6 عناصر على الأقل")).toEqual(["killed 6-∞"]);
  });
  it("reads more than N as N+1 and up", () => {
    expect(figs("إصابة أكثر من 10 أشخاص")).toEqual(["wounded 11-∞"]);
    expect(figs("مقتل ما يزيد عن 30 عنصرا")).toEqual(["killed 31-∞"]);
  });
  it("reads about N as N", () => {
    expect(figs("مقتل نحو 40 عنصرا")).toEqual(["killed 40-40"]);
  });
  it("reads between N and M", () => {
    expect(figs("مقتل بين 5 و8 عناصر")).toEqual(["killed 5-8"]);
  });
  it("reads up to N as 1 to N", () => {
    expect(figs("مقتل ما يصل إلى 9 أشخاص")).toEqual(["killed 1-9"]);
  });
});

describe("vague quantities", () => {
  it("reads 'a number of' as two or more", () => {
    expect(figs("مقتل عدد من العناصر")).toEqual(["killed 2-∞~"]);
  });
  it("reads dozens and hundreds", () => {
    expect(figs("إصابة العشرات من المدنيين")).toEqual(["wounded 20-∞~"]);
    expect(figs("مقتل المئات من العناصر")).toEqual(["killed 200-∞~"]);
  });
});

describe("combined figures", () => {
  it("reads a number after killed-and-wounded as a combined figure", () => {
    expect(figs("مقتل وإصابة 15 عنصرا")).toEqual(["killedOrWounded 15-15"]);
    expect(figs("مقتل أو إصابة 12 جنديا على الأقل")).toEqual(["killedOrWounded 12-∞"]);
  });
  it("reads 'between killed and wounded'", () => {
    expect(figs("وقع 30 عنصرا بين قتيل وجريح")).toEqual(["killedOrWounded 30-30"]);
  });
  it("splits an unnumbered group killed-and-wounded into both", () => {
    expect(figs("قتل وجرح عدد من العناصر")).toEqual(["killed 2-∞~", "wounded 2-∞~"]);
  });
  it("keeps dozens killed-and-wounded as a combined figure", () => {
    expect(figs("قتل وجرح العشرات من العناصر")).toEqual(["killedOrWounded 20-∞~"]);
  });
  it("reads killed-and-captured N as killed 1 to N", () => {
    expect(figs("قتل وأسر 9 عناصر")).toEqual(["killed 1-9", "captured 1-9"]);
  });
  it("reads an officer killed and another wounded", () => {
    expect(figs("ضابط من القوات قتل وجرح آخر")).toEqual(["killed 1-1", "wounded 1-1"]);
  });
});

describe("captured and missing", () => {
  it("reads captured and missing apart from killed", () => {
    expect(figs("مقتل 3 عناصر وأسر آخر")).toEqual(["killed 3-3", "captured 1-1"]);
    expect(figs("مقتل 3 عناصر وفقدان 7 آخرين")).toEqual(["killed 3-3", "missing 7-7"]);
  });
});

describe("groups", () => {
  it("sums a group told in parts", () => {
    expect(figs("مقتل خمسة جنود و12 عنصرا من الميليشيا")).toEqual(["killed 17-17"]);
  });
  it("does not count a subset again", () => {
    expect(figs("مقتل 11 شخصا بينهم 3 أطفال")).toEqual(["killed 11-11"]);
    expect(figs("30 قتيلا، أربعة منهم ضباط")).toEqual(["killed 30-30"]);
  });
  it("adds another victim named further on", () => {
    expect(figs("قتلت الخلية ضابطا برتبة نقيب يدعى علي من حمص وعنصرا آخر")).toEqual(["killed 2-2"]);
  });
});

describe("numbers that are not casualties", () => {
  it("ignores days of the month", () => {
    expect(figs("في 23 من تشرين الثاني قتل عنصر")).toEqual(["killed 1-1"]);
  });
  it("ignores ages", () => {
    expect(figs("قتل شاب يبلغ من العمر 17 عاما")).toEqual(["killed 1-1"]);
  });
  it("ignores labels such as unit numbers and zones", () => {
    expect(figs("مقتل عنصرين من الفرقة 17 قرب منطقة الـ 55")).toEqual(["killed 2-2"]);
  });
  it("ignores sorties and vehicles", () => {
    expect(figs("نفذت الطائرات 20 غارة وتدمير 3 آليات")).toEqual([]);
  });
  it("ignores negated casualties", () => {
    expect(figs("قصف دون ورود معلومات عن قتلى أو جرحى")).toEqual([]);
    expect(figs("وأكد أنه لم يقتل أحد من عناصره")).toEqual([]);
  });
  it("does not count those who died of wounds as newly wounded", () => {
    expect(figs("قتل عنصران متأثرين بجراح أصيبا بها")).toEqual(["killed 2-2"]);
  });
});

describe("tolls", () => {
  it("reads a toll that rose to N as final", () => {
    expect(figs("ارتفعت حصيلة قتلى الهجوم إلى 12 قتيلا")).toEqual(["killed 12-12!"]);
  });
  it("reads a toll that reached N as one more figure, not as an update", () => {
    expect(figs("وصل عدد القتلى في الكمين إلى 8")).toEqual(["killed 8-8"]);
  });
  it("reads a toll told with the noun ارتفاع as an update", () => {
    expect(figs("ارتفاع حصيلة قتلى الكمين إلى 8 عناصر")).toEqual(["killed 8-8!"]);
  });
});

describe("anti-filter spellings", () => {
  it("reads a word split with tatweel", () => {
    expect(figs("مـ ـقـ ـتل 4 عناصر")).toEqual(["killed 4-4"]);
  });
  it("reads harakat-laden text", () => {
    expect(figs("قُتِلَ خَمْسَةُ عَنَاصِرَ")).toEqual(["killed 5-5"]);
  });
});

describe("who the number is about", () => {
  it("reads the pronoun of مصرع when no number is given", () => {
    expect(figs("لقي راعيا أغنام مصرعهما بانفجار لغم")).toEqual(["killed 2-2"]);
    expect(figs("لقي عمال مصرعهم بانفجار لغم")).toEqual(["killed 2-∞~"]);
  });
  it("counts 'a third was wounded' as one", () => {
    expect(figs("قتل شخصان وأصيب ثالث بانفجار لغم")).toEqual(["killed 2-2", "wounded 1-1"]);
  });
  it("skips an unnumbered doer to reach the numbered victims", () => {
    expect(figs("اختطف مسلحون مجهولون ثلاثة رعاة")).toEqual(["captured 3-3"]);
  });
  it("reads a definite noun as a weak one", () => {
    expect(figs("اغتال مجهولون القيادي في الفيلق")).toEqual(["killed 1-1~"]);
  });
  it("does not read an ordinal place name as 'a third person'", () => {
    expect(figs("قتل 14 جنديا في الهجوم قرب المحطة الثالثة")).toEqual(["killed 14-14"]);
  });
});

describe("more phrasings", () => {
  it("reads dozens standing alone after an anchor", () => {
    expect(figs("مقتل 23 شخصا وإصابة العشرات")).toEqual(["killed 23-23", "wounded 20-∞~"]);
  });
  it("does not take the لا of 'ما لا يقل عن' for a denial", () => {
    expect(figs("قتل ما لا يقل عن 7 أشخاص وأصيب أكثر من 12 آخرين")).toEqual(["killed 7-∞", "wounded 13-∞"]);
  });
  it("reads a number word with the article after a bound", () => {
    expect(figs("جرح قرابة الخمسين")).toEqual(["wounded 50-50"]);
  });
  it("counts two named people as two", () => {
    expect(figs("مقتل المدعو أحمد والمدعو محمد")).toEqual(["killed 2-2"]);
  });
  it("reads a toll straight after 'reached'", () => {
    expect(figs("عدد القتلى بلغ 11 شخصا")).toEqual(["killed 11-11"]);
  });
});
