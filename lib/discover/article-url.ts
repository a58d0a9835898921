/**
 * Whether a URL is an article of a registry outlet, and why not: the one place discovery, the
 * stored-URL choice and `rasd outlets --match` decide it.
 */
import { OUTLETS, type Outlet } from "../outlets/registry";
import { canonicalUrl } from "./canonical";

/** Shapes that are never an article on any outlet, checked before the outlet's own pattern. */
const NOT_ARTICLES: readonly { what: string; path: RegExp }[] = [
  { what: "the home page", path: /^\/(?:[a-z]{2})?$/ },
  { what: "a tag page", path: /\/(?:tags?|keywords?|hashtag)(?:\/|$)/i },
  { what: "a category or section page", path: /\/(?:category|categories|section|taxonomy)(?:\/|$)/i },
  { what: "an author page", path: /\/(?:author|authors|writer|writers)(?:\/|$)/i },
  { what: "a date archive", path: /^\/(?:[a-z]{2}\/)?(?:19|20)\d{2}(?:\/\d{1,2}){0,2}$|\/date\// },
  { what: "a listing page", path: /\/page\/\d+$/ },
  { what: "a feed", path: /(?:\/(?:feed|rss|atom)(?:\.xml|\.php)?|\.rss|[?&]feed=\w+)$/i },
  { what: "a sitemap", path: /sitemap[^/]*\.xml$/i },
  { what: "a search page", path: /\/search(?:\/|$)|[?&]s=/i },
  { what: "an image or file", path: /\.(?:jpe?g|png|gif|webp|svg|ico|pdf|mp3|mp4|zip|css|js|xml|json)$/i },
  { what: "a WordPress system path", path: /\/wp-(?:content|json|admin|includes|login\.php)(?:\/|$)/ },
];

export type ArticleVerdict = { article: true } | { article: false; reason: string };

/**
 * Whether `url` (canonical, as `canonicalUrl` gives it) is an article of `outlet`, and why not.
 *
 * @example
 * judgeArticleUrl(outletById("enab-baladi"), "https://www.enabbaladi.net/archives/tag/x");
 * // → { article: false, reason: "a tag page" }
 */
export function judgeArticleUrl(outlet: Outlet, url: string): ArticleVerdict {
  const parsed = new URL(url);
  if (!outlet.hosts.includes(parsed.hostname)) return { article: false, reason: `${parsed.hostname} is not a host of ${outlet.id}` };
  const pathAndQuery = parsed.pathname + parsed.search;
  const shape = NOT_ARTICLES.find((n) => n.path.test(pathAndQuery));
  if (shape) return { article: false, reason: shape.what };
  if (!matchPattern(outlet, url)) return { article: false, reason: `not one of ${outlet.id}'s article URL shapes` };
  return { article: true };
}

function matchPattern(outlet: Outlet, url: string): RegExpExecArray | null {
  // A registry pattern written with the g or y flag would carry lastIndex from call to call.
  outlet.articlePattern.lastIndex = 0;
  return outlet.articlePattern.exec(url);
}

/** What identifies an article in its URL, by the outlet's pattern: its id, its slug, or both. */
export interface ArticleIdentity {
  id: string | null;
  slug: string | null;
}

/** The identity of a canonical article URL of `outlet`, or null when it is not one. */
export function articleIdentity(outlet: Outlet, url: string): ArticleIdentity | null {
  if (!judgeArticleUrl(outlet, url).article) return null;
  const groups = Object.entries(matchPattern(outlet, url)?.groups ?? {}).filter(([, value]) => value !== undefined);
  const first = (prefix: string) => groups.find(([name]) => name.startsWith(prefix))?.[1] ?? null;
  return { id: first("id"), slug: first("slug") };
}

/**
 * Whether two canonical URLs name the same article of `outlet`: equal, or both articles whose
 * ids agree (else, when one has no id, whose slugs agree). `/archives/651728` and
 * `/651728/some-slug` agree; two different ids never do, whatever their slugs.
 */
export function sameArticle(outlet: Outlet, a: string, b: string): boolean {
  if (a === b) return true;
  const x = articleIdentity(outlet, a);
  const y = articleIdentity(outlet, b);
  if (!x || !y) return false;
  if (x.id !== null && y.id !== null) return x.id === y.id;
  return x.slug !== null && x.slug === y.slug;
}

/** The registry outlet whose hosts include `hostname`, or null. */
export function outletForHost(hostname: string): Outlet | null {
  return OUTLETS.find((o) => o.hosts.includes(hostname.toLowerCase())) ?? null;
}

/** One line of `rasd outlets --match`. */
export interface UrlMatch {
  url: string;
  /** The registry outlet that owns the URL's host, or null. */
  outlet: string | null;
  article: boolean;
  /** Why it is not taken as an article; null when it is. */
  reason: string | null;
}

/**
 * How rasd reads a URL someone gives it: the outlet that owns its host and whether it is
 * taken as an article (after canonicalisation, as discovery does), with the reason when not.
 *
 * @example
 * matchUrl("https://www.enabbaladi.net/651728/some-slug/?amp=1");
 * // → { url: "https://www.enabbaladi.net/651728/some-slug/?amp=1", outlet: "enab-baladi", article: true, reason: null }
 */
export function matchUrl(url: string): UrlMatch {
  const canonical = canonicalUrl(url);
  if (!canonical) return { url, outlet: null, article: false, reason: "not an absolute http(s) URL" };
  const hostname = new URL(canonical).hostname;
  const outlet = outletForHost(hostname);
  if (!outlet) return { url, outlet: null, article: false, reason: `no registry outlet has the host ${hostname}` };
  const verdict = judgeArticleUrl(outlet, canonical);
  return { url, outlet: outlet.id, article: verdict.article, reason: verdict.article ? null : verdict.reason };
}
