/**
 * Quality gate of clustering: clusters the real cross-outlet set (shared/eval/events) with
 * `npm run events`'s code and scores it against its labels, twice:
 *
 * - **published**: with the publication days as the set gives them;
 * - **stated dates** (robustness check): with only the days the excerpts state, a
 *   `published_basis` of "event-date" read as no publication day (about half the reports);
 * - **reversed ties** (robustness check): the publication days as given, the reports of one day
 *   taken in reverse file order — which outlet comes first that day is chance.
 *
 *   npm run eval:events [-- --out DIR]
 *
 * Each line gives pairwise precision and recall over the labelled reports, B-cubed F1 and the
 * near-miss pairs merged; scripts/events-floors.json pins floors per mode (a ceiling for
 * near-miss merges). Exits 1 when a figure is past its pin. Floors are raised when clustering
 * improves and never lowered silently.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EXTRACTOR_VERSION } from "../lib/extract";
import { clusterDir, type EventsOutput } from "./events";

const here = path.dirname(fileURLToPath(import.meta.url));
const SET = path.resolve(here, "../../shared/eval/events");

export interface EventScores {
  reports: number;
  events: number;
  /** Labelled reports extraction found no incident in. */
  unextracted: number;
  pairPrecision: number;
  pairRecall: number;
  /** Same-attack pairs joined, out of all same-attack pairs. */
  pairsJoined: number;
  pairsSame: number;
  /** Pairs of different attacks put in one event. */
  pairsWronglyJoined: number;
  bcubedF1: number;
  /** Joined pairs whose labels differ and at least one is a near-miss set (label starting "nm"). */
  nearMissMerged: number;
}

/** `file<TAB>event` lines. */
export function readLabels(file: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const [name, event] = line.trim().split("\t");
    if (name && event) labels.set(name, event);
  }
  return labels;
}

/**
 * Scores an events output against labels. Labels are per article, so each article is scored
 * by its first incident's event (the extractor lists incidents in the order the text first
 * tells them: the headline's first); further incidents of an article (an earlier attack it
 * recalls) are other attacks and not scored. An article without incident is its own event.
 */
export function scoreEvents(output: EventsOutput, labels: Map<string, string>): EventScores {
  const eventOf = new Map<string, { event: string; index: number }>();
  for (const e of output.events) {
    for (const r of e.reports) {
      const index = r.index ?? -1;
      const seen = eventOf.get(r.file);
      if (!seen || index < seen.index) eventOf.set(r.file, { event: e.id, index });
    }
  }
  const files = [...labels.keys()].sort();
  const missing = files.filter((f) => !eventOf.has(f));
  if (missing.length > 0) throw new Error(`the events output has no report of ${missing.join(", ")}`);
  const cluster = (f: string) => eventOf.get(f)!.event;

  let same = 0, joined = 0, sameJoined = 0, nearMiss = 0;
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [a, b] = [files[i], files[j]];
      const isSame = labels.get(a) === labels.get(b);
      const isJoined = cluster(a) === cluster(b);
      if (isSame) same++;
      if (isJoined) joined++;
      if (isSame && isJoined) sameJoined++;
      if (isJoined && !isSame && (labels.get(a)!.startsWith("nm") || labels.get(b)!.startsWith("nm"))) nearMiss++;
    }
  }

  let bp = 0, br = 0;
  for (const f of files) {
    const inCluster = files.filter((g) => cluster(g) === cluster(f));
    const inClass = files.filter((g) => labels.get(g) === labels.get(f));
    const both = inCluster.filter((g) => labels.get(g) === labels.get(f)).length;
    bp += both / inCluster.length;
    br += both / inClass.length;
  }
  bp /= files.length;
  br /= files.length;

  return {
    reports: files.length,
    events: new Set(files.map(cluster)).size,
    unextracted: files.filter((f) => eventOf.get(f)!.index === -1).length,
    pairPrecision: joined === 0 ? 1 : sameJoined / joined,
    pairRecall: same === 0 ? 1 : sameJoined / same,
    pairsJoined: sameJoined,
    pairsSame: same,
    pairsWronglyJoined: joined - sameJoined,
    bcubedF1: bp + br === 0 ? 0 : (2 * bp * br) / (bp + br),
    nearMissMerged: nearMiss,
  };
}

/** One line of figures. */
export function formatScores(mode: string, s: EventScores): string {
  return (
    `[${mode}] ${s.reports} reports → ${s.events} events (${s.unextracted} without incident): ` +
    `pair precision ${s.pairPrecision.toFixed(3)} (${s.pairsWronglyJoined} wrong pairs), ` +
    `pair recall ${s.pairRecall.toFixed(3)} (${s.pairsJoined}/${s.pairsSame}), ` +
    `B-cubed F1 ${s.bcubedF1.toFixed(3)}, near-miss pairs merged ${s.nearMissMerged}`
  );
}

/** Floors per mode; `nearMissMerged` is a ceiling. */
type Floors = Record<string, Partial<Record<"pairPrecision" | "pairRecall" | "bcubedF1" | "nearMissMerged", number>>>;

function gate(mode: string, s: EventScores, floors: Floors[string] | undefined): number {
  if (!floors) {
    console.log(`FAIL no floors for "${mode}" in events-floors.json`);
    return 1;
  }
  let failed = 0;
  for (const [figure, pin] of Object.entries(floors)) {
    const value = s[figure as keyof EventScores];
    const ok = figure === "nearMissMerged" ? value <= pin : value >= pin;
    if (!ok) failed++;
    console.log(`${ok ? "ok  " : "FAIL"} ${mode.padEnd(14)} ${figure.padEnd(16)} ${value.toFixed(3)}  ${figure === "nearMissMerged" ? "ceiling" : "floor"} ${pin}`);
  }
  return failed;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(fileURLToPath(import.meta.url));
if (isMain) {
  const outIndex = process.argv.indexOf("--out");
  const outDir = outIndex >= 0 ? process.argv[outIndex + 1] : null;
  const labels = readLabels(path.join(SET, "labels.tsv"));
  const floors = JSON.parse(fs.readFileSync(path.join(here, "events-floors.json"), "utf8")) as Floors;
  console.log(`extractor ${EXTRACTOR_VERSION}, set ${SET}`);
  let failed = 0;
  const modes = [
    ["published", {}],
    ["stated-dates", { statedDates: true }],
    ["reversed-ties", { reverseTies: true }],
  ] as const;
  for (const [mode, options] of modes) {
    const output = await clusterDir(SET, options);
    if (outDir) {
      fs.mkdirSync(outDir, { recursive: true });
      fs.writeFileSync(path.join(outDir, `events-${mode}.json`), JSON.stringify(output, null, 2) + "\n");
    }
    const scores = scoreEvents(output, labels);
    console.log(formatScores(mode, scores));
    failed += gate(mode, scores, floors[mode]);
  }
  if (failed) {
    console.log(`\n${failed} figure(s) past their pin`);
    process.exitCode = 1;
  }
}
