/**
 * Clusters a folder of articles into events, the way collection does: each article is extracted
 * (lib/extract) and its incidents attached (lib/events `attachReports`) to a real dynalite table
 * in memory, in publication order, undated articles last.
 *
 *   npm run events -- --in DIR --out FILE [--stated-dates] [--reverse-ties]
 *
 * Each article file holds {text, published, url, outlet} (shared/eval/events adds
 * `published_basis`). `--stated-dates` keeps only the publication days the text itself stated:
 * a `published_basis` of "event-date" (the day was filled in from the attack's day) counts as
 * no publication day, so undated reports are clustered as collection would meet them.
 *
 * Collection fetches a page when its outlet's feed lists it: each page counts as fetched at the
 * end of the day the set gives (its publication, or the attack's day), a page the set gives no
 * day for (a recap years later) at the time of the run.
 *
 * FILE gets {"events": [{id, day, place, killed: {low, best, high}, reports: [{file, url,
 * outlet, published, index, incident, joined}]}]}. Every article appears: an article with no
 * incident is an event of its own with `incident: null` (a report of the attack that extraction
 * missed), so scores count extraction misses too.
 */
import fs from "node:fs";
import path from "node:path";
import type { Article, Incident } from "../lib/types";
import type { ArticleMeta, EventWithReports } from "../lib/events";
import { extractIncidents } from "../lib/extract";
import { attachReports, getEvent } from "../lib/events";
import { startLocalDynamo } from "../lib/local/dynamo";
import { createDb, ensureTable } from "../lib/store/client";

// As bin/rasd.mjs: the SDK's notice about its future Node 22 floor is noise in a local run.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

/** One article file as the sets store it. */
interface ArticleFile {
  file: string;
  text: string;
  published: string | null;
  /** When collection would have fetched the page; null for "at the time of the run". */
  fetchedAt: string | null;
  url: string;
  outlet: string;
}

export interface EventsReport {
  file: string;
  url: string;
  outlet: string;
  published: string | null;
  /** Position of the incident in its article; null for an article without incident. */
  index: number | null;
  incident: Incident | null;
  /** Why the report is in this event (the matching rule that fired), when it joined one. */
  joined: string | null;
}

export interface EventsOutputEvent {
  id: string;
  day: string | null;
  place: string | null;
  killed: { low: number; best: number; high: number | null } | null;
  reports: EventsReport[];
}

export interface EventsOutput {
  events: EventsOutputEvent[];
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Reads the article files of `dir`; `statedDates` drops publication days filled in from the event. */
export function readArticles(dir: string, statedDates: boolean): ArticleFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      let raw: Record<string, unknown>;
      try {
        raw = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;
      } catch (error) {
        throw new Error(`${path.join(dir, file)} is not an article JSON file: ${(error as Error).message}`);
      }
      const day = typeof raw.published === "string" && DAY.test(raw.published) ? raw.published : null;
      const stated = !(statedDates && raw.published_basis === "event-date");
      return {
        file,
        text: typeof raw.text === "string" ? raw.text : "",
        published: stated ? day : null,
        fetchedAt: day === null ? null : `${day.slice(0, 10)}T23:59:59Z`,
        url: typeof raw.url === "string" && raw.url ? raw.url : `file:${file}`,
        outlet: typeof raw.outlet === "string" ? raw.outlet : "unknown",
      };
    });
}

/**
 * Publication order, undated last; ties by file name, so every run is the same, or by file name
 * backwards: the order of reports published the same day is arbitrary, and clustering must not
 * depend on it.
 */
const byPublication = (reverseTies: boolean) => (a: ArticleFile, b: ArticleFile) =>
  (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0) ||
  (a.published ?? "").localeCompare(b.published ?? "") ||
  (reverseTies ? b.file.localeCompare(a.file) : a.file.localeCompare(b.file));

/**
 * Clusters the articles of `dir` into events with the project's extractor and clustering.
 * `now` is when the (simulated) collection fetched every page; `reverseTies` takes the articles
 * of one publication time in reverse file order.
 */
export async function clusterDir(
  dir: string,
  options: { statedDates?: boolean; reverseTies?: boolean; now?: Date } = {},
): Promise<EventsOutput> {
  const now = options.now ?? new Date();
  const articles = readArticles(dir, options.statedDates ?? false).sort(byPublication(options.reverseTies ?? false));
  const dynamo = await startLocalDynamo(null);
  try {
    const db = createDb({ table: "rasd-events", endpoint: dynamo.endpoint });
    await ensureTable(db);
    const ids = new Set<string>();
    const files = new Map<string, string>();
    const empty: EventsOutputEvent[] = [];
    for (const a of articles) {
      const input: Article = { text: a.text, published: a.published?.slice(0, 10) ?? null, url: a.url, outlet: a.outlet };
      const incidents = extractIncidents(input);
      files.set(a.url, a.file);
      if (incidents.length === 0) {
        empty.push({
          id: `none:${a.file}`,
          day: null,
          place: null,
          killed: null,
          reports: [{ file: a.file, url: a.url, outlet: a.outlet, published: a.published, index: null, incident: null, joined: null }],
        });
        continue;
      }
      const meta: ArticleMeta = {
        url: a.url,
        outlet: a.outlet,
        title: a.text.split("\n")[0].trim(),
        published: a.published === null ? null : toTime(a.published),
        fetchedAt: a.fetchedAt ?? now.toISOString(),
      };
      const changes = await attachReports(db, meta, incidents, now);
      changes.created.forEach((id) => ids.add(id));
    }
    const events = (await Promise.all([...ids].sort().map((id) => getEvent(db, id)))).filter(
      (e): e is EventWithReports => e !== null,
    );
    return { events: [...events.map((e) => outputEvent(e, files)), ...empty] };
  } finally {
    await dynamo.close();
  }
}

/** A publication day or time as an ISO time. */
const toTime = (published: string) => (published.length === 10 ? `${published}T00:00:00Z` : new Date(published).toISOString());

function outputEvent(e: EventWithReports, files: Map<string, string>): EventsOutputEvent {
  return {
    id: e.id,
    day: e.dated ? e.date : null,
    place: e.places[0] ?? null,
    killed: e.killed ? { low: e.killed.low, best: e.killed.best, high: e.killed.high } : null,
    reports: e.reports.map((r) => ({
      file: files.get(r.url) ?? "",
      url: r.url,
      outlet: r.outlet,
      published: r.published,
      index: r.index,
      incident: r.incident,
      joined: r.joined ?? null,
    })),
  };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const inDir = arg("--in");
  const outFile = arg("--out");
  if (!inDir || !outFile) {
    console.error("usage: npm run events -- --in DIR --out FILE [--stated-dates] [--reverse-ties]");
    process.exit(2);
  }
  if (!fs.statSync(inDir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`npm run events: --in ${inDir} is not a folder`);
    process.exit(2);
  }
  let output: EventsOutput;
  try {
    output = await clusterDir(inDir, { statedDates: process.argv.includes("--stated-dates"), reverseTies: process.argv.includes("--reverse-ties") });
  } catch (error) {
    console.error(`npm run events: ${(error as Error).message}`);
    process.exit(1);
  }
  fs.writeFileSync(outFile, JSON.stringify(output, null, 2) + "\n");
  const reports = output.events.reduce((n, e) => n + e.reports.length, 0);
  console.log(`${output.events.length} events from ${reports} reports written to ${outFile}`);
}
