import { describe, expect, it } from "vitest";
import { normalize } from "../../lib/text/normalize";
import { readNumber } from "../../lib/extract/numbers";
import { tokenize } from "../../lib/extract/tokens";

const value = (s: string) => readNumber(tokenize(normalize(s)), 0)?.value ?? null;

describe("readNumber", () => {
  it("reads ASCII, Arabic-Indic and Persian digits", () => {
    expect(value("15 عنصرا")).toBe(15);
    expect(value("١٥ عنصرا")).toBe(15);
    expect(value("۲۳ عنصرا")).toBe(23);
  });
  it("reads units in both genders", () => {
    expect(value("ثلاثة عناصر")).toBe(3);
    expect(value("ثلاث نساء")).toBe(3);
    expect(value("ثماني سيارات")).toBe(8);
  });
  it("reads teens", () => {
    expect(value("خمسة عشر شخصا")).toBe(15);
    expect(value("ثلاث عشرة امرأة")).toBe(13);
    expect(value("اثنا عشر جنديا")).toBe(12);
    expect(value("أحد عشر مدنيا")).toBe(11);
  });
  it("reads tens in every case and unit-and-tens compounds", () => {
    expect(value("ثلاثين عنصرا")).toBe(30);
    expect(value("عشرون قتيلا")).toBe(20);
    expect(value("ثلاثة وعشرون عنصرا")).toBe(23);
    expect(value("خمس وأربعين")).toBe(45);
  });
  it("reads hundreds, alone, with a unit before and with a remainder", () => {
    expect(value("مئة شخص")).toBe(100);
    expect(value("مائتي عنصر")).toBe(200); // the dual in construct
    expect(value("ثلاث مئة عنصر")).toBe(300);
    expect(value("مئة وخمسون")).toBe(150);
    expect(value("مئتان وثلاثة وعشرون")).toBe(223);
  });
  it("reads thousands, alone, as a dual, after a unit and with a remainder; a larger one is no count", () => {
    expect(value("ألف شخص")).toBe(1000);
    expect(value("ألفي مدني")).toBe(2000);
    expect(value("أربعة آلاف نازح")).toBe(4000);
    expect(value("ألف ومئتا شخص")).toBe(1200);
    expect(value("ألف وخمسون")).toBe(1050);
    expect(value("عشرة آلاف دولار")).toBe(null);
  });
  it("reads a number word after a proclitic", () => {
    expect(value("لثلاثة عناصر")).toBe(3);
  });
  it("does not read ordinals as cardinals", () => {
    expect(value("الثالثة")).toBe(null);
    expect(value("الرابع")).toBe(null);
  });
  it("refuses decimals and very large numbers", () => {
    expect(value("8.89 ليرة")).toBe(null);
    expect(value("1000000 دولار")).toBe(null);
  });
});
