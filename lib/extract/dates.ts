/**
 * Dates stated in a sentence: relative words (اليوم، أمس، أمس الأربعاء، السبت الماضي), a day and
 * a month in Levantine or Egyptian/Gulf names (25 من تشرين الثاني، 5 يناير 2021، الـ25 من الشهر
 * الجاري، التاسع من آب), numeric dates (25/11/2020) and ranges (بين 20 و 25 آب), each resolved
 * against the publication date.
 */
import { normalize, normalizeWithMap, originalSpan } from "../text/normalize";
import { Vocab } from "./vocabulary";
import { tokenize, type Token } from "./tokens";
import { DATE_AFTER_PUBLICATION_SLIP_DAYS } from "../constants";

export interface DateMention {
  /** `YYYY-MM-DD`; for a range, its first day. */
  date: string;
  precision: "day" | "range";
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
  text: string;
}

const norm = (words: readonly string[]) => words.map(normalize);
const toMap = <T>(entries: ReadonlyArray<readonly [string, T]>): ReadonlyMap<string, T> =>
  new Map(entries.map(([k, v]) => [normalize(k), v] as const));

/** Weekday names (0 = Sunday, as Date.getUTCDay), with ال and without (after "يوم"). */
const WEEKDAYS = toMap<number>([
  ["الأحد", 0], ["الاثنين", 1], ["الإثنين", 1], ["الثلاثاء", 2], ["الثلثاء", 2], ["الأربعاء", 3], ["الخميس", 4], ["الجمعة", 5], ["السبت", 6],
  ["أحد", 0], ["اثنين", 1], ["إثنين", 1], ["ثلاثاء", 2], ["ثلثاء", 2], ["أربعاء", 3], ["خميس", 4], ["جمعة", 5], ["سبت", 6],
]);

/**
 * Month names, one or two words. Levantine and Egyptian/Gulf names with their spelling variants;
 * "تشرين"/"كانون" alone are ambiguous and left out.
 */
const MONTHS = toMap<number>([
  ["كانون الثاني", 1], ["شباط", 2], ["آذار", 3], ["نيسان", 4], ["أيار", 5], ["حزيران", 6], ["تموز", 7], ["آب", 8],
  ["أيلول", 9], ["تشرين الأول", 10], ["تشرين الثاني", 11], ["كانون الأول", 12],
  // Without the article, as Syrian pages often write them ("5 تشرين ثاني 2024").
  ["كانون ثاني", 1], ["تشرين أول", 10], ["تشرين ثاني", 11], ["كانون أول", 12],
  ["يناير", 1], ["فبراير", 2], ["فبرايرس", 2], ["مارس", 3], ["أبريل", 4], ["إبريل", 4], ["ابريل", 4], ["مايو", 5],
  ["يونيو", 6], ["يونيه", 6], ["يوليو", 7], ["يوليه", 7], ["أغسطس", 8], ["اغسطس", 8], ["أغسطس", 8], ["سبتمبر", 9],
  ["أكتوبر", 10], ["اكتوبر", 10], ["نوفمبر", 11], ["ديسمبر", 12],
]);

/** Ordinal day words ("في السابع من الشهر الجاري"). */
const ORDINAL_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
const ORDINAL_DAYS: ReadonlyMap<string, number> = (() => {
  const entries: Array<[string, number]> = ORDINAL_UNITS.map((w, k) => [w, k + 1]);
  entries.push(["العاشر", 10], ["الحادي عشر", 11], ["العشرين", 20], ["الثلاثين", 30], ["الحادي والعشرين", 21], ["الحادي والثلاثين", 31]);
  ORDINAL_UNITS.slice(1).forEach((w, k) => {
    entries.push([`${w} عشر`, k + 12], [`${w} والعشرين`, k + 22]);
  });
  return toMap(entries);
})();

const ORDINAL_FIRST_WORDS = new Vocab([...ORDINAL_DAYS.keys()].map((k) => k.split(" ")[0]));

/** "اليوم" in a sense other than today ("لليوم الثاني", "اليوم التالي", "ذات اليوم"). */
const NOT_TODAY_AFTER = new Vocab(norm(["التالي", "السابق", "نفسه", "ذاته", "الأول", "الثاني", "الثالث", "الرابع", "الخامس"]));
const NOT_TODAY_BEFORE = new Vocab(norm(["ذات", "نفس", "ذلك"]));
const TODAY = normalize("اليوم");
/** "هذا الصباح", "هذا المساء": a part of today (ANNOTATION.md: the publication date through words such as اليوم). */
const THIS = normalize("هذا");
const TODAY_PARTS = new Vocab(norm(["الصباح", "المساء", "الفجر", "الظهر", "العصر"]));
/** "الليلة الماضية": last night, the day before publication (with PAST after it only). */
const TONIGHT = normalize("الليلة");
const YESTERDAY = new Vocab(norm(["أمس", "الأمس", "البارحة"]));
const FIRST = normalize("الأول");
const FIRST_INDEF = normalize("أول");
const DAY_WORD = normalize("يوم");
const BETWEEN = normalize("بين");
const FROM = normalize("من");
const TO = new Vocab(norm(["إلى", "الى", "حتى"]));
const AND = normalize("و");
const THE = normalize("ال");
const YEAR_WORDS = new Vocab(norm(["عام", "العام", "سنة", "السنة"]));
const MONTH_WORD = new Vocab(norm(["الشهر", "شهر"]));
/** "قبل يوم/يومين": a day count the text states exactly. ("منذ يومين" is mostly a duration: "مستمرة منذ يومين".) */
const DAYS_AGO = toMap<number>([["يوم", 1], ["يومين", 2], ["يومان", 2]]);
/** "قبل ثلاثة أيام", "قبل 4 أيام": a counted number of days (a week at most: longer counts are rounded). */
const DAY_COUNTS = toMap<number>([["ثلاثة", 3], ["أربعة", 4], ["خمسة", 5], ["ستة", 6], ["سبعة", 7]]);
const DAYS = normalize("أيام");
const AGO = new Vocab(norm(["قبل"]));
/** "قبل ساعات", "منذ ساعات", "قبل قليل": hours before publication, the page's day (not "قبل ساعات من الهجوم"). */
const HOURS_BEFORE = new Vocab(norm(["قبل", "منذ"]));
const HOURS = new Vocab(norm(["ساعات", "ساعة", "ساعتين", "قليل"]));
const OF_EVENT = new Vocab(norm(["من", "على"]));
/** Before a stated date: the start of a period ("منذ الـ8 من آذار", "اعتبارا من"), not an event's day. */
const PERIOD_STARTS = new Vocab(norm(["منذ", "ابتداء", "اعتبارا"]));
/** Its end, once a start was named ("… وحتى الـ23 منه"); alone, "حتى الثلاثاء" is the day fighting ended. */
const PERIOD_ENDS = new Vocab(norm(["حتى", "لغاية"]));
/** After a weekday: the last one strictly before publication. */
const PAST = new Vocab(norm(["الماضي", "الفائت", "المنصرم", "السابق", "الفائتة", "الماضية", "المنصرمة"]));
/** After a weekday or month: not a past date. */
const FUTURE = new Vocab(norm(["المقبل", "القادم", "المقبلة", "القادمة"]));
/** "الشهر نفسه": the month named before, which this sentence does not say. */
const SAME = new Vocab(norm(["نفسه", "ذاته"]));
/** After a month or "الشهر": the publication month. */
const CURRENT = new Vocab(norm(["الجاري", "الحالي", "الحالية", "الجارية"]));

/** The label a page's metadata puts before its publication date in the text ("date 2025-12-15"). */
const STAMP_LABEL = normalize("date");

/** Every word a relative date can start with: tried at every token, most are ruled out at once. */
const RELATIVE_FIRST_WORDS = new Vocab([TODAY, THIS, TONIGHT, FIRST_INDEF, ...AGO, ...HOURS_BEFORE, ...YESTERDAY, ...WEEKDAYS.keys()]);

const DAY_MS = 86_400_000;
const TRAILING_MARKS = /^[\u064B-\u065F\u0670]+/;

function parseIso(date: string | null): Date | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A real calendar day, or null ("31 شباط"). */
function calendarDay(year: number, month: number, day: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day && year >= 1900 ? d : null;
}

interface Cursor {
  tokens: Token[];
}

const word = (c: Cursor, i: number): string | null => (c.tokens[i]?.kind === "word" ? c.tokens[i].text : null);
const isPunct = (c: Cursor, i: number, chars: string): boolean => c.tokens[i]?.kind === "punct" && chars.includes(c.tokens[i].text);

/** A day number 1–31 at token i ("25", "الـ25"), with the index after it. */
function dayNumber(c: Cursor, i: number): { day: number; next: number; from: number } | null {
  let k = i;
  // "الـ25" and "الـ 25" (the tatweel gone, a space may stay).
  if (word(c, k) === THE && c.tokens[k + 1]?.kind === "digits") k++;
  const t = c.tokens[k];
  if (!t || t.kind !== "digits" || !/^\d{1,2}$/.test(t.text)) return null;
  const day = Number(t.text);
  return day >= 1 && day <= 31 ? { day, next: k + 1, from: i } : null;
}

/** An ordinal day at token i ("السابع", "الحادي والعشرين"), two words tried before one. */
function ordinalDay(c: Cursor, i: number): { day: number; next: number } | null {
  const w1 = word(c, i);
  // Tried at every token: most words start no ordinal, and one set lookup says so.
  if (!w1 || !ORDINAL_FIRST_WORDS.has(w1)) return null;
  const w2 = word(c, i + 1);
  const two = w2 ? ORDINAL_DAYS.get(`${w1} ${w2}`) : undefined;
  if (two) return { day: two, next: i + 2 };
  const one = ORDINAL_DAYS.get(w1);
  return one ? { day: one, next: i + 1 } : null;
}

interface MonthRef {
  /** 1–12, or null for "the current month" without a name. */
  month: number | null;
  year: number | null;
  /** "bare": "الشهر" with no relation after a day ("في الـ25 من الشهر"), the month the page is in. */
  relation: "current" | "past" | "none" | "bare";
  /** "من العام الماضي": 1, "من العام الجاري": 0, the year counted from the page's; null when not said. */
  yearsBack: number | null;
  next: number;
}

/** "(من) العام الماضي", "السنة الحالية": a year named relative to the page's, with the index after it. */
function relativeYearAt(c: Cursor, i: number): { yearsBack: number; next: number } | null {
  const k = word(c, i) === FROM ? i + 1 : i;
  if (!YEAR_WORDS.has(word(c, k) ?? "")) return null;
  const rel = word(c, k + 1) ?? "";
  if (PAST.has(rel)) return { yearsBack: 1, next: k + 2 };
  if (CURRENT.has(rel)) return { yearsBack: 0, next: k + 2 };
  return null;
}

function yearAt(c: Cursor, i: number): { year: number; next: number } | null {
  let k = i;
  // "آذار من العام 2017": a year word may come after "من".
  if (word(c, k) === FROM && word(c, k + 1) && YEAR_WORDS.has(word(c, k + 1)!)) k++;
  if (word(c, k) && YEAR_WORDS.has(word(c, k)!)) k++;
  const t = c.tokens[k];
  if (t?.kind === "digits" && /^(19|20)\d\d$/.test(t.text)) return { year: Number(t.text), next: k + 1 };
  return null;
}

/** Whether a month's name, of one word or two ("تشرين الأول"), starts at token i. */
const monthNameAt = (c: Cursor, i: number): boolean => MONTHS.has(word(c, i) ?? "") || MONTHS.has(`${word(c, i)} ${word(c, i + 1)}`);

/**
 * A month reference at token i: "تشرين الثاني/نوفمبر 2020", "آب الجاري", "الشهر الماضي", "شهر آذار".
 * After a day (`afterDay`), "الجاري" alone is the current month ("في 5 الجاري"); with `bare` too
 * (a day and "من"), so is "الشهر" alone ("في الـ25 من الشهر").
 */
function monthAt(c: Cursor, i0: number, afterDay = false, bare = false): MonthRef | null {
  if (afterDay && CURRENT.has(word(c, i0) ?? "")) return { month: null, year: null, relation: "current", yearsBack: null, next: i0 + 1 };
  // "في العاشر من شهر آذار": the word "month" before the month's name.
  const i = MONTH_WORD.has(word(c, i0) ?? "") && monthNameAt(c, i0 + 1) ? i0 + 1 : i0;
  const w1 = word(c, i);
  if (!w1) return null;
  let month: number | null = null;
  let k = i;
  const two = word(c, i + 1) ? MONTHS.get(`${w1} ${word(c, i + 1)}`) : undefined;
  if (two) {
    month = two;
    k = i + 2;
  } else if (MONTHS.has(w1)) {
    month = MONTHS.get(w1)!;
    k = i + 1;
  } else if (MONTH_WORD.has(w1)) {
    k = i + 1;
  } else {
    return null;
  }
  // The paired form "كانون الثاني/يناير", "نوفمبر/تشرين الثاني" or "تشرين الثاني (نوفمبر)".
  if (month !== null && isPunct(c, k, "/(")) {
    const open = c.tokens[k].text;
    const width = MONTHS.get(`${word(c, k + 1)} ${word(c, k + 2)}`) === month ? 2 : MONTHS.get(word(c, k + 1) ?? "") === month ? 1 : 0;
    if (width) k += 1 + width + (open === "(" && isPunct(c, k + 1 + width, ")") ? 1 : 0);
  }
  const year = yearAt(c, k);
  if (year) k = year.next;
  let relation: MonthRef["relation"] = "none";
  const after = word(c, k);
  if (after && CURRENT.has(after)) relation = "current";
  else if (after && PAST.has(after)) relation = "past";
  else if (after && FUTURE.has(after)) return null;
  if (relation !== "none") k++;
  // "آذار الجاري من العام 2017": the year may follow the relation.
  const yearAfter = year || relation === "none" ? null : yearAt(c, k);
  if (yearAfter) k = yearAfter.next;
  // "الشهر" needs a relation to mean a month ("الشهر الجاري"), or a day and "من" before it ("الشهر نفسه" names none).
  if (month === null && relation === "none") {
    const after = word(c, k);
    if (!bare || (after && SAME.has(after))) return null;
    relation = "bare";
  }
  // "11 آذار من العام الماضي": the year before the page's.
  const relative = year || yearAfter ? null : relativeYearAt(c, k);
  if (relative) k = relative.next;
  return { month, year: (year ?? yearAfter)?.year ?? null, relation, yearsBack: relative?.yearsBack ?? null, next: k };
}

/**
 * The year that puts day/month on or before publication (ANNOTATION.md), or the stated one; a day
 * just after publication stays in its year (see DATE_AFTER_PUBLICATION_SLIP_DAYS).
 */
function resolveDay(day: number, ref: MonthRef, published: Date | null): Date | null {
  if (ref.year !== null && ref.month !== null) return calendarDay(ref.year, ref.month, day);
  if (!published) return null;
  const py = published.getUTCFullYear();
  const pm = published.getUTCMonth() + 1;
  if (ref.yearsBack !== null && ref.month !== null) return calendarDay(py - ref.yearsBack, ref.month, day);
  let month = ref.month;
  if (month === null) {
    // "في الـ25 من الشهر" on the 3rd: a day past the page's own, so the month before.
    const back = ref.relation === "past" || (ref.relation === "bare" && day > published.getUTCDate() + DATE_AFTER_PUBLICATION_SLIP_DAYS);
    month = back ? (pm === 1 ? 12 : pm - 1) : pm;
    const year = back && pm === 1 ? py - 1 : py;
    return calendarDay(year, month, day);
  }
  if (ref.relation === "current") return calendarDay(py, month, day);
  // ("آذار الماضي" is behind the page whatever the slip.)
  const latest = published.getTime() + (ref.relation === "past" ? 0 : DATE_AFTER_PUBLICATION_SLIP_DAYS * DAY_MS);
  // "1 كانون الثاني" on a page of 31 December: the slip crosses the year.
  const next = calendarDay(py + 1, month, day);
  if (next && next.getTime() <= latest) return next;
  const same = calendarDay(py, month, day);
  if (same && same.getTime() <= latest) return same;
  return calendarDay(py - 1, month, day);
}

/** The given weekday on or before publication, or strictly before with `strict`. */
function weekdayBefore(published: Date, weekday: number, strict: boolean): Date {
  let back = (published.getUTCDay() - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return new Date(published.getTime() - back * DAY_MS);
}

/**
 * The day with the given weekday closest to `day`: at most one day after it (a page dated by
 * the next morning's clock, "اليوم الأربعاء" published early on Thursday), otherwise before it.
 */
function nearestWeekday(day: Date, weekday: number): Date {
  const back = (day.getUTCDay() - weekday + 7) % 7;
  return new Date(day.getTime() + (back === 6 ? DAY_MS : -back * DAY_MS));
}

/** The weekday named at token i ("الأحد", "يوم الأحد" counted from "الأحد"), or undefined. */
function weekdayAt(c: Cursor, i: number): number | undefined {
  const w = word(c, i);
  return w ? WEEKDAYS.get(w) : undefined;
}

/** The token after i, past a comma and an opening bracket ("اليوم، الأحد", "اليوم (الأحد)", "الخميس، (31 …)"). */
function pastMark(c: Cursor, i: number): number {
  let k = i;
  while (k < i + 2 && isPunct(c, k, ",(")) k++;
  return k;
}

interface Found {
  date: Date;
  precision: DateMention["precision"];
  from: number;
  to: number;
  /** Proclitic letters of the first token left out of the text ("وأمس" → "أمس"). */
  cut?: number;
  /** A full date with its year, which later relative words of the sentence may count from. */
  stated?: boolean;
}

/**
 * "الخميس 18 آب", "الاثنين، 21 حزيران 2022": a stated date with its weekday. Where the two
 * disagree the weekday wins, as annotators re-compute dates against weekdays: the day of that
 * weekday closest to the stated date.
 */
function weekdayDatedAt(c: Cursor, i: number, published: Date | null): Found | null {
  const weekday = c.tokens[i]?.kind === "word" ? c.tokens[i].stems.map((s) => WEEKDAYS.get(s)).find((x) => x !== undefined) : undefined;
  if (weekday === undefined) return null;
  const at = pastMark(c, i + 1);
  const explicit = dayMonthAt(c, at, published) ?? numericAt(c, at);
  if (!explicit || explicit.precision === "range") return null;
  const back = (explicit.date.getUTCDay() - weekday + 7) % 7;
  const date = back === 0 ? explicit.date : new Date(explicit.date.getTime() + (back <= 3 ? -back : 7 - back) * DAY_MS);
  return { ...explicit, date, from: i };
}

/** "25 من تشرين الثاني", "الخميس 18 آب", "التاسع من آب الجاري", "بين 20 و 25 آب". */
function dayMonthAt(c: Cursor, i: number, published: Date | null): Found | null {
  const between = word(c, i) === BETWEEN || word(c, i) === FROM;
  const first = dayNumber(c, between ? i + 1 : i) ?? null;
  if (between && first) {
    // A range: "بين 20 و 25 آب", "من 20 إلى 25 آب".
    let k = first.next;
    const link = word(c, k);
    if (link === AND || (link && TO.has(link)) || isPunct(c, k, "-")) k++;
    const second = k > first.next ? dayNumber(c, k) : null;
    if (second && second.day > first.day) {
      let m = second.next;
      if (word(c, m) === FROM) m++;
      const ref = monthAt(c, m, true);
      const date = ref ? resolveDay(first.day, ref, published) : null;
      if (ref && date) return { date, precision: "range", from: i, to: ref.next, stated: ref.year !== null };
    }
    return null;
  }
  const num = first;
  const ord = num ? null : ordinalDay(c, i);
  const day = num?.day ?? ord?.day;
  if (day === undefined) return null;
  let k = num?.next ?? ord!.next;
  const hasFrom = word(c, k) === FROM;
  if (hasFrom) k++;
  // An ordinal is a date only with "من" and a month ("السابع من الشهر الجاري").
  if (ord && !hasFrom) return null;
  const ref = monthAt(c, k, true, hasFrom);
  if (!ref) return null;
  const date = resolveDay(day, ref, published);
  return date ? { date, precision: "day", from: i, to: ref.next, stated: ref.year !== null } : null;
}

/** "25/11/2020", "2020-11-25", "25.11.2020". */
function numericAt(c: Cursor, i: number): Found | null {
  const t = c.tokens[i];
  if (!t || t.kind !== "digits") return null;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.text);
  if (dotted) {
    const d = calendarDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
    return d ? { date: d, precision: "day", from: i, to: i + 1, stated: true } : null;
  }
  const sep = c.tokens[i + 1];
  if (!sep || sep.kind !== "punct" || !"/-".includes(sep.text) || c.tokens[i + 3]?.text !== sep.text) return null;
  const a = c.tokens[i + 2];
  const b = c.tokens[i + 4];
  if (a?.kind !== "digits" || b?.kind !== "digits") return null;
  // Only tight forms: "25 - 11" with spaces is a range or arithmetic, not a date.
  if (sep.start !== t.end || a.start !== sep.end || b.start !== c.tokens[i + 3].end) return null;
  const [x, y, z] = [t.text, a.text, b.text].map(Number);
  const d = /^\d{4}$/.test(t.text) ? calendarDay(x, y, z) : /^\d{4}$/.test(b.text) ? calendarDay(z, y, x) : null;
  return d ? { date: d, precision: "day", from: i, to: i + 5, stated: true } : null;
}

/**
 * Whether the date at token i bounds a period, its start ("منذ الـ8 من آذار", "اعتبارا من 8
 * آذار") or, after a start (`since`), its end ("وحتى اليوم الـ23"): the events told fall between,
 * not on it. Only stated dates start one: "منذ صباح اليوم" keeps its day.
 */
function periodBound(c: Cursor, i: number, stated: boolean, since: boolean): "start" | "end" | null {
  const before = (k: number, words: ReadonlySet<string>) => c.tokens[k]?.stems.some((s) => words.has(s)) ?? false;
  if (stated && (before(i - 1, PERIOD_STARTS) || (word(c, i - 1) === FROM && before(i - 2, PERIOD_STARTS)))) return "start";
  return since && before(i - 1, PERIOD_ENDS) ? "end" : null;
}

/** اليوم، أمس، أول أمس، أمس الأربعاء، فجر السبت، الأحد الماضي، قبل يومين. */
function relativeAt(c: Cursor, i: number, published: Date): Found | null {
  const found = relativeWordsAt(c, i, published);
  if (!found) return null;
  const t = c.tokens[i];
  const bare = t.stems.find((s) => s === TODAY || YESTERDAY.has(s) || WEEKDAYS.has(s));
  return { ...found, cut: bare && t.text.endsWith(bare) ? t.text.length - bare.length : 0 };
}

function relativeWordsAt(c: Cursor, i: number, published: Date): Found | null {
  const t = c.tokens[i];
  if (!t || t.kind !== "word" || !t.stems.some((s) => RELATIVE_FIRST_WORDS.has(s))) return null;
  const stems = t.stems;
  const next = word(c, i + 1);

  if (t.text === TODAY || (stems.includes(TODAY) && t.text[0] === "و")) {
    const prev = word(c, i - 1);
    if ((next && NOT_TODAY_AFTER.has(next)) || (prev && NOT_TODAY_BEFORE.has(prev))) return null;
    // "اليوم الأربعاء" on a page dated Thursday: the weekday says which day "today" was; a date
    // after it says more ("اليوم الأحد 25 حزيران").
    const at = pastMark(c, i + 1);
    const wd = weekdayAt(c, at);
    if (wd === undefined) return { date: published, precision: "day", from: i, to: i + 1 };
    const dated = weekdayDatedAt(c, at, published);
    if (dated) return { ...dated, from: i };
    const to = isPunct(c, at + 1, ")") ? at + 2 : at + 1;
    return { date: nearestWeekday(published, wd), precision: "day", from: i, to };
  }

  if (t.text === THIS && next && TODAY_PARTS.has(next)) return { date: published, precision: "day", from: i, to: i + 2 };

  if (t.text === TONIGHT) {
    // "الليلة الماضية": last night; "الليلة" alone is tonight, rarely an event's day.
    return next && PAST.has(next) ? { date: new Date(published.getTime() - DAY_MS), precision: "day", from: i, to: i + 2 } : null;
  }

  if (t.text === FIRST_INDEF && next && YESTERDAY.has(next)) {
    // "أول أمس" (الخميس): two days back, or the named weekday before that.
    const wd = WEEKDAYS.get(word(c, i + 2) ?? "");
    if (wd !== undefined) return { date: weekdayBefore(published, wd, true), precision: "day", from: i, to: i + 3 };
    return { date: new Date(published.getTime() - 2 * DAY_MS), precision: "day", from: i, to: i + 2 };
  }

  if (stems.some((s) => YESTERDAY.has(s))) {
    if (next === FIRST) return { date: new Date(published.getTime() - 2 * DAY_MS), precision: "day", from: i, to: i + 2 };
    const wd = next ? WEEKDAYS.get(next) : undefined;
    if (wd !== undefined) {
      const dated = weekdayDatedAt(c, i + 1, published);
      if (dated) return { ...dated, from: i };
      // "أمس الأربعاء": the Wednesday nearest to the day before publication; on a page dated that
      // Wednesday, the page carries the event's day (or the next morning's clock), not a week later.
      return { date: nearestWeekday(new Date(published.getTime() - DAY_MS), wd), precision: "day", from: i, to: i + 2 };
    }
    return { date: new Date(published.getTime() - DAY_MS), precision: "day", from: i, to: i + 1 };
  }

  if (stems.some((s) => HOURS_BEFORE.has(s)) && next && HOURS.has(next) && !OF_EVENT.has(word(c, i + 2) ?? "")) {
    return { date: published, precision: "day", from: i, to: i + 2 };
  }
  if (stems.some((s) => AGO.has(s))) {
    if (next && DAYS_AGO.has(next)) return { date: new Date(published.getTime() - DAYS_AGO.get(next)! * DAY_MS), precision: "day", from: i, to: i + 2 };
    const n = next ? DAY_COUNTS.get(next) : /^[3-7]$/.test(c.tokens[i + 1]?.text ?? "") ? Number(c.tokens[i + 1].text) : undefined;
    if (n !== undefined && word(c, i + 2) === DAYS) return { date: new Date(published.getTime() - n * DAY_MS), precision: "day", from: i, to: i + 3 };
    return null;
  }

  const weekday = stems.map((s) => WEEKDAYS.get(s)).find((x) => x !== undefined);
  // A bare weekday needs its article or "يوم" before it ("يوم الجمعة", "الأحد"), not "أحد" (one).
  if (weekday !== undefined && (stems.some((s) => s.startsWith("ال")) || word(c, i - 1) === DAY_WORD)) {
    if (next && FUTURE.has(next)) return null;
    const past = next !== null && PAST.has(next);
    return { date: weekdayBefore(published, weekday, past), precision: "day", from: i, to: past ? i + 2 : i + 1 };
  }
  return null;
}

/**
 * Dates stated in a sentence, resolved against the publication date (`YYYY-MM-DD` or null).
 * Without a publication date only dates with a stated year resolve. Offsets are into `sentence`.
 * @example findDates("قتل 3 عناصر أمس الأربعاء", "2020-11-26")[0].date === "2020-11-25"
 */
export function findDates(sentence: string, published: string | null): DateMention[] {
  const n = normalizeWithMap(sentence);
  const c: Cursor = { tokens: tokenize(n.text) };
  // Relative words count from publication; without it, from a full date the sentence states
  // before them ("أعلن التنظيم، الخميس (31 كانون الأول 2020)، مسؤوليته عن هجوم يوم الأربعاء").
  let ref = parseIso(published);
  const out: DateMention[] = [];
  let since = false;
  for (let i = 0; i < c.tokens.length; ) {
    const stated = weekdayDatedAt(c, i, ref) ?? dayMonthAt(c, i, ref) ?? numericAt(c, i);
    const f = stated ?? (ref ? relativeAt(c, i, ref) : null);
    if (!f) {
      i++;
      continue;
    }
    // "date 2025-12-15" at the head of a page's text: its publication stamp, which dates no event
    // (ANNOTATION.md: the publication date counts only through words such as اليوم); read only
    // when there is no publication date, as the article's own day (datelineOf).
    if (published && stated && word(c, f.from - 1) === STAMP_LABEL) {
      i = f.to;
      continue;
    }
    const bound = periodBound(c, f.from, stated !== null, since);
    if (bound) {
      since ||= bound === "start";
      i = Math.max(f.to, i + 1);
      continue;
    }
    if (!published && f.stated) ref = f.date;
    const span = originalSpan(n, c.tokens[f.from].start + (f.cut ?? 0), c.tokens[f.to - 1].end);
    // Harakat after the last letter belong to it ("أمسِ"); originalSpan stops at the letter.
    span.end += TRAILING_MARKS.exec(sentence.slice(span.end, span.end + 8))?.[0].length ?? 0;
    out.push({ date: iso(f.date), precision: f.precision, start: span.start, end: span.end, text: sentence.slice(span.start, span.end) });
    i = Math.max(f.to, i + 1);
  }
  return out;
}

/** How far into one of the article's first lines a dateline's date may stand ("دمشق 18 يناير 2026 (شينخوا)"). */
const DATELINE_REACH_CHARS = 40;
/** How many of the article's first lines may hold its dateline (headline, outlet line, lead). */
const DATELINE_LINES = 3;

/**
 * The full date an article states for itself at the head of one of its first lines (a dateline:
 * "دمشق 18 يناير 2026", "الأربعاء 16 تموز 2025"), or null.
 * @example datelineOf("حماة 12 آذار 2021\nقتل عنصر اليوم") === "2021-03-12"
 */
export function datelineOf(text: string): string | null {
  let seen = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const head = line.slice(0, DATELINE_REACH_CHARS + 40);
    const first = findDates(head, null)[0];
    if (first && first.start <= DATELINE_REACH_CHARS) return first.date;
    if (++seen >= DATELINE_LINES) break;
  }
  return null;
}

const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** An embedded post's signature: "— Name (@handle) November 9, 2021". */
const POST_SIGNATURE = new RegExp(`\\(@\\w+\\)\\s*(${ENGLISH_MONTHS.join("|")})\\s+(\\d{1,2}),\\s*((?:19|20)\\d\\d)`);
const YEARS = /(?<!\d)(19|20)\d\d(?!\d)/g;

/** The day of the first post embedded in the article ("(@vdcnsyria) November 9, 2021"), or null. */
function postDateOf(text: string): string | null {
  const m = POST_SIGNATURE.exec(text);
  const d = m ? calendarDay(Number(m[3]), ENGLISH_MONTHS.indexOf(m[1]) + 1, Number(m[2])) : null;
  return d ? iso(d) : null;
}

/**
 * "اليوم، الاثنين 3 من شباط": the article names its own day with a weekday but no year; the year
 * is the one, next to the years the article states, in which that day fell on that weekday.
 */
function todayOf(text: string): string | null {
  const years = [...text.matchAll(YEARS)].map((m) => Number(m[0]));
  if (!years.length) return null;
  const latest = Math.max(...years);
  for (const line of text.split("\n")) {
    if (!line.includes("اليوم")) continue;
    const c: Cursor = { tokens: tokenize(normalize(line)) };
    for (let i = 0; i < c.tokens.length; i++) {
      if (!c.tokens[i].stems.includes(TODAY)) continue;
      const at = pastMark(c, i + 1);
      const weekday = weekdayAt(c, at);
      if (weekday === undefined) continue;
      const k = pastMark(c, at + 1);
      const day = dayNumber(c, k);
      if (!day) continue;
      const ref = monthAt(c, word(c, day.next) === FROM ? day.next + 1 : day.next);
      if (!ref?.month) continue;
      for (let y = latest + 1; y >= Math.min(...years) - 1; y--) {
        const d = calendarDay(y, ref.month, day.day);
        if (d?.getUTCDay() === weekday) return iso(d);
      }
    }
  }
  return null;
}

/**
 * The day an article gives for itself when the page gives none: its dateline, the date of a post
 * it embeds, or "today" named with weekday and date. Relative words count from it.
 */
export function articleDateOf(text: string): string | null {
  return datelineOf(text) ?? postDateOf(text) ?? todayOf(text);
}
