/**
 * On-demand re-extraction (README "Re-extraction"): brings stored articles up to the current
 * extractor — or to an outlet's updated page — and says what changed.
 */
import type { Db } from "../store/client";
import type { Fetcher } from "../fetch";
import type { AlertPublisher } from "../alert/publisher";
import type { AlertRules } from "../alert";
import type { Extractor, Position, ReextractAnswer, ReextractPayload, ReextractRequest } from "./types";
import { deliverAlerts } from "../alert";
import { EXTRACTOR_VERSION, extractIncidents } from "../extract";
import { reextractArticle, type ArticleResult } from "./article";
import { errorDetail, type ErrorDetail } from "../error-detail";
import { countAlerts, countArticle, emptyAnswer, EventTally } from "./answer";
import { encodeCursor } from "./cursor";
import { selectArticles, startOf } from "./selection";
import {
  DEFAULT_MAX_ALERT_AGE_HOURS,
  REEXTRACT_PAGE_SIZE,
  REEXTRACT_REFETCH_SAFETY_MARGIN_MS,
  REEXTRACT_SAFETY_MARGIN_MS,
} from "../constants";

export { parseReextractPayload, ReextractPayloadError } from "./payload";
export { mergeAnswers } from "./answer";
export { countSelected } from "./selection";
export { ReextractArticleError, type ArticleResult } from "./article";
export type * from "./types";

/** The extractor collection runs: what re-extraction brings articles up to unless told otherwise. */
export const CURRENT_EXTRACTOR: Extractor = { version: EXTRACTOR_VERSION, extract: extractIncidents };

export interface ReextractDeps {
  db: Db;
  publisher: AlertPublisher;
  /** The stage's rules; their age limit always applies (none given → the default limit). */
  rules: AlertRules;
  /** Needed with `refetch` only. */
  fetcher?: Fetcher;
  extractor?: Extractor;
  now?: () => Date;
  /** Milliseconds on a monotonic-enough clock; tests may pass their own. */
  clock?: () => number;
  /** Called after each article: progress for the CLI. */
  onArticle?: (result: ArticleResult) => void;
}

export interface ReextractLimits {
  /** Milliseconds this invocation may work; it stops before starting an article that would not fit. */
  timeBudgetMs: number;
  /** Articles per index query page; default REEXTRACT_PAGE_SIZE. */
  pageSize?: number;
}

/**
 * The time budget of one Lambda invocation: what is left of its timeout less a margin for the
 * slowest single article (a lease wait, or a refetch with retries) and the alerts.
 * @example reextractBudgetMs(context.getRemainingTimeInMillis(), request)
 */
export function reextractBudgetMs(remainingMs: number, request: Pick<ReextractRequest, "refetch">): number {
  return Math.max(0, remainingMs - (request.refetch ? REEXTRACT_REFETCH_SAFETY_MARGIN_MS : REEXTRACT_SAFETY_MARGIN_MS));
}

/** The payload that continues a run from `cursor`, with the same flags. */
function nextPayload(request: ReextractRequest, cursor: string): ReextractPayload {
  return {
    cursor,
    ...(request.refetch ? { refetch: true } : {}),
    ...(request.dryRun ? { dryRun: true } : {}),
    ...(request.alert ? { alert: true } : {}),
  };
}

/**
 * Re-extracts the selected stored articles one after another until the selection is done or
 * the time budget would run out; always at least one article, so every invocation makes
 * progress. Each article's incidents, events and record are brought up to date (nothing is
 * written for an unchanged one; nothing at all in a dry run), a failing article is recorded
 * and the run goes on. With `alert`, the touched events' alerts are delivered, never for
 * events older than the rules' age limit.
 *
 * Not done → the answer has a `cursor` and `next`: invoke again with `next` as the payload.
 * Across invocations every selected article is processed exactly once.
 *
 * @example
 * const answer = await reextract(parseReextractPayload({ all: true }), { db, publisher, rules }, { timeBudgetMs: 60_000 });
 */
export async function reextract(request: ReextractRequest, deps: ReextractDeps, limits: ReextractLimits): Promise<ReextractAnswer> {
  const clock = deps.clock ?? Date.now;
  const started = clock();
  const extractor = deps.extractor ?? CURRENT_EXTRACTOR;
  const now = deps.now?.() ?? new Date();
  const answer = emptyAnswer(extractor.version, request.dryRun);
  const tally = new EventTally();
  const ctx = { db: deps.db, extractor, fetcher: deps.fetcher, refetch: request.refetch, dryRun: request.dryRun, alert: request.alert, now };

  let position: Position = request.start ?? startOf(request.selection);
  let done = true;
  let slowestMs = 0;
  try {
    for await (const selected of selectArticles(deps.db, request.selection, request.start, limits.pageSize ?? REEXTRACT_PAGE_SIZE)) {
      // Left for the next invocation, which reads it again from the cursor.
      if (answer.articles.selected > 0 && clock() - started + slowestMs > limits.timeBudgetMs) {
        done = false;
        break;
      }
      const began = clock();
      const result = await reextractArticle(selected.url, selected.article, ctx);
      slowestMs = Math.max(slowestMs, clock() - began);
      countArticle(answer, result);
      tally.add(result);
      position = selected.after;
      deps.onArticle?.(result);
    }
  } catch (error) {
    // A failed read of the selection (throttling, an outage): stop and hand back the cursor.
    done = false;
    answer.error = describe(error);
  }
  answer.events = tally.counts();

  const touched = tally.touched();
  if (request.alert && !request.dryRun && touched.length > 0) {
    // Re-extraction must never page anyone for old news: the age limit is never lifted.
    const rules = { ...deps.rules, maxAlertAgeHours: deps.rules.maxAlertAgeHours ?? DEFAULT_MAX_ALERT_AGE_HOURS };
    try {
      countAlerts(answer, await deliverAlerts(deps.db, deps.publisher, { eventIds: touched, rules, now, sweep: false }));
    } catch (error) {
      // Alerts already decided stay pending, and every collect run retries pending alerts.
      answer.error ??= describe(error);
    }
  }

  answer.done = done;
  if (!done) {
    answer.cursor = encodeCursor(request.selection, position);
    answer.next = nextPayload(request, answer.cursor);
  }
  answer.message = done
    ? `Done: ${answer.articles.selected} articles re-extracted${request.dryRun ? " (dry run: nothing written)" : ""}.`
    : `Not finished${answer.error ? ` (${answer.error.code})` : " (time budget reached)"}: invoke again with "next" as the payload to go on after the last article done.`;
  answer.elapsedMs = clock() - started;
  return answer;
}

/** A failure's detail; without a code, its error's name (a zod or SDK error's) stands in. */
function describe(error: unknown): ErrorDetail {
  const name = (error as { name?: unknown } | null | undefined)?.name;
  return errorDetail(error, typeof name === "string" ? name : "ERROR");
}
