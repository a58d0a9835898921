/**
 * Extractor speed on one core: the dev articles, repeated to at least 2,000 runs in one process.
 *
 *   npm run bench:extract
 *
 * Prints articles per second and the median / p95 time per article (target: median < 1 ms for
 * a ~2,000-character article), as wall time and as CPU time (user + system of the process): on a
 * shared machine the wall tail is mostly the scheduler handing the core to other processes, which
 * CPU time leaves out. The first pass over the articles (cold code) is printed apart: before the
 * optimizing compiler has compiled the extractor's many rules, an article costs several times its
 * steady cost, and a 200-run warm-up left that in the measured tail (p95 CPU 9 ms; 2 ms after 3,000).
 * Last, the real articles of the bar's own size (1,600–2,400 characters, dev + dev2) are timed
 * apart and printed on their own line: the headline's per-character figure scales shorter ones.
 * Only two real articles are that size, so real text is also cut to the bar's size: from each
 * article on, the articles that follow are joined until 2,000 characters, cut at the last sentence
 * end before it; the median over these 168 samples is the bar read directly.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../lib/types";
import { extractIncidents } from "../lib/extract";
import { segment } from "../lib/extract/segment";

const MIN_RUNS = 2_000;
const WARMUP_RUNS = 3_000;

/** The bar's own article size: real articles this long (dev + dev2) are timed apart. */
const BAR_CHARS = { min: 1_600, max: 2_400 };

const here = path.dirname(fileURLToPath(import.meta.url));
/** The articles of a real set, in file order. */
function readSet(name: string): Article[] {
  const dir = path.resolve(here, "../../shared/eval", name);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const a = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Article;
      return { text: a.text, published: a.published ?? null, url: a.url ?? null, outlet: a.outlet ?? null };
    });
}
const articles = readSet("dev");
const allReal = [...articles, ...readSet("dev2")];
const barSized = allReal.filter((a) => a.text.length >= BAR_CHARS.min && a.text.length <= BAR_CHARS.max);

/** Wall and CPU milliseconds of one extraction. */
function timed(a: Article): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const s = performance.now();
  extractIncidents(a);
  const wall = performance.now() - s;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const figures = (xs: number[]) => `median ${quantile(xs, 0.5).toFixed(3)} ms, p95 ${quantile(xs, 0.95).toFixed(3)} ms, max ${quantile(xs, 1).toFixed(3)} ms`;

const cold = articles.map(timed);
console.log(`first pass (cold code), ${articles.length} articles: wall ${figures(cold.map((t) => t.wall))}; CPU ${figures(cold.map((t) => t.cpu))}`);
for (let i = 0; i < WARMUP_RUNS; i++) extractIncidents(articles[i % articles.length]);

const rounds = Math.ceil(MIN_RUNS / articles.length);
const wall: number[] = [];
const cpu: number[] = [];
const perKiloChar: number[] = [];
let chars = 0;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const a of articles) {
    const t = timed(a);
    wall.push(t.wall);
    cpu.push(t.cpu);
    perKiloChar.push((t.cpu * 1000) / Math.max(1, a.text.length));
    chars += a.text.length;
  }
}
const total = performance.now() - t0;
const medianPerKiloChar = quantile(perKiloChar, 0.5);
console.log(
  `${wall.length} runs of ${articles.length} articles (mean ${(chars / wall.length).toFixed(0)} chars) after ${WARMUP_RUNS} warm-up runs: ` +
    `${((wall.length / total) * 1000).toFixed(0)} articles/s; wall ${figures(wall)}; CPU ${figures(cpu)}; ` +
    `median CPU ${medianPerKiloChar.toFixed(3)} ms per 1,000 characters (≈ ${(2 * medianPerKiloChar).toFixed(2)} ms per 2,000-character article)`,
);

// Warm already: each bar-sized article is timed as often as the dev runs' total, in the same process.
const barCpu: number[] = [];
for (let r = 0; r < Math.ceil(MIN_RUNS / Math.max(1, barSized.length)) && barSized.length; r++) for (const a of barSized) barCpu.push(timed(a).cpu);
console.log(
  barSized.length
    ? `bar-sized real articles (dev + dev2, ${BAR_CHARS.min.toLocaleString("en")}–${BAR_CHARS.max.toLocaleString("en")} characters: ${barSized.length}, mean ${(barSized.reduce((s, a) => s + a.text.length, 0) / barSized.length).toFixed(0)} chars), ${barCpu.length} runs: CPU ${figures(barCpu)} per article`
    : "bar-sized real articles: none in dev + dev2",
);

// The bar's size cut from real text: each sample starts at an article and runs on into the next
// ones up to the last sentence end within 2,000 characters.
const SAMPLE_CHARS = 2_000;
const samples = allReal.map((a, k) => {
  let text = a.text;
  for (let j = k + 1; text.length < SAMPLE_CHARS && j < k + allReal.length; j++) text += "\n" + allReal[j % allReal.length].text;
  const end = Math.max(0, ...segment(text).map((s) => s.end).filter((e) => e <= SAMPLE_CHARS));
  return { ...a, text: text.slice(0, end) };
});
const sampleCpu: number[] = [];
for (let r = 0; r < Math.ceil(MIN_RUNS / samples.length); r++) for (const a of samples) sampleCpu.push(timed(a).cpu);
console.log(
  `2,000-character samples cut from real text (dev + dev2, ${samples.length}, mean ${(samples.reduce((s, a) => s + a.text.length, 0) / samples.length).toFixed(0)} chars, ended at a sentence end), ` +
    `${sampleCpu.length} runs: CPU ${figures(sampleCpu)} per sample`,
);

// Cost against length over every real article (median of its runs): the fixed cost per article,
// the cost per 1,000 characters, and so the cost of a 2,000-character article from all 168, not
// two; a fit line that holds from the shortest to the longest article is the linear-time check.
const FIT_RUNS = 15;
const points = allReal.map((a) => {
  const runs = Array.from({ length: FIT_RUNS }, () => timed(a).cpu);
  return { n: a.text.length, ms: quantile(runs, 0.5) };
});
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const mx = mean(points.map((p) => p.n));
const my = mean(points.map((p) => p.ms));
const slope = points.reduce((s, p) => s + (p.n - mx) * (p.ms - my), 0) / points.reduce((s, p) => s + (p.n - mx) ** 2, 0);
const fixed = my - slope * mx;
const longest = [...points].sort((a, b) => b.n - a.n).slice(0, 10);
console.log(
  `fit over ${points.length} real articles (dev + dev2, ${FIT_RUNS} runs each, median): CPU ${fixed.toFixed(3)} ms + ${(slope * 1000).toFixed(3)} ms per 1,000 characters ` +
    `(≈ ${(fixed + 2 * slope * 1000).toFixed(3)} ms per 2,000-character article); the 10 longest (mean ${mean(longest.map((p) => p.n)).toFixed(0)} chars) ` +
    `take ${mean(longest.map((p) => p.ms)).toFixed(3)} ms against ${(fixed + slope * mean(longest.map((p) => p.n))).toFixed(3)} ms on the line`,
);
