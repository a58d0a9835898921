import { describe, expect, it } from "vitest";
import { haversineKm, namedGovernorates, placeChain, placeKey, sameKey, widerPlace } from "../../lib/events/places";
import { targetSites } from "../../lib/events/sites";
import { typesCompatible } from "../../lib/events/match";

describe("place names for matching", () => {
  it("reads spellings of one place as one", () => {
    expect(placeKey("منطقة الصوانة")).toBe(placeKey("صوانه"));
    expect(placeKey("بلدة السخنة")).toBe(placeKey("السخنه"));
  });
  it("does not match a countryside, a desert or a governorate", () => {
    expect(placeKey("ريف حمص الشرقي")).toBeNull();
    expect(placeKey("بادية تدمر الجنوبية")).toBeNull();
    expect(placeKey("دير الزور")).toBeNull();
  });
  it("leaves a target's name to the targets", () => {
    expect(placeKey("الكلية الحربية")).toBeNull();
    expect(placeKey("منطقة الكراجات")).toBeNull();
  });
  it("finds the governorates a report names places in, leaving out names the gazetteer places in several", () => {
    expect(namedGovernorates(["جبلة", "مدينة طرطوس", "ريف اللاذقية الجنوبي"]).sort()).toEqual(["Latakia", "Tartus"]);
    expect(namedGovernorates(["حي لا اسم له في المعجم"])).toEqual([]);
  });
  it("drops an adjective that names no other place", () => expect(placeKey("جبلة الساحلية")).toBe(placeKey("جبلة")));
  it("reads a road's ends in either order and with or without بين", () => {
    expect(placeKey("طريق دير الزور - تدمر")).toBe("طريق تدمر - دير زور");
    expect(placeKey("الطريق بين تدمر ودير الزور")).toBe("طريق تدمر - دير زور");
  });
  it("takes a name with a word run into it, and a road by one of its ends, as the same place", () => {
    expect(sameKey("خان شيخون", "خان شيخون ب")).toBe(true);
    expect(sameKey("طريق دير زور", "طريق تدمر - دير زور")).toBe(true);
    expect(sameKey("تل", "تل ابيض")).toBe(false);
    expect(sameKey("تل ابيض", "تل ابيض جديده")).toBe(false);
  });
  it("measures al-Sukhnah to al-Taybah as 23 km", () => {
    expect(Math.round(haversineKm([34.88533, 38.8711], [35.08895, 38.91597]))).toBe(23);
  });
});

describe("where a report puts its place", () => {
  it("takes the city after a district as the district's wider place", () => {
    expect(widerPlace(placeChain(["حي العمارة", "مدينة جبلة"], null))).toBe("جبله");
  });
  it("takes the road a village lies on as its wider place", () => {
    expect(widerPlace(placeChain(["منطقة كباجب", "طريق دير الزور - تدمر"], null))).toBe("طريق تدمر - دير زور");
  });
  it("takes no village listed beside another for its wider place", () => {
    expect(widerPlace(placeChain(["جسر الشغور", "بينين", "سرجة"], null))).toBeNull();
  });
});

describe("kinds of target", () => {
  it("reads the target through prefixes and the accusative ending", () => {
    expect(targetSites(["انفجار بالكنيسة وقت القداس."])).toEqual(["church"]);
    expect(targetSites(["غارة أصابت فرناً وسوقاً."])).toEqual(["bakery", "market"]);
  });
  it("takes the target of the first sentence naming one, not those a later sentence recalls", () => {
    expect(targetSites(["قتلى في قصف بلدة.", "غارة أصابت فرناً في المدينة.", "وكانت غارة سابقة أصابت مدرسة."])).toEqual(["bakery"]);
  });
  it("takes a bus and a bus station as one kind of target", () => {
    expect(targetSites(["هجوم على حافلة تقل جنوداً."])).toEqual(targetSites(["تفجير داخل محطة للحافلات."]));
  });
  it("does not take the hospital the wounded were taken to, or a landmark, for the target", () => {
    expect(targetSites(["نقل الجرحى إلى المشفى الوطني."])).toEqual([]);
    expect(targetSites(["قال مصدر طبي في مستشفى المدينة إن القتلى ثلاثة."])).toEqual([]);
    expect(targetSites(["غارة على سوق قرب مدرسة البلدة."])).toEqual(["market"]);
  });
});

describe("incident types of one attack", () => {
  it("takes an attack and an IED blast as one", () => expect(typesCompatible("attack", "explosive")).toBe(true));
  it("takes an air strike and shelling as one", () => expect(typesCompatible("airstrike", "shelling")).toBe(true));
  it("never takes an air strike for a ground attack", () => expect(typesCompatible("airstrike", "attack")).toBe(false));
  it("lets other agree with everything", () => expect(typesCompatible("other", "abduction")).toBe(true));
});
