/**
 * Cleaner benchmark: rasd's cleaner side by side with @mozilla/readability on jsdom, over the
 * recorded outlet pages (test/fixtures/web) and the shared benchmark pages
 * (../shared/eval/html/benchmarks: scrapinghub article-extraction-benchmark, Readability
 * test-page subset). Prints pages per second and, where ground truth exists, word-level
 * precision / recall / F1 of the body text, scored as the Article Extraction Benchmark does:
 * Unicode \w+ tokens, 4-token shingles, per-page P and R averaged, F1 from the averages.
 *
 *   npm run bench:clean [-- --only scrapinghub|recorded|mozilla] [--limit N] [--worst N]
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { load } from "cheerio";
import { createRequire } from "node:module";
import { Readability } from "@mozilla/readability";
import { cleanArticle, CleanError } from "../lib/clean";
import { OUTLETS, type Outlet } from "../lib/outlets/registry";
import { declaredCharset } from "../lib/fetch/charset";

/** The slice of jsdom this script uses (jsdom ships no types; @types/jsdom is not installed). */
interface JsdomModule {
  JSDOM: new (html: string, opts: { url: string; virtualConsole: object }) => { window: { document: Document; close(): void } };
  VirtualConsole: new () => object;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)("jsdom") as JsdomModule;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WEB = path.join(ROOT, "test/fixtures/web");
const BENCH = path.resolve(ROOT, "../shared/eval/html/benchmarks");
/** Shingle size of the Article Extraction Benchmark. */
const SHINGLE = 4;

interface Page {
  set: "recorded" | "scrapinghub" | "mozilla";
  id: string;
  url: string;
  html: string;
  outlet?: Outlet;
  /** Ground-truth body text, when the set has one. */
  truth: string | null;
}

function recordedPages(): Page[] {
  const dirs: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (!statSync(p).isDirectory()) continue;
      if (existsSync(path.join(p, "expected.json"))) dirs.push(p);
      walk(p);
    }
  };
  walk(WEB);
  return dirs.map((dir) => {
    const bytes = readFileSync(path.join(dir, "index.html"));
    const url = "https://" + path.relative(WEB, dir).split(path.sep).join("/");
    const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as { paragraphs: string[] };
    return {
      set: "recorded" as const,
      id: path.relative(WEB, dir),
      url,
      html: new TextDecoder(declaredCharset(bytes) ?? "utf-8").decode(bytes),
      outlet: OUTLETS.find((o) => o.hosts.includes(new URL(url).hostname)),
      truth: expected.paragraphs.join("\n"),
    };
  });
}

function scrapinghubPages(): Page[] {
  const dir = path.join(BENCH, "scrapinghub-aeb");
  if (!existsSync(dir)) return [];
  const truth = JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth).map(([id, t]) => {
    const bytes = gunzipSync(readFileSync(path.join(dir, "html", `${id}.html.gz`)));
    return { set: "scrapinghub" as const, id, url: t.url, html: new TextDecoder(declaredCharset(bytes) ?? "utf-8").decode(bytes), truth: t.articleBody };
  });
}

function mozillaPages(): Page[] {
  const dir = path.join(BENCH, "mozilla-readability-subset");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((name) => {
    const expected = readFileSync(path.join(dir, name, "expected.html"), "utf8");
    return {
      set: "mozilla" as const,
      id: name,
      url: `http://fakehost/test/${name}/`,
      html: readFileSync(path.join(dir, name, "source.html"), "utf8"),
      truth: load(expected).root().text(),
    };
  });
}

/** Tokens as Python's `re.findall(r"\w+")` finds them: letters, digits, underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  const n = Math.min(SHINGLE, tokens.length);
  for (let i = 0; n > 0 && i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(" ");
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page precision and recall from shingle multisets (the benchmark's conventions for empty sides). */
function precisionRecall(truth: string, predicted: string): [number, number] {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of p) {
    const m = Math.min(c, t.get(k) ?? 0);
    tp += m;
    fp += c - m;
  }
  for (const [k, c] of t) fn += c - Math.min(c, p.get(k) ?? 0);
  if (fp === 0 && fn === 0) return [1, 1];
  if (tp === 0) return [0, 0];
  return [tp / (tp + fp), tp / (tp + fn)];
}

interface Run {
  texts: string[];
  seconds: number;
  failures: number;
}

function runRasd(pages: Page[]): Run {
  const texts: string[] = [];
  let failures = 0;
  const start = process.hrtime.bigint();
  for (const page of pages) {
    try {
      texts.push(cleanArticle(page.html, { url: page.url, outlet: page.outlet }).paragraphs.join("\n"));
    } catch (err) {
      if (!(err instanceof CleanError)) throw err;
      failures++;
      texts.push("");
    }
  }
  return { texts, seconds: Number(process.hrtime.bigint() - start) / 1e9, failures };
}

function runReadability(pages: Page[]): Run {
  const texts: string[] = [];
  let failures = 0;
  const quiet = new VirtualConsole();
  const start = process.hrtime.bigint();
  for (const page of pages) {
    try {
      const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      texts.push(article?.textContent ?? "");
      if (!article) failures++;
      dom.window.close();
    } catch {
      failures++;
      texts.push("");
    }
  }
  return { texts, seconds: Number(process.hrtime.bigint() - start) / 1e9, failures };
}

function score(pages: Page[], texts: string[]): { p: number; r: number; f1: number; perPage: number[] } | null {
  const scored = pages.map((pg, i) => [pg, texts[i]] as const).filter(([pg]) => pg.truth !== null);
  if (scored.length === 0) return null;
  let sp = 0;
  let sr = 0;
  const perPage: number[] = [];
  for (const [pg, text] of scored) {
    const [p, r] = precisionRecall(pg.truth!, text);
    sp += p;
    sr += r;
    perPage.push(p + r === 0 ? 0 : (2 * p * r) / (p + r));
  }
  const p = sp / scored.length;
  const r = sr / scored.length;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), perPage };
}

const fmt = (x: number): string => x.toFixed(3);

function main(): void {
  const { values } = parseArgs({
    options: { only: { type: "string" }, limit: { type: "string" }, worst: { type: "string", default: "0" }, "skip-readability": { type: "boolean" } },
  });
  const sets: Record<string, () => Page[]> = { recorded: recordedPages, scrapinghub: scrapinghubPages, mozilla: mozillaPages };
  if (!existsSync(BENCH)) console.log(`note: ${BENCH} is absent; only the recorded pages are benchmarked`);
  const rows: string[][] = [];
  const all: Page[] = [];
  for (const [name, loader] of Object.entries(sets)) {
    if (values.only && values.only !== name) continue;
    let pages = loader();
    if (values.limit) pages = pages.slice(0, Number(values.limit));
    if (pages.length === 0) continue;
    all.push(...pages);
    runRasd(pages.slice(0, 5)); // warm-up: JIT and module initialisation
    const ours = runRasd(pages);
    const theirs = values["skip-readability"] ? null : runReadability(pages);
    const so = score(pages, ours.texts);
    const st = theirs ? score(pages, theirs.texts) : null;
    rows.push([
      name, String(pages.length),
      (pages.length / ours.seconds).toFixed(1), theirs ? (pages.length / theirs.seconds).toFixed(1) : "-",
      theirs ? (theirs.seconds / ours.seconds).toFixed(1) + "x" : "-",
      so ? `${fmt(so.p)} / ${fmt(so.r)} / ${fmt(so.f1)}` : "-",
      st ? `${fmt(st.p)} / ${fmt(st.r)} / ${fmt(st.f1)}` : "-",
      `${ours.failures}/${theirs?.failures ?? "-"}`,
    ]);
    const worst = Number(values.worst);
    if (worst > 0 && so) {
      const ranked = so.perPage.map((f, i) => [f, st?.perPage[i] ?? NaN, pages[i].id] as const).sort((a, b) => a[0] - b[0]);
      console.log(`worst ${worst} of ${name} (rasd F1, readability F1, page):`);
      for (const [f, g, id] of ranked.slice(0, worst)) console.log(`  ${fmt(f)}  ${fmt(g)}  ${id}`);
    }
  }
  const headers = ["set", "pages", "rasd pages/s", "readability pages/s", "speed-up", "rasd P / R / F1", "readability P / R / F1", "no body (rasd/readab.)"];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(line(headers));
  console.log(line(widths.map((w) => "-".repeat(w))));
  rows.forEach((r) => console.log(line(r)));
}

main();
