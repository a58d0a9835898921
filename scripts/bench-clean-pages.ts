/**
 * What the cleaner benchmarks share: the real page sets of ../shared/eval/html (read at run
 * time, never copied) and the pages written in the project, rasd and @mozilla/readability run
 * on a page, and the Article Extraction Benchmark's scoring (Unicode \w+ tokens, 4-token
 * shingles, per-page P and R averaged, F1 from the averages).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { load } from "cheerio";
import { createRequire } from "node:module";
import { Readability } from "@mozilla/readability";
import { cleanArticle, CleanError } from "../lib/clean";
import type { CleanedArticle } from "../lib/types";
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
export const HTML = path.resolve(ROOT, "../shared/eval/html");
/** Shingle size of the Article Extraction Benchmark. */
const SHINGLE = 4;

export interface Page {
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

export interface PageSet {
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

export function scrapinghubPages(): Page[] {
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

export function mozillaPages(): Page[] {
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

export function arabicRealPages(): Page[] {
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

export const SETS: readonly PageSet[] = [
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

export interface Output {
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

export function rasdOne(page: Page, fallbacksOnly = false): Output {
  try {
    const a: CleanedArticle = cleanArticle(page.html, { url: page.url, outlet: page.outlet, fallbacksOnly });
    // The body as a reader sees it, photo captions printed in it included.
    const body = a.paragraphs.join("\n");
    const inBody = new Set(a.captionParagraphs.map((i) => a.paragraphs[i]));
    const apart = a.captions.filter((c) => !inBody.has(c));
    return { body, full: [a.title, body, ...apart].join("\n"), date: a.published?.slice(0, 10) ?? null, strategy: a.strategy };
  } catch (err) {
    if (!(err instanceof CleanError)) throw err;
    return { body: "", full: "", date: null };
  }
}

const quiet = new VirtualConsole();

export function readabilityOne(page: Page): Output {
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

export function timed(pages: Page[], one: (p: Page) => Output): Run {
  for (const p of pages.slice(0, 3)) one(p); // warm-up: JIT and module initialisation
  const start = process.hrtime.bigint();
  const outputs = pages.map(one);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { outputs, seconds, noBody: outputs.filter((o) => !o.body.trim()).length };
}

export interface Score {
  p: number;
  r: number;
  f1: number;
  perPage: number[];
}

export function score(pages: Page[], outputs: Output[], field: "body" | "full" = "body"): Score | null {
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
export const fmt = (x: number): string => x.toFixed(3);
export const prf = (s: Score | null): string => (s ? `${fmt(s.p)} / ${fmt(s.r)} / ${fmt(s.f1)}` : "-");

/** Snippet check: "kept k/n, removed m/n" of the body text. */
export function snippetCheck(pages: Page[], outputs: Output[]): string {
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

export function datesRight(pages: Page[], outputs: Output[]): string {
  const dated = pages.map((pg, i) => [pg.date, outputs[i].date] as const).filter(([want]) => want);
  return `dates ${dated.filter(([want, got]) => want === got).length}/${dated.length}`;
}

export function table(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  console.log(line(headers));
  console.log(line(widths.map((w) => "-".repeat(w))));
  rows.forEach((r) => console.log(line(r)));
}
