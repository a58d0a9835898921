import { describe, expect, it } from "vitest";
import { haversineKm, placeKey } from "../../lib/events/places";
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
  it("measures al-Sukhnah to al-Taybah as 23 km", () => {
    expect(Math.round(haversineKm([34.88533, 38.8711], [35.08895, 38.91597]))).toBe(23);
  });
});

describe("incident types of one attack", () => {
  it("takes an attack and an IED blast as one", () => expect(typesCompatible("attack", "explosive")).toBe(true));
  it("takes an air strike and shelling as one", () => expect(typesCompatible("airstrike", "shelling")).toBe(true));
  it("never takes an air strike for a ground attack", () => expect(typesCompatible("airstrike", "attack")).toBe(false));
  it("lets other agree with everything", () => expect(typesCompatible("other", "abduction")).toBe(true));
});
