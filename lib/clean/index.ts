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
import { chooseBody, isArabicPage } from "./body";
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

/** Lines as they are returned: controls out, whitespace collapsed, empty ones dropped. */
function tidy(lines: readonly string[]): string[] {
  return lines.map((l) => collapse(stripControls(l))).filter(Boolean);
}

/**
 * Title and paragraphs as they are returned: the title not repeated in the body (it adds
 * nothing for the extractor), and taken as printed when the body starts with it.
 */
function finish(body: readonly string[], declaredTitle: string): { title: string; paragraphs: string[] } {
  let paragraphs = joinDatelines(tidy(body).filter((p) => !sameText(p, declaredTitle)));
  const printed = printedTitle(declaredTitle, paragraphs);
  if (printed) paragraphs = paragraphs.filter((p) => p !== printed);
  return { title: printed ?? declaredTitle, paragraphs };
}

/**
 * A dateline printed on a line of its own is joined to the paragraph it opens, as agencies
 * print it ("LONDON (Reuters) - Three soldiers …", "دمشق - قتل …"): the extractor reads the
 * place there, and a quoted first sentence then holds it.
 */
function joinDatelines(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const next = paragraphs[i + 1];
    if (next !== undefined && p.length < CLEAN_MAX_DATELINE_CHARS && DATELINE_ALONE.test(p)) {
      out.push(`${p} ${next}`);
      i++;
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

  const captions = tidy(prune($, hints?.drop));
  const blocks = dropLabelledSections(segment(body));
  const arabicPage = isArabicPage(blocks);
  const choice = chooseBody($, blocks, arabicPage, hints?.body);
  let strategy: CleanStrategy = choice.hinted ? "outlet-hints" : "generic";
  let { title, paragraphs } = finish(
    choice.blocks.map((b) => b.text),
    declaredTitle,
  );

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
      ({ title, paragraphs } = finish(found.paragraphs, declaredTitle));
    } else if (opts.fallbacksOnly) {
      paragraphs = [];
    }
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
    paragraphs,
    captions,
    text: [title, ...paragraphs].join("\n"),
    strategy,
    confidence: STRATEGY_CONFIDENCE[strategy],
  };
}
