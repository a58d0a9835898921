/**
 * Cleaner benchmark: rasd's cleaner side by side with @mozilla/readability on jsdom, on the same
 * pages in the same run. Real pages come from ../shared/eval/html (read at run time, never copied):
 *
 *   scrapinghub   Scrapinghub article-extraction-benchmark, 181 pages, articleBody references
 *   mozilla       Readability test-page subset, expected.html references
 *   arabic-real   4 real Arabic pages (BBC Arabic, Youm7 ×2, EU press release); the references
 *                 without promo / player lines where MANIFEST.md says so
 *   assabah       one real Arabic page, snippets that must be kept / removed
 *   htmldate      11 real Arabic and Persian pages with a publication date only: pages with no
 *                 body and dates right
 *
 * Scored as the Article Extraction Benchmark scores: Unicode \w+ tokens, 4-token shingles,
 * per-page P and R averaged, F1 from the averages. Both tools are scored on the body text
 * (rasd's paragraphs, Readability's textContent), never the title. "rasd fallbacks alone"
 * skips the generic scoring on every page: what a page the generic scoring misses would get.
 *
 * The recorded outlet pages (test/fixtures/web) were WRITTEN IN THE PROJECT: they are reported
 * apart, as regression figures, never as quality figures. The hostile section times rasd alone
 * on generated pages (deep nesting, stray tags, 5 MiB pages, deep JSON).
 *
 *   npm run bench:clean [-- --only SET|hostile] [--limit N] [--worst N] [--skip-readability]
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
import type { CleanedArticle } from "../lib/types";
import { OUTLETS, type Outlet } from "../lib/outlets/registry";
import { declaredCharset } from "../lib/fetch/charset";
import { FETCH_MAX_BODY_BYTES } from "../lib/constants";

/** The slice of jsdom this script uses (jsdom ships no types; @types/jsdom is not installed). */
interface JsdomModule {
  JSDOM: new (html: string, opts: { url: string; virtualConsole: object }) => { window: { document: Document; close(): void } };
  VirtualConsole: new () => object;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)("jsdom") as JsdomModule;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WEB = path.join(ROOT, "test/fixtures/web");
const HTML = path.resolve(ROOT, "../shared/eval/html");
/** Shingle size of the Article Extraction Benchmark. */
const SHINGLE = 4;

interface Page {
  id: string;
  url: string;
  html: string;
  outlet?: Outlet;
  /** Reference body text, when the set has one. */
  truth: string | null;
  /** Snippets the body must hold / must not hold (assabah). */
  snippets?: { with: string[]; without: string[] };
  /** Publication date, YYYY-MM-DD (htmldate). */
  date?: string;
}

interface PageSet {
  name: string;
  /** True for pages written in the project: regression figures, not quality figures. */
  written: boolean;
  load: () => Page[];
}

function decode(bytes: Buffer): string {
  return new TextDecoder(declaredCharset(bytes) ?? "utf-8").decode(bytes);
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
    const url = "https://" + path.relative(WEB, dir).split(path.sep).join("/");
    const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as { paragraphs: string[] };
    return {
      id: path.relative(WEB, dir),
      url,
      html: decode(readFileSync(path.join(dir, "index.html"))),
      outlet: OUTLETS.find((o) => o.hosts.includes(new URL(url).hostname)),
      truth: expected.paragraphs.join("\n"),
    };
  });
}

function scrapinghubPages(): Page[] {
  const dir = path.join(HTML, "benchmarks/scrapinghub-aeb");
  if (!existsSync(dir)) return [];
  const truth = JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth).map(([id, t]) => ({
    id,
    url: t.url,
    html: decode(gunzipSync(readFileSync(path.join(dir, "html", `${id}.html.gz`)))),
    truth: t.articleBody,
  }));
}

function mozillaPages(): Page[] {
  const dir = path.join(HTML, "benchmarks/mozilla-readability-subset");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((name) => ({
    id: name,
    url: `http://fakehost/test/${name}/`,
    html: readFileSync(path.join(dir, name, "source.html"), "utf8"),
    truth: load(readFileSync(path.join(dir, name, "expected.html"), "utf8")).root().text(),
  }));
}

/** The reference MANIFEST.md names for each page: without promo or player lines where it says so. */
const ARABIC_REFERENCES = ["expected-text.no-promo.txt", "expected-text.no-player.txt", "expected-text.txt"];

function arabicRealPages(): Page[] {
  const dir = path.join(HTML, "arabic-real");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((name) => {
    const meta = JSON.parse(readFileSync(path.join(dir, name, "meta.json"), "utf8")) as { url: string };
    const ref = ARABIC_REFERENCES.find((f) => existsSync(path.join(dir, name, f)))!;
    return {
      id: name,
      url: meta.url.split(" ")[0],
      html: decode(readFileSync(path.join(dir, name, "source.html"))),
      truth: readFileSync(path.join(dir, name, ref), "utf8"),
    };
  });
}

function assabahPages(): Page[] {
  const dir = path.join(HTML, "arabic/assabah-tn-164913");
  if (!existsSync(dir)) return [];
  const s = JSON.parse(readFileSync(path.join(dir, "expected-snippets.trafilatura.json"), "utf8")) as { url: string; with: string[]; without: string[] };
  return [{ id: "assabah-tn-164913", url: s.url, html: decode(readFileSync(path.join(dir, "source.html"))), truth: null, snippets: s }];
}

function htmldatePages(): Page[] {
  const dir = path.join(HTML, "arabic/htmldate-mediacloud-2020");
  if (!existsSync(dir)) return [];
  const dates = JSON.parse(readFileSync(path.join(dir, "expected-dates.htmldate.json"), "utf8")) as Record<string, { url: string; date: string }>;
  return Object.entries(dates).map(([file, d]) => ({
    id: file,
    url: d.url,
    html: decode(readFileSync(path.join(dir, file))),
    truth: null,
    date: d.date,
  }));
}

const SETS: readonly PageSet[] = [
  { name: "scrapinghub", written: false, load: scrapinghubPages },
  { name: "mozilla", written: false, load: mozillaPages },
  { name: "arabic-real", written: false, load: arabicRealPages },
  { name: "assabah", written: false, load: assabahPages },
  { name: "htmldate", written: false, load: htmldatePages },
  { name: "recorded", written: true, load: recordedPages },
];

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

interface Output {
  body: string;
  /** Everything the tool returns: title, body and, for rasd, the captions it keeps apart. */
  full: string;
  /** Publication date as YYYY-MM-DD, when the tool gave one. */
  date: string | null;
  /** rasd only: the strategy that found the body. */
  strategy?: string;
}

interface Run {
  outputs: Output[];
  seconds: number;
  /** Pages that gave no body at all. */
  noBody: number;
}

function rasdOne(page: Page, fallbacksOnly = false): Output {
  try {
    const a: CleanedArticle = cleanArticle(page.html, { url: page.url, outlet: page.outlet, fallbacksOnly });
    const body = a.paragraphs.join("\n");
    return { body, full: [a.title, body, ...a.captions].join("\n"), date: a.published?.slice(0, 10) ?? null, strategy: a.strategy };
  } catch (err) {
    if (!(err instanceof CleanError)) throw err;
    return { body: "", full: "", date: null };
  }
}

const quiet = new VirtualConsole();

function readabilityOne(page: Page): Output {
  try {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    const body = article?.textContent ?? "";
    return { body, full: [article?.title ?? "", body].join("\n"), date: article?.publishedTime?.slice(0, 10) ?? null };
  } catch {
    return { body: "", full: "", date: null };
  }
}

function timed(pages: Page[], one: (p: Page) => Output): Run {
  for (const p of pages.slice(0, 3)) one(p); // warm-up: JIT and module initialisation
  const start = process.hrtime.bigint();
  const outputs = pages.map(one);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { outputs, seconds, noBody: outputs.filter((o) => !o.body.trim()).length };
}

interface Score {
  p: number;
  r: number;
  f1: number;
  perPage: number[];
}

function score(pages: Page[], outputs: Output[], field: "body" | "full" = "body"): Score | null {
  const scored = pages.map((pg, i) => [pg, outputs[i][field]] as const).filter(([pg]) => pg.truth !== null);
  if (scored.length === 0) return null;
  let sp = 0;
  let sr = 0;
  const perPage: number[] = [];
  for (const [pg, text] of scored) {
    const [p, r] = precisionRecall(pg.truth!, text);
    sp += p;
    sr += r;
    perPage.push(f1(p, r));
  }
  const p = sp / scored.length;
  const r = sr / scored.length;
  return { p, r, f1: f1(p, r), perPage };
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const fmt = (x: number): string => x.toFixed(3);
const prf = (s: Score | null): string => (s ? `${fmt(s.p)} / ${fmt(s.r)} / ${fmt(s.f1)}` : "-");

/** Snippet check: "kept k/n, removed m/n" of the body text. */
function snippetCheck(pages: Page[], outputs: Output[]): string {
  let kept = 0;
  let removed = 0;
  let nWith = 0;
  let nWithout = 0;
  pages.forEach((pg, i) => {
    if (!pg.snippets) return;
    const text = outputs[i].body.replace(/\s+/g, " ");
    const has = (s: string): boolean => text.includes(s.replace(/\s+/g, " "));
    kept += pg.snippets.with.filter(has).length;
    removed += pg.snippets.without.filter((s) => !has(s)).length;
    nWith += pg.snippets.with.length;
    nWithout += pg.snippets.without.length;
  });
  return `kept ${kept}/${nWith}, removed ${removed}/${nWithout}`;
}

function datesRight(pages: Page[], outputs: Output[]): string {
  const dated = pages.map((pg, i) => [pg.date, outputs[i].date] as const).filter(([want]) => want);
  return `dates ${dated.filter(([want, got]) => want === got).length}/${dated.length}`;
}

function table(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  console.log(line(headers));
  console.log(line(widths.map((w) => "-".repeat(w))));
  rows.forEach((r) => console.log(line(r)));
}

/** Hostile pages, generated here: what each costs rasd (Readability is not timed on them). */
const HOSTILE_P = "<p>قتل ثلاثة مدنيين بقصف على بلدة في ريف إدلب الجنوبي صباح اليوم، وفق مصادر محلية في المنطقة.</p>";
const HOSTILE: readonly [string, () => string][] = [
  ["30,000 nested <div>s, text on each", () => `<html><body>${"<div>نص قصير على كل مستوى، ".repeat(30_000)}${HOSTILE_P}</body></html>`],
  ["100,000 nested <div>s", () => `<html><body>${"<div>".repeat(100_000)}${HOSTILE_P}${"</div>".repeat(100_000)}</body></html>`],
  ["20,000 <div>s, stray closing tags", () => `<html><body>${"<div></span>".repeat(20_000)}${HOSTILE_P}</body></html>`],
  ["50,000 unclosed <font>s in a cell", () => `<html><body><table><tr><td>${"<font size=2>نص ".repeat(50_000)}${HOSTILE_P}</td></tr></table></body></html>`],
  ["5 MiB of paragraphs", () => `<html><body>${HOSTILE_P.repeat(Math.floor(FETCH_MAX_BODY_BYTES / HOSTILE_P.length))}</body></html>`],
  ["5 MiB in one text node", () => `<html><body><p>${"كلمة ".repeat(FETCH_MAX_BODY_BYTES / 10)}</p></body></html>`],
  ["5,000 comments sections beside headlines", () => `<html><body><article>${HOSTILE_P.repeat(3)}</article>${`<div><h3>التعليقات</h3>${HOSTILE_P}<div><h1>عنوان</h1><h3>تعليقات</h3></div></div>`.repeat(5_000)}</body></html>`],
  ["JSON-LD 100,000 arrays deep", () => `<html><head><script type="application/ld+json">${"[".repeat(100_000)}${"]".repeat(100_000)}</script></head><body>${HOSTILE_P}${HOSTILE_P}</body></html>`],
];

function hostile(): void {
  const rows: string[][] = [];
  for (const [name, make] of HOSTILE) {
    const html = make();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = process.hrtime.bigint();
    let outcome: string;
    try {
      const a = cleanArticle(html, { url: "https://example.org/hostile" });
      outcome = `${a.strategy}, ${a.paragraphs.length} paragraphs`;
    } catch (err) {
      if (!(err instanceof CleanError)) throw err;
      outcome = "no body";
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const heap = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    rows.push([name, (html.length / 1024 / 1024).toFixed(1), ms.toFixed(0), heap.toFixed(0), `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)}`, outcome]);
  }
  console.log("\nhostile pages (generated), rasd alone:");
  table(["page", "MiB", "ms", "heap +MiB", "rss MiB", "result"], rows);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      limit: { type: "string" },
      worst: { type: "string", default: "0" },
      "skip-readability": { type: "boolean" },
    },
  });
  if (!existsSync(HTML)) console.log(`note: ${HTML} is absent; only the pages written in the project are benchmarked`);
  const rows: string[][] = [];
  const notes: string[] = [];
  const strategies = new Map<string, number>();
  const totals = { pages: 0, ours: 0, theirs: 0 };
  for (const set of SETS) {
    if (values.only && values.only !== set.name) continue;
    let pages = set.load();
    if (values.limit) pages = pages.slice(0, Number(values.limit));
    if (pages.length === 0) continue;
    const ours = timed(pages, (p) => rasdOne(p));
    const fallbacks = score(pages, pages.map((p) => rasdOne(p, true)));
    const theirs = values["skip-readability"] ? null : timed(pages, readabilityOne);
    const so = score(pages, ours.outputs);
    const st = theirs ? score(pages, theirs.outputs) : null;
    const label = set.written ? `${set.name} (written in the project)` : set.name;
    if (!set.written) {
      totals.pages += pages.length;
      totals.ours += ours.seconds;
      totals.theirs += theirs?.seconds ?? 0;
      for (const o of ours.outputs) if (o.strategy) strategies.set(o.strategy, (strategies.get(o.strategy) ?? 0) + 1);
    }
    rows.push([
      label,
      String(pages.length),
      prf(so),
      prf(st),
      fallbacks ? fmt(fallbacks.f1) : "-",
      `${ours.noBody} / ${theirs?.noBody ?? "-"}`,
      (pages.length / ours.seconds).toFixed(1),
      theirs ? (pages.length / theirs.seconds).toFixed(1) : "-",
      theirs ? (theirs.seconds / ours.seconds).toFixed(1) + "x" : "-",
    ]);
    if (pages.some((p) => p.snippets)) notes.push(`${label} snippets: rasd ${snippetCheck(pages, ours.outputs)}; readability ${theirs ? snippetCheck(pages, theirs.outputs) : "-"}`);
    if (pages.some((p) => p.date)) notes.push(`${label}: rasd ${datesRight(pages, ours.outputs)}; readability ${theirs ? datesRight(pages, theirs.outputs) : "-"}`);
    if (set.name === "arabic-real" && so) {
      const perPage = (a: Score, b: Score | null): string => pages.map((p, i) => `${p.id} ${fmt(a.perPage[i])} / ${b ? fmt(b.perPage[i]) : "-"}`).join(", ");
      notes.push(`${label} per page F1, body (rasd / readability): ${perPage(so, st)}`);
      // These references hold the headline and, some, the captions: score all each tool returns too.
      const fo = score(pages, ours.outputs, "full")!;
      const ft = theirs ? score(pages, theirs.outputs, "full") : null;
      notes.push(`${label} with title (and rasd's captions): F1 ${fmt(fo.f1)} / ${ft ? fmt(ft.f1) : "-"}; per page ${perPage(fo, ft)}`);
    }
    const worst = Number(values.worst);
    if (worst > 0 && so) {
      const ranked = so.perPage.map((f, i) => [f, st?.perPage[i] ?? NaN, pages[i].id] as const).sort((a, b) => a[0] - b[0]);
      notes.push(`worst ${worst} of ${label} (rasd F1, readability F1, page):\n` + ranked.slice(0, worst).map(([f, g, id]) => `  ${fmt(f)}  ${fmt(g)}  ${id}`).join("\n"));
    }
  }
  if (rows.length > 0) table(["set", "pages", "rasd P / R / F1", "readability P / R / F1", "rasd fallbacks alone F1", "no body (rasd / readab.)", "rasd pages/s", "readab. pages/s", "speed-up"], rows);
  if (totals.pages > 0 && totals.theirs > 0) {
    console.log(
      `\nall real pages: ${totals.pages}, rasd ${(totals.pages / totals.ours).toFixed(1)} pages/s, readability ${(totals.pages / totals.theirs).toFixed(1)} pages/s, speed-up ${(totals.theirs / totals.ours).toFixed(1)}x`,
    );
  }
  if (strategies.size > 0) console.log(`rasd strategies on real pages: ${[...strategies].map(([s, n]) => `${s} ${n}`).join(", ")}`);
  for (const n of notes) console.log(n);
  if (!values.only || values.only === "hostile") hostile();
}

main();
