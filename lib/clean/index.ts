/**
 * The cleaner: an article page in, its title, publication time and paragraphs out, with share
 * bars, comments, related lists and the rest of the page furniture left behind.
 */
import { load, type CheerioAPI } from "cheerio/slim";
import type { CleanedArticle } from "../types";
import type { Outlet } from "../outlets/registry";
import { normalize } from "../text/normalize";
import { CleanError } from "./errors";
import { contains, type Element } from "./dom";
import { prune } from "./prune";
import { publishedTime } from "./published";
import { parseArabicDate } from "./arabic-date";
import { BOILERPLATE_LINES, DATE_IN_LINE, LEAD_CLASS, LEADING_SYMBOLS, ANY_LETTER, ARABIC_LETTER, HAS_LETTER, HAS_ARABIC_LETTER } from "./rules";
import { chooseContainers } from "./score";
import { segment, type TextBlock } from "./segment";
import { articleTitle, canonicalUrl } from "./title";
import {
  CLEAN_ARABIC_PAGE_SHARE,
  CLEAN_MAX_DATELINE_CHARS,
  CLEAN_MAX_LINK_DENSITY,
  CLEAN_MAX_NON_ARABIC_LABEL_CHARS,
  CLEAN_MIN_BODY_CHARS,
  CLEAN_MIN_HINT_BODY_CHARS,
} from "../constants";

export { CleanError } from "./errors";
export type { CleanErrorCode } from "./errors";

export interface CleanOptions {
  /** The page's URL (canonical links resolve against it). */
  url: string;
  /** The registry outlet, when known: its hints refine the generic result. */
  outlet?: Outlet;
}

/** How many leading ancestors of a block are checked for a lead/standfirst class. */
const LEAD_ANCESTOR_DEPTH = 4;

/** Parses with htmlparser2: forgiving with broken markup and several times quicker than parse5. */
function parse(html: string): { $: CheerioAPI; body: Element } {
  let $ = load(html);
  let body = $("body")[0] as Element | undefined;
  if (!body) {
    // A fragment or a page missing its <body> tag: wrap it so the walk has one root.
    $ = load(`<html><body>${html}</body></html>`);
    body = $("body")[0] as Element;
  }
  return { $, body };
}

function isArabicPage(blocks: readonly TextBlock[]): boolean {
  let arabic = 0;
  let letters = 0;
  for (const b of blocks) {
    letters += b.text.match(ANY_LETTER)?.length ?? 0;
    arabic += b.text.match(ARABIC_LETTER)?.length ?? 0;
  }
  return letters > 0 && arabic / letters >= CLEAN_ARABIC_PAGE_SHARE;
}

function comparable(text: string): string {
  return normalize(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

/** True when a block is prose rather than a widget remain or a link list. */
function isProse(block: TextBlock, arabicPage: boolean): boolean {
  const text = block.text;
  if (block.linkChars / text.length > CLEAN_MAX_LINK_DENSITY) return false;
  if (block.owner.name === "h1") return false;
  const bare = text.replace(LEADING_SYMBOLS, "");
  if (!HAS_LETTER.test(bare)) return false;
  if (BOILERPLATE_LINES.some((re) => re.test(bare))) return false;
  if (bare.length < CLEAN_MAX_DATELINE_CHARS && (DATE_IN_LINE.test(bare) || parseArabicDate(bare))) return false;
  if (arabicPage && bare.length < CLEAN_MAX_NON_ARABIC_LABEL_CHARS && !HAS_ARABIC_LETTER.test(bare)) return false;
  return true;
}

function hasLeadAncestor(block: TextBlock): boolean {
  let n: Element | null = block.owner;
  for (let depth = 0; n && n.type === "tag" && depth < LEAD_ANCESTOR_DEPTH; depth++) {
    const names = (n.attribs.class ?? "") + " " + (n.attribs.id ?? "");
    if (LEAD_CLASS.test(names)) return true;
    n = n.parent as Element | null;
  }
  return false;
}

function insideAny(block: TextBlock, containers: readonly Element[]): boolean {
  return containers.some((c) => contains(c, block.owner));
}

function hintedContainers($: CheerioAPI, selector: string | undefined, blocks: readonly TextBlock[]): Element[] | null {
  if (!selector) return null;
  let found: Element[];
  try {
    found = $(selector).toArray() as Element[];
  } catch {
    return null;
  }
  if (found.length === 0) return null;
  const first = [found[0]];
  const chars = blocks.filter((b) => insideAny(b, first)).reduce((n, b) => n + b.text.length, 0);
  return chars >= CLEAN_MIN_HINT_BODY_CHARS ? first : null;
}

/**
 * Cleans an article page: title, publication time, lead and body paragraphs in order,
 * captions apart. The generic scoring runs first; the outlet's hints, when given, narrow the
 * container and drop extra widgets.
 * @throws {CleanError} code "no-article-body" when the page holds no article text.
 * @example
 * const article = cleanArticle(html, { url: "https://www.enabbaladi.net/archives/433500" });
 * article.text.startsWith(article.title + "\n");
 */
export function cleanArticle(html: string, opts: CleanOptions): CleanedArticle {
  const { $, body } = parse(html);
  const hints = opts.outlet?.hints;
  const title = articleTitle($, opts.outlet, hints?.title);
  const published = publishedTime($, hints?.date);
  const canonical = canonicalUrl($, opts.url);

  const captions = prune($, hints?.drop);
  const blocks = segment(body);
  const arabicPage = isArabicPage(blocks);
  const containers = hintedContainers($, hints?.body, blocks) ?? chooseContainers(blocks, arabicPage);

  const bodyBlocks = blocks.filter((b) => insideAny(b, containers) && isProse(b, arabicPage));
  const firstIndex = bodyBlocks.length ? bodyBlocks[0].index : 0;
  // A standfirst printed above the body, outside its container (Enab Baladi's subtitle).
  const lead = blocks.filter(
    (b) => b.index < firstIndex && !insideAny(b, containers) && hasLeadAncestor(b) && isProse(b, arabicPage),
  );

  const titleKey = comparable(title);
  const paragraphs: string[] = [];
  for (const b of [...lead, ...bodyBlocks]) {
    // The title repeated in the body adds nothing for the extractor.
    if (titleKey && comparable(b.text) === titleKey) continue;
    paragraphs.push(b.text);
  }

  const bodyChars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (bodyChars < CLEAN_MIN_BODY_CHARS) {
    throw new CleanError("no-article-body", opts.url, `no article body found in ${opts.url} (${bodyChars} characters of prose)`);
  }
  return {
    url: opts.url,
    canonicalUrl: canonical,
    title,
    published,
    paragraphs,
    captions,
    text: [title, ...paragraphs].join("\n"),
  };
}
