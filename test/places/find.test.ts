import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findPlaces } from "../../lib/places/index";

const texts = (s: string) => findPlaces(s).map((m) => m.text);
const forms = (s: string) => findPlaces(s).map((m) => m.forms);

describe("headed place phrases", () => {
  it("finds بادية X without the leading preposition and lists the town inside it", () => {
    expect(forms("هجوم ببادية الميادين")).toEqual([["بادية الميادين", "الميادين"]]);
  });
  it("keeps the compass adjective of ريف X الشرقي and names the governorate", () => {
    const [m] = findPlaces("قتل عنصر في ريف حمص الشرقي");
    expect([m.text, m.governorate, m.explicitGovernorate, m.match?.precision]).toEqual(["ريف حمص الشرقي", "Homs", true, "governorate"]);
  });
  it("finds a place the gazetteer does not know after a head noun, up to a preposition", () => {
    expect(texts("بالقرب من كوع سليمان المخلف في مدينة الشحيل")).toEqual(["كوع سليمان المخلف", "مدينة الشحيل"]);
  });
  it.each([
    ["عندما", "قتل طفل في قرية الزيتونة عندما انفجرت قنبلة"],
    ["حين", "أصيب راع قرب قرية الزيتونة حين داس على لغم"],
    ["بعدما", "قتل مدني في قرية الزيتونة بعدما أطلق مسلحون النار"],
  ])("ends an unknown name before a conjunction of time (%s)", (_word, line) => {
    expect(texts(line)).toEqual(["قرية الزيتونة"]);
  });
  it("lists the village before the phrase that names it a village", () => {
    expect(forms("قرب قرية معيزيلة")).toEqual([["معيزيلة", "قرية معيزيلة"]]);
  });
  it("takes a quoted name after منطقة", () => {
    expect(forms("في منطقة “رجم غالب” التابعة إداريًا لـ”كباجب”")[0]).toEqual(["رجم غالب", "منطقة “رجم غالب”"]);
  });
  it("runs a quoted name to its closing quote, whatever its words look like", () => {
    expect(texts('هجوم على حاجز "أبو فرح" قرب الشدادي')[0]).toBe('حاجز "أبو فرح"');
    expect(texts("كمين قرب محطة “ أبو لبن ” في البادية")[0]).toBe("محطة “ أبو لبن ”");
    // The quote may open before the head noun.
    expect(texts("انفجار عبوة في “قرية أم بطنة” جنوب القنيطرة")[0]).toBe("قرية أم بطنة");
  });
  it("does not take a generic word in quotes as a name", () => {
    expect(texts('قصف على منطقة "خفض التصعيد" في إدلب')).toEqual(["إدلب"]);
  });
  it("lists the places of a list nested in a list, and takes 'the governorate' alone for no name", () => {
    const m = findPlaces("مواجهات في بلدات المحافظة وقراها وأحياء مدينة الرقة");
    expect(m.map((x) => [x.text, x.governorate])).toContainEqual(["مدينة الرقة", "Raqqa"]);
    expect(m.map((x) => x.text)).not.toContain("المحافظة");
    expect(texts("قصف على بلدات المحافظة وأحياء مدينة حلب")).toContain("مدينة حلب");
  });
  it.each([
    ["commas, the last with و", "قصفت الطائرات بلدات (كفرنبل، معرة حرمة، وحيش) في ريف إدلب", ["كفرنبل", "معرة حرمة", "حيش"]],
    ["و only", "غارات على قرى (تلمنس وجرجناز والتح) جنوب إدلب", ["تلمنس", "جرجناز", "التح"]],
    ["after a town, with a proclitic و on the head", "قصف محيط مدينة سراقب وقرى (كفرلاتة، بسامس) صباحا", ["كفرلاتة", "بسامس"]],
  ])("reads a plural head's list in brackets (%s)", (_how, line, names) => {
    for (const name of names) expect(texts(line)).toContain(name);
  });
  it("takes no list from brackets left open", () => {
    expect(texts("غارات على قرى (تلمنس، جرجناز في ريف إدلب")).not.toContain("تلمنس");
  });
  it("reads oil fields with their adjective", () => {
    expect(texts("هجوم في حقل التيم النفطي، جنوبي دير الزور")).toEqual(["حقل التيم النفطي", "جنوبي دير الزور"]);
  });
  it("reads nested heads such as بادية مدينة تدمر", () => {
    expect(forms("في بادية مدينة تدمر")).toEqual([["بادية مدينة تدمر", "مدينة تدمر", "تدمر"]]);
  });
  it("does not take a generic word after a head noun as a name", () => {
    expect(texts("في منطقة الاشتباك")).toEqual([]);
  });
  it("stops an unknown name at a verb", () => {
    expect(texts("هجوم في قرية البريهة أودى بحياة رجل")).toEqual(["قرية البريهة"]);
  });
  it("does not take a verb describing an indefinite place as its name", () => {
    expect(texts("تقع البلدة في منطقة نجت من القصف")).toEqual([]);
    expect(texts("غارة على مدرسة تستخدم مأوى للنازحين")).toEqual([]);
    expect(texts("غارة على مدرسة تأوي نازحين")).toEqual([]);
  });
  it("ends an unknown name at a preposition behind a proclitic", () => {
    expect(texts("خطف رجلان في محافظة بوسط البلاد")).toEqual([]);
  });
  it("does not take what a building is for as its name", () => {
    expect(texts("غارة على سوق للخضار في مدينة سراقب")).toEqual(["مدينة سراقب"]);
    expect(texts("هجوم على حاجز للشرطة في مدينة الباب")).toEqual(["مدينة الباب"]);
  });
  it("reads parties, not outskirts, in أطراف followed by an adjective", () => {
    expect(texts("اتهم الجيش أطراف دولية معروفة بدعم الهجوم")).toEqual([]);
    expect(texts("دعا أطراف النزاع إلى التهدئة")).toEqual([]);
  });
  it("does not read في إشارة إلى as a town", () => {
    expect(texts("وقال إن الهجوم استهدف المدنيين، في إشارة إلى القصف")).toEqual([]);
  });
  it("keeps a building an attacker entered as the scene, and the district it is in", () => {
    expect(texts("دخل مسلح إلى مسجد النور في حي الحميدية وأطلق النار")).toEqual(["مسجد النور", "حي الحميدية"]);
    expect(texts("نقل الجرحى إلى مدينة حمص")).toEqual([]);
  });
});

describe("roads, compass and country phrases", () => {
  it("reads a road between two places with both ends", () => {
    expect(forms("على طريق أثريا – خناصر")).toEqual([["طريق أثريا – خناصر", "أثريا", "خناصر"]]);
  });
  it("reads a road whose dash is drawn with tatweel", () => {
    expect(forms("على طريق دير الزور ـــ تدمر")[0]).toEqual(["طريق دير الزور ـــ تدمر", "دير الزور", "تدمر"]);
  });
  it("reads a road in brackets", () => {
    expect(texts("شرق طريق (دير الزور-تدمر)")).toEqual(["شرق طريق (دير الزور-تدمر)"]);
  });
  it("reads compass phrases around a known place", () => {
    expect(forms("جنوب مدينة تدمر")).toEqual([["جنوب مدينة تدمر", "مدينة تدمر", "تدمر"]]);
    expect(texts("ضربات على الرصافة شمالي شرق الرقة")).toEqual(["الرصافة", "شمالي شرق الرقة"]);
  });
  it("does not make a compass phrase of an unknown word", () => {
    expect(texts("شرق البلاد")).toEqual([]);
  });
  it("finds country-level phrases", () => {
    expect(texts("هجمات في البادية السورية")).toEqual(["البادية السورية"]);
    expect(texts("اغتيل في شمال غربي سوريا")).toEqual(["شمال غربي سوريا"]);
  });
  it("reads a definite area with its object", () => {
    expect(texts("استهدفت الأطراف الغربية لمدينة الرقة")).toEqual(["الأطراف الغربية لمدينة الرقة"]);
  });
});

describe("bare gazetteer names", () => {
  it("finds a gazetteer name after a locative word or proclitic", () => {
    expect(texts("هجوم قرب دير الزور")).toEqual(["دير الزور"]);
    expect(texts("هجوم بتدمر")).toEqual(["تدمر"]);
  });
  it("does not take a gazetteer name with no locative context", () => {
    expect(texts("بعد هجوم تدمر")).toEqual([]);
  });
  it("does not take a common word that is also a place name", () => {
    expect(texts("نشر صور الضحايا في الثورة")).toEqual([]);
  });
  it("does not read a country or capital abroad as a proclitic and a Syrian village", () => {
    expect(texts("امتدت الغارات حتى قرية ديماس باتجاه الحدود مع لبنان")).toEqual(["قرية ديماس"]);
    expect(texts("وصل الجرحى إلى بيروت وبغداد")).toEqual([]);
    expect(texts("قصف على بلدة بنان في ريف حلب")).toEqual(["بلدة بنان", "ريف حلب"]);
  });
  it("reads both towns of بلدتي X وY", () => {
    expect(texts("بين بلدتي الطيبة والسخنة")).toEqual(["الطيبة", "السخنة", "بلدتي الطيبة والسخنة"]);
  });
  it("reads hashtags as the place they name", () => {
    expect(texts("قرب بلدة #السخنة")).toEqual(["بلدة #السخنة"]);
    expect(forms("قرب بلدة #السخنة")[0]?.[0]).toBe("السخنة");
  });
});

describe("places that are not where the event happened", () => {
  it("leaves out origins introduced by من and what locates them", () => {
    expect(texts("ضابط من مدينة القرداحة وعنصر من حي طب الجورة بمدينة دير الزور")).toEqual([]);
  });
  it("keeps places introduced by بالقرب من", () => {
    expect(texts("بالقرب من جبل الطار")).toEqual(["جبل الطار"]);
  });
  it("keeps a vicinity introduced by من محيط", () => {
    expect(texts("طردهم من محيط قرية رسم الأحمر")).toEqual(["محيط قرية رسم الأحمر"]);
  });
  it("leaves out institutions named after a place", () => {
    expect(texts("قوات حكومة دمشق ومشفى تدمر")).toEqual([]);
  });
  it("leaves out the neighbouring area after المحاذي", () => {
    expect(texts("في بادية أثريا بريف الرقة المحاذي لريف حمص")).toEqual(["بادية أثريا", "ريف الرقة"]);
  });
});

describe("governorate of a mention", () => {
  it("takes the governorate the text names over the gazetteer's", () => {
    const [athriya] = findPlaces("هجوم في بادية أثريا بريف الرقة");
    expect([athriya.governorate, athriya.explicitGovernorate, athriya.match?.admin1]).toEqual(["Raqqa", true, "Hama"]);
  });
  it("takes the gazetteer's governorate when the text names none", () => {
    const [m] = findPlaces("هجوم في بادية السخنة");
    expect([m.governorate, m.explicitGovernorate]).toEqual(["Homs", false]);
  });
  it("reads ريف دمشق as Rif Dimashq, not Damascus", () => {
    expect(findPlaces("في ريف دمشق")[0].governorate).toBe("Rif Dimashq");
  });
});

describe("offsets and robustness", () => {
  it("gives offsets into the original sentence with its diacritics", () => {
    const s = "هُجُومٌ فِي بَادِيَةِ تَدْمُرَ";
    const [m] = findPlaces(s);
    expect(s.slice(m.start, m.end)).toBe("بَادِيَةِ تَدْمُرَ");
    expect(m.text).toBe("بَادِيَةِ تَدْمُرَ");
  });
  it("returns nothing for a sentence without places", () => {
    expect(findPlaces("")).toEqual([]);
    expect(findPlaces("قتل ثلاثة عناصر")).toEqual([]);
  });
  it("never throws on arbitrary text and keeps offsets inside it", () => {
    const alphabet = fc.constantFrom(..."بادية ريف حمص الشرقي طريق – تدمر منطقة قرب من في و\"()#_ـ،".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((a) => a.join("")), (s) => {
        for (const m of findPlaces(s)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
