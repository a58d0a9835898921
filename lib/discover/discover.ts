import {
  DISCOVERY_MAX_CHILD_SITEMAPS,
  DISCOVERY_MAX_SITEMAP_DEPTH,
  DISCOVERY_MAX_URLS_PER_SOURCE,
  DISCOVERY_SITEMAP_MAX_AGE_MS,
} from "../constants";
import type { Fetcher } from "../fetch";
import type { DiscoveryMethod, Outlet, WebsiteOutlet } from "../outlets/registry";
import type { DiscoveredUrl, FetchedPage } from "../types";
import { canonicalUrl } from "./canonical";
import { judgeArticleUrl } from "./article-url";
import { FeedParseError, NoArticleLinksError } from "./errors";
import { parseXmlSource, type SourceEntry } from "./xml";

/** Validators of one discovery URL from its last 200 answer, sent back as a conditional GET. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** Per discovery URL (feed, sitemap, child sitemap, listing page): its validators. */
export type FeedState = Record<string, Validators>;

export interface DiscoveryResult {
  /** Canonical article URLs matching the outlet's pattern, deduplicated, in source order. */
  urls: DiscoveredUrl[];
  /** Distinct links the sources listed that are not article URLs of the outlet (tags, other hosts, changed shapes). */
  rejected: number;
  /** Sitemap entries left out as older than the age limit: why an outlet can find nothing without failing. */
  tooOld: number;
  /** The state to pass to the next run. Save it only once `urls` are dealt with: a 304 next time yields nothing. */
  state: FeedState;
  /** One per failed source (FetchError or FeedParseError); the other sources still ran. */
  errors: Error[];
}

interface Context {
  outlet: Outlet;
  fetcher: Fetcher;
  prior: FeedState;
  next: FeedState;
  now: Date;
  /** Sitemap entries older than this are not candidates; null: no limit. */
  maxAgeMs: number | null;
  errors: Error[];
  tooOld: number;
}

/** GET a discovery URL conditionally; null when it answered 304. Records its validators for the next run. */
async function fetchSource(url: string, accept: "html" | "feed", ctx: Context): Promise<FetchedPage | null> {
  const prior = ctx.prior[url];
  // Until it answers, the old validators stand: a failed fetch must not reset them.
  if (prior) ctx.next[url] = prior;
  const page = await ctx.fetcher.fetchPage(url, {
    outlet: ctx.outlet,
    accept,
    etag: prior?.etag,
    lastModified: prior?.lastModified,
  });
  if ("notModified" in page) return null;
  const etag = page.etag ?? null;
  const lastModified = page.lastModified ?? null;
  if (etag || lastModified) ctx.next[url] = { etag, lastModified };
  else delete ctx.next[url];
  return page;
}

function isRecent(date: string | null, ctx: Context): boolean {
  return date === null || ctx.maxAgeMs === null || ctx.now.getTime() - Date.parse(date) <= ctx.maxAgeMs;
}

/** Order for child sitemaps: newest lastmod first; undated ones after, in document order (sort is stable). */
function newestFirst(a: { lastmod: string | null }, b: { lastmod: string | null }): number {
  if (a.lastmod === b.lastmod) return 0;
  if (a.lastmod === null) return 1;
  if (b.lastmod === null) return -1;
  return Date.parse(b.lastmod) - Date.parse(a.lastmod);
}

/** Entries of a feed or sitemap; a sitemap index is followed into its newest children. */
async function xmlEntries(url: string, ctx: Context, depth: number): Promise<SourceEntry[]> {
  const page = await fetchSource(url, "feed", ctx);
  if (!page) return [];
  const source = parseXmlSource(page.html, page.finalUrl);
  if (source.kind === "feed") return source.entries;
  // A plain sitemap lists the whole archive: only recent entries are candidates.
  if (source.kind === "urlset") {
    const recent = source.entries.filter((e) => isRecent(e.datedAt, ctx));
    ctx.tooOld += source.entries.length - recent.length;
    return recent;
  }

  if (depth >= DISCOVERY_MAX_SITEMAP_DEPTH) {
    throw new FeedParseError(`sitemap indexes nested deeper than ${DISCOVERY_MAX_SITEMAP_DEPTH} at ${url}`, url);
  }
  const children = source.sitemaps
    .filter((s) => isRecent(s.lastmod, ctx))
    .sort(newestFirst)
    .slice(0, DISCOVERY_MAX_CHILD_SITEMAPS);
  const entries: SourceEntry[] = [];
  for (const child of children) {
    const childUrl = canonicalUrl(child.url, page.finalUrl) ?? child.url;
    try {
      entries.push(...(await xmlEntries(childUrl, ctx, depth + 1)));
    } catch (error) {
      // One broken child sitemap must not hide the others.
      ctx.errors.push(error as Error);
    }
  }
  return entries;
}

async function listingEntries(url: string, linkSelector: string, ctx: Context): Promise<SourceEntry[]> {
  const page = await fetchSource(url, "html", ctx);
  if (!page) return [];
  // Imported here, not at the top: parse5 and cheerio are a quarter of the collect bundle, and
  // outlets read through feeds and sitemaps never need them.
  const { listingLinks } = await import("./listing");
  return listingLinks(page.html, page.finalUrl, linkSelector).map((link) => ({ url: link, published: null, datedAt: null }));
}

async function methodEntries(method: DiscoveryMethod, ctx: Context): Promise<SourceEntry[]> {
  const entries =
    method.kind === "listing" ? await listingEntries(method.url, method.linkSelector, ctx) : await xmlEntries(method.url, ctx, 0);
  return entries.slice(0, DISCOVERY_MAX_URLS_PER_SOURCE);
}

/**
 * Find candidate article URLs of an outlet through each of its discovery methods (feeds,
 * sitemaps, listing pages), with conditional GETs from `state`. URLs are canonicalised,
 * filtered by `judgeArticleUrl` (the outlet's `articlePattern`) and deduplicated; the caller
 * skips stored ones. A failing method is reported in `errors` and does not stop the others;
 * sources that list links of which none is an article add a NoArticleLinksError.
 * Sitemap entries older than `sitemapMaxAgeMs` (DISCOVERY_SITEMAP_MAX_AGE_MS by default; null
 * for none) are left out and counted in `tooOld`.
 *
 * @example
 * const { urls, state, errors } = await discoverArticles(outletById("enab-baladi"), fetcher, { state: saved, now: new Date() });
 */
export async function discoverArticles(
  outlet: WebsiteOutlet,
  fetcher: Fetcher,
  opts: { state?: FeedState; now: Date; sitemapMaxAgeMs?: number | null },
): Promise<DiscoveryResult> {
  // Only the URLs asked this run are kept, so the state of retired child sitemaps does not pile up.
  const ctx: Context = {
    outlet, fetcher, prior: opts.state ?? {}, next: {}, now: opts.now,
    maxAgeMs: opts.sitemapMaxAgeMs === undefined ? DISCOVERY_SITEMAP_MAX_AGE_MS : opts.sitemapMaxAgeMs,
    errors: [], tooOld: 0,
  };
  const perMethod = await Promise.all(
    outlet.discovery.map(async (method) => {
      try {
        return await methodEntries(method, ctx);
      } catch (error) {
        ctx.errors.push(error as Error);
        return [];
      }
    }),
  );

  const found = new Map<string, DiscoveredUrl>();
  const rejected = new Map<string, string>();
  for (const entry of perMethod.flat()) {
    const url = canonicalUrl(entry.url);
    if (!url) continue;
    const verdict = judgeArticleUrl(outlet, url);
    if (!verdict.article) {
      rejected.set(url, verdict.reason);
      continue;
    }
    const seen = found.get(url);
    if (!seen) found.set(url, { url, outlet: outlet.id, published: entry.published });
    else if (!seen.published && entry.published) seen.published = entry.published;
  }
  // Links listed and none taken: the outlet's URLs changed shape, and every article would be lost in silence.
  if (found.size === 0 && rejected.size > 0) {
    const [example, reason] = [...rejected][0];
    ctx.errors.push(
      new NoArticleLinksError(`${outlet.id}: none of the ${rejected.size} links its sources list is an article URL (e.g. ${example}: ${reason})`, outlet.id),
    );
  }
  return { urls: [...found.values()], rejected: rejected.size, tooOld: ctx.tooOld, state: ctx.next, errors: ctx.errors };
}
