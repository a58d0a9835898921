import { describe, expect, it } from "vitest";
import { articleGovernorate, bestLocation, findPlaces, placesForIncident, resolveGovernorate } from "../../lib/places/index";

const mentionsOf = (...sentences: string[]) => sentences.flatMap((s) => findPlaces(s));

describe("placesForIncident", () => {
  it("orders an incident's places most specific first", () => {
    const m = mentionsOf("استهدفت وادي قصر الحلايات ومواقع قرب منطقة الصوانة ببادية تدمر الجنوبية التابعة إدارياً لبادية حمص الشرقية");
    expect(placesForIncident(m).slice(0, 1)).toEqual(["وادي قصر الحلايات"]);
    expect(placesForIncident(m)).toContain("بادية حمص الشرقية");
  });
  it("puts a site named in a later sentence before the desert named earlier", () => {
    const m = mentionsOf("هجوم في بادية تدمر شرقي حمص", "هجوم قرب المحطة الثالثة في بادية تدمر");
    expect(placesForIncident(m)[0]).toBe("المحطة الثالثة");
  });
  it("keeps a village before the site that only locates it", () => {
    const m = mentionsOf("أسرهما بقرية الجفرة التي تقع في محيط مطار دير الزور");
    expect(placesForIncident(m)[0]).toBe("الجفرة");
  });
  it("puts a locality before a road between two towns", () => {
    expect(placesForIncident(mentionsOf("على طريق دير الزور ـــ تدمر في منطقة كباجب"))[0]).toBe("كباجب");
  });
  it("lists a place once however it is spelled", () => {
    expect(placesForIncident(mentionsOf("في بادية تدمر", "في باديه تدمر"))).toEqual(["بادية تدمر", "تدمر"]);
  });
  it("returns nothing for no mentions", () => {
    expect(placesForIncident([])).toEqual([]);
  });
});

describe("resolveGovernorate", () => {
  it("takes the governorate the text names over the gazetteer's", () => {
    expect(resolveGovernorate(mentionsOf("هجوم في بادية أثريا بريف الرقة"))).toBe("Raqqa");
  });
  it("falls back to the gazetteer's governorate", () => {
    expect(resolveGovernorate(mentionsOf("هجوم قرب بلدة السخنة"))).toBe("Homs");
  });
  it("is null when the text spans two governorates equally", () => {
    expect(resolveGovernorate(mentionsOf("إعدام 11 مدنياً في بادية حمص ودير الزور"))).toBeNull();
  });
  it("is null for country-level places only", () => {
    expect(resolveGovernorate(mentionsOf("هجمات في البادية السورية"))).toBeNull();
  });
  it("breaks a tie between named governorates with the gazetteer", () => {
    const m = mentionsOf("مساعدات في محافظة دير الزور", "كمين في البادية شرقي محافظة حمص", "قرب مدينة تدمر");
    expect(resolveGovernorate(m)).toBe("Homs");
  });
});

describe("articleGovernorate", () => {
  it("is the one governorate the article names, whatever else it names", () => {
    expect(articleGovernorate(mentionsOf("توتر أمني في ريف حماة الشرقي", "انفجار في قرية أم الخلاخيل"))).toBe("Hama");
    expect(articleGovernorate(mentionsOf("اشتباكات في محافظة درعا", "هجوم على حاجز في درعا البلد"))).toBe("Daraa");
  });
  it("is null when the article names several governorates or none", () => {
    expect(articleGovernorate(mentionsOf("فلتان أمني في محافظتي درعا والسويداء"))).toBeNull();
    expect(articleGovernorate(mentionsOf("هجوم على حاجز في قرية الزهيرات الصغيرة"))).toBeNull();
  });
});

describe("bestLocation", () => {
  it("maps at the most specific place with coordinates", () => {
    const loc = bestLocation(mentionsOf("هجوم قرب بلدة السخنة بريف حمص الشرقي"));
    expect([loc?.id, loc?.precision]).toEqual(["gn-172425", "exact"]);
  });
  it("marks a desert around a town as an area", () => {
    const loc = bestLocation(mentionsOf("هجوم في بادية الميادين"));
    expect([loc?.id, loc?.precision]).toEqual(["gn-173480", "area"]);
  });
  it("maps at the governorate's seat when only the governorate is known", () => {
    const loc = bestLocation(mentionsOf("كمين في ريف دير الزور الغربي"));
    expect([loc?.id, loc?.precision, loc?.lat]).toEqual(["adm1-deir-ez-zor", "governorate", 35.33588]);
  });
  it("skips places without coordinates", () => {
    const loc = bestLocation(mentionsOf("هجوم في منطقة كباجب ببادية دير الزور"));
    expect([loc?.id, loc?.precision]).toEqual(["adm1-deir-ez-zor", "governorate"]);
  });
  it("is null when nothing is known", () => {
    expect(bestLocation([])).toBeNull();
  });
});

describe("the capital", () => {
  it("places an event in the heart of the capital in Damascus, with or without its name", () => {
    expect(resolveGovernorate(mentionsOf("انفجار في ساحة المحافظة في قلب العاصمة السورية دمشق"))).toBe("Damascus");
    expect(resolveGovernorate(mentionsOf("غارات تستهدف مبنى الوزارة في قلب العاصمة السورية"))).toBe("Damascus");
  });
  it("keeps the surroundings of a site in the city in Damascus, and the surroundings of the city in Rif Dimashq", () => {
    expect(resolveGovernorate(mentionsOf("غارات على محيط قصر الضيافة في دمشق"))).toBe("Damascus");
    expect(resolveGovernorate(mentionsOf("غارات على محيط دمشق"))).toBe("Rif Dimashq");
    expect(resolveGovernorate(mentionsOf("قصف على ضواحي دمشق الجنوبية"))).toBe("Rif Dimashq");
  });
});
