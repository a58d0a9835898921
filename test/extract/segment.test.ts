import { describe, expect, it } from "vitest";
import { segment } from "../../lib/extract/segment";

describe("segment", () => {
  it("cuts sentences at full stops and keeps their offsets into the text", () => {
    const text = "عنوان قصير عن هجوم في البادية\nقتل ثلاثة عناصر في هجوم على حاجز. وأصيب آخرون بجروح.";
    const s = segment(text);
    expect(s.map((x) => x.text)).toEqual(["عنوان قصير عن هجوم في البادية", "قتل ثلاثة عناصر في هجوم على حاجز.", "وأصيب آخرون بجروح."]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it("marks the short lines before the body as header", () => {
    const body = "قالت مصادر محلية إن مسلحين مجهولين هاجموا نقطة عسكرية في ريف المدينة الشرقي فجر اليوم ما أدى إلى مقتل عنصرين وإصابة ثلاثة آخرين.";
    const s = segment(`عنوان الخبر عن هجوم جديد\nعنوان فرعي عن الخسائر\n${body}`);
    expect(s.map((x) => x.header)).toEqual([true, true, false]);
  });
  it("does not end a sentence at '..' inside a headline", () => {
    expect(segment("30 قتيلا.. التنظيم يصعد هجماته في البادية").length).toBe(1);
  });
  it("reads a repeated title once", () => {
    expect(segment("مقتل عنصرين بهجوم في البادية\nمقتل عنصرين بهجوم في البادية").length).toBe(1);
  });
  it("skips lines with no Arabic words (share buttons, numbers)", () => {
    expect(segment("Facebook\nTwitter\n45\nقتل عنصر في هجوم على حاجز").map((x) => x.text)).toEqual(["قتل عنصر في هجوم على حاجز"]);
  });
  it("cuts a run with no punctuation into bounded pieces", () => {
    const s = segment("كلمة ".repeat(2000));
    expect(s.length).toBeGreaterThan(1);
    expect(Math.max(...s.map((x) => x.text.length))).toBeLessThanOrEqual(1500);
  });
});

describe("segment boilerplate", () => {
  it("stops at the related-articles list", () => {
    const s = segment("قتل عنصر في هجوم على حاجز قرب المدينة\nمقالات ذات صلة\nمقتل عشرات العناصر في كمين سابق");
    expect(s.map((x) => x.text)).toEqual(["قتل عنصر في هجوم على حاجز قرب المدينة"]);
  });
  it("skips an inline 'read also' link", () => {
    const s = segment("قتل عنصر في هجوم على حاجز قرب المدينة\nاقرأ أيضاً: مقتل ضابط في كمين سابق");
    expect(s).toHaveLength(1);
  });
});
