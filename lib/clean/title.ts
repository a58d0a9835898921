/**
 * The article title: the page's `<h1>` when it matches the title the page declares (the h1
 * carries no " - Outlet" suffix), else og:title / JSON-LD headline / `<title>` with the site
 * name cut off.
 */
import type { CheerioAPI } from "cheerio";
import type { Outlet } from "../outlets/registry";
import { collapse, textOf } from "./dom";
import { normalize } from "../text/normalize";
import { CLEAN_TITLE_SAME_WORDS_SHARE } from "../constants";

/** Separators themes put between title and site name. */
const TITLE_SEPARATOR = /\s+[|\-–—:»«•·]\s+|\s*[|•·]\s*/;

/** Shortest h1 we trust as a title; shorter ones are logos ("CNN"). */
const MIN_TITLE_CHARS = 10;

function comparable(text: string): string {
  return normalize(text).replace(/["'“”«»]/g, "").replace(/\s+/g, " ").trim();
}

/** Removes site-name segments ("عنب بلدي", "Enab Baladi", the og:site_name) from a title. */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  const names = siteNames.map(comparable).filter(Boolean);
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const kept = parts.filter((p) => {
    const c = comparable(p);
    return !names.some((n) => c === n || (c.length <= n.length + 12 && c.includes(n)));
  });
  if (kept.length === parts.length || kept.length === 0) return title.trim();
  // Re-cut the original string so separators inside the kept part survive.
  const first = kept[0];
  const last = kept[kept.length - 1];
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return title.slice(start, end).trim();
}

function headlineFromJsonLd($: CheerioAPI): string {
  for (const el of $('script[type="application/ld+json"], script#tie-schema-json').toArray()) {
    const m = /"headline"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec($(el).text());
    if (m) {
      try {
        return String(JSON.parse(`"${m[1]}"`));
      } catch {
        return m[1];
      }
    }
  }
  return "";
}

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * True when two titles use mostly the same words in another order: the printed headline and
 * the shared title ("Name: friends struggle…" against "Friends of Name struggle…").
 */
function sameWords(a: string, b: string): boolean {
  const wa = new Set(a.split(WORD_SPLIT).filter(Boolean));
  const wb = new Set(b.split(WORD_SPLIT).filter(Boolean));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size) >= CLEAN_TITLE_SAME_WORDS_SHARE;
}

/** The article's title, site name removed. */
export function articleTitle($: CheerioAPI, outlet?: Outlet, hintSelector?: string): string {
  if (hintSelector) {
    const hinted = collapse($(hintSelector).first().text());
    if (hinted.length >= MIN_TITLE_CHARS) return hinted;
  }
  const declared = collapse(
    $('meta[property="og:title"]').attr("content") ||
      $('meta[name="twitter:title"]').attr("content") ||
      headlineFromJsonLd($) ||
      $("title").first().text(),
  );
  const siteNames = [
    $('meta[property="og:site_name"]').attr("content") ?? "",
    outlet?.name ?? "",
    outlet?.nameAr ?? "",
  ];
  const declaredClean = declared ? stripSiteName(declared, siteNames) : "";
  const target = comparable(declaredClean);
  const headings = $("h1, h2").toArray().map((el) => textOf(el));
  for (const h of headings) {
    if (h.length < MIN_TITLE_CHARS) continue;
    const c = comparable(h);
    if (target && (target.includes(c) || c.includes(target) || sameWords(c, target))) return h;
  }
  if (declaredClean) return declaredClean;
  return headings.find((h) => h.length >= MIN_TITLE_CHARS) ?? "";
}

function key(text: string): string {
  return normalize(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The headline as the page prints it at the top of the body, when the title could not shed
 * the site name ("Headline - Site" with no og:site_name to name the site): the first body
 * line, when it starts or ends the title. Null otherwise.
 */
export function printedTitle(title: string, lines: readonly string[]): string | null {
  if (lines.length === 0 || lines[0].length >= title.length) return null;
  const titleKey = key(title);
  const k = key(lines[0]);
  const printed = k.length >= MIN_TITLE_CHARS && k.length < titleKey.length && (titleKey.startsWith(k) || titleKey.endsWith(k));
  return printed ? lines[0] : null;
}

/** True when two texts hold the same letters and digits (the title repeated in the body). */
export function sameText(a: string, b: string): boolean {
  // Spacing and punctuation aside, equal texts have close lengths: skip normalizing a long body.
  if (Math.abs(a.length - b.length) > Math.min(a.length, b.length)) return false;
  const k = key(a);
  return k.length > 0 && k === key(b);
}

/** `<link rel=canonical>` resolved against the page URL, or null. */
export function canonicalUrl($: CheerioAPI, pageUrl: string): string | null {
  const href = $('link[rel="canonical"]').attr("href");
  if (!href) return null;
  try {
    return new URL(href.trim(), pageUrl).href;
  } catch {
    return null;
  }
}
