import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanArticle, CleanError } from "../../lib/clean";
import { outletById } from "../../lib/outlets/registry";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/web");
const URL_ = "https://example.org/news/1";

const P1 = "قُتل ثلاثة عناصر من قوات النظام وأصيب اثنان آخران، اليوم الأحد، بهجوم على حاجز في بادية تدمر شرقي حمص.";
const P2 = "وقالت مصادر محلية إن المهاجمين استخدموا أسلحة رشاشة، قبل أن ينسحبوا باتجاه عمق البادية.";
const P3 = "وتشهد البادية السورية هجمات متكررة على مواقع قوات النظام والميليشيات الرديفة، رغم الحملات العسكرية.";

/** A minimal article page: the given body markup between a nav and a footer. */
function page(body: string, head = "<title>هجوم على حاجز في بادية تدمر - موقع الأخبار</title>"): string {
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li><li><a href="/reports">تقارير</a></li></ul></nav>
<main><h1>هجوم على حاجز في بادية تدمر</h1>${body}</main>
<footer><p>جميع الحقوق محفوظة 2024</p></footer></body></html>`;
}

describe("cleaner behaviour", () => {
  it("comment-widget: drops the comment counter, the comment form and the comments", () => {
    const html = page(`<div class="article-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
      <div class="commentsSection"><h3>التعليقات (0)</h3><span>0</span>
        <ol class="comment-list"><li class="comment"><p>تعليق طويل من أحد القراء يقول فيه إن الوضع في البادية يزداد سوءاً، والله المستعان.</p></li></ol>
        <form id="commentform"><textarea></textarea><input type="submit" value="أضف تعليقاً"></form></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("comment-widget: drops a bare comment counter line left inside the body", () => {
    const html = page(`<div class="entry-content"><p>${P1}</p><p>${P2}</p><p>التعليقات (3)</p><p>${P3}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("related-list-inside-body: drops a read-also line and a related list placed between paragraphs", () => {
    const html = page(`<div class="entry-content"><p>${P1}</p>
      <p><strong>اقرأ أيضاً: </strong><a href="/news/2">غارات روسية على بادية الرصافة</a></p>
      <p>${P2}</p>
      <ul><li><a href="/news/3">مقتل عنصرين بانفجار لغم قرب السخنة</a></li><li><a href="/news/4">تعزيزات عسكرية إلى بادية دير الزور</a></li></ul>
      <p>${P3}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("arabic-prompts: drops read-also, watch-also, follow and subscribe prompts written as plain text, not prose that starts alike", () => {
    const recorded = "سجل المرصد مقتل عنصرين آخرين في الهجوم نفسه، وفق ما نشره عبر التطبيق الخاص به على الهواتف.";
    const html = page(`<div class="entry-content"><p>${P1}</p><p>اقرأ أيضاً: هجمات متكررة على مواقع قوات النظام في البادية</p><p>${P2}</p>
      <p>شاهد أيضا</p><p>${recorded}</p><p>تابعونا على تلغرام</p><p>اشترك في النشرة البريدية</p><p>${P3}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, recorded, P3]);
  });

  it("widget-lines: drops photo credits, gallery controls and German widget labels left inside the body", () => {
    const html = page(`<div class="entry-content"><p>${P1}</p><p>صورة: وكالة الأنباء المحلية</p><p>Photo: Local News Agency</p><p>Caption</p><p>Back to Gallery</p>
      <p>${P2}</p><p>Lesen Sie auch:</p><p>Anzeige</p><p>${P3}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("widget-lines-english: drops related, trending, subscribe and reading-time labels on an English page", () => {
    const e1 = "Three soldiers were killed and two wounded on Sunday in an attack on a checkpoint east of Homs.";
    const e2 = "Local sources said the attackers used machine guns before withdrawing into the desert.";
    const e3 = "The desert has seen repeated attacks on government positions despite several military campaigns.";
    const html = `<html><head><title>Attack on a checkpoint</title></head><body><main><h1>Attack on a checkpoint</h1>
      <div class="entry-content"><p>5 min read</p><p>${e1}</p><p>You may also like:</p><p>${e2}</p><p>Trending Now</p><p>Subscribe</p><p>${e3}</p><p>Tags</p></div></main></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([e1, e2, e3]);
  });

  it("br-separated-text: turns <br>-separated lines into paragraphs", () => {
    const html = page(`<div class="LongDesc">${P1}<br>${P2}<br><br>${P3}</div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("caption-in-body: a photo's caption inside the body is printed at its place and listed in captions; the extractor's text leaves it out", () => {
    const lead = "عناصر من قوات النظام في البادية (أرشيف)";
    const inBody = "طريق دير الزور – تدمر";
    const html = page(`<div class="entry-content">
      <figure><img src="a.jpg"><figcaption>${lead}</figcaption></figure>
      <p>${P1}</p>
      <div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">${inBody}</p></div>
      <p>${P2}</p><p>${P3}</p></div>`);
    const got = cleanArticle(html, { url: URL_ });
    expect(got.paragraphs).toEqual([lead, P1, inBody, P2, P3]);
    expect(got.captionParagraphs).toEqual([0, 2]);
    expect(got.captions).toEqual([lead, inBody]);
    expect(got.text).toBe([got.title, P1, P2, P3].join("\n"));
  });

  it("caption-in-body: the lead photo between headline and body shows its caption; a caption inside a line of text follows the line", () => {
    const caption = "دورية عسكرية على طريق البادية";
    const html = page(`<div class="photo"><img src="a.jpg"><span class="img-cap">${caption}</span></div>
      <div class="entry-content"><p>${P1} <span class="photo"><img src="b.jpg"><span class="caption">${caption} ثانية</span></span></p><p>${P2}</p><p>${P3}</p></div>`);
    const got = cleanArticle(html, { url: URL_ });
    expect(got.paragraphs).toEqual([caption, P1, `${caption} ثانية`, P2, P3]);
    expect(got.captionParagraphs).toEqual([0, 2]);
    expect(got.text).toBe([got.title, P1, P2, P3].join("\n"));
  });

  it("caption-outside-body: a gallery after the body, a label with no description and a sidebar's photo stay out of the body, listed in captions", () => {
    const html = page(`<div class="entry-content"><p>${P1}</p>
      <figure><img src="a.jpg"><figcaption>أرشيف</figcaption></figure>
      <p>${P2}</p><p>${P3}</p></div>
      <div class="post-gallery"><figure><img src="b.jpg"><figcaption>صور من موقع الهجوم في البادية</figcaption></figure>
        <figure><img src="c.jpg"><figcaption>آثار الهجوم على الحاجز</figcaption></figure></div>
      <aside><figure><img src="d.jpg"><figcaption>مقال آخر عن الاقتصاد</figcaption></figure></aside>`);
    const got = cleanArticle(html, { url: URL_ });
    expect(got.paragraphs).toEqual([P1, P2, P3]);
    expect(got.captionParagraphs).toEqual([]);
    expect(got.captions).toEqual(["أرشيف", "صور من موقع الهجوم في البادية", "آثار الهجوم على الحاجز", "مقال آخر عن الاقتصاد"]);
  });

  it("caption-in-body: captions stay apart on a page that is not Arabic (the references of such pages leave them out)", () => {
    const en = ["Three soldiers were killed on Sunday in an attack on a checkpoint in the desert east of Homs.", "Local sources said the attackers used machine guns before withdrawing into the desert.", "The desert has seen repeated attacks on army positions despite military campaigns."];
    const html = `<html><head><title>Attack on a checkpoint</title></head><body><main><h1>Attack on a checkpoint</h1><div class="entry-content">
      <p>${en[0]}</p><figure><img src="a.jpg"><figcaption>Soldiers at a checkpoint in the desert</figcaption></figure><p>${en[1]}</p><p>${en[2]}</p></div></main></body></html>`;
    const got = cleanArticle(html, { url: URL_ });
    expect(got.paragraphs).toEqual(en);
    expect(got.captions).toEqual(["Soldiers at a checkpoint in the desert"]);
  });

  it("unknown-outlet-generic: cleans a registry outlet's page the same without its hints", () => {
    const dir = path.join(WEB, "www.enabbaladi.net/archives/433512");
    const html = readFileSync(path.join(dir, "index.html"), "utf8");
    const url = "https://www.enabbaladi.net/archives/433512";
    const { strategy: hintedBy, confidence: _h, ...hinted } = cleanArticle(html, { url, outlet: outletById("enab-baladi") });
    const { strategy: genericBy, confidence: _g, ...generic } = cleanArticle(html, { url });
    expect(generic).toEqual(hinted);
    expect(generic.paragraphs.length).toBe(14);
    expect([hintedBy, genericBy]).toEqual(["outlet-hints", "generic"]);
  });

  it("unknown-outlet-generic: a changed body class still cleans when the hint no longer matches", () => {
    const html = page(`<div class="post-body-v2"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`);
    const got = cleanArticle(html, { url: URL_, outlet: outletById("enab-baladi") });
    expect(got.paragraphs).toEqual([P1, P2, P3]);
  });

  it("malformed-html: recovers paragraphs from unclosed, misnested and stray tags", () => {
    const html = `<html><head><title>هجوم على حاجز في بادية تدمر</title><body>
      <div class=nav><a href=/>الرئيسية</a></div>
      <div class="entry"><p><b>${P1}</p></b><div class=clearfix><p>${P2}
      <p align=right>${P3}</span></table>
      <div id=footer><p>آخر تحديث<!-- unterminated comment`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("malformed-html: garbage input raises only the typed no-article-body error", () => {
    for (const junk of ["", "<<<>>>", "\u0000\u0001<div", "<html><body><script>var a = 1;</script></body>", "just text"]) {
      let error: unknown;
      try {
        cleanArticle(junk, { url: URL_ });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CleanError);
      expect((error as CleanError).code).toBe("no-article-body");
    }
  });

  it("no-article-body: a page of link lists has no body", () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/n/${i}">عنوان خبر رقم ${i} عن الأوضاع في البادية السورية</a></li>`).join("");
    expect(() => cleanArticle(page(`<ul>${links}</ul>`), { url: URL_ })).toThrow(CleanError);
  });

  it("title-suffix: strips the site name after a separator and keeps the h1", () => {
    const html = page(`<div class="entry-content"><p>${P1}</p><p>${P2}</p></div>`,
      `<title>هجوم على حاجز في بادية تدمر | موقع الأخبار</title><meta property="og:site_name" content="موقع الأخبار"><meta property="og:title" content="هجوم على حاجز في بادية تدمر | موقع الأخبار">`);
    expect(cleanArticle(html, { url: URL_ }).title).toBe("هجوم على حاجز في بادية تدمر");
  });

  it("title-reworded: takes the printed headline when the shared title says the same in another order", () => {
    const html = page(`<div class="entry-content"><p>${P1}</p><p>${P2}</p></div>`,
      `<meta property="og:title" content="تدمر: هجوم على حاجز في البادية - موقع الأخبار"><meta property="og:site_name" content="موقع الأخبار">`,
    ).replace("<h1>هجوم على حاجز في بادية تدمر</h1>", "<h1>هجوم على حاجز في البادية قرب تدمر</h1>");
    expect(cleanArticle(html, { url: URL_ }).title).toBe("هجوم على حاجز في البادية قرب تدمر");
  });

  it("title-repeated-in-body: does not keep the title again as the first paragraph", () => {
    const html = page(`<div class="entry-content"><p><strong>هجوم على حاجز في بادية تدمر</strong></p><p>${P1}</p><p>${P2}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2]);
  });

  it("hidden-nodes: drops display:none, hidden and aria-hidden blocks", () => {
    const html = page(`<div class="entry-content"><p>${P1}</p><p style="display: none">نص مخفي طويل لا يظهر للقارئ في الصفحة على الإطلاق، ويجب ألا يصل إلى المستخرج.</p>
      <p hidden>نص مخفي آخر طويل بما يكفي ليبدو فقرة حقيقية من فقرات الخبر المنشور.</p><p>${P2}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2]);
  });

  it("lead-outside-body: keeps a standfirst printed above the body first", () => {
    const lead = "الهجوم هو الثالث من نوعه خلال أسبوع في المنطقة";
    const html = page(`<h2 class="sub-title">${lead}</h2><div class="entry-content"><p>${P1}</p><p>${P2}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([lead, P1, P2]);
  });

  it("div-per-paragraph: a theme printing each paragraph in its own <div> keeps them all, the first included", () => {
    const html = page(`<div class="story"><div class="story-lead"><p>${P1}</p></div><div class="par">${P2}</div><div class="par">${P3}</div></div>
      <div class="most"><div><a href="/1">عنوان خبر آخر عن البادية السورية</a></div></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("split-body: the parts of a body printed as separate sections of one template, a figure between them, are all kept", () => {
    const section = (p: string) => `<section class="chunk wide"><div class="chunk-inner"><div class="rich-text"><p>${p}</p></div></div></section>`;
    const html = page(`<article><h1>هجوم على حاجز في بادية تدمر</h1><div class="chunks">${section(P1)}
      <section class="media"><figure><img src="a.jpg"><figcaption>صورة أرشيفية</figcaption></figure></section>
      ${section(P2 + " " + P3)}<section class="chunk"><div class="chunk-inner"><div class="rich-text"><p>${P3}</p></div></div></section></div></article>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, `${P2} ${P3}`, P3]);
  });

  it("endless-page: the next article printed below with the same template is not taken into the body", () => {
    const story = (title: string, ps: string[]) =>
      `<div class="story"><h1>${title}</h1><div class="story-body">${ps.map((p) => `<p>${p}</p>`).join("")}</div></div>`;
    const html = `<html><head><title>هجوم على حاجز في بادية تدمر</title></head><body><main><div class="feed">
      ${story("هجوم على حاجز في بادية تدمر", [P1, P2, P3])}
      ${story("خبر تال لا علاقة له بالهجوم", ["فقرة أولى من خبر آخر يظهر تحت الخبر الأول عند التمرير في الصفحة.", "فقرة ثانية من الخبر الآخر نفسه تظهر تحته كذلك."])}
    </div></main></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("lead-without-class: keeps a standfirst between the headline and the body, not a caption beside the photo", () => {
    const lead = "الهجوم هو الثالث من نوعه خلال أسبوع على مواقع قوات النظام في المنطقة نفسها، وفق مصادر محلية.";
    const html = `<html><head><title>هجوم على حاجز في بادية تدمر</title></head><body><article>
      <h1>هجوم على حاجز في بادية تدمر</h1><div class="top"><p>${lead}</p></div>
      <div class="photo"><img src="a.jpg"><p>عناصر من قوات النظام على طريق تدمر في صورة نشرتها وسائل إعلام محلية العام الماضي</p></div>
      <div class="article-text"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></article></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([lead, P1, P2, P3]);
  });

  it("statement-beside-body: keeps a quoted statement printed just outside the body's container", () => {
    const quote = "«لن نسمح بتكرار مثل هذه الهجمات على مواقعنا في البادية»، قال قائد ميداني للصحفيين.";
    const html = page(`<div class="txt"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><blockquote><p>${quote}</p></blockquote>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3, quote]);
  });

  it("statement-and-subheading: keeps a quoted statement and a subheading printed between parts of the body", () => {
    const quote = "«لن نسمح بتكرار مثل هذه الهجمات على مواقعنا في البادية»، قال قائد ميداني للصحفيين.";
    const sub = "هجمات متكررة";
    const html = page(`<div class="txt"><p>${P1}</p><p>${P2}</p></div><blockquote><p>${quote}</p></blockquote>
      <h3>${sub}</h3><div class="txt"><p>${P3}</p><p>${P2}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, quote, sub, P3, P2]);
  });

  it("last-paragraph: keeps a short closing paragraph, before and after a source sign-off (which may stay)", () => {
    const last = "ولم تعلق الجهات الرسمية على الهجوم حتى الآن.";
    const html = page(`<div class="entry-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${last}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3, last]);
    const signed = page(`<div class="entry-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${last}</p><p>المصدر: وكالات</p></div>`);
    expect(cleanArticle(signed, { url: URL_ }).paragraphs.slice(0, 4)).toEqual([P1, P2, P3, last]);
  });

  it("printed-address: keeps a paragraph whose link is its own web address, and a line holding only one", () => {
    const more = 'لمزيد من المعلومات: <a href="https://example.org/reports/2024/badia-attacks/index.html">https://example.org/reports/2024/badia-attacks/index.html</a>';
    const alone = '<a href="https://example.org/statements/2024/03/ministry-statement.html">https://example.org/statements/2024/03/ministry-statement.html</a>';
    const html = page(`<div class="entry-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${more}</p><p>${alone}</p></div>`);
    const paragraphs = cleanArticle(html, { url: URL_ }).paragraphs;
    expect(paragraphs.slice(0, 3)).toEqual([P1, P2, P3]);
    expect(paragraphs.slice(3)).toEqual([
      "لمزيد من المعلومات: https://example.org/reports/2024/badia-attacks/index.html",
      "https://example.org/statements/2024/03/ministry-statement.html",
    ]);
  });

  it("linked-sentence: keeps a paragraph whose sentence runs around a long link, not a read-also line", () => {
    const linked = 'وكانت فصائل محلية قد أعلنت في الشهر الماضي عن <a href="/news/9">بدء عملية عسكرية واسعة ضد خلايا التنظيم في عمق البادية السورية الشرقية</a>.';
    const html = page(`<div class="entry-content"><p>${P1}</p><p>${linked}</p><p><a href="/news/8">اقرأ أيضاً: هجمات متكررة على مواقع قوات النظام في البادية السورية</a></p><p>${P2}</p><p>${P3}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([
      P1,
      "وكانت فصائل محلية قد أعلنت في الشهر الماضي عن بدء عملية عسكرية واسعة ضد خلايا التنظيم في عمق البادية السورية الشرقية.",
      P2,
      P3,
    ]);
  });

  it("data-table: keeps each row of a table in the body as one line, cells apart by a space", () => {
    const table = `<table><thead><tr><th>المحافظة</th><th>القتلى</th><th>الجرحى</th></tr></thead>
      <tbody><tr><td>حمص</td><td>3</td><td>2</td></tr><tr><td>دير الزور</td><td>5</td><td>1</td></tr></tbody></table>`;
    const html = page(`<div class="entry-content"><p>${P1}</p>${table}<p>${P2}</p><p>${P3}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, "المحافظة القتلى الجرحى", "حمص 3 2", "دير الزور 5 1", P2, P3]);
  });

  it("layout-table: a table whose cells hold paragraphs is not read as rows of data", () => {
    const html = page(`<table><tr><td><a href="/a">الرئيسية</a></td><td><p>${P1}</p><p>${P2}</p><p>${P3}</p></td></tr></table>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("embedded-post: keeps a statement quoted as an embedded tweet, with its dated signature, inside a wrapper named social or widget, and drops the share bar", () => {
    const quote = "نفت الوزارة في بيان رسمي صحة الأنباء المتداولة عن انسحاب القوات من المنطقة.";
    const html = page(`<div class="entry-content"><p>${P1}</p><p>${P2}</p>
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>${quote}</p>— وزارة الدفاع (@ministry) <a href="https://twitter.com/ministry/status/1">December 5, 2026</a></blockquote></div>
      <p>${P3}</p><div class="social-share"><a href="https://facebook.com/sharer">فيسبوك</a><a href="https://twitter.com/intent">تويتر</a></div></div>`);
    const signed = "— وزارة الدفاع (@ministry) December 5, 2026";
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, quote, signed, P3]);
    const widget = html.replace('class="social-media-embed"', 'class="article-widget article-tweet"');
    expect(cleanArticle(widget, { url: URL_ }).paragraphs).toEqual([P1, P2, quote, signed, P3]);
  });

  it("gallery-caption-copy: a caption repeated by a gallery away from its photo is a caption, not a paragraph; the byline goes", () => {
    const caption = "عناصر من الدفاع المدني في موقع القصف صباح اليوم";
    const html = page(`<p class="byline">بقلم فريق التحرير، مراسل الشؤون الميدانية في المنطقة الشرقية من البلاد</p>
      <div class="gallery"><div class="img-wrap"><img src="a.jpg"></div><div class="caption">${caption}</div></div>
      <div class="entry-content"><p>${P1}</p><div class="pane"><div class="caption-remote">${caption}</div></div><p>${P2}</p><p>${P3}</p></div>`);
    const article = cleanArticle(html, { url: URL_ });
    expect(article.paragraphs).toEqual([P1, P2, P3]);
    expect(article.captions).toEqual([caption]);
  });

  it("share-and-newsletter: drops the share bar and the newsletter box beside a body with a lead", () => {
    const lead = "الهجوم هو الثالث من نوعه خلال أسبوع على مواقع قوات النظام في المنطقة نفسها.";
    const html = page(`<p class="lead">${lead}</p>
      <div class="share-buttons"><a href="https://facebook.com/sharer">فيسبوك</a><a href="https://twitter.com/intent">تويتر</a><span>شارك الخبر</span></div>
      <div class="entry-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
      <div class="newsletter"><p>اشترك في نشرتنا البريدية لتصلك آخر الأخبار كل صباح مباشرة إلى بريدك الإلكتروني.</p><form><input type="email"><button>اشترك</button></form></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([lead, P1, P2, P3]);
  });

  it("author-bio: drops the author's short bio printed under the headline, not taken for a standfirst", () => {
    const bio = "كاتب وصحفي يغطي الشأن السوري منذ عشر سنوات، ويكتب عن الاقتصاد والسياسة في المنطقة.";
    const html = page(`<div class="short-bio">${bio}</div><div class="entry-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("highlight-not-lead: a sentence printed above the body and again inside it (alone or in a longer paragraph) is kept once, in its place", () => {
    const html = page(`<div class="highlight"><p>${P3}</p></div><div class="entry-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
    const cut = page(`<div class="summary"><p>${P2}</p></div><div class="entry-content"><p>${P1}</p><p>${P2} ${P3}</p></div>`);
    expect(cleanArticle(cut, { url: URL_ }).paragraphs).toEqual([P1, `${P2} ${P3}`]);
  });

  it("round-up-items: keeps a list item whose linked headline is followed by a sentence of its own, not a list of bare links", () => {
    const item = '<a href="/news/5">Three soldiers were killed in an attack on a checkpoint east of Homs</a>. Local sources said the attackers withdrew into the desert.';
    const e1 = "Here are the stories from the desert you need to know about today, in the order they broke.";
    const e2 = "The desert has seen repeated attacks on government positions despite several military campaigns.";
    const html = `<html><head><title>Five things to know</title></head><body><main><h1>Five things to know</h1>
      <div class="entry-content"><p>${e1}</p><ol><li>${item}</li></ol><ul><li><a href="/a">Truffle hunters killed by a landmine near Sukhnah</a></li><li><a href="/b">Reinforcements sent to Deir ez-Zor</a></li></ul><p>${e2}</p></div></main></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([
      e1,
      "Three soldiers were killed in an attack on a checkpoint east of Homs. Local sources said the attackers withdrew into the desert.",
      e2,
    ]);
  });

  it("labelled-sections: drops a related section whose teasers outweigh the article, and a comments section, by their headings", () => {
    const teaser = (n: number): string =>
      `<article class="post-${n}"><h2><a href="/news/${n}">عنوان خبر آخر رقم ${n}</a></h2><p>${P3} ${P2} ${P1}</p></article>`;
    const html = page(`<article class="post"><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>
      <div class="box"><h3 class="x1">أخبار ذات صلة</h3>${teaser(1)}${teaser(2)}${teaser(3)}</div>
      <div class="x2"><h3>التعليقات (2)</h3><div class="x3"><p>${P2} ${P3}</p></div></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("labelled-sections: drops a heading and the list of linked stories after it in the body's own container, not a read-also line's paragraphs", () => {
    const e1 = "Three soldiers were killed and two wounded on Sunday in an attack on a checkpoint east of Homs, officials said.";
    const e2 = "Local sources said the attackers used machine guns before withdrawing into the desert, where the search went on.";
    const e3 = "The desert has seen repeated attacks on government positions despite several military campaigns this year.";
    const html = `<html><head><title>Attack on a checkpoint</title></head><body><main><h1>Attack on a checkpoint</h1>
      <div class="x9"><p>${e1}</p><p>See also:</p><p>${e2}</p><p>Popular on Desert Daily</p><p>${e3}</p><hr><div class="x8">More Great Desert Stories</div>
      <ul><li>Truffle hunters <a href="/a">killed by a landmine near Sukhnah on Friday</a></li><li>Why the desert <a href="/b">is hard to hold for any army</a></li></ul></div></main></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([e1, e2, e3]);
  });

  it("labelled-sections: a most-read box printed before the article never takes the article with it", () => {
    const html = `<html><head><title>t</title></head><body><div class="x1"><div class="x2"><h3>الأكثر قراءة</h3><ul><li><a href="/a">غارات روسية على بادية الرصافة</a></li></ul></div>
      <div class="x3"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("linked-sentence-lead-in: keeps a sentence whose short lead-in runs into a long link and ends with its stop, not a read-also line with a colon", () => {
    const e1 = "Three soldiers were killed and two wounded on Sunday in an attack on a checkpoint east of Homs.";
    const e2 = "The desert has seen repeated attacks on government positions despite several military campaigns.";
    const html = `<html><head><title>Attack on a checkpoint</title></head><body><main><h1>Attack on a checkpoint</h1><div class="x9"><p>${e1}</p>
      <p>The defendant now faces <a href="/c">a charge of attacking a checkpoint in the eastern desert</a>.</p>
      <p>Read more: <a href="/d">How the desert became the hardest front of the war.</a></p><p>${e2}</p>
      <p>Follow the Desert Desk on <a href="/f">Facebook</a>, <a href="/t">Twitter</a> and <a href="/i">Instagram</a>.</p></div></main></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([
      e1,
      "The defendant now faces a charge of attacking a checkpoint in the eastern desert.",
      e2,
    ]);
  });

  it("label-lines: drops a one-word label whose value is printed apart, not a dateline or a sentence with a colon", () => {
    const dateline = "(دمشق - الوكالة)";
    const quoted = "وقال المصدر: إن المهاجمين انسحبوا باتجاه البادية بعد ساعة من الاشتباك.";
    const html = page(`<div class="entry-content"><p>المصدر:</p><p>${dateline}</p><p>${P1}</p><p>${quoted}</p><p>الموضوع:</p><p>${P2}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([dateline, P1, quoted, P2]);
  });

  it("dateline-alone: a dateline printed on its own line, dated or not, opens the paragraph after it", () => {
    const html = page(`<div class="entry-content"><p>حمص، 3 آذار 2024 (الوكالة) –</p><p>${P1}</p><p>${P2}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([`حمص، 3 آذار 2024 (الوكالة) – ${P1}`, P2]);
    const e1 = "Three soldiers were killed and two wounded on Sunday in an attack on a checkpoint east of Homs.";
    const english = `<html><body><main><h1>Attack</h1><div class="story"><span class="dateline">HOMS (Agency) - </span><p>${e1}</p><p>${e1}</p></div></main></body></html>`;
    expect(cleanArticle(english, { url: URL_ }).paragraphs).toEqual([`HOMS (Agency) - ${e1}`, e1]);
  });

  it("meta-line: drops the article's meta line (site, dates, byline apart by separators), not a sentence that says by whom on a date", () => {
    const e1 = "Three soldiers were killed and two wounded on Sunday in an attack on a checkpoint east of Homs.";
    const said = "The attack was claimed by a cell of the group on March 3, 2024, in a statement posted online.";
    const meta = "Desert Daily | 04.05.2024 at 13:36 • Updated 05.05.2024 at 20:13 | By Jane Doe (with John Roe)";
    const html = `<html><body><main><h1>Attack</h1><div class="story"><p>${meta}</p><p>${e1}</p><p>${said}</p><p>${e1}</p></div></main></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([e1, said, e1]);
  });

  it("first-paragraph-apart: keeps a first paragraph printed in a wrapper of its own beside the paragraphs that score", () => {
    const first = "(Agency) Three soldiers were killed on Sunday in an attack on a checkpoint east of Homs, officials said.";
    const rest = [
      "Local sources said the attackers used machine guns, then withdrew into the desert, where the search went on for hours.",
      "The desert has seen repeated attacks on government positions, despite several military campaigns, this year and the last.",
      "No group has claimed the attack, though cells of the organisation are active in the area, according to monitors.",
    ];
    const html = `<html><body><main><h1>Attack</h1><div class="x1"><div class="x2"><p class="x3">${first}</p></div>
      ${rest.map((r) => `<div class="x3">${r}</div>`).join("")}</div></main></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([first, ...rest]);
  });

  it("hover-card: drops a person's card shown on hover inside a sentence, keeping the name it is shown for", () => {
    const card = `<span class="x1"><a href="/people/jane">Jane Doe</a><span class="x2"><span><img src="/jane.jpg"><a href="/people/jane">Jane Doe</a><a href="/a">Her latest story about the desert</a> <a href="/b">Another story of hers</a></span></span></span>`;
    const e2 = "The desert has seen repeated attacks on government positions despite several military campaigns.";
    const html = `<html><body><main><h1>Attack</h1><div class="story"><p>The governor, <span style="font-weight: 400">${card}, said on Sunday that three soldiers were killed east of Homs.</span></p><p>${e2}</p></div></main></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual(["The governor, Jane Doe, said on Sunday that three soldiers were killed east of Homs.", e2]);
  });

  it("credit-lines: drops gallery counters, image credits, the reporting credits closing agency copy, a newsletter prompt and contact lines, not a sentence about reporting", () => {
    const e1 = "Three soldiers were killed and two wounded on Sunday in an attack on a checkpoint east of Homs.";
    const e2 = "Reporting by local journalists has been hard since the checkpoint closed the road to the desert.";
    const html = `<html><body><main><h1>Attack</h1><div class="story"><p>Image 1 of 5</p><p>(Image credit: Desert Agency)</p><p>${e1}</p><p>${e2}</p>
      <p>(Reporting by Jane Doe; Editing by John Roe)</p><p>Agency writers Jane Doe and John Roe contributed to this report.</p>
      <p>Sign up for the Desert Daily newsletter to get the latest news in your inbox.</p>
      <p>Email Jane Doe at jane@desert.example or follow her on the network.</p><p>tips@desert.example</p></div></main></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([e1, e2]);
  });

  it("labelled-regions: drops a recommendations region and a promo named only by their headings' ids (hashed classes)", () => {
    const html = page(`<div class="x1a2b3"><p>${P1}</p><p>${P2}</p>
      <section role="region" aria-labelledby="recommendations-heading" class="x9f8e7"><strong><span id="recommendations-heading">قصص مقترحة</span></strong>
        <ul><li><a href="/a">غارات روسية على بادية الرصافة</a></li><li><a href="/b">تعزيزات عسكرية إلى دير الزور</a></li></ul></section>
      <p>${P3}</p><section role="region" aria-labelledby="podcast-promo" class="x7d6c5"><span id="podcast-promo">الحلقات</span></section></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([P1, P2, P3]);
  });

  it("text: is the title and the paragraphs joined by newlines", () => {
    const got = cleanArticle(page(`<div class="entry-content"><p>${P1}</p><p>${P2}</p></div>`), { url: URL_ });
    expect(got.text).toBe(`هجوم على حاجز في بادية تدمر\n${P1}\n${P2}`);
  });

  it("canonical-url: resolves a relative <link rel=canonical> against the page URL", () => {
    const html = page(`<div class="entry-content"><p>${P1}</p><p>${P2}</p></div>`, `<title>x</title><link rel="canonical" href="/news/1-attack">`);
    expect(cleanArticle(html, { url: URL_ }).canonicalUrl).toBe("https://example.org/news/1-attack");
  });

  it("windows-1256-charset: a page decoded from windows-1256 cleans like any other", () => {
    const dir = path.join(WEB, "www.zamanalwsl.net/news/article/165204");
    const bytes = readFileSync(path.join(dir, "index.html"));
    expect(bytes.includes(Buffer.from("ذيبان", "utf8"))).toBe(false);
    const got = cleanArticle(new TextDecoder("windows-1256").decode(bytes), { url: "https://www.zamanalwsl.net/news/article/165204/" });
    expect(got.title).toBe("اغتيال عضو في المجلس المحلي لبلدة ذيبان بريف دير الزور");
    expect(got.published).toBe("2024-03-03");
  });
});

describe("publication time", () => {
  const body = `<div class="entry-content"><p>${P1}</p><p>${P2}</p></div>`;
  const published = (head: string, extra = "") => cleanArticle(page(extra + body, `<title>t</title>${head}`), { url: URL_ }).published;

  it("keeps the page's UTC offset from article:published_time", () => {
    expect(published(`<meta property="article:published_time" content="2024-03-14T01:30:00+03:00">`)).toBe("2024-03-14T01:30:00+03:00");
  });

  it("reads datePublished from a JSON-LD @graph", () => {
    const ld = JSON.stringify({ "@context": "https://schema.org", "@graph": [{ "@type": "WebSite" }, { "@type": "NewsArticle", datePublished: "2024-01-09T21:10:00Z" }] });
    expect(published(`<script type="application/ld+json">${ld}</script>`)).toBe("2024-01-09T21:10:00Z");
  });

  it("reads TieLabs script#tie-schema-json even with raw newlines inside strings", () => {
    expect(published(`<script id="tie-schema-json" type="application/ld+json">{"@type":"Article","headline":"a\nb","datePublished":"2024-03-20T15:40:00+03:00"}</script>`)).toBe("2024-03-20T15:40:00+03:00");
  });

  it("reads <time datetime> when there is no meta", () => {
    expect(published("", `<time datetime="2021-03-30T13:45:00+03:00">منذ يومين</time>`)).toBe("2021-03-30T13:45:00+03:00");
  });

  it("falls back to the Arabic date under the title, not the header's date of today", () => {
    const html = `<html><body><header><span class="today-date">الخميس 21 آذار 2024</span></header>
      <article><div class="entry-header"><h1>هجوم على حاجز في بادية تدمر</h1><span class="date meta-item">20 مارس، 2024</span></div>
      <div class="entry-content"><p>${P1}</p><p>${P2}</p></div></article></body></html>`;
    expect(cleanArticle(html, { url: URL_ }).published).toBe("2024-03-20");
  });

  it("reads Levantine dual month names in visible text (CNN Arabic style)", () => {
    expect(published("", `<div class="cnn_strytmstmp">الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</div>`)).toBe("2013-08-28");
  });

  it("is null when the page gives no date", () => {
    expect(published("")).toBeNull();
  });
});
