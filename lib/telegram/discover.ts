/**
 * Discovery of a Telegram channel's posts through its public preview: the newest page first,
 * then older pages (`?before=<id>`) back to the newest post already stored. The posts come whole
 * (a preview page is both the listing and the articles), so nothing more is fetched.
 */
import { createHash } from "node:crypto";
import type { Fetcher } from "../fetch";
import type { FeedState, Validators } from "../discover";
import type { DiscoveredUrl } from "../types";
import { channelByHandle, reportingOutlet, type ChannelOutlet } from "../outlets/registry";
import { TELEGRAM_MAX_DELETION_SPAN, TELEGRAM_MAX_PAGES_PER_RUN } from "../constants";
import { ChannelGapError, ChannelMarkupError, NoPreviewError } from "./errors";
import type { ChannelPost, PreviewPage } from "./preview";
import { postArticle } from "./post";

/** Post ids a run left unread (a page cap): those above `after` and below `before`. */
interface Backlog {
  before: number;
  after: number;
}

/** What a channel's last complete run saw of its preview. */
interface PreviewState extends Validators {
  /** sha256 of the first page's posts and ids: an equal page has nothing new, edited or deleted. */
  digest?: string;
  /** The newest post id read. */
  newest?: number;
  /** Posts left unread by a run that hit its page cap: later runs read them. */
  backlog?: Backlog;
}

/** Channel discovery: the posts as carried articles, and posts seen to be gone. */
export interface ChannelDiscovery {
  urls: DiscoveredUrl[];
  /** Always 0: a preview lists posts, not links to judge. */
  rejected: number;
  /** Always 0: paging back stops at the newest post already stored, not at an age. */
  tooOld: number;
  /** The state to pass to the next run; save it only once `urls` are dealt with. */
  state: FeedState;
  /** One per failed page, unreadable messages, or posts left unread; the rest of the run goes on. */
  errors: Error[];
  /**
   * URLs of post ids missing from a page whose posts run on both sides of them: deleted, if they
   * were stored. Only pages where every message was read are judged.
   */
  absent: string[];
}

interface ReadPage {
  preview: PreviewPage;
  fetchedAt: string;
  validators: Validators;
}

/** The preview's own URL for a channel. */
export const previewUrl = (handle: string): string => `https://t.me/s/${handle}`;

/** Everything that tells one page's posts from another's, hashed. */
function digestOf(page: PreviewPage): string {
  const posts = page.posts.map((p) => [p.id, p.time, p.edited, p.forwardedFrom?.url ?? null, p.lines]);
  return createHash("sha256").update(JSON.stringify([page.ids, posts])).digest("hex");
}

async function readPage(url: string, outlet: ChannelOutlet, fetcher: Fetcher, errors: Error[], prior?: Validators): Promise<ReadPage | null> {
  const { handle } = outlet.channel;
  const page = await fetcher.fetchPage(url, { outlet, accept: "html", etag: prior?.etag, lastModified: prior?.lastModified });
  if ("notModified" in page) return null;
  // A channel without a public preview is redirected from /s/<handle> to its join page.
  if (!new URL(page.finalUrl).pathname.startsWith("/s/")) throw new NoPreviewError(handle, page.finalUrl);
  // Imported on the first page read, not at the top: its parser (parse5, cheerio) is a quarter of
  // the collect bundle, which a run of feed and sitemap outlets never needs.
  const { parsePreview } = await import("./preview");
  const preview = parsePreview(page.html, handle);
  if (preview.problems.length > 0) {
    errors.push(new ChannelMarkupError(`${url}: ${preview.problems.length} messages not read, e.g. ${preview.problems[0]}`, handle));
  }
  return { preview, fetchedAt: page.fetchedAt, validators: { etag: page.etag ?? null, lastModified: page.lastModified ?? null } };
}

/** A post as a carried article: a forward is stored under its origin's URL, as its origin's report. */
function toDiscovered(post: ChannelPost, outlet: ChannelOutlet, fetchedAt: string): DiscoveredUrl {
  const origin = post.forwardedFrom?.url ?? null;
  const originChannel = origin ? channelByHandle(new URL(origin).pathname.split("/")[1]) : undefined;
  const url = origin ?? post.url;
  const cleaned = postArticle(post, url);
  return {
    url,
    outlet: reportingOutlet(originChannel ?? outlet),
    published: cleaned.published,
    carried: { cleaned, html: post.html, fetchedAt, copy: origin !== null, forwardedFrom: post.forwardedFrom?.name ?? null },
  };
}

/** Ids a fully read page skips between its oldest and newest message, as post URLs. */
function absentUrls(page: PreviewPage, handle: string): string[] {
  const { ids } = page;
  if (page.problems.length > 0 || ids.length < 2) return [];
  const [low, high] = [ids[0], ids[ids.length - 1]];
  if (high - low > TELEGRAM_MAX_DELETION_SPAN) return [];
  const shown = new Set(ids);
  // Post URLs spell the handle as the page does.
  const spelled = page.posts[0]?.url.split("/")[3] ?? handle;
  const out: string[] = [];
  for (let id = low + 1; id < high; id++) if (!shown.has(id)) out.push(`https://t.me/${spelled}/${id}`);
  return out;
}

/**
 * The posts of a channel since its last complete run. The first page is asked conditionally
 * and, when its posts are those of the last run (same digest), the run ends there; otherwise
 * older pages are read (`?before=`) back to the newest post already read, and then any backlog
 * an earlier run left, TELEGRAM_MAX_PAGES_PER_RUN pages in all; what is left unread is reported
 * (TELEGRAM_GAP) and kept as the next run's backlog. A first run reads one page. A failed page
 * is reported in `errors` and what was read is kept.
 *
 * @example
 * const { urls, state, errors, absent } = await discoverChannel(channel, fetcher, { state: saved });
 */
export async function discoverChannel(outlet: ChannelOutlet, fetcher: Fetcher, opts: { state?: FeedState }): Promise<ChannelDiscovery> {
  const { handle } = outlet.channel;
  const first = previewUrl(handle);
  const prior = opts.state?.[first] as PreviewState | undefined;
  const result: ChannelDiscovery = { urls: [], rejected: 0, tooOld: 0, state: prior ? { [first]: prior } : {}, errors: [], absent: [] };

  const pages: ReadPage[] = [];
  try {
    const top = await readPage(first, outlet, fetcher, result.errors, prior);
    if (!top) return result;
    const digest = digestOf(top.preview);
    const next: PreviewState = { ...top.validators, digest, newest: Math.max(prior?.newest ?? 0, ...top.preview.ids) };
    result.state = { [first]: next };
    if (prior?.digest === digest && !prior.backlog) return result;
    pages.push(top);

    // Unread ranges, newest first: posts since the last run, then what an earlier run left.
    const unread: Backlog[] = [];
    if (prior?.newest !== undefined && top.preview.ids.length > 0) unread.push({ before: top.preview.ids[0], after: prior.newest });
    if (prior?.backlog) unread.push(prior.backlog);
    const left: Backlog[] = [];
    for (const range of unread) {
      let before = range.before;
      while (before > range.after + 1) {
        if (pages.length === TELEGRAM_MAX_PAGES_PER_RUN) {
          left.push({ before, after: range.after });
          break;
        }
        const older = await readPage(`${first}?before=${before}`, outlet, fetcher, result.errors);
        const below = older?.preview.ids.filter((id) => id < before) ?? [];
        // No older message: the channel's start, or a server that ignores ?before=.
        if (!older || below.length === 0) break;
        pages.push(older);
        before = below[0];
      }
    }
    if (left.length > 0) {
      next.backlog = { before: Math.max(...left.map((r) => r.before)), after: Math.min(...left.map((r) => r.after)) };
      result.errors.push(new ChannelGapError(handle, next.backlog.after + 1, next.backlog.before - 1, pages.length));
    }
  } catch (error) {
    result.errors.push(error as Error);
    // A page failed part-way: the next run pages back from where this one started again.
    result.state = prior ? { [first]: prior } : {};
  }

  const seen = new Set<number>();
  for (const { preview, fetchedAt } of pages) {
    for (const post of [...preview.posts].reverse()) {
      if (seen.has(post.id)) continue;
      seen.add(post.id);
      result.urls.push(toDiscovered(post, outlet, fetchedAt));
    }
    result.absent.push(...absentUrls(preview, handle));
  }
  return result;
}
