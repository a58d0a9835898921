import { load } from "cheerio/slim";
import { parse } from "parse5";
import { adapter } from "parse5-htmlparser2-tree-adapter";

// Parsed with parse5, as cheerio's default `load` does, but through cheerio/slim: cheerio's main
// entry also carries its URL and buffer loaders (undici, encoding sniffing, iconv-lite's tables),
// half a megabyte of the collect bundle that listing pages never use.

/**
 * The links a listing page shows under `linkSelector`, as written (relative ones resolved
 * against `<base href>` or the page URL). The selector may name the `<a>` itself, an element
 * inside it (`a > h3`) or one around it (`li.post-item`): the link is the element, its nearest
 * `<a>` ancestor, or its first `<a>` descendant.
 */
export function listingLinks(html: string, pageUrl: string, linkSelector: string): string[] {
  const $ = load(parse(html, { treeAdapter: adapter, scriptingEnabled: true }));
  const baseHref = $("base[href]").first().attr("href");
  let base = pageUrl;
  if (baseHref) {
    try {
      base = new URL(baseHref, pageUrl).href;
    } catch {
      // An unreadable <base> is ignored, as browsers do.
    }
  }
  const links: string[] = [];
  $(linkSelector).each((_, el) => {
    const node = $(el);
    const anchor = node.is("a[href]") ? node : node.closest("a[href]").length ? node.closest("a[href]") : node.find("a[href]").first();
    const href = anchor.attr("href");
    if (!href) return;
    try {
      links.push(new URL(href.trim(), base).href);
    } catch {
      // An unparseable href is not a link to an article.
    }
  });
  return links;
}
