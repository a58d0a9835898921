import { describe, expect, it } from "vitest";
import { canonicalUrl } from "../../lib/discover";

describe("canonicalUrl", () => {
  it.each([
    ["drops utm_* parameters", "https://news.test/archives/1?utm_source=twitter&utm_medium=social", "https://news.test/archives/1"],
    ["drops fbclid and gclid", "https://news.test/archives/1?fbclid=IwAR0x&gclid=Cj0", "https://news.test/archives/1"],
    ["drops Cloudflare challenge tokens", "https://news.test/?p=353335&__cf_chl_jschl_tk__=0656", "https://news.test/?p=353335"],
    ["drops ?so= share markers", "https://news.test/archives/1?so=related", "https://news.test/archives/1"],
    ["drops ?amp=1", "https://news.test/archives/1?amp=1", "https://news.test/archives/1"],
    ["drops a trailing /amp/", "https://news.test/archives/1/amp/", "https://news.test/archives/1"],
    ["drops a trailing /amp", "https://news.test/archives/1/amp", "https://news.test/archives/1"],
    ["drops a leading /amp/ segment", "https://news.test/amp/news/2025/6/10/x", "https://news.test/news/2025/6/10/x"],
    ["drops the fragment", "https://news.test/archives/1#comments", "https://news.test/archives/1"],
    ["drops the trailing slash", "https://news.test/archives/1/", "https://news.test/archives/1"],
    ["keeps the root slash", "https://news.test/", "https://news.test/"],
    ["drops default ports", "https://news.test:443/a", "https://news.test/a"],
    ["keeps other ports", "http://news.test:8080/a", "http://news.test:8080/a"],
    ["lower-cases the host, not the path", "https://WWW.News.TEST/Archives/1", "https://www.news.test/Archives/1"],
    ["keeps meaningful parameters", "https://sana.test/?p=1937484&utm_campaign=x", "https://sana.test/?p=1937484"],
    ["sorts the remaining parameters", "https://news.test/show?id=5&cat=2", "https://news.test/show?cat=2&id=5"],
    ["encodes a raw Arabic slug", "https://news.test/news/هجوم-في-حمص", "https://news.test/news/%D9%87%D8%AC%D9%88%D9%85-%D9%81%D9%8A-%D8%AD%D9%85%D8%B5"],
    ["upper-cases lower-case escapes", "https://news.test/news/%d9%87%d8%ac%d9%88%d9%85", "https://news.test/news/%D9%87%D8%AC%D9%88%D9%85"],
    ["decodes needlessly escaped letters", "https://news.test/%61rchives/1", "https://news.test/archives/1"],
    ["keeps an escaped slash inside a segment", "https://news.test/a%2Fb/c", "https://news.test/a%2Fb/c"],
    ["keeps a broken escape as written", "https://news.test/100%-sure", "https://news.test/100%-sure"],
    ["resolves a relative link against the base", "../archives/7?utm_source=x", "https://news.test/archives/7"],
  ])("%s", (_policy, input, expected) => {
    expect(canonicalUrl(input, "https://news.test/news/list")).toBe(expected);
  });

  it("gives the same key to the raw and the escaped form of an Arabic URL", () => {
    const raw = canonicalUrl("https://news.test/وسم/حمص/");
    const escaped = canonicalUrl("https://news.test/%d9%88%d8%b3%d9%85/%D8%AD%D9%85%D8%B5?utm_source=fb");
    expect(raw).toBe(escaped);
  });

  it.each([
    ["mailto:desk@news.test"],
    ["javascript:void(0)"],
    ["ftp://news.test/file"],
    ["http://"],
    ["not a url"],
  ])("returns null for %s", (input) => {
    expect(canonicalUrl(input)).toBeNull();
  });
});
