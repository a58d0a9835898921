import { describe, expect, it } from "vitest";
import { cleanArticle, CleanError } from "../../lib/clean";
import { STRATEGY_CONFIDENCE } from "../../lib/clean/rules";
import type { CleanStrategy } from "../../lib/types";

// Real outlet layouts the generic scoring was not written for, each written for this test with
// short sentences of its own; every page holds visible prose, so none may clean to nothing.
const URL_ = "https://example.org/news/7";
const S1 = "قتل مدنيان وأصيب ثلاثة آخرون بقصف مدفعي استهدف بلدة في ريف حماة الشمالي صباح اليوم.";
const S2 = "وقال ناشطون إن القصف طال منازل سكنية وأحدث أضراراً كبيرة في الممتلكات.";
const S3 = "وتتعرض المنطقة لقصف متكرر منذ مطلع الشهر الجاري رغم الهدنة المعلنة.";
const TITLE = "مقتل مدنيين بقصف على ريف حماة";

function expectBody(html: string, strategy: CleanStrategy, paragraphs: string[] = [S1, S2, S3]): void {
  const got = cleanArticle(html, { url: URL_ });
  expect(got.paragraphs).toEqual(paragraphs);
  expect(got.strategy).toBe(strategy);
  expect(got.confidence).toBe(STRATEGY_CONFIDENCE[strategy]);
}

/** A visible page with no article text: a JavaScript shell around the given head and body. */
function shell(head: string, body = ""): string {
  return `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>${TITLE}</title>${head}</head>
<body><div id="app"><div class="loading">جار التحميل</div></div>${body}</body></html>`;
}

describe("old layouts clean with the generic scoring", () => {
  it("table-layout-2013: HTML 4 tables, <font> and <br><br> paragraphs beside a link column", () => {
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${TITLE} - شبكة الأخبار</title></head>
<body bgcolor="#ffffff" topmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="/images/logo.gif" width="980" height="90"></td></tr>
<tr><td width="180" valign="top" bgcolor="#eeeeee">
  <table width="100%"><tr><td><a href="/">الرئيسية</a></td></tr><tr><td><a href="/local">أخبار محلية</a></td></tr>
  <tr><td><a href="/world">أخبار عربية ودولية</a></td></tr><tr><td><a href="/sport">رياضة</a></td></tr></table>
</td>
<td width="800" valign="top">
  <font face="Simplified Arabic" size="5" color="#990000"><b>${TITLE}</b></font><br>
  <font size="2" color="#666666">الأحد 14 نيسان 2013</font><br><br>
  <font face="Simplified Arabic" size="4">${S1}<br><br>${S2}<br><br>${S3}</font>
  <br><br><font size="2"><a href="/print/7">طباعة</a> | <a href="/send/7">أرسل لصديق</a></font>
</td></tr>
<tr><td colspan="2" align="center"><font size="1">جميع الحقوق محفوظة للشبكة 2013</font></td></tr>
</table></body></html>`;
    expectBody(html, "generic");
  });

  it("html4-optional-tags: a page that omits </head> and <body>, so the parser puts its table in the head", () => {
    const html = `<HTML><HEAD><TITLE>${TITLE}</TITLE><META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TABLE width="100%"><TR><TD><FONT face="Arial">${S1}<BR><BR>${S2}<BR><BR>${S3}</FONT></TD></TR></TABLE></HTML>`;
    expectBody(html, "generic");
  });

  it("stray-content: a layout table printed before <body> and a body printed again after </html>", () => {
    const before = `<html><head><title>${TITLE}</title></head><table><tr><td>${S1}<br><br>${S2}<br><br>${S3}</td></tr></table><body><p>تابعونا</p></body></html>`;
    expectBody(before, "generic");
    const after = `<html><head><title>${TITLE}</title></head><body><div>القائمة</div></body></html><div class="article"><p>${S1}</p><p>${S2}</p><p>${S3}</p></div></body></html>`;
    expectBody(after, "generic");
  });

  it("td-frames: each paragraph in its own table row, menus in tables beside it", () => {
    const menu = `<table><tr><td><a href="/a">أخبار</a></td><td><a href="/b">تقارير</a></td><td><a href="/c">مقالات</a></td></tr></table>`;
    const html = `<html><head><title>${TITLE}</title></head><body>${menu}
<table width="100%"><tr><td class="title">${TITLE}</td></tr>
<tr><td class="text">${S1}</td></tr><tr><td class="text">${S2}</td></tr><tr><td class="text">${S3}</td></tr></table>
${menu}</body></html>`;
    expectBody(html, "generic");
  });

  it("td-frames-spacer: each paragraph in a row beside an empty spacer cell is still a paragraph", () => {
    const row = (s: string): string => `<tr><td width="12"></td><td>${s}</td></tr>`;
    const html = `<html><head><title>${TITLE}</title></head><body>
<table><tr><td><a href="/a">أخبار</a></td><td><a href="/b">تقارير</a></td></tr></table>
<table width="100%">${row(S1)}${row(S2)}${row(S3)}</table></body></html>`;
    expectBody(html, "generic");
  });

  it("amp-article: an AMP page's slide-in menu, ads and share bar are left out", () => {
    const html = `<!doctype html><html amp lang="ar"><head><meta charset="utf-8"><title>${TITLE}</title></head><body>
<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">الرئيسية</a></li><li><a href="/syria">سوريا</a></li></ul></amp-sidebar>
<header><a href="/">شبكة الأخبار</a></header>
<article><h1>${TITLE}</h1><amp-img src="/a.jpg" width="600" height="400" layout="responsive"></amp-img>
<div class="amp-wp-article-content"><p>${S1}</p><amp-ad width="300" height="250" type="doubleclick"><div fallback>إعلان</div></amp-ad><p>${S2}</p><p>${S3}</p></div>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share></article>
</body></html>`;
    expectBody(html, "generic");
  });
});

describe("never nothing: the fallbacks, in order", () => {
  it("json-ld: a script-rendered page whose text is only in JSON-LD articleBody", () => {
    const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: TITLE, articleBody: `${S1}\n${S2}\n\n${S3}` });
    expectBody(shell(`<script type="application/ld+json">${ld}</script>`), "json-ld");
  });

  it("script-json: a Next.js page whose article is in __NEXT_DATA__", () => {
    const data = { props: { pageProps: { article: { title: TITLE, body: `<p>${S1}</p><p>${S2}</p><p>${S3}</p>` } } }, page: "/news/[id]" };
    expectBody(shell("", `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`), "script-json");
  });

  it("script-json: a WordPress REST embed holding content.rendered", () => {
    const post = { id: 7, title: { rendered: TITLE }, content: { rendered: `<p>${S1}</p>\n<p>${S2}</p>\n<p>${S3}</p>\n`, protected: false } };
    expectBody(shell("", `<script>window.__WP_POST__ = ${JSON.stringify(post)};</script>`), "script-json");
  });

  it("noscript: the article printed for readers without JavaScript", () => {
    expectBody(shell("", `<noscript><div class="article"><h1>${TITLE}</h1><p>${S1}</p><p>${S2}</p><p>${S3}</p></div></noscript>`), "noscript");
  });

  it("amp: an AMP web story, a short line on each page", () => {
    const lines = ["قصف مدفعي على ريف حماة", "مقتل مدنيين اثنين", "إصابة ثلاثة آخرين", "أضرار في منازل البلدة", "القصف رغم الهدنة المعلنة"];
    const page = (text: string, i: number) =>
      `<amp-story-page id="p${i}"><amp-story-grid-layer template="fill"><amp-img src="/${i}.jpg" layout="fill"></amp-img></amp-story-grid-layer><amp-story-grid-layer template="vertical"><h2>${text}</h2></amp-story-grid-layer></amp-story-page>`;
    const html = `<!doctype html><html ⚡ lang="ar"><head><meta charset="utf-8"><title>${TITLE}</title></head><body>
<amp-story standalone title="${TITLE}">${lines.map(page).join("")}</amp-story></body></html>`;
    expectBody(html, "amp", lines);
  });

  it("paragraph-run: a short article inside a wrapper whose class names a sidebar layout", () => {
    const html = `<html><head><title>${TITLE}</title></head><body>
<div class="layout-with-sidebar"><h1>${TITLE}</h1><p>${S1}</p><p>${S2}</p><p>${S3}</p></div>
<ul class="menu"><li><a href="/">الرئيسية</a></li></ul></body></html>`;
    expectBody(html, "paragraph-run");
  });

  it("paragraph-run: paragraphs each wrapped in a <div> of their own, not a two-line promo box", () => {
    const html = `<html><head><title>${TITLE}</title></head><body>
<div class="page-with-sidebar"><h1>${TITLE}</h1><div><p>${S1}</p></div><div><p>${S2}</p></div><div><p>${S3}</p></div></div>
<div class="box"><p>قصص مقترحة</p><p>الحلقات</p></div></body></html>`;
    expectBody(html, "paragraph-run");
  });

  it("table-cell: one unbroken block of text in an old layout's cell named like a sidebar", () => {
    const html = `<html><head><title>${TITLE}</title></head><body>
<table class="main_sidebar"><tr><td width="150"><a href="/">الرئيسية</a></td><td><font size="3">${S1} ${S2} ${S3}</font></td></tr></table>
</body></html>`;
    expectBody(html, "table-cell", [`${S1} ${S2} ${S3}`]);
  });

  it("description: a video page with its summary and one short line of prose", () => {
    const summary = "تقرير مصور عن آثار القصف على ريف حماة الشمالي";
    const line = "صور من البلدة بعد ساعات من القصف صباح اليوم.";
    const html = shell(`<meta property="og:description" content="${summary}">`, `<div class="video"><video src="/v.mp4"></video><div>${line}</div></div>`);
    expectBody(html, "description", [summary, line]);
  });

  it("prefers the publisher's JSON-LD to its noscript copy (the order of the strategies)", () => {
    const ld = JSON.stringify({ "@type": "Article", articleBody: `${S1}\n${S2}\n${S3}` });
    const html = shell(`<script type="application/ld+json">${ld}</script>`, `<noscript><p>${S3}</p><p>${S2}</p><p>${S1}</p></noscript>`);
    expectBody(html, "json-ld");
  });

  it("takes the visible run, not a pull quote a script holds, when the page shows more prose than the data", () => {
    const quote = { props: { pageProps: { quote: { text: `<p>${S2}</p><p>${S2}</p>` } } } };
    const html = `<html><head><title>${TITLE}</title><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(quote)}</script></head><body>
<div class="layout-with-sidebar"><h1>${TITLE}</h1><p>${S1}</p><p>${S2}</p><p>${S3}</p><p>${S1}</p></div></body></html>`;
    expectBody(html, "paragraph-run", [S1, S2, S3, S1]);
  });

  it("skips a JSON-LD articleBody cut short with an ellipsis", () => {
    const ld = JSON.stringify({ "@type": "NewsArticle", articleBody: `${S1} ${S2} وأضاف الناشطون أن&hellip;` });
    const html = shell(`<script type="application/ld+json">${ld}</script>`, `<noscript><p>${S1}</p><p>${S2}</p><p>${S3}</p></noscript>`);
    expectBody(html, "noscript");
  });

  it("takes a JSON-LD articleBody that ends in an ellipsis before the page's summary when nothing else holds the article", () => {
    const ld = JSON.stringify({ "@type": "NewsArticle", articleBody: `${S1}\n${S2}\n${S3}...` });
    const html = shell(`<meta property="og:description" content="ملخص قصير للخبر"><script type="application/ld+json">${ld}</script>`);
    expectBody(html, "json-ld", [S1, S2, `${S3}...`]);
  });

  it("keeps the visible body when it is there, whatever the page's data says", () => {
    const ld = JSON.stringify({ "@type": "Article", articleBody: "نص مختلف تماماً عن النص المنشور في الصفحة نفسها لأغراض الاختبار فقط." });
    const html = `<html><head><title>${TITLE}</title><script type="application/ld+json">${ld}</script></head>
<body><article><h1>${TITLE}</h1><p>${S1}</p><p>${S2}</p><p>${S3}</p></article></body></html>`;
    expectBody(html, "generic");
  });

  it("no prose at all is still no body: a shell with nothing in its data either", () => {
    expect(() => cleanArticle(shell(`<script type="application/ld+json">{"@type":"WebPage"}</script>`), { url: URL_ })).toThrow(CleanError);
  });
});
