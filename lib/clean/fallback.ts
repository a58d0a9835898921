/**
 * The strategies tried, in order, when the generic scoring finds no body on a page that still
 * holds prose. Each is simpler than the last and trusts the page less: the publisher's own
 * data first (JSON-LD `articleBody`, a front end's script JSON, `<noscript>` markup, each
 * taken only when it holds about as much prose as the visible page), then the visible page
 * with no element removed for its class name (AMP story pages, a run of paragraphs, the table
 * cell holding most of the letters), and last the page's description with its densest block.
 * Each returns paragraphs, or null to let the next one try.
 */
import type { CheerioAPI } from "cheerio";
import type { CleanStrategy } from "../types";
import type { Element } from "./dom";
import { collapse } from "./dom";
import { chooseBody, isProse, within } from "./body";
import { isExcerpt, jsonLdArticleBody, jsonLdObjects, LOOKS_LIKE_HTML, scriptArticleText } from "./embedded";
import { prune } from "./prune";
import { letterCount as letters, segment, type TextBlock } from "./segment";
import { CLEAN_CELL_PAGE_SHARE, CLEAN_DATA_BODY_PAGE_SHARE, CLEAN_MAX_LINK_DENSITY, CLEAN_MIN_BODY_CHARS } from "../constants";

/** A parsed page as the fallbacks read it. */
export interface FallbackPage {
  $: CheerioAPI;
  body: Element;
  arabicPage: boolean;
  /** Parses an HTML fragment (bounded as the page was). */
  parse: (html: string) => { $: CheerioAPI; body: Element };
  /** True once the page has used its CPU budget: no further strategy is tried. */
  overBudget: () => boolean;
}

export interface Fallback {
  strategy: CleanStrategy;
  paragraphs: string[];
}

function totalChars(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}

/** Paragraphs of an HTML fragment: its generic body, else every prose block in it. */
function htmlParagraphs(page: FallbackPage, html: string): string[] {
  const fragment = page.parse(html);
  prune(fragment.$);
  const blocks = segment(fragment.body).blocks;
  const chosen = chooseBody(fragment.$, blocks, page.arabicPage).blocks.map((b) => b.text);
  if (totalChars(chosen) >= CLEAN_MIN_BODY_CHARS) return chosen;
  return blocks.filter((b) => isProse(b, page.arabicPage)).map((b) => b.text);
}

/** The publisher's text of an article, and whether it ends in an ellipsis (perhaps an excerpt). */
interface DataText {
  paragraphs: string[];
  excerpt: boolean;
}

/**
 * Paragraphs of a publisher's text that may be HTML or plain text with newlines between
 * paragraphs (its entities decoded either way).
 */
function textParagraphs(page: FallbackPage, text: string | null): DataText | null {
  if (!text) return null;
  return { paragraphs: htmlParagraphs(page, LOOKS_LIKE_HTML.test(text) ? text : text.replace(/\n+/g, "<br>")), excerpt: isExcerpt(text) };
}

function jsonLd(page: FallbackPage): DataText | null {
  return textParagraphs(page, jsonLdArticleBody(jsonLdObjects(page.$)));
}

function scriptJson(page: FallbackPage): DataText | null {
  return textParagraphs(page, scriptArticleText(page.$));
}

function noscript(page: FallbackPage): DataText | null {
  let best: string[] | null = null;
  for (const el of page.$("noscript").toArray()) {
    const paragraphs = htmlParagraphs(page, page.$(el).html() ?? "");
    if (totalChars(paragraphs) > totalChars(best ?? [])) best = paragraphs;
  }
  return best && { paragraphs: best, excerpt: false };
}

/** Letters of a block outside its links. */
function proseLetters(b: TextBlock): number {
  return b.letters * (1 - b.linkChars / b.text.length);
}

/**
 * A run of paragraphs: the element whose paragraphs hold the most prose letters, two
 * paragraphs at least. A paragraph belongs to the nearest element around it that holds
 * another block as well: the parent of a `<p>`, the `<div>` whose `<br>`-separated lines it
 * is, or the body of a theme that wraps each `<p>` in a `<div>` of its own.
 */
function paragraphRun(blocks: readonly TextBlock[], arabicPage: boolean): string[] | null {
  const held = new Map<Element, number>();
  for (const b of blocks) {
    for (let n: Element | null = b.owner; n && n.type === "tag"; n = n.parent as Element | null) held.set(n, (held.get(n) ?? 0) + 1);
  }
  const holder = (b: TextBlock): Element => {
    let n = b.owner;
    while ((held.get(n) ?? 0) < 2 && n.parent && n.parent.type === "tag") n = n.parent as Element;
    return n;
  };
  const groups = new Map<Element, TextBlock[]>();
  for (const b of blocks) {
    if (!isProse(b, arabicPage)) continue;
    const key = holder(b);
    const group = groups.get(key) ?? [];
    group.push(b);
    groups.set(key, group);
  }
  let best: TextBlock[] | null = null;
  let bestLetters = 0;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const n = group.reduce((s, b) => s + proseLetters(b), 0);
    if (n > bestLetters) {
      best = group;
      bestLetters = n;
    }
  }
  return best?.map((b) => b.text) ?? null;
}

/** Old layout elements that hold a page's text as a whole (HTML 4 table designs). */
const CELL_TAGS: ReadonlySet<string> = new Set(["td", "th", "font", "center"]);

/**
 * The table cell: the innermost `<td>` / `<font>` / `<center>` holding most of the page's prose
 * letters, whatever its text looks like inside (one long block, short lines).
 */
function tableCell(blocks: readonly TextBlock[], arabicPage: boolean): string[] | null {
  const perElement = new Map<Element, number>();
  let page = 0;
  for (const b of blocks) {
    const n = proseLetters(b);
    page += n;
    for (let el: Element | null = b.owner; el && el.type === "tag"; el = el.parent as Element | null) {
      if (CELL_TAGS.has(el.name)) perElement.set(el, (perElement.get(el) ?? 0) + n);
    }
  }
  let best: Element | null = null;
  let bestLetters = Infinity;
  for (const [el, n] of perElement) {
    // The innermost qualifying cell holds the fewest letters among those that qualify.
    if (n >= page * CLEAN_CELL_PAGE_SHARE && n < bestLetters) {
      best = el;
      bestLetters = n;
    }
  }
  if (!best) return null;
  const cell = new Set([best]);
  return blocks.filter((b) => within(b, cell) && isProse(b, arabicPage)).map((b) => b.text);
}

/** AMP web stories: the text of every story page in order (each page holds a line or two). */
function ampStory(page: FallbackPage): string[] | null {
  const $ = page.$;
  if (!$("html").is("[amp], [⚡]")) return null;
  const paragraphs: string[] = [];
  for (const el of $("amp-story-page").toArray() as Element[]) {
    for (const b of segment(el).blocks) if (b.linkChars / b.text.length <= CLEAN_MAX_LINK_DENSITY && b.letters > 0) paragraphs.push(b.text);
  }
  return paragraphs.length ? paragraphs : null;
}

const DESCRIPTION_METAS = ['meta[property="og:description"]', 'meta[name="twitter:description"]', 'meta[name="description"]'];

/** The summary the page gives in its metas, if any. */
function summaryOf($: CheerioAPI): string | undefined {
  return DESCRIPTION_METAS.map((sel) => collapse($(sel).attr("content") ?? "")).find((d) => letters(d) > 0);
}

/** The page's own summary and its densest block of prose: little, but not nothing. */
function description(summary: string | undefined, blocks: readonly TextBlock[], arabicPage: boolean): string[] | null {
  let densest: TextBlock | null = null;
  for (const b of blocks) {
    if (!isProse(b, arabicPage)) continue;
    if (!densest || proseLetters(b) > proseLetters(densest)) densest = b;
  }
  const paragraphs = [summary, densest?.text].filter((p): p is string => Boolean(p));
  if (paragraphs.length === 2 && paragraphs[1].includes(paragraphs[0])) paragraphs.shift();
  return paragraphs.length ? paragraphs : null;
}

/** The publisher's own article data, most trusted first. */
const DATA_STRATEGIES: readonly [CleanStrategy, (page: FallbackPage) => DataText | null][] = [
  ["json-ld", jsonLd],
  ["script-json", scriptJson],
  ["noscript", noscript],
];

/**
 * Tries the fallback strategies in order on a freshly parsed, unpruned page and returns the
 * first that yields a body's worth of text, or null when the page holds no prose at all (or
 * has used its CPU budget).
 */
export function fallbackBody(page: FallbackPage): Fallback | null {
  // The publisher's data is read first (pruning removes scripts and <noscript>), but taken
  // only when it holds about as much prose as the visible page: a pull quote or a teaser
  // kept in a script is not the article.
  const summary = summaryOf(page.$);
  const fromData: [CleanStrategy, DataText][] = [];
  for (const [strategy, find] of DATA_STRATEGIES) {
    if (page.overBudget()) return null;
    const found = find(page);
    if (found && totalChars(found.paragraphs) >= CLEAN_MIN_BODY_CHARS) fromData.push([strategy, found]);
  }
  prune(page.$, [], false);
  const blocks = segment(page.body).blocks;
  const visible = blocks.filter((b) => isProse(b, page.arabicPage)).reduce((n, b) => n + proseLetters(b), 0);
  for (const [strategy, { paragraphs, excerpt }] of fromData) {
    if (!excerpt && letters(paragraphs.join(" ")) >= visible * CLEAN_DATA_BODY_PAGE_SHARE) return { strategy, paragraphs };
  }
  // The visible page, with nothing removed for its class name. AMP first: a story's text is
  // spread over pages, each of which alone could pass for a run. A text of the publisher's
  // that ends in an ellipsis may be an excerpt (JSON-LD bodies cut at 500 characters), but it
  // is the article's own text: it comes before the page's summary.
  const excerpt = fromData.find(([, d]) => d.excerpt);
  const fromPage: [CleanStrategy, () => string[] | null][] = [
    ["amp", () => ampStory(page)],
    ["paragraph-run", () => paragraphRun(blocks, page.arabicPage)],
    ["table-cell", () => tableCell(blocks, page.arabicPage)],
    [excerpt?.[0] ?? "json-ld", () => excerpt?.[1].paragraphs ?? null],
    ["description", () => description(summary, blocks, page.arabicPage)],
  ];
  for (const [strategy, find] of fromPage) {
    if (page.overBudget()) return null;
    const paragraphs = find();
    if (paragraphs && totalChars(paragraphs) >= CLEAN_MIN_BODY_CHARS) return { strategy, paragraphs };
  }
  return null;
}
