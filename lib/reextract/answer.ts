import type { AlertOutcome } from "../alert";
import type { ArticleResult } from "./article";
import type { ReextractAnswer } from "./types";
import { REEXTRACT_MAX_EXAMPLES, REEXTRACT_MAX_FAILURES_LISTED } from "../constants";

/** An answer with nothing counted yet. */
export function emptyAnswer(extractorVersion: string, dryRun: boolean): ReextractAnswer {
  return {
    ok: true,
    extractorVersion,
    dryRun,
    articles: { selected: 0, processed: 0, changed: 0, unchanged: 0, failed: 0 },
    failures: [],
    incidents: { added: 0, removed: 0, changed: 0 },
    events: { created: 0, changed: 0, removed: 0, affected: 0 },
    alerts: { sent: 0, suppressed: 0, failed: 0 },
    examples: [],
    done: true,
    message: "",
    elapsedMs: 0,
  };
}

/**
 * The events of one invocation, by what they were before its first change and after its last:
 * an event created by one article and joined by the next is one created event.
 */
export class EventTally {
  private readonly existedBefore = new Map<string, boolean>();
  private readonly existsAfter = new Map<string, boolean>();
  private readonly dryRunAffected = new Set<string>();

  add(result: ArticleResult): void {
    if (result.status !== "changed") return;
    result.affected.forEach((id) => this.dryRunAffected.add(id));
    if (!result.events) return;
    for (const [ids, before, after] of [
      [result.events.created, false, true],
      [result.events.changed, true, true],
      [result.events.removed, true, false],
    ] as const) {
      for (const id of ids) {
        if (!this.existedBefore.has(id)) this.existedBefore.set(id, before);
        this.existsAfter.set(id, after);
      }
    }
  }

  /** Event ids that exist after the run and changed in it: whose alerts may be due. */
  touched(): string[] {
    return [...this.existsAfter].filter(([, exists]) => exists).map(([id]) => id);
  }

  counts(): ReextractAnswer["events"] {
    const counts = { created: 0, changed: 0, removed: 0, affected: this.dryRunAffected.size };
    for (const [id, before] of this.existedBefore) {
      const after = this.existsAfter.get(id)!;
      if (before && after) counts.changed++;
      else if (after) counts.created++;
      else if (before) counts.removed++;
    }
    counts.affected += counts.created + counts.changed + counts.removed;
    return counts;
  }
}

/** Counts one article's result into the answer. */
export function countArticle(answer: ReextractAnswer, result: ArticleResult): void {
  answer.articles.selected++;
  if (result.status === "failed") {
    answer.articles.failed++;
    if (answer.failures.length < REEXTRACT_MAX_FAILURES_LISTED) answer.failures.push({ url: result.url, ...result.error });
    return;
  }
  answer.articles.processed++;
  answer.articles[result.status]++;
  if (result.status !== "changed") return;
  answer.incidents.added += result.diff.added;
  answer.incidents.removed += result.diff.removed;
  answer.incidents.changed += result.diff.changed;
  answer.examples.push(...result.diff.changes.slice(0, REEXTRACT_MAX_EXAMPLES - answer.examples.length));
}

/** Counts the alert outcomes of the touched events. */
export function countAlerts(answer: ReextractAnswer, outcomes: readonly AlertOutcome[]): void {
  for (const o of outcomes) {
    if (o.status === "sent") answer.alerts.sent++;
    if (o.status === "suppressed" || o.status === "dropped") answer.alerts.suppressed++;
    if (o.status === "failed") answer.alerts.failed++;
  }
}

const add = <T extends Record<string, number>>(a: T, b: T): T =>
  Object.fromEntries(Object.keys(a).map((k) => [k, a[k] + b[k]])) as T;

/**
 * The answers of successive invocations (one per cursor) added up into one: counts summed,
 * examples and failures kept up to their caps, the last answer's cursor, message and error.
 * Events are distinct per invocation, so an event touched in two batches counts twice.
 */
export function mergeAnswers(total: ReextractAnswer, next: ReextractAnswer): ReextractAnswer {
  return {
    ...next,
    articles: add(total.articles, next.articles),
    failures: [...total.failures, ...next.failures].slice(0, REEXTRACT_MAX_FAILURES_LISTED),
    incidents: add(total.incidents, next.incidents),
    events: add(total.events, next.events),
    alerts: add(total.alerts, next.alerts),
    examples: [...total.examples, ...next.examples].slice(0, REEXTRACT_MAX_EXAMPLES),
    elapsedMs: total.elapsedMs + next.elapsedMs,
  };
}
