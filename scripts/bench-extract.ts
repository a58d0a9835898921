/**
 * Extractor speed on one core: the dev articles, repeated to at least 2,000 runs in one process.
 *
 *   npm run bench:extract
 *
 * Prints articles per second and the median / p95 time per article (target: median < 1 ms for
 * a ~2,000-character article).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../lib/types";
import { extractIncidents } from "../lib/extract";

const MIN_RUNS = 2_000;
const WARMUP_RUNS = 200;

const here = path.dirname(fileURLToPath(import.meta.url));
const devDir = path.resolve(here, "../../shared/eval/dev");
const articles: Article[] = fs
  .readdirSync(devDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const a = JSON.parse(fs.readFileSync(path.join(devDir, f), "utf8")) as Article;
    return { text: a.text, published: a.published ?? null, url: a.url ?? null, outlet: a.outlet ?? null };
  });

for (let i = 0; i < WARMUP_RUNS; i++) extractIncidents(articles[i % articles.length]);

const rounds = Math.ceil(MIN_RUNS / articles.length);
const times: number[] = [];
const perKiloChar: number[] = [];
let chars = 0;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const a of articles) {
    const s = performance.now();
    extractIncidents(a);
    const ms = performance.now() - s;
    times.push(ms);
    perKiloChar.push((ms * 1000) / Math.max(1, a.text.length));
    chars += a.text.length;
  }
}
const total = performance.now() - t0;
times.sort((a, b) => a - b);
perKiloChar.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
const medianPerKiloChar = perKiloChar[Math.floor(perKiloChar.length / 2)];
console.log(
  `${times.length} runs of ${articles.length} articles (mean ${(chars / times.length).toFixed(0)} chars): ` +
    `${((times.length / total) * 1000).toFixed(0)} articles/s, median ${q(0.5).toFixed(3)} ms, p95 ${q(0.95).toFixed(3)} ms, max ${times[times.length - 1].toFixed(3)} ms; ` +
    `median ${medianPerKiloChar.toFixed(3)} ms per 1,000 characters (≈ ${(2 * medianPerKiloChar).toFixed(2)} ms per 2,000-character article)`,
);
