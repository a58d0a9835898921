import type { CliIO } from "./command";
import type { Outlet } from "../outlets/registry";
import type { LocalSession } from "../local/session";
import type { AlertRules } from "../alert";
import type { OutletReport } from "../pipeline/collect";
import { collectOutlets } from "../pipeline/run";
import { summarize } from "../pipeline/collect";
import { createFetcher } from "../fetch";
import { OutboxPublisher } from "../alert/publisher";
import { startReplayServer } from "../local/replay-server";
import { renderTable } from "./table";
import { COLLECT_LOCAL_BUDGET_MS } from "../constants";

export interface LocalCollectOptions {
  outlets: readonly Outlet[];
  /** Serve recorded pages from this folder on loopback and point the fetcher at it. */
  replayDir?: string;
  rules: AlertRules;
  /** Milliseconds the run starts articles for; COLLECT_LOCAL_BUDGET_MS by default. */
  budgetMs?: number;
}

/**
 * One collection cycle on the local embedded parts: the same pipeline as the Lambda, with
 * dynalite for DynamoDB and the outbox for SNS; prints a line per outlet and its failures.
 */
export async function runLocalCollection(session: LocalSession, io: CliIO, options: LocalCollectOptions): Promise<OutletReport[]> {
  const replay = options.replayDir ? await startReplayServer(options.replayDir) : null;
  const fetcher = createFetcher(replay ? { replayOrigin: replay.origin } : {});
  try {
    const reports = await collectOutlets(options.outlets, {
      db: session.db,
      fetcher,
      publisher: new OutboxPublisher(session.outboxPath, io),
      rules: options.rules,
      now: () => new Date(),
      log: () => {},
      startBy: Date.now() + (options.budgetMs ?? COLLECT_LOCAL_BUDGET_MS),
    });
    printReports(reports, io);
    return reports;
  } finally {
    await fetcher.close();
    await replay?.close();
  }
}

function printReports(reports: OutletReport[], io: CliIO): void {
  const rows = reports.map((r) => {
    const s = summarize(r);
    return [r.outlet, s.discovered, s.rejected, s.skipped, s.created, s.updated, s.unchanged, s.failed, s.incidents, s.alerts];
  });
  renderTable(["outlet", "found", "not articles", "skipped", "new", "updated", "same", "failed", "incidents", "alerts"], rows).forEach(io.out);
  for (const report of reports) {
    for (const e of report.errors) io.err(`${report.outlet}: ${e.code}: ${e.message}`);
    for (const a of report.articles.filter((a) => a.error)) io.err(`${report.outlet}: ${a.url}: ${a.error!.code}: ${a.error!.message}`);
    if (report.deferred > 0) io.err(`${report.outlet}: ${report.deferred} articles left for the next run: the run's time budget was reached`);
  }
}
