import type { CliIO } from "./command";
import type { Outlet } from "../outlets/registry";
import type { LocalSession } from "../local/session";
import type { AlertRules } from "../alert";
import type { OutletReport } from "../pipeline/collect";
import { collectOutlets } from "../pipeline/run";
import { summarize } from "../pipeline/collect";
import { mapLimit } from "../pipeline/map-limit";
import { createFetcher } from "../fetch";
import { OutboxPublisher } from "../alert/publisher";
import { startReplayServer } from "../local/replay-server";
import { progress } from "./progress";
import { plural, renderTable } from "./table";
import { COLLECT_LOCAL_BUDGET_MS, DISCOVERY_SITEMAP_MAX_AGE_MS, OUTLET_CONCURRENCY } from "../constants";

/** Milliseconds between two redraws of the status line while no outlet finishes. */
const PROGRESS_TICK_MS = 1_000;

export interface LocalCollectOptions {
  /** Names the run in progress lines ("demo", "collect"). */
  label: string;
  outlets: readonly Outlet[];
  /** Serve recorded pages from this folder on loopback and point the fetcher at it. */
  replayDir?: string;
  rules: AlertRules;
  /** Sitemap entries older than this are skipped (the default limit when absent); null: none. */
  sitemapMaxAgeMs?: number | null;
  /** Milliseconds the run starts articles for; COLLECT_LOCAL_BUDGET_MS by default. */
  budgetMs?: number;
}

/**
 * One collection cycle on the local embedded parts: the same pipeline as the Lambda, with
 * dynalite for DynamoDB and the outbox for SNS. Shows its progress, then a line per outlet, why
 * an outlet found nothing, and every failure with its cause.
 */
export async function runLocalCollection(session: LocalSession, io: CliIO, options: LocalCollectOptions): Promise<OutletReport[]> {
  const started = Date.now();
  const bar = progress(io, options.label);
  const outlets = options.outlets;
  io.err(`${options.label}: collecting ${plural(outlets.length, "outlet")}${options.replayDir ? " from recorded pages" : ""}…`);
  const replay = options.replayDir ? await startReplayServer(options.replayDir) : null;
  const fetcher = createFetcher(replay ? { replayOrigin: replay.origin } : {});
  let outletsDone = 0;
  const tick = () => bar.update(`${outletsDone}/${outlets.length} outlets done, ${((Date.now() - started) / 1000).toFixed(0)} s`, outletsDone / outlets.length);
  // A slow outlet holds the count still: the clock shows the run is alive.
  const clock = setInterval(tick, PROGRESS_TICK_MS).unref();
  try {
    const deps = {
      db: session.db,
      fetcher,
      publisher: new OutboxPublisher(session.outboxPath, bar.output),
      rules: options.rules,
      sitemapMaxAgeMs: options.sitemapMaxAgeMs,
      now: () => new Date(),
      log: () => {},
      startBy: started + (options.budgetMs ?? COLLECT_LOCAL_BUDGET_MS),
    };
    // Outlet by outlet through collectOutlets (which isolates each one's failure), to count them done.
    const reports = await mapLimit(outlets, OUTLET_CONCURRENCY, async (outlet) => {
      const [report] = await collectOutlets([outlet], deps);
      outletsDone++;
      tick();
      return report;
    });
    printReports(reports, io);
    bar.report(summaryLine(reports, Date.now() - started), 1);
    return reports;
  } finally {
    clearInterval(clock);
    await fetcher.close();
    await replay?.close();
  }
}

/** Failures of an outlet's run wherever they happened: a source, an article, an alert (its errors hold the alerts'). */
function failures(report: OutletReport): number {
  return report.errors.length + summarize(report).failed;
}

/**
 * Why an outlet found no article without failing; null when it found some or failed (its
 * errors say why: links that are all no articles are a NoArticleLinksError).
 */
function whyNothing(report: OutletReport): string | null {
  if (report.discovered > 0 || report.errors.length > 0) return null;
  const tooOld = report.tooOld ?? 0;
  const why =
    tooOld > 0
      ? `${plural(tooOld, "sitemap entry", "sitemap entries")} older than ${DISCOVERY_SITEMAP_MAX_AGE_MS / 86_400_000} days`
      : "its feeds, sitemaps and listing pages listed none";
  return `${report.outlet}: 0 articles — ${why}`;
}

function summaryLine(reports: OutletReport[], elapsedMs: number): string {
  const totals = reports.map(summarize);
  const sum = (pick: (s: ReturnType<typeof summarize>) => number) => totals.reduce((n, s) => n + pick(s), 0);
  const failedOutlets = reports.filter((r) => failures(r) > 0).length;
  return (
    `${plural(reports.length, "outlet")} in ${(elapsedMs / 1000).toFixed(1)} s: ${sum((s) => s.created)} new and ${sum((s) => s.updated)} updated articles, ` +
    `${plural(sum((s) => s.incidents), "incident")}, ${plural(sum((s) => s.alerts), "alert")} sent` +
    (failedOutlets > 0 ? `; ${plural(failedOutlets, "outlet")} with failures (above)` : "")
  );
}

function printReports(reports: OutletReport[], io: CliIO): void {
  const rows = reports.map((r) => {
    const s = summarize(r);
    return [r.outlet, s.discovered, s.rejected, s.skipped, s.created, s.updated, s.unchanged, failures(r), s.incidents, s.alerts];
  });
  renderTable(["outlet", "found", "not articles", "skipped", "new", "updated", "same", "failed", "incidents", "alerts"], rows).forEach((l) => io.out(l));
  for (const report of reports) {
    const nothing = whyNothing(report);
    if (nothing) io.out(nothing);
    for (const e of report.errors) io.err(`${report.outlet}: ${e.code}: ${e.message}`);
    for (const a of report.articles.filter((a) => a.error)) io.err(`${report.outlet}: ${a.url}: ${a.error!.code}: ${a.error!.message}`);
    if (report.alerts.some((a) => a.status === "failed" && a.alertId)) {
      io.err(`${report.outlet}: failed alerts are left pending: the next run, or rasd alerts --resend ID, retries them`);
    }
    if (report.deferred > 0) io.err(`${report.outlet}: ${plural(report.deferred, "article")} left for the next run: the run's time budget was reached`);
  }
}
