import { describe, expect, it } from "vitest";
import { normalize, normalizeWithMap, originalSpan } from "../../lib/text/normalize";

describe("normalize", () => {
  it("turns Arabic-Indic and Persian digits into ASCII", () => {
    expect(normalize("قتل ١٥ و۲۳")).toBe("قتل 15 و23");
  });
  it("drops harakat and the dagger alef", () => {
    expect(normalize("قُتِلَ هٰذا")).toBe("قتل هذا");
  });
  it("drops tatweel", () => {
    expect(normalize("داعـــش")).toBe("داعش");
  });
  it("joins a word split by tatweel around spaces", () => {
    expect(normalize("مـ ـقـ ـتل عنصر")).toBe("مقتل عنصر");
  });
  it("joins single letters spaced out to dodge filters", () => {
    expect(normalize("خلايا د ا ع ش في البادية")).toBe("خلايا داعش في الباديه");
  });
  it("keeps a lone one-letter word such as the conjunction و", () => {
    expect(normalize("قتل و جرح")).toBe("قتل و جرح");
  });
  it("unifies alef, ya and ta marbuta variants", () => {
    expect(normalize("أإآٱ مستشفى قرية")).toBe("اااا مستشفي قريه");
  });
  it("maps Arabic comma, quotes and dashes to ASCII", () => {
    expect(normalize("“البادية 24″، أثريا – خناصر")).toBe('"الباديه 24", اثريا - خناصر');
  });
  it("removes direction marks and zero-width joiners", () => {
    expect(normalize("\u200Fقتل\u200C 3")).toBe("قتل 3");
  });
});

describe("normalizeWithMap", () => {
  it("maps normalized spans back to the original text", () => {
    const original = "أفادت مـ ـقـ ـتل ٥ عناصر";
    const n = normalizeWithMap(original);
    const at = n.text.indexOf("مقتل 5");
    const span = originalSpan(n, at, at + "مقتل 5".length);
    expect(original.slice(span.start, span.end)).toBe("مـ ـقـ ـتل ٥");
  });
  it("ends the map with the original length", () => {
    const n = normalizeWithMap("قُتل");
    expect(n.map[n.text.length]).toBe(4);
  });
});
