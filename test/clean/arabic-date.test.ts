import { describe, expect, it } from "vitest";
import { parseArabicDate } from "../../lib/clean/arabic-date";
import { toIsoDate } from "../../lib/clean/published";

describe("visible Arabic dates", () => {
  it.each([
    ["15 مايو، 2022", "2022-05-15"],
    ["الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00", "2013-08-28"],
    ["25 من تشرين الثاني 2020", "2020-11-25"],
    ["الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07"],
    ["٣ أيار ٢٠٢١", "2021-05-03"],
    ["12 جانفي 2019", "2019-01-12"],
    ["03/03/2024", "2024-03-03"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseArabicDate(text)).toBe(iso);
  });

  it.each([["نيسان 2019"], ["في 28 من تشرين الأول الماضي"], ["31 شباط 2021"], ["كانون الثاني"]])(
    "finds no full date in %s",
    (text) => {
      expect(parseArabicDate(text)).toBeNull();
    },
  );
});

describe("ISO 8601 output", () => {
  it.each([
    ["2023-07-23T13:03:36+00:00", "2023-07-23T13:03:36+00:00"],
    ["2020-12-01 02:00:00", "2020-12-01T02:00:00"],
    ["2024-03-20T15:40:00+0300", "2024-03-20T15:40:00+03:00"],
    ["2026-01-08T11:42:50.123Z", "2026-01-08T11:42:50Z"],
    ["2024-03-05", "2024-03-05"],
    ["Wed, 28 Aug 2013 14:00:00 GMT", "2013-08-28T14:00:00Z"],
    ["الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07"],
  ])("writes %s as %s", (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it("rejects an impossible date", () => {
    expect(toIsoDate("2024-13-40")).toBeNull();
  });
});
