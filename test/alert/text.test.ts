import { describe, expect, it } from "vitest";
import { isGsm7, toAscii, toGsm7 } from "../../lib/alert/gsm";
import { transliterate } from "../../lib/text/transliterate";

describe("GSM-7 text", () => {
  it("takes accents off GeoNames spellings", () => expect(toGsm7("Ma‘dān ‘Atīq")).toBe("Ma'dan 'Atiq"));
  it("replaces the two-character extension symbols", () => expect(toGsm7("[T3] {x} a|b")).toBe("(T3) (x) a/b"));
  it("drops Arabic letters", () => expect(toGsm7("Sukhnah السخنة")).toBe("Sukhnah "));
  it("knows an extension character is not basic GSM-7", () => expect(isGsm7("a{b")).toBe(false));
  it("makes an email subject printable ASCII", () => expect(toAscii("[rasd] Ḩasrāt – “north”")).toBe('[rasd] Hasrat - "north"'));
});

describe("transliteration of place names", () => {
  it("writes the article as al-", () => expect(transliterate("الصوانة")).toBe("al-Swana"));
  it("reads waw and ya as vowels between consonants", () => expect(transliterate("وادي قصر الحلايات")).toBe("Wadi Qsr al-Hlayat"));
  it("keeps Latin letters and digits", () => expect(transliterate("المحطة الثالثة T3")).toBe("al-Mhta al-Thaltha T3"));
});
