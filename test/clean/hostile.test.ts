import { load } from "cheerio/slim";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle, CleanError } from "../../lib/clean";
import { boundMarkup, flattenDeep } from "../../lib/clean/bound";
import type { AnyNode } from "../../lib/clean/dom";
import { textOf } from "../../lib/clean/dom";
import { CLEAN_MAX_DEPTH, CLEAN_MAX_TAGS } from "../../lib/constants";

// Hostile pages are built here, in the test; what is asserted is bounded work (nesting cut,
// tags capped, a result or the typed error), never a duration: timings are in bench:clean.
const URL_ = "https://example.org/news/9";
const P = "قتل ثلاثة مدنيين بقصف على بلدة في ريف إدلب الجنوبي صباح اليوم، وفق مصادر محلية في المنطقة.";

/** Deepest nesting of a parsed page, walked without recursion. */
function maxDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if ("children" in node) for (const c of node.children) stack.push([c, depth + 1]);
  }
  return deepest;
}

const parsedDepth = (html: string): number => maxDepth(load(html).root()[0]);
const tagsIn = (html: string): number => html.match(/<[a-zA-Z!]/g)?.length ?? 0;

/** Cleans, turning the typed "no body" error into null; any other throw fails the test. */
function cleanOrNull(html: string): ReturnType<typeof cleanArticle> | null {
  try {
    return cleanArticle(html, { url: URL_ });
  } catch (e) {
    if (e instanceof CleanError) return null;
    throw e;
  }
}

describe("deep nesting is cut before parsing", () => {
  it("30,000 nested <div>s parse no deeper than the limit, and the paragraph at the bottom is kept", () => {
    const html = `<html><body>${"<div>".repeat(30_000)}<p>${P}</p>${"</div>".repeat(30_000)}</body></html>`;
    expect(parsedDepth(boundMarkup(html))).toBeLessThanOrEqual(CLEAN_MAX_DEPTH + 3);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P]);
  });

  it("100,000 nested <div>s with text on every level: the page is cut to the tag cap and still cleans", () => {
    const html = `<html><body>${"<div>نص قصير على كل مستوى من مستويات الصفحة، ".repeat(100_000)}</body></html>`;
    const bounded = boundMarkup(html);
    expect(tagsIn(bounded)).toBeLessThanOrEqual(CLEAN_MAX_TAGS);
    expect(parsedDepth(bounded)).toBeLessThanOrEqual(CLEAN_MAX_DEPTH + 3);
    expect(cleanOrNull(html)?.paragraphs.length).toBeGreaterThan(0);
  });

  it("stray closing tags do not let the open elements pile up", () => {
    const html = `<html><body>${"<div></span>".repeat(20_000)}<p>${P}</p></body></html>`;
    expect(parsedDepth(boundMarkup(html))).toBeLessThanOrEqual(CLEAN_MAX_DEPTH + 3);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P]);
  });

  it("40,000 unclosed <font> tags in a table cell keep their text", () => {
    const html = `<html><body><table><tr><td>${"<font size=2>كلمة ".repeat(40_000)}<p>${P}</p></td></tr></table></body></html>`;
    expect(parsedDepth(boundMarkup(html))).toBeLessThanOrEqual(CLEAN_MAX_DEPTH + 3);
    expect(cleanOrNull(html)?.paragraphs.at(-1)).toBe(P);
  });

  it("a script opened too deep goes with its text, never into the body", () => {
    const html = `<html><body>${"<div>".repeat(CLEAN_MAX_DEPTH + 10)}<script>var secret = "لا يظهر هذا النص للقارئ أبداً في أي مكان من الصفحة المنشورة";</script><p>${P}</p></body></html>`;
    const got = cleanArticle(html, { url: URL_ });
    expect(got.text).not.toContain("secret");
    expect(got.paragraphs).toEqual([P]);
  });

  it("keeps the nesting of an ordinary page untouched", () => {
    const html = `<html><body><div><article><div class="a"><p>${P}</p><ul><li>أ</li><li>ب</li></ul><svg><path d="M0"/><path d="M1"/></svg></div></article></div></body></html>`;
    expect(boundMarkup(html)).toBe(html);
  });

  it("flattenDeep hoists whatever the parser built deeper than the limit, text in order", () => {
    const $ = load(`<div id="top">${"<section>".repeat(40)}أول<p>ثان</p><b>ثالث</b>${"</section>".repeat(40)}</div>`);
    const root = $.root()[0];
    expect(flattenDeep(root, 10)).toBeGreaterThan(0);
    expect(maxDepth(root)).toBeLessThanOrEqual(11 + 1);
    expect(textOf($("#top")[0])).toBe("أولثانثالث");
  });
});

describe("malformed input never throws anything but the typed error", () => {
  it("JSON-LD nested 100,000 arrays deep", () => {
    const html = `<html><head><script type="application/ld+json">${"[".repeat(100_000)}${"]".repeat(100_000)}</script></head><body><p>${P}</p><p>${P}</p></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P, P]);
  });

  it("an unterminated tag, comment or script swallows the rest without a throw", () => {
    for (const tail of ['<div class="x', "<!-- never closed", "<script>var x = '<div>'", "<a href='", "<"]) {
      expect(cleanArticle(`<html><body><p>${P}</p>${tail}`, { url: URL_ }).paragraphs[0]).toBe(P);
    }
  });

  it("thousands of comments headings, each in its own section, nested and beside headlines, are dropped with their sections", () => {
    const section = `<div><h3>التعليقات</h3><p>${P}</p><div><h1>عنوان</h1><h3>تعليقات</h3></div></div>`;
    const html = `<html><body><article><p>${P}</p><p>${P}</p><p>${P}</p></article>${section.repeat(5_000)}</body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P, P, P]);
  });

  it("random tag soup gives an article or the typed error", () => {
    const piece = fc.constantFrom("<div>", "</div>", "<p>", "</span>", "<td>", "<table>", "<font>", "<br>", "<svg>", "<path/>",
      "<script>", "</script>", "<!--", "-->", "<noscript>", "<amp-story-page>", '<a href="', '">', "<", ">", "&amp;", "\u001b[31m", P, "نص");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const got = cleanOrNull(pieces.join(""));
        if (got) expect(got.paragraphs.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
