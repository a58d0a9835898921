import { readFunctionEnvironment } from "../lib/config/env";
import { alertRulesFrom } from "../lib/alert/rules-config";
import { SnsPublisher, snsClientOnFirstUse } from "../lib/alert/publisher";
import { createDb } from "../lib/store/client";
import { createFetcher } from "../lib/fetch";
import { outletById } from "../lib/outlets/registry";
import { collectOutlet, collectStartBy, summarize } from "../lib/pipeline/collect";

// Read once per cold start: a missing variable fails loudly at the first invocation.
const settings = readFunctionEnvironment(process.env);
const db = createDb({ table: settings.tableName });
const publisher = new SnsPublisher(snsClientOnFirstUse(), settings.topicArn);
const rules = alertRulesFrom(settings);

/** The part of the Lambda context this handler reads. */
interface InvokeContext {
  getRemainingTimeInMillis(): number;
}

/**
 * Invoked by the outlet's schedule with `{ "outletId": "<registry id>" }`: one collection cycle,
 * which stops starting articles well before the function's timeout (README "Reliability").
 */
export async function handler(event: { outletId?: unknown }, context: InvokeContext) {
  if (typeof event?.outletId !== "string") {
    throw new Error(`collect expects {"outletId": "<registry id>"}, got ${JSON.stringify(event)}`);
  }
  const outlet = outletById(event.outletId);
  const fetcher = createFetcher({});
  try {
    const startBy = collectStartBy(context.getRemainingTimeInMillis());
    const report = await collectOutlet(outlet, { db, fetcher, publisher, rules, now: () => new Date(), log: console.log, startBy });
    const summary = { outlet: outlet.id, ...summarize(report), http: fetcher.stats() };
    console.log(JSON.stringify({ ...summary, errors: report.errors, failedArticles: report.articles.filter((a) => a.error) }));
    return summary;
  } finally {
    await fetcher.close();
  }
}
