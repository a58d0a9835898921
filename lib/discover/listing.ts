import { load } from "cheerio";

/**
 * The links a listing page shows under `linkSelector`, as written (relative ones resolved
 * against `<base href>` or the page URL). The selector may name the `<a>` itself, an element
 * inside it (`a > h3`) or one around it (`li.post-item`): the link is the element, its nearest
 * `<a>` ancestor, or its first `<a>` descendant.
 */
export function listingLinks(html: string, pageUrl: string, linkSelector: string): string[] {
  const $ = load(html);
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
