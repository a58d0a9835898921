import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { cleanArticle, CleanError } from "../../lib/clean";
import { declaredCharset } from "../../lib/fetch/charset";
import { chromiumAvailable, launchChromium } from "../map/chromium";

// What a reader sees is what headless Chromium renders (scripts off, as a crawler fetches the
// page; network refused). Two claims of the cleaner are checked against it: a page showing
// prose never cleans to nothing, and nothing the cleaner keeps is text the reader is not shown.
// The real pages are read from ../shared at test time, never copied into the project.
const HTML = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/eval/html");
const hasChromium = chromiumAvailable("test/clean/rendered.test.ts");
const URL_ = "https://example.org/news/5";

/** A line of rendered text this long is prose, not a menu item or a label. */
const PROSE_LINE_CHARS = 80;

const decode = (bytes: Buffer): string => new TextDecoder(declaredCharset(bytes) ?? "utf-8").decode(bytes);
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The real pages with an HTML source: Arabic sets and the Readability subset (hidden nodes, aria-hidden). */
function realPages(): [string, string][] {
  if (!existsSync(HTML)) return [];
  const pages: [string, string][] = [];
  const add = (id: string, file: string): void => void pages.push([id, decode(readFileSync(file))]);
  for (const d of readdirSync(path.join(HTML, "arabic-real"))) add(`arabic-real/${d}`, path.join(HTML, "arabic-real", d, "source.html"));
  add("assabah", path.join(HTML, "arabic/assabah-tn-164913/source.html"));
  const dates = path.join(HTML, "arabic/htmldate-mediacloud-2020");
  for (const f of readdirSync(dates).filter((f) => f.endsWith(".html"))) add(`htmldate/${f}`, path.join(dates, f));
  const mozilla = path.join(HTML, "benchmarks/mozilla-readability-subset");
  for (const d of readdirSync(mozilla)) add(`mozilla/${d}`, path.join(mozilla, d, "source.html"));
  return pages;
}

const S1 = "قتل مدنيان وأصيب ثلاثة آخرون بقصف مدفعي استهدف بلدة في ريف حماة الشمالي صباح اليوم.";
const S2 = "وقال ناشطون إن القصف طال منازل سكنية وأحدث أضراراً كبيرة في الممتلكات، وفق ما أفادوا.";
const HIDDEN = "نص مخفي طويل لا يظهر للقارئ في الصفحة على الإطلاق، ويجب ألا يصل إلى المستخرج أبداً.";

/** Pages written for this test: layouts a parser reads differently from a browser, and hidden text. */
const WRITTEN: [string, string][] = [
  ["html4 page without </head> or <body>",
    `<HTML><HEAD><TITLE>قصف على ريف حماة</TITLE><META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TABLE width="100%"><TR><TD><FONT face="Arial">${S1}<BR><BR>${S2}</FONT></TD></TR></TABLE></HTML>`],
  ["layout table before <body>",
    `<html><head><title>قصف على ريف حماة</title></head><table><tr><td>${S1}<br><br>${S2}</td></tr></table><body><p>تابعونا</p></body></html>`],
  ["hidden blocks inside the body",
    `<html><head><title>قصف على ريف حماة</title></head><body><div class="entry-content"><p>${S1}</p>
<p style="display:none">${HIDDEN}</p><p hidden>${HIDDEN}</p><div style="visibility: hidden"><p>${HIDDEN}</p></div><p>${S2}</p></div></body></html>`],
];

describe.skipIf(!hasChromium)("the cleaner against what headless Chromium shows", () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ javaScriptEnabled: false });
    await context.route("**/*", (route) => route.abort());
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function shown(html: string): Promise<string> {
    const page = await context.newPage();
    try {
      await page.setContent(html, { waitUntil: "domcontentloaded" });
      return await page.evaluate(() => document.body?.innerText ?? "");
    } finally {
      await page.close();
    }
  }

  async function expectShownBodyKept(html: string): Promise<void> {
    const rendered = await shown(html);
    expect(rendered.split("\n").some((line) => line.trim().length >= PROSE_LINE_CHARS), "the page shows prose").toBe(true);
    let paragraphs: string[] = [];
    try {
      paragraphs = cleanArticle(html, { url: URL_ }).paragraphs;
    } catch (e) {
      if (!(e instanceof CleanError)) throw e;
    }
    expect(paragraphs.length, "a page showing prose cleans to a body").toBeGreaterThan(0);
    const flat = squash(rendered);
    expect(paragraphs.filter((p) => !flat.includes(squash(p))), "kept paragraphs the reader is not shown").toEqual([]);
  }

  it.each(WRITTEN)("written: %s", async (_name, html) => {
    await expectShownBodyKept(html);
  });

  it("written: the hidden blocks are really hidden in Chromium, and the cleaner keeps the two shown paragraphs", async () => {
    const html = WRITTEN[2][1];
    expect(await shown(html)).not.toContain(HIDDEN);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([S1, S2]);
  });

  const pages = realPages();
  if (pages.length === 0) console.warn(`skipping the real pages: ${HTML} is absent`);
  it.each(pages)("real: %s", async (_id, html) => {
    await expectShownBodyKept(html);
  });
});
