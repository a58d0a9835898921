/**
 * Dates written out in Arabic on the page ("15 مايو، 2022", "الأربعاء، 28 آب/اغسطس 2013",
 * "25 من تشرين الثاني 2020"), for pages that carry no machine-readable date.
 */
import { normalize } from "../text/normalize";

/**
 * Month names after `normalize` (alef and ya variants folded), by month number. Egyptian /
 * Gulf names, Levantine (Syriac) names and Maghrebi names all appear on Syrian pages.
 */
const MONTH_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["يناير", "كانون الثاني", "جانفي"]],
  [2, ["فبراير", "شباط", "فيفري"]],
  [3, ["مارس", "اذار"]],
  [4, ["ابريل", "نيسان", "افريل"]],
  [5, ["مايو", "ايار", "ماي"]],
  [6, ["يونيو", "يونيه", "حزيران", "جوان"]],
  [7, ["يوليو", "يوليه", "تموز", "جويليه"]],
  [8, ["اغسطس", "اب", "اوت"]],
  [9, ["سبتمبر", "ايلول"]],
  [10, ["اكتوبر", "تشرين الاول"]],
  [11, ["نوفمبر", "تشرين الثاني"]],
  [12, ["ديسمبر", "كانون الاول"]],
];

const MONTH_BY_NAME = new Map<string, number>();
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTH_BY_NAME.set(name, month);

// Longest names first so "كانون الثاني" wins over a shorter prefix.
const MONTH_ALTERNATION = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /g, "\\s+"))
  .join("|");

/** day [من] month[/month] [,] [عام] year — on normalized text (Arabic comma is ","). */
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\d])(\\d{1,2})\\s*(?:من\\s+)?(${MONTH_ALTERNATION})(?:\\s*[/\\-]\\s*(?:${MONTH_ALTERNATION}))?(?![\\u0621-\\u064A])\\s*,?\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})(?!\\d)`,
);

/** dd/mm/yyyy and dd-mm-yyyy, as some themes print under the title. */
const NUMERIC_DMY = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;

/** `YYYY-MM-DD` for a calendar-valid date, else null. */
export function ymd(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The first full date (day, month, year) written in `text`, as `YYYY-MM-DD`, or null.
 * @example parseArabicDate("الأحد 15 مايو، 2022") === "2022-05-15"
 */
export function parseArabicDate(text: string): string | null {
  const norm = normalize(text);
  const m = DAY_MONTH_YEAR.exec(norm);
  if (m) {
    const month = MONTH_BY_NAME.get(m[2].replace(/\s+/g, " "));
    if (month) return ymd(Number(m[3]), month, Number(m[1]));
  }
  const n = NUMERIC_DMY.exec(norm);
  if (n) return ymd(Number(n[3]), Number(n[2]), Number(n[1]));
  return null;
}
