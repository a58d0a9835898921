import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractIncidents } from "../../lib/extract";
import type { Article, Incident } from "../../lib/types";

const article = (text: string, published: string | null = null): Article => ({ text, published, url: null, outlet: null });

/** Every incident is well formed: counts ordered, evidence cut from the text. */
function wellFormed(text: string, found: Incident[]): void {
  for (const i of found) {
    for (const c of [i.killed, i.wounded, i.killedOrWounded, i.captured, i.missing]) {
      if (!c) continue;
      expect(c.min).toBeGreaterThanOrEqual(0);
      if (c.max !== null) expect(c.max).toBeGreaterThanOrEqual(c.min);
    }
    for (const e of i.fieldEvidence) expect(text.slice(e.start, e.end)).toBe(e.sentence);
  }
}

const ARABIC_WORDS = ["قتل", "مقتل", "وإصابة", "عناصر", "داعش", "هجوم", "في", "بادية", "حمص", "ثلاثة", "عشرات", "بين", "و", "آخرين", "قتلى", "جرحى", "،", ".", "\n", "ما لا يقل عن", "أكثر من", "ارتفعت حصيلة", "إلى", "١٥", "۲۳", "مـ ـقـ ـتل", "د ا ع ش", "الـ", "بينهم", "منهم", "كمين", "غارات", "روسية"];

describe("extractIncidents never throws and stays bounded", () => {
  it("handles arbitrary unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => {
        const found = extractIncidents(article(s));
        expect(Array.isArray(found)).toBe(true);
        wellFormed(s, found);
      }),
      { numRuns: 200 },
    );
  });
  it("handles shuffled casualty vocabulary", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ARABIC_WORDS), { maxLength: 120 }), fc.constantFrom(null, "2020-11-26", "not a date"), (words, published) => {
        const text = words.join(" ");
        const found = extractIncidents(article(text, published));
        wellFormed(text, found);
      }),
      { numRuns: 300 },
    );
  });
  it("handles a megabyte of digits", () => {
    const text = "1".repeat(1_000_000);
    expect(extractIncidents(article(text))).toEqual([]);
  });
  it("handles a long run of one letter and of one word without punctuation", () => {
    expect(extractIncidents(article("ق".repeat(200_000)))).toEqual([]);
    const text = "قتل عنصر ".repeat(20_000);
    wellFormed(text, extractIncidents(article(text)));
  });
  it("handles mixed scripts and spaced-out letters", () => {
    const text = "Breaking: قتل 3 عناصر in حمص 2020 ١٢٣ ".repeat(500) + "د ا ع ش ".repeat(2000);
    wellFormed(text, extractIncidents(article(text)));
  });
  it("handles input that is not an article", () => {
    expect(extractIncidents(null as unknown as Article)).toEqual([]);
    expect(extractIncidents({ text: 42 } as unknown as Article)).toEqual([]);
  });
});
