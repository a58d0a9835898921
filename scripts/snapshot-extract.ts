/**
 * Snapshot of everything the extractor outputs on every article the project has, to prove that a
 * speed change alters no output.
 *
 *   npx tsx scripts/snapshot-extract.ts /tmp/snap-before.json
 *   … make the change …
 *   npx tsx scripts/snapshot-extract.ts /tmp/snap-after.json --files-of /tmp/snap-before.json
 *   cmp /tmp/snap-before.json /tmp/snap-after.json && echo identical
 *
 * Articles: ../shared/eval/dev, test/fixtures/{heldout,challenge,seed} (`*.json` with a `text`).
 * `--files-of` reads the article list from an earlier snapshot, so fixtures added in between do
 * not show as a difference. Besides `extractIncidents`, the snapshot holds `findPlaces` and
 * `findDates` of every sentence (their own contracts), and each article is extracted a second
 * time after all the others: a cache that leaks one article into another shows as `repeatDiffers`.
 * Rule changes made by others in the meantime also change the snapshot: take "before" and
 * "after" back to back.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../lib/types";
import { extractIncidents } from "../lib/extract";
import { segment } from "../lib/extract/segment";
import { findDates } from "../lib/extract/dates";
import { findPlaces } from "../lib/places";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const DIRS = [
  path.resolve(root, "../shared/eval/dev"),
  path.join(root, "test/fixtures/heldout"),
  path.join(root, "test/fixtures/challenge"),
  path.join(root, "test/fixtures/seed"),
];

interface Snapshot {
  files: string[];
  articles: Record<string, unknown>;
}

const out = process.argv[2];
if (!out || out.startsWith("--")) {
  console.error("usage: npx tsx scripts/snapshot-extract.ts OUT.json [--files-of EARLIER.json]");
  process.exit(2);
}
const filesOfIndex = process.argv.indexOf("--files-of");
const files: string[] =
  filesOfIndex > 0
    ? (JSON.parse(fs.readFileSync(process.argv[filesOfIndex + 1], "utf8")) as Snapshot).files
    : DIRS.flatMap((d) =>
        fs.existsSync(d)
          ? fs.readdirSync(d).filter((f) => f.endsWith(".json")).sort().map((f) => path.relative(root, path.join(d, f)))
          : [],
      );

function load(file: string): Article | null {
  const raw = JSON.parse(fs.readFileSync(path.resolve(root, file), "utf8")) as Partial<Article>;
  if (typeof raw.text !== "string") return null;
  return { text: raw.text, published: raw.published ?? null, url: raw.url ?? null, outlet: raw.outlet ?? null };
}

const articles = files.map((f) => [f, load(f)] as const);
const snapshot: Snapshot = { files, articles: {} };
const first = new Map<string, string>();
for (const [f, a] of articles) {
  if (!a) {
    snapshot.articles[f] = "no text";
    continue;
  }
  const incidents = extractIncidents(a);
  first.set(f, JSON.stringify(incidents));
  const sentences = segment(a.text).map((s) => ({
    text: s.text,
    places: findPlaces(s.text),
    dates: findDates(s.text, a.published),
  }));
  snapshot.articles[f] = { incidents, sentences };
}
// Second pass in reverse order, with every cache warm from other articles.
let repeatDiffers = 0;
for (const [f, a] of [...articles].reverse()) {
  if (a && JSON.stringify(extractIncidents(a)) !== first.get(f)) {
    repeatDiffers++;
    (snapshot.articles[f] as Record<string, unknown>).repeatDiffers = true;
  }
}
fs.writeFileSync(out, JSON.stringify(snapshot, null, 1) + "\n");
const incidents = [...first.values()].reduce((n, s) => n + (JSON.parse(s) as unknown[]).length, 0);
console.log(`${files.length} articles, ${incidents} incidents, ${repeatDiffers} differing on repeat → ${out}`);
