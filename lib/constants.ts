/**
 * Tunables in one place, each with its unit and the reason for its value.
 * Each area keeps its own section.
 */

// ── Storage ──────────────────────────────────────────────────────────────────

/** Bytes. A DynamoDB item is at most 400 KB; the gzipped page must leave room for the cleaned text. */
export const MAX_STORED_HTML_BYTES = 250_000;

/** Local data folder of `rasd` runs (dynalite files and the alert outbox). */
export const LOCAL_DATA_DIR = ".rasd";

/** Table name used by local runs. */
export const LOCAL_TABLE = "rasd-local";

// ── Pipeline ─────────────────────────────────────────────────────────────────

/** Articles fetched at once per outlet run; the fetcher still paces each host. */
export const ARTICLE_CONCURRENCY = 4;

/** Articles one outlet run fetches at most: a feed that suddenly lists hundreds of old items must not blow the Lambda timeout. */
export const MAX_ARTICLES_PER_RUN = 60;

// ── Deployment (stacks/, lib/config/stage.ts) ────────────────────────────────

/** EventBridge schedule expression. News sites publish a few items an hour; 15 minutes keeps alerts timely without re-reading unchanged feeds. */
export const DEFAULT_COLLECT_SCHEDULE = "rate(15 minutes)";

/** People killed (best estimate) at which an incident alerts, unless the stage config sets another. */
export const DEFAULT_ALERT_KILLED = 5;

/** People killed plus wounded (best estimates) at which an incident alerts, unless the stage config sets another. */
export const DEFAULT_ALERT_KILLED_PLUS_WOUNDED = 10;

/** Hours. An incident older than this is stored but not alerted: a late report of an old attack is not news to act on. */
export const DEFAULT_MAX_ALERT_AGE_HOURS = 72;

/** MB. One collect run parses ~20 pages with cheerio and runs the extractor; 1024 MB also buys the CPU share that keeps parsing quick. */
export const COLLECT_MEMORY_MB = 1024;

/** Seconds. ~20 fetches paced at ≥1 s per host with retries and Retry-After waits fit well inside 5 minutes; a hung outlet must not run for 15. */
export const COLLECT_TIMEOUT_SECONDS = 300;

/** MB. Re-extraction reads stored articles in batches and re-runs the extractor, the same CPU-bound work as collect. */
export const REEXTRACT_MEMORY_MB = 1024;

/** Seconds. Lambda's maximum: re-extraction works through batches and stops, with a cursor, before this runs out. */
export const REEXTRACT_TIMEOUT_SECONDS = 900;
