import { parseArgs } from "node:util";
import type { CliIO, Command } from "../command";
import { oneOf, UsageError } from "../command";
import type { Fetcher } from "../../fetch";
import { createFetcher } from "../../fetch";
import { OutboxPublisher } from "../../alert/publisher";
import { startReplayServer } from "../../local/replay-server";
import { withLocalSession } from "../../local/session";
import {
  countSelected,
  mergeAnswers,
  parseReextractPayload,
  reextract,
  ReextractPayloadError,
  type ArticleResult,
  type ReextractAnswer,
  type ReextractPayload,
  type ReextractRequest,
} from "../../reextract";
import { localAlertRules } from "../rules";
import { plural, renderTable } from "../table";
import { progress } from "../progress";
import { dataOptions } from "../options";
import { REEXTRACT_CLI_BATCH_MS } from "../../constants";

const usage = `Usage: rasd reextract (--url URL ... | --outlet ID [--since D] [--until D] | --all [--since D] [--until D])
                      [--refetch [--replay DIR]] [--dry-run] [--alert] [--cursor C]
                      [--format table|json] [--data DIR]

Re-extracts stored articles with the current extractor: cleans the stored page again (or
fetches it again with --refetch), replaces the incidents, updates their events and prints
what changed, before → after. Works in batches and goes on from each batch's cursor until done.
  --url URL        this article (repeatable), by its stored (canonical) URL
  --outlet ID      the articles of one registry outlet
  --all            every registry outlet's articles
  --since/--until  publication days, YYYY-MM-DD, inclusive (with --outlet or --all)
  --refetch        fetch the pages again (an outlet updated a toll) instead of the stored copy
  --replay DIR     with --refetch: serve pages from DIR (DIR/<host>/<path>) on 127.0.0.1
  --dry-run        write nothing; show what would change
  --alert          deliver the alerts of changed events; never for events older than the
                   stage's age limit (maxAlertAgeHours)
  --cursor C       resume from a cursor an earlier answer gave
  --format F       table (default) or json (the Lambda's answer, batches added up)
  --data DIR       data folder (default .rasd)`;

/** Counts articles as they are done, on the shared status line. */
function articleProgress(io: CliIO, total: number | null) {
  const bar = progress(io, "reextract");
  let done = 0;
  let changed = 0;
  let failed = 0;
  const share = () => (total ? done / total : 0);
  const counts = () => `${done}/${total ?? "?"}  changed ${changed}  failed ${failed}`;
  return {
    output: bar.output,
    article(result: ArticleResult) {
      done++;
      if (result.status === "changed") changed++;
      if (result.status === "failed") failed++;
      bar.update(counts(), share());
    },
    batch(answer: ReextractAnswer) {
      bar.report(io.isTTY ? counts() : `${plural(done, "article")} so far (${changed} changed, ${failed} failed)${answer.done ? ", done" : ""}`, share());
    },
  };
}

/** The account of a run, readably. */
export function printAnswer(answer: ReextractAnswer, io: CliIO): void {
  const a = answer;
  io.out(`re-extraction with extractor ${a.extractorVersion}${a.dryRun ? " — dry run, nothing written" : ""}`);
  const lines: [string, string][] = [
    ["articles", `selected ${a.articles.selected}, processed ${a.articles.processed}, changed ${a.articles.changed}, unchanged ${a.articles.unchanged}, failed ${a.articles.failed}`],
    ["incidents", `added ${a.incidents.added}, removed ${a.incidents.removed}, changed ${a.incidents.changed}`],
    ["events", a.dryRun ? `would update ${a.events.affected} (new ones are only known by running)` : `created ${a.events.created}, changed ${a.events.changed}, removed ${a.events.removed}`],
    ["alerts", `sent ${a.alerts.sent}, suppressed ${a.alerts.suppressed}, failed ${a.alerts.failed}`],
  ];
  for (const [label, counts] of lines) io.out(`${label.padEnd(10)} ${counts}`);
  if (a.examples.length > 0) {
    io.out("");
    io.out(`changes${a.examples.length < a.incidents.added + a.incidents.removed + a.incidents.changed ? ` (first ${a.examples.length})` : ""}:`);
    const rows = a.examples.map((e) => [
      e.change, e.date, e.place, `${e.killed.before ?? "·"} → ${e.killed.after ?? "·"}`, `${e.wounded.before ?? "·"} → ${e.wounded.after ?? "·"}`,
      e.fields.join(","), `${e.url}#${e.index}`,
    ]);
    renderTable(["change", "date", "place", "killed", "wounded", "fields", "incident"], rows).forEach((line) => io.out(line));
  }
  for (const f of a.failures) io.err(`failed: ${f.url}: ${f.code}: ${f.message}`);
  if (a.error) io.err(`stopped: ${a.error.code}: ${a.error.message}`);
  if (a.cursor) io.out(`not finished; resume with --cursor ${a.cursor}`);
  const per = a.articles.selected > 0 ? ` (${(a.elapsedMs / a.articles.selected).toFixed(1)} ms per article)` : "";
  io.out(`finished in ${(a.elapsedMs / 1000).toFixed(1)} s${per}`);
}

export const command: Command = {
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        url: { type: "string", multiple: true },
        outlet: { type: "string" },
        since: { type: "string" },
        until: { type: "string" },
        all: { type: "boolean" },
        refetch: { type: "boolean" },
        replay: { type: "string" },
        "dry-run": { type: "boolean" },
        alert: { type: "boolean" },
        cursor: { type: "string" },
        format: { type: "string", default: "table" },
        data: { type: "string" },
        help: { type: "boolean" },
      },
    });
    if (values.help) return io.out(usage), 0;
    const format = oneOf("format", values.format, ["table", "json"] as const);
    if (values.replay && !values.refetch) throw new UsageError("--replay serves pages to --refetch; give both or neither");
    // The same payload, and the same validation, as the Lambda's.
    const payload: ReextractPayload = {
      urls: values.url,
      outlet: values.outlet,
      since: values.since,
      until: values.until,
      all: values.all,
      refetch: values.refetch,
      dryRun: values["dry-run"],
      alert: values.alert,
      cursor: values.cursor,
    };
    let request: ReextractRequest;
    try {
      request = parseReextractPayload(Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined)));
    } catch (error) {
      if (!(error instanceof ReextractPayloadError)) throw error;
      throw new UsageError(`invalid options:\n${error.problems.map((p) => `  - ${p}`).join("\n")}`);
    }

    const answer = await withLocalSession(dataOptions("reextract", values, "read"), async (session) => {
      const replay = values.replay ? await startReplayServer(values.replay) : null;
      const fetcher: Fetcher | undefined = request.refetch ? createFetcher(replay ? { replayOrigin: replay.origin } : {}) : undefined;
      try {
        const bar = articleProgress(io, io.isTTY && !request.start ? await countSelected(session.db, request.selection) : null);
        const deps = { db: session.db, publisher: new OutboxPublisher(session.outboxPath, bar.output), rules: localAlertRules(), fetcher, onArticle: bar.article };
        let total: ReextractAnswer | null = null;
        for (;;) {
          const batch = await reextract(request, deps, { timeBudgetMs: REEXTRACT_CLI_BATCH_MS });
          total = total ? mergeAnswers(total, batch) : batch;
          bar.batch(batch);
          // A batch stopped by a failed read is not retried in a loop: the cursor is printed instead.
          if (batch.done || batch.error || !batch.next) return total;
          request = parseReextractPayload(batch.next);
        }
      } finally {
        await fetcher?.close();
        await replay?.close();
      }
    });
    if (format === "json") io.out(JSON.stringify(answer, null, 2));
    else printAnswer(answer, io);
    // Articles that failed are not up to date: a script must not take the run for a success.
    return answer.error || answer.articles.failed > 0 ? 1 : 0;
  },
};
