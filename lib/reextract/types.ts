import type { Article, Incident } from "../types";

/** The extractor re-extraction runs: the real one by default, an injected one in tests. */
export interface Extractor {
  /** Stored with each article, so the next run knows what is stale. */
  version: string;
  extract(article: Article): Incident[];
}

/** Which stored articles a run re-extracts. */
export type Selection =
  | { kind: "urls"; urls: string[] }
  | { kind: "outlet"; outlet: string; since?: string; until?: string }
  | { kind: "all"; since?: string; until?: string };

/**
 * Where a run resumes: the next URL of the list, or the last article done in an outlet's index
 * partition (`after` is its gsi1 sort key; null when the partition is not started).
 */
export type Position = { next: number } | { outlet: string; after: string | null };

/** A validated payload. */
export interface ReextractRequest {
  selection: Selection;
  /** Set when the payload carried a cursor. */
  start?: Position;
  refetch: boolean;
  dryRun: boolean;
  alert: boolean;
}

/** The payload as a caller sends it (functions/reextract.ts, `rasd reextract`). */
export interface ReextractPayload {
  urls?: string[];
  outlet?: string;
  since?: string;
  until?: string;
  all?: boolean;
  refetch?: boolean;
  dryRun?: boolean;
  alert?: boolean;
  cursor?: string;
}

/** A casualty figure before and after: "5", "5+", "3-5", "—" (not stated), or null (no such incident). */
export interface FigureChange {
  before: string | null;
  after: string | null;
}

/** One incident that re-extraction added, removed or changed. */
export interface ChangeExample {
  url: string;
  /** Position of the incident in its article. */
  index: number;
  change: "added" | "removed" | "changed";
  /** First place name (or the governorate) of the incident. */
  place: string | null;
  date: string | null;
  killed: FigureChange;
  wounded: FigureChange;
  /** The incident fields whose values differ. */
  fields: string[];
}

export interface Failure {
  url: string;
  code: string;
  message: string;
}

/** What one invocation did; `rasd reextract` adds up the answers of its batches. */
export interface ReextractAnswer {
  ok: true;
  extractorVersion: string;
  dryRun: boolean;
  /** selected = processed + failed; processed = changed + unchanged. */
  articles: { selected: number; processed: number; changed: number; unchanged: number; failed: number };
  /** At most REEXTRACT_MAX_FAILURES_LISTED; `articles.failed` counts them all. */
  failures: Failure[];
  incidents: { added: number; removed: number; changed: number };
  /**
   * Distinct events per invocation. `affected`: in a run, created + changed + removed; in a dry
   * run, the events now holding the changed articles' reports (where a changed incident would
   * move to is only known by clustering, which a dry run does not do).
   */
  events: { created: number; changed: number; removed: number; affected: number };
  alerts: { sent: number; suppressed: number; failed: number };
  /** At most REEXTRACT_MAX_EXAMPLES. */
  examples: ChangeExample[];
  /** False when the selection is not finished: invoke again with `next`. */
  done: boolean;
  cursor?: string;
  /** The payload of the next invocation when not done. */
  next?: ReextractPayload;
  /** One sentence saying what to do next. */
  message: string;
  elapsedMs: number;
  /** Why the run stopped early when a read of the selection failed; the cursor resumes after the last article done. */
  error?: { code: string; message: string };
}

/** An invalid payload, as the Lambda answers it. */
export interface ReextractRefusal {
  ok: false;
  errors: string[];
}
