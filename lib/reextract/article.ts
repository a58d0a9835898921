import type { Db } from "../store/client";
import type { Fetcher } from "../fetch";
import type { CleanedArticle } from "../types";
import type { EventChanges } from "../events";
import type { Extractor } from "./types";
import { attachReports } from "../events";
import { cleanArticle } from "../clean";
import { OUTLETS, type Outlet } from "../outlets/registry";
import { toExtractorInput } from "../pipeline/collect";
import { compressHtml, contentHash, decompressHtml, saveArticle, type StoredArticle } from "../store/articles";
import { boundIncident, incidentsOfArticle, replaceIncidents } from "../store/incidents";
import { getArticleEvents } from "../store/events";
import { diffIncidents, storedIncident, type IncidentDiff } from "./compare";
import { channelPostOf, fetchPost, postFromMarkup } from "../telegram/read";
import { errorDetail } from "../error-detail";

/** An article re-extraction could not take up; its stored records are left as they were. */
export class ReextractArticleError extends Error {
  readonly retryable = false;
  constructor(
    readonly code: "NOT_STORED" | "UNKNOWN_OUTLET" | "NO_FETCHER",
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = "ReextractArticleError";
  }
}

export interface ArticleContext {
  db: Db;
  extractor: Extractor;
  /** Needed with `refetch` only. */
  fetcher?: Fetcher;
  refetch: boolean;
  dryRun: boolean;
  /** Whether changed events' alerts are to be decided (only for recent events): the payload's `alert`. */
  alert: boolean;
  now: Date;
}

/** What happened to one article. Events are set when clustering ran; `affected` in a dry run. */
export type ArticleResult =
  | { url: string; status: "unchanged" }
  | { url: string; status: "changed"; diff: IncidentDiff; events: EventChanges | null; affected: string[] }
  | { url: string; status: "failed"; error: { code: string; message: string } };

/** A page read again; `fromStoredText` when only the stored (possibly cut) text was there to read. */
type Reread = { cleaned: CleanedArticle; rawHtmlGz: Uint8Array | undefined; fromStoredText?: true };

/** The page text again: cleaned from the page fetched now, from the stored page, or the stored text when no page was kept. */
async function reread(stored: StoredArticle, outlet: Outlet, ctx: ArticleContext): Promise<Reread> {
  // A channel post is one preview message, not a web page: the web cleaner must not read it.
  if (channelPostOf(stored.url)) return rereadPost(stored, ctx);
  if (ctx.refetch) {
    if (!ctx.fetcher) throw new ReextractArticleError("NO_FETCHER", stored.url, "refetch needs a fetcher and none was given");
    const page = await ctx.fetcher.fetchPage(stored.url, { outlet, accept: "html" });
    // Only a conditional GET answers 304, and none is sent; the stored page is then as good.
    if (!("notModified" in page)) {
      return { cleaned: cleanArticle(page.html, { url: page.finalUrl, outlet }), rawHtmlGz: compressHtml(page.html) };
    }
  }
  if (stored.rawHtmlGz) {
    return { cleaned: cleanArticle(decompressHtml(stored.rawHtmlGz), { url: stored.url, outlet }), rawHtmlGz: stored.rawHtmlGz };
  }
  return { cleaned: storedText(stored), rawHtmlGz: undefined, fromStoredText: true };
}

/** The stored text as the cleaner handed it on: title and paragraphs joined by newlines. */
function storedText(stored: StoredArticle): CleanedArticle {
  return {
    url: stored.url,
    title: stored.title,
    published: stored.published,
    paragraphs: stored.text.split("\n").slice(1),
    captions: [],
    captionParagraphs: [],
    text: stored.text,
  };
}

/** A channel post again: from its channel's preview fetched now, or from the markup stored with it. */
async function rereadPost(stored: StoredArticle, ctx: ArticleContext): Promise<Reread> {
  if (ctx.refetch) {
    if (!ctx.fetcher) throw new ReextractArticleError("NO_FETCHER", stored.url, "refetch needs a fetcher and none was given");
    const { cleaned, html } = await fetchPost(ctx.fetcher, stored.url);
    return { cleaned, rawHtmlGz: compressHtml(html) };
  }
  if (stored.rawHtmlGz) return { cleaned: postFromMarkup(decompressHtml(stored.rawHtmlGz), stored.url), rawHtmlGz: stored.rawHtmlGz };
  return { cleaned: storedText(stored), rawHtmlGz: undefined, fromStoredText: true };
}

/**
 * Re-extracts one stored article with the given extractor and brings its records up to date:
 * events first (attachReports moves or removes the article's reports), then the incidents, and
 * the article last, so a run stopped half-way leaves the old version or hash on the article
 * and the next run redoes it. Writes nothing when the incidents and the article are unchanged.
 *
 * The publication and fetch times stay as stored: they place the article in the outlet index
 * that a cursor walks, so an article never moves past the cursor and is never seen twice.
 */
export async function reextractArticle(url: string, stored: StoredArticle | null, ctx: ArticleContext): Promise<ArticleResult> {
  try {
    if (!stored) throw new ReextractArticleError("NOT_STORED", url, `no article is stored under ${url}`);
    const outlet = OUTLETS.find((o) => o.id === stored.outlet);
    if (!outlet) throw new ReextractArticleError("UNKNOWN_OUTLET", url, `outlet "${stored.outlet}" is no longer in the registry`);

    const { cleaned, rawHtmlGz, fromStoredText } = await reread(stored, outlet, ctx);
    const incidents = ctx.extractor.extract(toExtractorInput({ ...cleaned, published: stored.published }, stored.url, outlet)).map(boundIncident);
    const before = (await incidentsOfArticle(ctx.db, stored.url)).map(storedIncident);
    const diff = diffIncidents(stored.url, before, incidents);
    // Stored text may have been cut to fit the item (`textTruncated`): its hash stays the whole text's.
    const hash = fromStoredText ? stored.contentHash : contentHash(cleaned.text);
    const textChanged = hash !== stored.contentHash || cleaned.title !== stored.title;
    const incidentsChanged = diff.changes.length > 0;
    if (!incidentsChanged && !textChanged && stored.extractorVersion === ctx.extractor.version) return { url, status: "unchanged" };

    // The reports an event keeps carry the article's title, so a new title re-attaches too.
    const reattach = incidentsChanged || cleaned.title !== stored.title;
    if (ctx.dryRun) {
      const affected = reattach ? await getArticleEvents(ctx.db, stored.url) : [];
      return { url, status: "changed", diff, events: null, affected };
    }
    const meta = { url: stored.url, outlet: stored.outlet, title: cleaned.title, published: stored.published, fetchedAt: stored.fetchedAt };
    // Marked for a decision only with `alert`, and then never past the default age limit, so
    // that a collect run deciding it after a crash keeps re-extraction's promise.
    const alerts = ctx.alert ? "decide-if-recent" : "never";
    const events = reattach ? await attachReports(ctx.db, meta, incidents, ctx.now, { alerts }) : null;
    if (incidentsChanged) await replaceIncidents(ctx.db, meta, incidents);
    await saveArticle(ctx.db, {
      ...stored,
      title: cleaned.title,
      text: cleaned.text,
      contentHash: hash,
      extractorVersion: ctx.extractor.version,
      incidentCount: incidents.length,
      // A refetched page replaces the stored one only when its text changed.
      rawHtmlGz: textChanged ? rawHtmlGz : stored.rawHtmlGz,
      // saveArticle sets it again if the new text has to be cut.
      textTruncated: fromStoredText ? stored.textTruncated : undefined,
    });
    return { url, status: "changed", diff, events, affected: [] };
  } catch (error) {
    return { url, status: "failed", error: errorDetail(error, "ERROR") };
  }
}
