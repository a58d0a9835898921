/**
 * The publication time of an article page, from the most to the least reliable source:
 * outlet hint, `article:published_time`, JSON-LD (`@graph` and TieLabs `#tie-schema-json`
 * included), `itemprop=datePublished`, `<time datetime>`, other date metas, then a date
 * written out in Arabic near the title.
 */
import type { CheerioAPI } from "cheerio";
import { parseArabicDate, ymd } from "./arabic-date";
import { DATE_CLASS } from "./rules";
import { classAndId, collapse, isElement, textOf, type AnyNode } from "./dom";
import { ARTICLE_TYPES, jsonLdObjects } from "./embedded";

const PUBLISHED_METAS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
];

/** Less standard metas, tried after JSON-LD and `<time>`. */
const OTHER_DATE_METAS = [
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[property="article:modified_time"]',
];

/** ISO-like timestamps: date, optional time, optional zone. */
const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

/**
 * A date string as ISO 8601, keeping the page's own UTC offset (the local calendar day is what
 * relative dates like "اليوم الثلاثاء" count from). Date-only values stay `YYYY-MM-DD`.
 */
export function toIsoDate(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  const m = ISO_LIKE.exec(value);
  if (m) {
    const day = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!day) return null;
    if (m[4] === undefined) return day;
    const hh = Number(m[4]);
    const mm = Number(m[5]);
    const ss = Number(m[6] ?? "0");
    if (hh > 23 || mm > 59 || ss > 59) return day;
    const time = `${pad(hh)}:${pad(mm)}:${pad(ss)}`;
    const zone = m[7] ? normalizeZone(m[7]) : "";
    return `${day}T${time}${zone}`;
  }
  const arabic = parseArabicDate(value);
  if (arabic) return arabic;
  // RFC 2822 and other English forms ("Wed, 28 Aug 2013 14:00:00 GMT").
  if (/[a-z]{3}/i.test(value)) {
    const t = Date.parse(value);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace(".000Z", "Z");
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function normalizeZone(zone: string): string {
  if (zone.toUpperCase() === "Z") return "Z";
  const digits = zone.replace(":", "");
  return `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

function jsonLdDate($: CheerioAPI): string | null {
  const objects = jsonLdObjects($);
  const typeOf = (o: Record<string, unknown>): string => String(o["@type"] ?? "");
  const ranked = [...objects.filter((o) => ARTICLE_TYPES.test(typeOf(o))), ...objects.filter((o) => !ARTICLE_TYPES.test(typeOf(o)))];
  for (const field of ["datePublished", "dateCreated", "uploadDate"]) {
    for (const o of ranked) {
      const v = o[field];
      if (typeof v === "string") {
        const iso = toIsoDate(v);
        if (iso) return iso;
      }
    }
  }
  return null;
}

function firstMeta($: CheerioAPI, selectors: readonly string[]): string | null {
  for (const sel of selectors) {
    for (const el of $(sel).toArray()) {
      const iso = toIsoDate($(el).attr("content") ?? "");
      if (iso) return iso;
    }
  }
  return null;
}

/** A date from an element chosen by selector: meta content, `datetime`, or its text. */
function dateFromElements($: CheerioAPI, selector: string): string | null {
  for (const el of $(selector).toArray()) {
    const $el = $(el);
    const raw = $el.attr("content") ?? $el.attr("datetime") ?? "";
    const iso = toIsoDate(raw) ?? toIsoDate($el.text());
    if (iso) return iso;
  }
  return null;
}

/** Page furniture whose dates are today's date or other posts' dates, not this article's. */
const OFF_ARTICLE_TAGS: ReadonlySet<string> = new Set(["header", "nav", "footer", "aside"]);
const OFF_ARTICLE_CLASS = /today|top-?bar|topbar|header-top|breaking|ticker|related|widget|sidebar/i;

/** Characters of the page's text searched for a written date when no element names one. */
const VISIBLE_DATE_CHARS = 20_000;

/** How many ancestors of the title heading are searched for a date under the title. */
const TITLE_ANCESTOR_LEVELS = 4;

/** First date in a date-classed element under `root` (document order), skipping page furniture. */
function dateUnder(root: AnyNode, skipFurniture: boolean): string | null {
  let found: string | null = null;
  const walk = (node: AnyNode): void => {
    if (found || !isElement(node) || node.type !== "tag") return;
    const names = classAndId(node);
    if (skipFurniture && (OFF_ARTICLE_TAGS.has(node.name) || OFF_ARTICLE_CLASS.test(names))) return;
    if (DATE_CLASS.test(names)) {
      const text = textOf(node);
      if (text.length < 200) {
        found = parseArabicDate(text);
        if (found) return;
      }
    }
    for (const c of node.children) walk(c);
  };
  walk(root);
  return found;
}

/**
 * A date written out in text: first in date-like elements around the title heading (the line
 * under the title), then in date-like elements outside page furniture, then anywhere.
 */
function visibleDate($: CheerioAPI): string | null {
  const body = $("body")[0] as AnyNode | undefined;
  if (!body) return null;
  const heading = $("h1").toArray().find((h) => textOf(h).length >= 10) as AnyNode | undefined;
  let scope: AnyNode | null = heading?.parent ?? null;
  for (let level = 0; scope && level < TITLE_ANCESTOR_LEVELS; level++, scope = scope.parent) {
    const found = dateUnder(scope, true);
    if (found) return found;
  }
  // textOf joins once (cheerio's .text() joins again at every level) and stops early.
  return dateUnder(body, true) ?? parseArabicDate(textOf(body, VISIBLE_DATE_CHARS).slice(0, VISIBLE_DATE_CHARS));
}

/**
 * The page's publication time as ISO 8601 (with the page's UTC offset when it gives one), or null.
 * @example publishedTime($) === "2020-11-26T12:40:00+02:00"
 */
export function publishedTime($: CheerioAPI, hintSelector?: string): string | null {
  return (
    (hintSelector ? dateFromElements($, hintSelector) : null) ??
    firstMeta($, PUBLISHED_METAS) ??
    jsonLdDate($) ??
    dateFromElements($, '[itemprop="datePublished"], time[pubdate]') ??
    dateFromElements($, "time[datetime]") ??
    firstMeta($, OTHER_DATE_METAS) ??
    visibleDate($)
  );
}
