import { readFunctionEnvironment } from "../lib/config/env";
import { alertRulesFrom } from "../lib/alert/rules-config";
import { SnsPublisher, snsClientOnFirstUse } from "../lib/alert/publisher";
import { createDb } from "../lib/store/client";
import { createFetcher } from "../lib/fetch";
import {
  parseReextractPayload,
  reextract,
  reextractBudgetMs,
  ReextractPayloadError,
  type ReextractAnswer,
  type ReextractRefusal,
  type ReextractRequest,
} from "../lib/reextract";

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
 * Invoked on demand (`aws lambda invoke`, no schedule) with a re-extraction payload
 * (README "Re-extraction"). Answers the run's account as JSON; when it is not finished, the
 * answer's `next` is the payload of the next invocation. An invalid payload is answered
 * `{ ok: false, errors: [...] }` with every problem, and nothing is changed.
 */
export async function handler(event: unknown, context: InvokeContext): Promise<ReextractAnswer | ReextractRefusal> {
  let request: ReextractRequest;
  try {
    request = parseReextractPayload(event);
  } catch (error) {
    if (!(error instanceof ReextractPayloadError)) throw error;
    console.log(JSON.stringify({ ok: false, errors: error.problems }));
    return { ok: false, errors: error.problems };
  }
  const fetcher = request.refetch ? createFetcher({}) : undefined;
  try {
    const answer = await reextract(
      request,
      { db, publisher, rules, fetcher },
      { timeBudgetMs: reextractBudgetMs(context.getRemainingTimeInMillis(), request) },
    );
    const { examples: _examples, failures, ...summary } = answer;
    console.log(JSON.stringify({ ...summary, failures, ...(fetcher ? { http: fetcher.stats() } : {}) }));
    return answer;
  } finally {
    await fetcher?.close();
  }
}
