import type { Outlet } from "../outlets/registry";
import type { CleanedArticle, FetchedPage } from "../types";
import { canonicalUrl, sameArticle } from "../discover";

/**
 * The URL an article is stored under: the page's own `<link rel=canonical>` when it names the
 * same article as the fetched URL (another link to it, an old or short URL, a renamed slug),
 * else the fetched URL, both canonicalised. A canonical pointing at another article of the
 * outlet (a theme bug, a copied template, a hostile page) is ignored: taking it would store
 * this page's text over that article.
 */
export function canonicalArticleUrl(page: FetchedPage, cleaned: CleanedArticle, outlet: Outlet): string {
  const fetched = canonicalUrl(page.finalUrl) ?? page.url;
  const declared = cleaned.canonicalUrl ? canonicalUrl(cleaned.canonicalUrl, page.finalUrl) : null;
  return declared && sameArticle(outlet, fetched, declared) ? declared : fetched;
}
