import type { Outlet } from "../outlets/registry";
import type { CleanedArticle, FetchedPage } from "../types";
import { canonicalUrl } from "../discover";

/**
 * The URL an article is stored under: the page's own `<link rel=canonical>` when it points
 * into the outlet's hosts (so the same article reached by two links is stored once), else the
 * fetched URL, both canonicalised.
 */
export function canonicalArticleUrl(page: FetchedPage, cleaned: CleanedArticle, outlet: Outlet): string {
  const fetched = canonicalUrl(page.finalUrl) ?? page.url;
  const declared = cleaned.canonicalUrl ? canonicalUrl(cleaned.canonicalUrl, page.finalUrl) : null;
  if (!declared) return fetched;
  return outlet.hosts.includes(new URL(declared).hostname) ? declared : fetched;
}
