import { parseArgs } from "node:util";
import type { Command } from "../command";
import { withLocalSession } from "../../local/session";
import { budgetOption, dataOptions, outletOptions } from "../options";
import { runLocalCollection } from "../collect-run";
import { localAlertRules } from "../rules";
import { COLLECT_LOCAL_BUDGET_MS } from "../../constants";

const usage = `Usage: rasd collect [--outlet ID ...] [--replay DIR] [--budget SECONDS] [--memory] [--data DIR]

Runs one collection cycle: discover new articles, fetch, clean, extract, store, cluster into
events and alert (to .rasd/outbox.jsonl and the console).
  --outlet ID   only this outlet (repeatable); all registry outlets by default
  --replay DIR  serve recorded pages from DIR (laid out as DIR/<host>/<path>) on 127.0.0.1
                instead of the live web
  --budget S    start no article after S seconds (default ${COLLECT_LOCAL_BUDGET_MS / 1_000}, as a Lambda run);
                the rest are left for the next run
  --memory      keep nothing: an in-memory database and no outbox file
  --data DIR    data folder (default .rasd)`;

export const command: Command = {
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        outlet: { type: "string", multiple: true },
        replay: { type: "string" },
        budget: { type: "string" },
        memory: { type: "boolean" },
        data: { type: "string" },
        help: { type: "boolean" },
      },
    });
    if (values.help) return io.out(usage), 0;
    const outlets = outletOptions(values.outlet);
    const budgetMs = budgetOption(values.budget);
    const reports = await withLocalSession(dataOptions("collect", values, "create"), (session) =>
      runLocalCollection(session, io, { label: "collect", outlets, replayDir: values.replay, rules: localAlertRules(), budgetMs }),
    );
    // A run where every outlet failed is a failed run; one failing outlet is reported, not fatal.
    const allFailed = reports.every((r) => r.errors.length > 0 && r.articles.every((a) => a.outcome === "failed"));
    return allFailed ? 1 : 0;
  },
};
