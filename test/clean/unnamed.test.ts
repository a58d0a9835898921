import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../lib/clean";

// Pages with no class or id at all (a theme that strips them, a CSS-in-JS build): the scoring
// must find the body from the text and the tree alone. Each page is written for this test.
const URL_ = "https://example.org/news/9";
const TITLE = "مقتل مدنيين بقصف على ريف إدلب";
const BODY = [
  "قتل ثلاثة مدنيين وأصيب خمسة آخرون، بينهم طفلان، بقصف مدفعي على بلدة في ريف إدلب الجنوبي صباح اليوم الإثنين.",
  "وقال الدفاع المدني إن فرقه انتشلت الضحايا من تحت أنقاض منزلين، ونقلت المصابين إلى مشفى قريب في المدينة.",
  "وأضاف أن القصف تجدد بعد الظهر على أطراف البلدة، ما دفع عشرات العائلات إلى النزوح نحو المخيمات الحدودية.",
  "وتتعرض المنطقة لقصف متكرر منذ مطلع الشهر، رغم اتفاق التهدئة المعلن، بحسب ناشطين محليين من أبناء البلدة.",
  "وذكر ناشطون أن طائرات استطلاع حلقت فوق البلدة طوال الليل، قبل أن يبدأ القصف عند الساعة السادسة صباحاً.",
  "وطالب المجلس المحلي المنظمات الإنسانية بتأمين مأوى للعائلات النازحة، وإرسال فرق طبية إلى المشفى الميداني.",
];
function page(body: string): string {
  return `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><div><div><h1>${TITLE}</h1>${body}</div></div></body></html>`;
}

const paragraphs = (lines: readonly string[]): string => lines.map((l) => `<p>${l}</p>`).join("");

describe("pages with no class or id names", () => {
  it("keeps every card of a body split by an ad slot, each card alone in a wrapper of the same shape", () => {
    const html = page(
      `<div><div>${paragraphs(BODY.slice(0, 3))}</div></div>` +
        `<div><span>إعلان ممول من شركة</span></div>` +
        `<div><div>${paragraphs(BODY.slice(3))}</div></div>`,
    );
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual(BODY);
  });

  it("does not take a block of another shape printed after the body as one of its cards", () => {
    const quote =
      "وقالت وزارة الدفاع في بيان، إن قواتها استهدفت مواقع ومستودعات وآليات، ودمرت مقرات ونقاط مراقبة، في ريف إدلب وريف حلب.";
    const html = page(`<div><div>${paragraphs(BODY)}</div></div><div><div><h4>وزارة الدفاع</h4></div><div><div><p>${quote}</p><p>${quote}</p></div></div></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual(BODY);
  });

  it("prefers a body of short paragraphs to a photo caption full of names and commas", () => {
    const caption =
      "عناصر من الدفاع المدني، يميناً، ومتطوعون، ومسعفون، وأهالي البلدة، يبحثون عن ناجين، تحت الأنقاض، في بلدة، بريف إدلب، أمس (أرشيف)";
    // Five paragraphs without a comma: together they score less than the caption's commas.
    const short = [
      "قتل مدنيان بقصف مدفعي على بلدة في ريف إدلب الجنوبي صباح اليوم وفق ما أفاد به ناشطون من أبناء المنطقة المحلية.",
      "وقال الدفاع المدني إن فرقه انتشلت جثتي الضحيتين من تحت أنقاض منزل في وسط البلدة بعد ساعات طويلة من البحث.",
      "وأصيب ثلاثة آخرون بجروح متفاوتة نقلوا على إثرها إلى مشفى قريب لتلقي العلاج اللازم في قسم الطوارئ بالمدينة.",
      "وتتعرض البلدة لقصف شبه يومي منذ مطلع الشهر الجاري ما دفع عشرات العائلات إلى النزوح نحو المخيمات الحدودية.",
      "وطالب المجلس المحلي المنظمات الإنسانية بتأمين مأوى للعائلات النازحة وإرسال فرق طبية إلى المشفى الميداني."
    ];
    const html = page(`<div><img src="/photo.jpg" alt=""><p>${caption}</p></div><div><div>${paragraphs(short)}</div></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual(short);
  });

  it("keeps a one-paragraph article printed under its photo when nothing else competes", () => {
    const html = page(`<div><img src="/photo.jpg" alt=""><p>${BODY[0]}</p></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual([BODY[0]]);
  });

  it("drops a comments section opened by a 'Top Rated Comments' heading, however long the comments", () => {
    const comment = "I think the report is right, and the figures match what the local council said yesterday, but we need more detail on the second strike.";
    const english = ["Three civilians were killed in shelling on a town in southern Idlib this morning, rescuers said.", "The strike hit two houses in the town centre, and five people were wounded, two of them children.", "Residents said shelling resumed in the afternoon, and dozens of families left for the camps."];
    const html = page(`<div>${paragraphs(english)}</div><div><h2>Top Rated Comments</h2>${`<div><div>reader</div><div>${comment}</div><div>${comment}</div></div>`.repeat(6)}</div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual(english);
  });
  it("keeps a <br>-paragraph body printed after a 'most read' list in the same wrapper", () => {
    // Right-to-left themes often print the side column first in the markup: its heading heads
    // its own links, not the article that follows them in the same wrapper.
    const lead =
      "قصفت قوات النظام بلدة في ريف إدلب الجنوبي بعشرات القذائف صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين، وفق ما أفاد به الدفاع المدني ومراسلون محليون في المنطقة، في تصعيد هو الأعنف منذ أسابيع.";
    const links = ["افتتاح سوق جديد في المدينة", "ارتفاع أسعار الخبز في الريف", "مباراة ودية لفريق المدينة", "طقس بارد في الأيام المقبلة"];
    const list = `<ul><li>الأكثر قراءة</li>${links.map((l) => `<li><a href="/n/${l.length}">${l}</a></li>`).join("")}</ul>`;
    const html = page(`<p>${lead}</p><div><div>${list}</div><div>${BODY.join("<br><br>")}</div></div>`);
    const got = cleanArticle(html, { url: URL_ }).paragraphs;
    expect(got).toEqual(expect.arrayContaining(BODY));
    expect(got.some((p) => links.some((l) => p.includes(l)))).toBe(false);
  });
  it("keeps every one-paragraph card of a body, one of them holding an ad slot beside its paragraph", () => {
    // Some publishing platforms print each paragraph in a card of its own; an ad slot sits
    // inside some cards, after the paragraph, so the cards differ in shape below the paragraph.
    const card = (text: string, ad: boolean): string => `<div><div><p>${text}</p>${ad ? "<div><div><div></div></div></div>" : ""}</div></div>`;
    const html = page(`<div>${BODY.map((text, i) => card(text, i % 3 === 1)).join("")}</div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual(BODY);
  });
  it("leaves out a box of the body's card shape whose text is no paragraph (a label and an item)", () => {
    const item = "قال الدفاع المدني إن فرقه انتشلت الضحايا من تحت أنقاض منزلين في البلدة.";
    const html = page(`<div><section><div>${paragraphs(BODY)}</div></section><section><div><div>أبرز النقاط</div><div>${item}</div></div></section></div>`);
    expect(cleanArticle(html, { url: URL_ }).paragraphs).toEqual(BODY);
  });
});
