/**
 * The cleaner: an article page in, its title, publication time and paragraphs out, with share
 * bars, comments, related lists and the rest of the page furniture left behind.
 */
import { load, type CheerioAPI } from "cheerio/slim";
import type { CleanedArticle, CleanStrategy } from "../types";
import type { Outlet } from "../outlets/registry";
import { CleanError } from "./errors";
import { adoptStrayContent, collapse, type Element } from "./dom";
import { boundMarkup, flattenDeep } from "./bound";
import { captionsInBody, chooseBody, isArabicPage } from "./body";
import { stripControls } from "./controls";
import { fallbackBody } from "./fallback";
import { prune } from "./prune";
import { publishedTime } from "./published";
import { DATELINE_ALONE, STRATEGY_CONFIDENCE } from "./rules";
import { dropLabelledSections } from "./sections";
import { segment } from "./segment";
import { articleTitle, canonicalUrl, printedTitle, sameText } from "./title";
import { CLEAN_CPU_BUDGET_MS, CLEAN_MAX_DATELINE_CHARS, CLEAN_MIN_BODY_CHARS } from "../constants";

export { CleanError } from "./errors";
export type { CleanErrorCode } from "./errors";

export interface CleanOptions {
  /** The page's URL (canonical links resolve against it). */
  url: string;
  /** The registry outlet, when known: its hints refine the generic result. */
  outlet?: Outlet;
  /** Skips the generic scoring, as if it had found nothing: measures the fallbacks alone (bench:clean). */
  fallbacksOnly?: boolean;
}

/**
 * Parses with htmlparser2 (forgiving with broken markup and several times quicker than
 * parse5) a page bounded in tags and nesting, before any selector runs; what the parser left
 * outside `<body>` is moved into it, as a browser shows it.
 */
function parse(html: string): { $: CheerioAPI; body: Element } {
  const bounded = boundMarkup(html);
  let $ = load(bounded);
  let body = $("body")[0] as Element | undefined;
  if (!body) {
    // A fragment or a page missing its <body> tag: wrap it so the walk has one root.
    $ = load(`<html><body>${bounded}</body></html>`);
    body = $("body")[0] as Element;
  } else {
    adoptStrayContent($.root()[0], body);
  }
  flattenDeep($.root()[0]);
  return { $, body };
}

/** A line as it is returned: controls out, whitespace collapsed. */
function tidy(line: string): string {
  return collapse(stripControls(line));
}

/** A line of the body as a reader sees it: a paragraph, or a photo caption printed among them. */
interface Line {
  text: string;
  caption: boolean;
}

const paragraph = (text: string): Line => ({ text, caption: false });

/**
 * Title and body lines as they are returned: empty lines dropped, the title not repeated in
 * the body (it adds nothing for the extractor), and taken as printed when the body starts with
 * it. Captions pass through every step untouched, so the paragraphs come out as they would
 * without them.
 */
function finish(body: readonly Line[], declaredTitle: string): { title: string; lines: Line[] } {
  let lines = joinDatelines(
    body.map((l) => ({ ...l, text: tidy(l.text) })).filter((l) => l.text && (l.caption || !sameText(l.text, declaredTitle))),
  );
  const printed = printedTitle(declaredTitle, paragraphsOf(lines));
  if (printed) lines = lines.filter((l) => l.caption || l.text !== printed);
  return { title: printed ?? declaredTitle, lines };
}

function paragraphsOf(lines: readonly Line[]): string[] {
  return lines.filter((l) => !l.caption).map((l) => l.text);
}

/**
 * A dateline printed on a line of its own is joined to the paragraph it opens, as agencies
 * print it ("LONDON (Reuters) - Three soldiers …", "دمشق - قتل …"): the extractor reads the
 * place there, and a quoted first sentence then holds it. A photo between them stays after.
 */
function joinDatelines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  const joined = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (joined.has(i)) continue;
    const p = lines[i];
    const dateline = !p.caption && p.text.length < CLEAN_MAX_DATELINE_CHARS && DATELINE_ALONE.test(p.text);
    const next = dateline ? lines.findIndex((l, j) => j > i && !l.caption) : -1;
    if (next >= 0) {
      out.push(paragraph(`${p.text} ${lines[next].text}`));
      joined.add(next);
    } else {
      out.push(p);
    }
  }
  return out;
}

function chars(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}

/**
 * Cleans an article page: title, publication time, lead and body paragraphs in order,
 * captions apart, and the strategy that found the body with its confidence. The generic
 * scoring runs first (the outlet's hints, when given, narrow the container and drop extra
 * widgets); when it finds no body, the fallbacks of `./fallback` are tried in order. Work is
 * bounded whatever the page: tags and nesting are capped before parsing and selector work,
 * and the fallbacks stop once the page has used its CPU budget.
 * @throws {CleanError} code "no-article-body" when the page holds no prose at all.
 * @example
 * const article = cleanArticle(html, { url: "https://www.enabbaladi.net/archives/433500" });
 * article.text.startsWith(article.title + "\n");
 */
export function cleanArticle(html: string, opts: CleanOptions): CleanedArticle {
  const started = performance.now();
  const { $, body } = parse(html);
  const hints = opts.outlet?.hints;
  const declaredTitle = collapse(stripControls(articleTitle($, opts.outlet, hints?.title)));
  const published = publishedTime($, hints?.date);
  const canonical = canonicalUrl($, opts.url);

  const pruned = prune($, hints?.drop);
  const captionTexts = pruned.captions.map(tidy);
  const segmented = segment(body, pruned.marks);
  const blocks = dropLabelledSections(segmented.blocks);
  const arabicPage = isArabicPage(blocks);
  const choice = chooseBody($, blocks, arabicPage, hints?.body);
  let strategy: CleanStrategy = choice.hinted ? "outlet-hints" : "generic";
  // A caption follows the block it was printed after: half a step on in reading order.
  const inBody = captionsInBody(segmented.captions, captionTexts, blocks, choice, arabicPage).map((c) => ({ index: c.after + 0.5, text: captionTexts[c.caption], caption: true }));
  const bodyLines = [...choice.blocks.map((b) => ({ index: b.index, text: b.text, caption: false })), ...inBody].sort((a, b) => a.index - b.index);
  let { title, lines } = finish(bodyLines, declaredTitle);
  let paragraphs = paragraphsOf(lines);

  if (opts.fallbacksOnly || chars(paragraphs) < CLEAN_MIN_BODY_CHARS) {
    // The generic pass pruned the page in place: the fallbacks read a fresh parse.
    const found = fallbackBody({
      ...parse(html),
      arabicPage,
      parse,
      overBudget: () => performance.now() - started > CLEAN_CPU_BUDGET_MS,
    });
    if (found) {
      strategy = found.strategy;
      ({ title, lines } = finish(found.paragraphs.map(paragraph), declaredTitle));
    } else if (opts.fallbacksOnly) {
      lines = [];
    }
    paragraphs = paragraphsOf(lines);
  }

  const bodyChars = chars(paragraphs);
  if (bodyChars < CLEAN_MIN_BODY_CHARS) {
    throw new CleanError("no-article-body", opts.url, `no article body found in ${opts.url} (${bodyChars} characters of prose)`);
  }
  return {
    url: opts.url,
    canonicalUrl: canonical,
    title,
    published,
    paragraphs: lines.map((l) => l.text),
    captions: captionTexts.filter(Boolean),
    captionParagraphs: lines.flatMap((l, i) => (l.caption ? [i] : [])),
    text: [title, ...paragraphs].join("\n"),
    strategy,
    confidence: STRATEGY_CONFIDENCE[strategy],
  };
}
