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
import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { cleanArticle, CleanError } from "../lib/clean";
import { FETCH_MAX_BODY_BYTES } from "../lib/constants";
import { HTML, SETS, datesRight, fmt, prf, rasdOne, readabilityOne, score, snippetCheck, table, timed, type Score } from "./bench-clean-pages";

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
