/**
 * Layouts the cleaner has never seen: every real page with a body reference in ../shared/eval/html
 * (Scrapinghub AEB, the Readability subset, arabic-real) is rewritten at run time into layouts
 * real outlets use, keeping its text, and rasd and @mozilla/readability are scored on the result
 * against the same reference, in the same run. Nothing rewritten is written to disk.
 *
 *   none       parsed and printed again (parse5), nothing changed: the baseline of the rows below
 *   no-names   every class and id attribute removed
 *   hashed     every class and id name replaced by a meaningless hash (CSS-modules style)
 *   br         each <p> unwrapped, its text ended by <br><br> in the element that held it (a hidden <p>
 *              becomes a <span> that keeps its hiding attributes: unwrapping must not show its text)
 *   tables     the body inside nested <table><tr><td> and <font>, each paragraph in a <font> too
 *   json-ld    a thin shell (head, header, nav, footer, an empty root <div>), the body in JSON-LD articleBody
 *   next-data  an empty <div id="__next">, the body as HTML in __NEXT_DATA__ JSON
 *   divs       article, main, section, aside, nav, header, footer renamed to <div>
 *   moved      nav, aside, header, footer, related, share and comment blocks copied before the body
 *   all        no-names, br, tables, divs and moved at once
 *
 * Scored as bench:clean scores (4-token shingles, per-page P and R averaged, F1 from the averages).
 *
 *   npm run bench:clean:perturb [-- --only SET] [--perturb NAME,…] [--limit N] [--worst N] [--skip-readability]
 *   npm run bench:clean:perturb -- --show PAGE-ID --perturb NAME    what rasd keeps of one rewritten page
 */
import { parseArgs } from "node:util";
import { load, type CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import {
  arabicRealPages,
  fmt,
  mozillaPages,
  prf,
  rasdOne,
  readabilityOne,
  score,
  scrapinghubPages,
  table,
  timed,
  type Output,
  type Page,
} from "./bench-clean-pages";

type Perturbation = (page: Page) => string;

/** A deterministic meaningless name for a class or id (FNV-1a, base 36), as CSS modules print them. */
function hashName(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return `_${h.toString(36)}`;
}

function elements($: CheerioAPI): Element[] {
  return $("*").toArray() as Element[];
}

function noNames($: CheerioAPI): void {
  for (const el of elements($)) {
    delete el.attribs.class;
    delete el.attribs.id;
  }
}

function hashed($: CheerioAPI): void {
  for (const el of elements($)) {
    if (el.attribs.class) el.attribs.class = el.attribs.class.trim().split(/\s+/).map(hashName).join(" ");
    if (el.attribs.id) el.attribs.id = hashName(el.attribs.id);
  }
}

/** Attributes that hide an element from the reader: unwrapping a hidden <p> must not show its text. */
const HIDING = ["hidden", "aria-hidden", "style"] as const;

function brParagraphs($: CheerioAPI): void {
  for (const el of $("p").toArray().reverse() as Element[]) {
    const $p = $(el);
    $p.after("<br><br>");
    const hiding = HIDING.filter((a) => el.attribs[a] !== undefined);
    if (hiding.length > 0) $p.replaceWith($("<span>").attr(Object.fromEntries(hiding.map((a) => [a, el.attribs[a]]))).append($p.contents()));
    else $p.replaceWith($p.contents());
  }
}

function tables($: CheerioAPI): void {
  for (const el of $("p").toArray()) $(el).wrapInner('<font size="2" face="Tahoma"></font>');
  $("body").wrapInner(
    '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td valign="top">' +
      '<table width="760" align="center"><tbody><tr><td><font face="Tahoma" size="2"></font></td></tr></tbody></table>' +
      "</td></tr></tbody></table>",
  );
}

const SEMANTIC = "article, main, section, aside, nav, header, footer";

function divs($: CheerioAPI): void {
  for (const el of $(SEMANTIC).toArray() as Element[]) el.name = "div";
}

/** Page furniture, by tag or by the names themes give it. */
const FURNITURE =
  'nav, aside, header, footer, [class*="related" i], [id*="related" i], [class*="share" i], [class*="comment" i], [id*="comment" i], [class*="sidebar" i], [class*="newsletter" i]';

/** Tokens of a text as the scoring reads them, lower-cased and joined by one space. */
function tokens(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(" ");
}

/** The element holding the first paragraph of the reference: where the body starts. */
function bodyStart($: CheerioAPI, page: Page): Element | null {
  const truth = tokens(page.truth ?? "");
  for (const el of $("p, div, td, li").toArray() as Element[]) {
    const own = el.children.filter((c) => c.type === "text").map((c) => (c as AnyNode & { data: string }).data).join(" ");
    const words = tokens(el.name === "p" ? $(el).text() : own).split(" ").slice(0, 8);
    if (words.length === 8 && truth.includes(words.join(" "))) return el.name === "p" ? (el.parent as Element) : el;
  }
  return null;
}

function moved($: CheerioAPI, page: Page): void {
  const start = bodyStart($, page);
  const found = $(FURNITURE).toArray() as Element[];
  const set = new Set(found);
  const outermost = found.filter((el) => {
    for (let n = el.parent; n; n = n.parent) if (set.has(n as Element)) return false;
    return !start || (!$(el).find(start).length && el !== start && !$(start).find(el).length);
  });
  const copies = outermost.map((el) => $(el).clone());
  if (start && start.parent && start.name !== "body") $(start).before(copies.map((c) => c.toString()).join(""));
  else $("body").prepend(copies.map((c) => c.toString()).join(""));
}

/** The page's own JSON-LD and data scripts go: the shell carries only the data written here. */
function shellHead($: CheerioAPI): void {
  $('script[type="application/ld+json"], script[type="application/json"], script#__NEXT_DATA__').remove();
}

/** What a client-rendered page still prints around its empty root: the header, nav and footer. */
function shellChrome($: CheerioAPI): string {
  const kept = ($("header, nav, footer").toArray() as Element[]).filter((el) => {
    for (let n = el.parent; n; n = n.parent) if (n.type === "tag" && ["header", "nav", "footer"].includes((n as Element).name)) return false;
    return true;
  });
  return kept.map((el) => $.html(el)).join("\n");
}

const paragraphsOf = (page: Page): string[] => (page.truth ?? "").split(/\n+/).map((l) => l.trim()).filter(Boolean);
const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** JSON inside a <script>: "</" would end it. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/<\//g, "<\\/");

function jsonLd(page: Page): string {
  const $ = load(page.html);
  shellHead($);
  const data = { "@context": "https://schema.org", "@type": "NewsArticle", headline: $("title").text(), articleBody: paragraphsOf(page).join("\n\n") };
  $("head").append(`<script type="application/ld+json">${scriptJson(data)}</script>`);
  $("body").html(`${shellChrome($)}<div id="root"></div>`);
  return $.html();
}

function nextData(page: Page): string {
  const $ = load(page.html);
  shellHead($);
  const menu = ($("nav a, header a").toArray() as Element[]).map((a) => $(a).text().trim()).filter(Boolean);
  const data = {
    props: { pageProps: { article: { headline: $("title").text(), body: paragraphsOf(page).map((p) => `<p>${escapeHtml(p)}</p>`).join("") }, menu } },
    page: "/[section]/[slug]",
    buildId: "build",
  };
  $("body").html(`<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${scriptJson(data)}</script>`);
  return $.html();
}

/** A perturbation that edits the parsed page in place. */
const inPlace =
  (...edits: ((($: CheerioAPI, page: Page) => void))[]): Perturbation =>
  (page) => {
    const $ = load(page.html);
    for (const edit of edits) edit($, page);
    return $.html();
  };

const PERTURBATIONS: readonly [string, Perturbation][] = [
  ["none", inPlace()],
  ["no-names", inPlace(noNames)],
  ["hashed", inPlace(hashed)],
  ["br", inPlace(brParagraphs)],
  ["tables", inPlace(tables)],
  ["json-ld", jsonLd],
  ["next-data", nextData],
  ["divs", inPlace(divs)],
  ["moved", inPlace(moved)],
  // Moved first: it finds the furniture by the tags and names the others take away.
  ["all", inPlace(moved, noNames, brParagraphs, tables, divs)],
];

const SETS: readonly [string, () => Page[]][] = [
  ["scrapinghub", scrapinghubPages],
  ["mozilla", mozillaPages],
  ["arabic-real", arabicRealPages],
];

function main(): void {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      perturb: { type: "string" },
      limit: { type: "string" },
      worst: { type: "string", default: "0" },
      "skip-readability": { type: "boolean" },
      show: { type: "string" },
    },
  });
  const wanted = values.perturb?.split(",");
  if (values.show) return show(values.show, wanted ?? ["none"]);
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const [setName, loadSet] of SETS) {
    if (values.only && values.only !== setName) continue;
    let pages = loadSet();
    if (values.limit) pages = pages.slice(0, Number(values.limit));
    if (pages.length === 0) continue;
    let baseline: number | null = null;
    for (const [name, perturb] of PERTURBATIONS) {
      if (wanted && !wanted.includes(name) && name !== "none") continue;
      const perturbed = pages.map((p) => ({ ...p, html: perturb(p) }));
      const ours = timed(perturbed, (p) => rasdOne(p));
      const theirs = values["skip-readability"] ? null : timed(perturbed, readabilityOne);
      const so = score(perturbed, ours.outputs)!;
      const st = theirs ? score(perturbed, theirs.outputs) : null;
      baseline ??= so.f1;
      rows.push([
        setName,
        name,
        String(pages.length),
        prf(so),
        prf(st),
        `${ours.noBody} / ${theirs?.noBody ?? "-"}`,
        (so.f1 - baseline >= 0 ? "+" : "") + fmt(so.f1 - baseline),
        strategies(ours.outputs),
      ]);
      const worst = Number(values.worst);
      if (worst > 0 && name !== "none") {
        const ranked = so.perPage.map((f, i) => [f, pages[i].id, ours.outputs[i].strategy ?? "no body"] as const).sort((a, b) => a[0] - b[0]);
        notes.push(`worst ${worst} of ${setName} ${name} (rasd F1, page, strategy): ` + ranked.slice(0, worst).map(([f, id, s]) => `${fmt(f)} ${id} ${s}`).join("; "));
      }
    }
  }
  table(["set", "perturbation", "pages", "rasd P / R / F1", "readability P / R / F1", "no body (rasd / readab.)", "rasd F1 vs none", "rasd strategies"], rows);
  for (const n of notes) console.log(n);
}

/** Prints what rasd keeps of one page under each named perturbation, a line per paragraph. */
function show(id: string, wanted: readonly string[]): void {
  const page = SETS.flatMap(([, loadSet]) => loadSet()).find((p) => p.id === id);
  if (!page) throw new Error(`no page ${id} in ${SETS.map(([s]) => s).join(", ")}`);
  for (const [name, perturb] of PERTURBATIONS) {
    if (!wanted.includes(name)) continue;
    const out = rasdOne({ ...page, html: perturb(page) });
    console.log(`== ${name}: ${out.strategy ?? "no body"}`);
    for (const line of out.body.split("\n")) console.log(`  ${line.slice(0, 160)}`);
  }
}

function strategies(outputs: readonly Output[]): string {
  const counts = new Map<string, number>();
  for (const o of outputs) if (o.strategy && o.strategy !== "generic") counts.set(o.strategy, (counts.get(o.strategy) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s} ${n}`).join(", ");
}

main();
