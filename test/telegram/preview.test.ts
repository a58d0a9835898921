import { describe, expect, it } from "vitest";
import { parsePreview } from "../../lib/telegram/preview";
import { postArticle, syrianTime } from "../../lib/telegram/post";
import { postLines } from "../../lib/telegram/text";
import { ChannelMarkupError } from "../../lib/telegram/errors";
import { previewPage, type PostSpec } from "../support/telegram";

const HANDLE = "Test_Channel";
const T = "2024-03-14T02:12:05+00:00";
const parse = (posts: PostSpec[], opts?: Parameters<typeof previewPage>[2]) => parsePreview(previewPage(HANDLE, posts, opts), HANDLE);

describe("reading a channel preview page", () => {
  it("reads a post's id, URL, UTC time and text lines", () => {
    const page = parse([{ id: 41, time: T, html: "عاجل | مقتل عنصرين بهجوم على حاجز<br/>وأصيب ثالث بجروح" }]);
    expect(page.posts).toHaveLength(1);
    const [post] = page.posts;
    expect(post.id).toBe(41);
    expect(post.url).toBe("https://t.me/Test_Channel/41");
    expect(post.time).toBe(T);
    expect(post.lines).toEqual(["عاجل | مقتل عنصرين بهجوم على حاجز", "وأصيب ثالث بجروح"]);
    expect(post.edited).toBe(false);
    expect(post.forwardedFrom).toBeNull();
  });

  it("reads a photo's caption as the post's text", () => {
    const [post] = parse([{ id: 7, time: T, photo: true, html: "آثار القصف على السوق" }]).posts;
    expect(post.lines).toEqual(["آثار القصف على السوق"]);
  });

  it("leaves out the link preview card, emoji, tag lines and the signature, and keeps an inline tag's words", () => {
    const html = [
      `<i class="emoji" style="background-image:url('e.png')"><b>🔴</b></i> عاجل | انفجار في <a href="?q=%23%D8%AF%D9%8A%D8%B1_%D8%A7%D9%84%D8%B2%D9%88%D8%B1">#دير_الزور</a> 🔥`,
      `التفاصيل: <a href="https://example.org/x">https://example.org/x</a>`,
      `<a href="?q=%23a">#سوريا</a> <a href="?q=%23b">#عاجل</a>`,
      `تابعونا على قناتنا @test_channel`,
    ].join("<br/>");
    const linkPreview = { site: "موقع", title: "عنوان البطاقة", description: "نص بطاقة الرابط لا يقرأ", url: "https://example.org/x" };
    const [post] = parse([{ id: 8, time: T, html, linkPreview, author: "المحرر" }]).posts;
    expect(post.lines).toEqual(["عاجل | انفجار في دير الزور", "التفاصيل"]);
  });

  it("does not read the text of the message a post replies to", () => {
    const [post] = parse([{ id: 9, time: T, reply: { author: "قناة", text: "نص الرسالة الأولى" }, html: "متابعة | ارتفاع الحصيلة" }]).posts;
    expect(post.lines).toEqual(["متابعة | ارتفاع الحصيلة"]);
  });

  it("marks an edited post, whether the preview writes a span or the word before the time", () => {
    const page = parse([
      { id: 10, time: T, html: "نص أول", edited: "span" },
      { id: 11, time: T, html: "نص ثان", edited: "word" },
      { id: 12, time: T, html: "نص ثالث" },
    ]);
    expect(page.posts.map((p) => p.edited)).toEqual([true, true, false]);
  });

  it("names a forward's origin, with its post URL when the origin links it", () => {
    const page = parse([
      { id: 20, time: T, html: "نص منقول", forwardedFrom: { name: "قناة أخرى", url: "https://t.me/other_channel/512" } },
      { id: 21, time: T, html: "نص منقول من حساب", forwardedFrom: { name: "حساب خاص" } },
    ]);
    expect(page.posts.map((p) => p.forwardedFrom)).toEqual([
      { name: "قناة أخرى", url: "https://t.me/other_channel/512" },
      { name: "حساب خاص", url: null },
    ]);
  });

  it("counts service messages and posts without text among the page's ids, not its posts", () => {
    const page = parse([
      { id: 30, time: T, service: "Channel photo updated" },
      { id: 31, time: T, photo: true },
      { id: 33, time: T, html: "نص" },
    ]);
    expect(page.ids).toEqual([30, 31, 33]);
    expect(page.posts.map((p) => p.id)).toEqual([33]);
    expect(page.problems).toEqual([]);
  });

  it("reports a message without data-post or without time, and reads the others", () => {
    const page = parse([
      { id: 40, time: T, html: "نص أول", broken: "no-data-post" },
      { id: 41, time: T, html: "نص ثان", broken: "no-time" },
      { id: 42, time: T, html: "نص ثالث" },
    ]);
    expect(page.posts.map((p) => p.id)).toEqual([42]);
    expect(page.ids).toEqual([41, 42]);
    expect(page.problems).toHaveLength(2);
    expect(page.problems[0]).toContain("data-post");
    expect(page.problems[1]).toContain("post 41");
  });

  it("refuses a page with no message list at all", () => {
    expect(() => parsePreview("<html><body><div class='tgme_page'>Join channel</div></body></html>", HANDLE)).toThrow(ChannelMarkupError);
  });

  it("takes the id to page back from the load-older link, and none on the channel's first page", () => {
    expect(parse([{ id: 50, time: T, html: "نص" }], { olderBefore: 50 }).olderBefore).toBe(50);
    expect(parse([{ id: 1, time: T, html: "نص" }], { olderBefore: null }).olderBefore).toBeNull();
  });
});

describe("a post as an article", () => {
  it("dates it in Syrian time, so a post after 21:00 UTC falls on the next Syrian day", () => {
    expect(syrianTime("2024-03-14T22:30:00+00:00")).toBe("2024-03-15T01:30:00+03:00");
  });

  it("makes the first line the title and keeps every line in the text", () => {
    const [post] = parse([{ id: 60, time: T, html: "عاجل | العنوان<br/>السطر الثاني" }]).posts;
    const article = postArticle(post, post.url);
    expect(article.title).toBe("عاجل | العنوان");
    expect(article.paragraphs).toEqual(["السطر الثاني"]);
    expect(article.text).toBe("عاجل | العنوان\nالسطر الثاني");
    expect(article.published).toBe("2024-03-14T05:12:05+03:00");
  });
});

describe("post text lines", () => {
  it("drops keycap bullets whole, so they are not read as figures", () => {
    expect(postLines("1️⃣ مقتل عنصرين")).toEqual(["مقتل عنصرين"]);
  });
  it("keeps a long last line that mentions a handle: it is prose, not a signature", () => {
    const line = "وقال مراسل الشبكة في المدينة إن الهجوم وقع عند منتصف الليل بحسب ما نقلت @another_channel عن شهود عيان في المنطقة الشرقية من البلدة";
    expect(postLines(`مقتل عنصرين\n${line}`)).toHaveLength(2);
  });
});
