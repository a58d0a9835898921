import { describe, expect, it } from "vitest";
import { matchUrl, sameArticle } from "../../lib/discover";
import { canonicalUrl } from "../../lib/discover";
import { outletById } from "../../lib/outlets/registry";

/*
 * URL shapes each outlet really uses, as seen in stored public pages and public scraper code
 * (ids and hosts are real; slugs are short stand-ins written here).
 */
const ARTICLES: readonly [outlet: string, url: string][] = [
  ["enab-baladi", "https://www.enabbaladi.net/archives/651728"],
  ["enab-baladi", "https://www.enabbaladi.net/731869/"],
  ["enab-baladi", "https://www.enabbaladi.net/784230/هجوم-في-البادية/"],
  ["enab-baladi", "https://enabbaladi.net/784230/attack-in-badia/"],
  ["enab-baladi", "https://www.enabbaladi.net/?p=651728"],
  ["enab-baladi", "https://www.enabbaladi.net/784230/attack-in-badia/?amp=1"],
  ["enab-baladi", "https://www.enabbaladi.net/784230/attack-in-badia/amp/"],
  ["sy24", "https://sy-24.com/86975"],
  ["sy24", "https://www.sy-24.com/42826/"],
  ["sy24", "https://www.sy-24.com/42826/news/attack-in-badia/"],
  ["sy24", "https://www.sy-24.com/news/%D9%82%D8%AA%D9%8A%D9%84-%D9%88%D8%AC%D8%B1%D8%AD%D9%89/"],
  ["sy24", "https://www.sy-24.com/news/185372"],
  ["sy24", "https://www.sy-24.com/?p=42826"],
  ["sana", "https://sana.sy/presidency/2407527/"],
  ["sana", "https://sana.sy/en/syria/2289847/"],
  ["sana", "https://sana.sy/?p=2215080"],
  ["sana", "https://www.sana.sy/?p=1937484"],
  ["sana", "https://sana.sy/archives/2045118"],
  ["sana", "https://sanasyria.org/?p=976617"],
  ["sana", "https://www.sanasyria.org/archives/880212"],
  ["baladi-news", "https://baladi-news.com/public/ar/articles/1436/غارات-في-حمص"],
  ["baladi-news", "https://baladi-news.com/public/index.php/ar/articles/22941/aid-in-homs"],
  ["baladi-news", "https://www.baladi-news.com/ar/articles/53173/losses-in-deir-ezzor"],
  ["baladi-news", "https://video.baladi-news.com/ar/articles/95678/losses-in-qamishli"],
  ["alaraby", "https://www.alaraby.co.uk/politics/%D8%A7%D9%86%D9%81%D8%AC%D8%A7%D8%B1-%D8%B3%D9%8A%D8%A7%D8%B1%D8%A9"],
  ["alaraby", "https://alaraby.co.uk/politics/attack-on-village"],
  ["alaraby", "https://www.alaraby.co.uk/isis-attacks-kabajeb-deir-ezzor-badia"],
  ["alaraby", "https://www.alaraby.co.uk/مقتل-عناصر-في-البادية"],
  ["orient-net", "https://orient-news.net/ar/news_show/183543"],
  ["orient-net", "https://orient-news.net/ar/news_show/170524/0/ميليشيا-تخسر"],
  ["orient-net", "http://orient-news.net/index.php?page=news_show&id=2917"],
  ["orient-net", "http://orient-news.net/?page=news_show&id=5689"],
  ["syria-tv", "https://www.syria.tv/content/%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%A8%D9%8A%D9%86%D9%87%D9%85"],
  ["syria-tv", "https://syria.tv/مقتل-مراهق"],
  ["syria-tv", "https://www.syria.tv/isis-attack-national-defence-resafa-raqqa"],
  ["sohr", "https://www.syriahr.com/31-%d8%b4%d8%ae%d8%b5-%d9%82%d8%b6%d9%88%d8%a7/406794/"],
  ["sohr", "https://www.syriahr.com/657305"],
  ["sohr", "https://www.syriahr.com/en/370136/"],
  ["sohr", "http://www.syriahr.com/en/?p=116014"],
  ["sohr", "http://www.syriahr.com/?p=353335&__cf_chl_jschl_tk__=0656692c5476fc8d0a"],
  ["sohr", "http://www.syriahr.com/2015/07/%D8%B5%D8%A7%D9%84%D8%AD"],
  ["step-news", "https://stepagency-sy.net/2020/05/24/%d9%85%d9%86-%d9%87%d9%8a/"],
  ["step-news", "https://stepagency-sy.net/ar/2020/05/23/who-we-are"],
  ["north-press", "https://npasyria.com/178716/"],
  ["north-press", "https://npasyria.com/en/110223/"],
  ["north-press", "https://npasyria.com/?p=177332"],
  ["zaman-alwsl", "https://zamanalwsl.net/news/article/131681"],
  ["zaman-alwsl", "https://www.zamanalwsl.net/news/article/165204/"],
  ["zaman-alwsl", "https://zamanalwsl.net/news/article/146921/like"],
  ["deirezzor24", "https://deirezzor24.net/isis-attack-shoula-checkpoint-13-killed/"],
  ["deirezzor24", "https://deirezzor24.net/en/regime-losses-in-the-badia/"],
  ["deirezzor24", "https://deirezzor24.net/?p=123456"],
  ["suwayda24", "https://suwayda24.com/?p=22638"],
  ["suwayda24", "https://suwayda24.com/archives/31640"],
];

const NOT_ARTICLES: readonly [outlet: string, url: string, reason: string][] = [
  ["enab-baladi", "https://www.enabbaladi.net/archives/category/online/page/2", "a category or section page"],
  ["enab-baladi", "https://www.enabbaladi.net/archives/tag/%D8%A7%D9%84%D8%B1%D9%82%D8%A9", "a tag page"],
  ["enab-baladi", "https://www.enabbaladi.net/feed", "a feed"],
  ["enab-baladi", "https://www.enabbaladi.net/", "the home page"],
  ["enab-baladi", "https://www.enabbaladi.net/2024/03/", "a date archive"],
  ["sy24", "https://www.sy-24.com/news/", "not one of sy24's article URL shapes"],
  ["sy24", "https://www.sy-24.com/news/page/2/", "a listing page"],
  ["sy24", "https://www.sy-24.com/author/desk/", "an author page"],
  ["sy24", "https://www.sy-24.com/wp-content/uploads/2024/03/photo.jpg", "an image or file"],
  ["sana", "https://sana.sy/?feed=rss2", "a feed"],
  ["sana", "https://sana.sy/en/", "the home page"],
  ["sana", "https://sana.sy/category/politics/", "a category or section page"],
  ["baladi-news", "https://www.baladi-news.com/ar/news", "not one of baladi-news's article URL shapes"],
  ["baladi-news", "https://baladi-news.com/storage/uploads/1640159658784896015.jpg", "an image or file"],
  ["alaraby", "https://www.alaraby.co.uk/sport", "not one of alaraby's article URL shapes"],
  ["alaraby", "https://www.alaraby.co.uk/rss", "a feed"],
  ["alaraby", "https://www.alaraby.co.uk/File/GetImageCustom/436f9512-5b52-4e4c-a8b0-5327b66805d8/640/350", "not one of alaraby's article URL shapes"],
  ["orient-net", "https://orient-news.net/feed/", "a feed"],
  ["syria-tv", "https://www.syria.tv/tag/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%A7%D9%84%D8%B1%D9%82%D8%A9", "a tag page"],
  ["syria-tv", "https://www.syria.tv/rss.xml", "a feed"],
  ["syria-tv", "https://www.syria.tv/news", "not one of syria-tv's article URL shapes"],
  ["sohr", "https://www.syriahr.com/date/2018/10/page/24/", "a date archive"],
  ["sohr", "https://www.syriahr.com/en/feed/", "a feed"],
  ["step-news", "https://stepagency-sy.net/feed/", "a feed"],
  ["north-press", "https://npasyria.com/news-sitemap.xml", "a sitemap"],
  ["zaman-alwsl", "https://www.zamanalwsl.net/news/rss/94/", "not one of zaman-alwsl's article URL shapes"],
  ["deirezzor24", "https://deirezzor24.net/category/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/page/2/", "a category or section page"],
  ["deirezzor24", "https://deirezzor24.net/en/", "the home page"],
  ["suwayda24", "https://suwayda24.com/?s=%D8%AD%D9%85%D8%B5", "a search page"],
];

describe("registry article patterns against real URL shapes", () => {
  it.each(ARTICLES)("%s takes %s as an article", (outlet, url) => {
    expect(matchUrl(url)).toEqual({ url, outlet, article: true, reason: null });
  });

  it.each(NOT_ARTICLES)("%s does not take %s (%s)", (outlet, url, reason) => {
    expect(matchUrl(url)).toEqual({ url, outlet, article: false, reason });
  });

  it("names no outlet for a host outside the registry, or for what is not a URL", () => {
    expect(matchUrl("https://english.enabbaladi.net/archives/2026/10/x/")).toEqual({
      url: "https://english.enabbaladi.net/archives/2026/10/x/",
      outlet: null,
      article: false,
      reason: "no registry outlet has the host english.enabbaladi.net",
    });
    expect(matchUrl("mailto:desk@sana.sy")).toMatchObject({ outlet: null, article: false, reason: "not an absolute http(s) URL" });
  });
});

describe("sameArticle", () => {
  const canonical = (url: string) => canonicalUrl(url) as string;
  it.each([
    ["enab-baladi", "https://www.enabbaladi.net/archives/651728", "https://www.enabbaladi.net/651728/new-slug/", true],
    ["enab-baladi", "https://www.enabbaladi.net/?p=651728", "https://www.enabbaladi.net/651728/", true],
    ["enab-baladi", "https://www.enabbaladi.net/651728/same-slug/", "https://www.enabbaladi.net/651729/same-slug/", false],
    ["sy24", "https://www.sy-24.com/news/attack-in-badia/", "https://www.sy-24.com/42826/news/attack-in-badia/", true],
    ["sy24", "https://www.sy-24.com/news/attack-in-badia/", "https://www.sy-24.com/news/another-attack/", false],
    ["alaraby", "https://www.alaraby.co.uk/politics/attack-on-village", "https://www.alaraby.co.uk/attack-on-village", true],
    ["alaraby", "https://www.alaraby.co.uk/politics/attack-on-village", "https://www.alaraby.co.uk/politics/other-attack", false],
    ["sana", "https://sana.sy/?p=2215080", "https://sana.sy/syria/2215080/", true],
    ["sana", "https://sana.sy/syria/2215080/", "https://sana.sy/tag/x", false],
  ])("%s: %s and %s are the same article: %s", (outlet, a, b, same) => {
    expect(sameArticle(outletById(outlet), canonical(a), canonical(b))).toBe(same);
  });
});
