import type { Outlet } from "../outlets/registry";
import { PacingDeadlineError, type Fetcher } from "../fetch";
import type { AlertPublisher } from "../alert/publisher";
import type { AlertOutcome, AlertRules } from "../alert";
import type { Db } from "../store/client";
import type { Article, CleanedArticle, DiscoveredUrl, Incident } from "../types";
import { discoverArticles, shouldRefetch } from "../discover";
import { discoverChannel } from "../telegram/discover";
import { deliverAlerts } from "../alert";
import { articleMetas, compressHtml, contentHash, markDeleted, saveArticle, type ArticleMeta, type SaveOutcome } from "../store/articles";
import { boundIncident, replaceIncidents } from "../store/incidents";
import { readOutletState, writeOutletState } from "../store/outlet-state";
import { canonicalArticleUrl } from "./canonical";
import { mapLimit } from "./map-limit";
import { errorDetail } from "../error-detail";
import { ARTICLE_CONCURRENCY, CHANNEL_REFETCH_SCHEDULE, COLLECT_SAFETY_MARGIN_MS, MAX_ARTICLES_PER_RUN, REFETCH_SCHEDULE } from "../constants";

/** Everything a collection run needs from outside; the Lambda and the CLI build it differently. */
export interface CollectDeps {
  db: Db;
  fetcher: Fetcher;
  publisher: AlertPublisher;
  rules: AlertRules;
  now: () => Date;
  log: (line: string) => void;
  /** Sitemap entries older than this are skipped (DISCOVERY_SITEMAP_MAX_AGE_MS by default); null: none, for recorded pages years old. */
  sitemapMaxAgeMs?: number | null;
  /** Wall clock (epoch ms) of the run's deadline, pacing and alert claims; Date.now by default. */
  clock?: () => number;
  /**
   * Epoch ms (wall clock) after which the run starts no new article, nor a request its host's
   * pacing would start later: they are left for the next run (README "Reliability"). None by default.
   */
  startBy?: number;
  /** Articles processed at once; ARTICLE_CONCURRENCY by default (1 makes every run write in the same order). */
  articleConcurrency?: number;
}

/**
 * The deadline of a Lambda run (epoch ms): its remaining time less {@link COLLECT_SAFETY_MARGIN_MS}.
 * @example collectStartBy(context.getRemainingTimeInMillis())
 */
export function collectStartBy(remainingMs: number, now = Date.now()): number {
  return now + Math.max(0, remainingMs - COLLECT_SAFETY_MARGIN_MS);
}

/** What happened to one article of a run. */
export interface ArticleResult {
  url: string;
  outcome: SaveOutcome | "failed";
  incidents: Incident[];
  error?: { code: string; message: string };
}

/** The account of one outlet's run: what it found, stored and raised, and what failed and why. */
export interface OutletReport {
  outlet: string;
  discovered: number;
  /** Links the outlet's sources listed that are not its article URLs (see `judgeArticleUrl`). */
  rejected: number;
  skipped: number;
  /** Stored channel posts found deleted at their source this run (marked, their reports kept). */
  deleted: number;
  /** Articles left for the next run because the run's deadline came first. */
  deferred: number;
  articles: ArticleResult[];
  alerts: AlertOutcome[];
  /** Failures of the outlet as a whole (discovery) or of its alert delivery. */
  errors: { code: string; message: string }[];
  /** Sitemap entries discovery left out as older than the age limit: why an outlet can find nothing without failing. */
  tooOld?: number;
}

/**
 * One collection cycle for one outlet: discover new article URLs (a channel's posts come whole
 * from its preview pages), fetch, clean, extract, store, cluster into events and alert. A failing
 * article is recorded and the run goes on.
 * No article starts after `deps.startBy`; the alerts of what was stored are still decided, and
 * so is every decision an earlier run left pending (README "Reliability").
 * @example const report = await collectOutlet(outletById("sy24"), deps);
 */
export async function collectOutlet(outlet: Outlet, deps: CollectDeps): Promise<OutletReport> {
  const report: OutletReport = { outlet: outlet.id, discovered: 0, rejected: 0, skipped: 0, deleted: 0, deferred: 0, articles: [], alerts: [], errors: [] };
  const clock = deps.clock ?? Date.now;
  const now = deps.now();
  const decide = async (eventIds: string[]) => {
    try {
      const outcomes = await deliverAlerts(deps.db, deps.publisher, { eventIds, rules: deps.rules, now, clock });
      report.alerts.push(...outcomes);
      for (const a of outcomes) if (a.error) report.errors.push({ code: a.error.code, message: `event ${a.eventId}: ${a.error.message}` });
    } catch (error) {
      report.errors.push(errorDetail(error, "error"));
    }
  };
  // Decisions a crashed run left pending go first, on the figures they were marked for.
  await decide([]);
  const state = await readOutletState(deps.db, outlet.id);
  const discovery =
    outlet.kind === "telegram"
      ? await discoverChannel(outlet, deps.fetcher, { state: state.feeds })
      : { ...(await discoverArticles(outlet, deps.fetcher, { state: state.feeds, now, sitemapMaxAgeMs: deps.sitemapMaxAgeMs })), absent: [] };
  report.errors.push(...discovery.errors.map((e) => errorDetail(e, "error")));
  report.discovered = discovery.urls.length;
  report.rejected = discovery.rejected;
  report.tooOld = discovery.tooOld;

  const stored = await articleMetas(deps.db, discovery.urls.map((d) => d.url));
  // A channel post is compared with the page already in hand, so it is checked more often than a page is re-fetched.
  const schedule = outlet.kind === "telegram" ? CHANNEL_REFETCH_SCHEDULE : REFETCH_SCHEDULE;
  const wanted = discovery.urls.filter((d) => {
    const meta = stored.get(d.url);
    return !meta || (!d.carried?.copy && shouldRefetch(meta, now, schedule));
  });
  const due = wanted.slice(0, MAX_ARTICLES_PER_RUN);
  report.skipped = discovery.urls.length - due.length;

  const eventIds = new Set<string>();
  const startBy = deps.startBy ?? Infinity;
  const results = await mapLimit(due, deps.articleConcurrency ?? ARTICLE_CONCURRENCY, async (found): Promise<ArticleResult | null> => {
    if (clock() >= startBy) return null;
    try {
      // The fetcher paces on the process's own clock: the deadline goes to it as time left.
      const notAfter = startBy === Infinity ? undefined : Date.now() + (startBy - clock());
      const result = await processArticle(found, outlet, deps, stored, notAfter);
      result.eventIds.forEach((id) => eventIds.add(id));
      return { url: result.url, outcome: result.outcome, incidents: result.incidents };
    } catch (error) {
      if (error instanceof PacingDeadlineError) return null;
      return { url: found.url, outcome: "failed" as const, incidents: [], error: errorDetail(error, "error") };
    }
  });
  report.articles = results.filter((r): r is ArticleResult => r !== null);
  report.deferred = results.length - report.articles.length;

  try {
    report.deleted = (await markDeleted(deps.db, discovery.absent, now.toISOString())).length;
  } catch (error) {
    report.errors.push(errorDetail(error, "error"));
  }
  await decide([...eventIds]);
  // A feed's validators are kept only once every article it listed was handled: an unchanged
  // feed answers 304 and lists nothing, so articles left over, deferred or failed would be lost.
  const complete = due.length === wanted.length && report.deferred === 0 && report.articles.every((a) => a.outcome !== "failed");
  await writeOutletState(deps.db, outlet.id, {
    feeds: complete ? discovery.state : state.feeds,
    lastRunAt: now.toISOString(),
    lastRun: summarize(report),
  });
  return report;
}

/**
 * The cleaner, the extractor and the clustering, imported when the first article is read: a
 * run whose sources list nothing new (most runs of a frequent schedule) never loads them, and a
 * Lambda cold start does not compile them before it knows it has work (README "Start-up").
 */
const loadArticleStages = () => Promise.all([import("../clean"), import("../extract"), import("../events")]);
let articleStages: ReturnType<typeof loadArticleStages> | undefined;

/** What a discovered URL holds, cleaned, and the URL to store it under; null when a conditional GET says it is unchanged. */
async function readArticle(found: DiscoveredUrl, outlet: Outlet, deps: CollectDeps, notAfter?: number) {
  if (found.carried) return { ...found.carried, url: found.url };
  const page = await deps.fetcher.fetchPage(found.url, { outlet, accept: "html", notAfter });
  if ("notModified" in page) return null;
  const [{ cleanArticle }] = await (articleStages ??= loadArticleStages());
  const cleaned = cleanArticle(page.html, { url: page.finalUrl, outlet });
  return { cleaned, html: page.html, fetchedAt: page.fetchedAt, url: canonicalArticleUrl(page, cleaned, outlet), forwardedFrom: null };
}

/**
 * Fetches (unless discovery carried it), cleans, extracts and stores one article; returns the
 * events its incidents touched. The article record is written last: if clustering fails
 * half-way, the article still looks new to the next run, which does the work again (every step
 * is idempotent).
 */
async function processArticle(found: DiscoveredUrl, outlet: Outlet, deps: CollectDeps, stored: Map<string, ArticleMeta>, notAfter?: number) {
  const read = await readArticle(found, outlet, deps, notAfter);
  if (!read) return { url: found.url, outcome: "unchanged" as const, incidents: [], eventIds: [] };
  const [, { extractIncidents, EXTRACTOR_VERSION }, { attachReports }] = await (articleStages ??= loadArticleStages());
  const { cleaned, url: canonical } = read;
  const hash = contentHash(cleaned.text);
  const known = stored.get(canonical) ?? (canonical === found.url ? undefined : (await articleMetas(deps.db, [canonical])).get(canonical));
  if (known?.contentHash === hash && known.extractorVersion === EXTRACTOR_VERSION) {
    return { url: canonical, outcome: "unchanged" as const, incidents: [], eventIds: [] };
  }
  // Bounded as they will be stored, so the stored copy and this one compare equal next time.
  const incidents = extractIncidents(toExtractorInput(cleaned, canonical, outlet)).map(boundIncident);
  const article = {
    url: canonical,
    outlet: found.outlet,
    title: cleaned.title,
    published: cleaned.published,
    fetchedAt: read.fetchedAt,
    contentHash: hash,
    text: cleaned.text,
    extractorVersion: EXTRACTOR_VERSION,
    incidentCount: incidents.length,
    rawHtmlGz: compressHtml(read.html),
    ...(read.forwardedFrom ? { forwardedFrom: read.forwardedFrom } : {}),
  };
  await replaceIncidents(deps.db, article, incidents);
  const changes = await attachReports(deps.db, article, incidents, deps.now());
  const outcome = await saveArticle(deps.db, article);
  deps.log(`${outlet.id}: ${outcome} ${canonical} (${incidents.length} incidents)`);
  return { url: canonical, outcome, incidents, eventIds: changes.touched };
}

/** The extractor reads title and body; it gets the publication day, not the time. */
export function toExtractorInput(cleaned: CleanedArticle, url: string, outlet: Outlet): Article {
  return { text: cleaned.text, published: cleaned.published?.slice(0, 10) ?? null, url, outlet: outlet.name };
}


/** Counters kept with the outlet's state. */
export function summarize(report: OutletReport) {
  const count = (outcome: ArticleResult["outcome"]) => report.articles.filter((a) => a.outcome === outcome).length;
  return {
    discovered: report.discovered,
    rejected: report.rejected,
    skipped: report.skipped,
    deleted: report.deleted,
    deferred: report.deferred,
    created: count("created"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    failed: count("failed"),
    incidents: report.articles.reduce((n, a) => n + a.incidents.length, 0),
    alerts: report.alerts.filter((a) => a.status === "sent").length,
    errors: report.errors.length,
  };
}
