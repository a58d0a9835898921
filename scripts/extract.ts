/**
 * Extracts incidents from every `*.json` article in a folder.
 *
 *   npm run extract -- --in DIR --out DIR
 *
 * Each article file holds {text, published, url, outlet}; the out folder gets a file of the same
 * name holding {"incidents": [...]}. Prints one summary line.
 */
import fs from "node:fs";
import path from "node:path";
import type { Article } from "../lib/types";
import { extractIncidents } from "../lib/extract";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Extracts every article of `inDir` into `outDir`; returns the figures of the run. */
export function extractDir(inDir: string, outDir: string): { articles: number; incidents: number; ms: number } {
  fs.mkdirSync(outDir, { recursive: true });
  const files = fs.readdirSync(inDir).filter((f) => f.endsWith(".json")).sort();
  const t0 = performance.now();
  let incidents = 0;
  for (const f of files) {
    const raw = JSON.parse(fs.readFileSync(path.join(inDir, f), "utf8")) as Partial<Article>;
    const article: Article = {
      text: typeof raw.text === "string" ? raw.text : "",
      published: raw.published ?? null,
      url: raw.url ?? null,
      outlet: raw.outlet ?? null,
    };
    const found = extractIncidents(article);
    incidents += found.length;
    fs.writeFileSync(path.join(outDir, f), JSON.stringify({ incidents: found }, null, 2) + "\n");
  }
  return { articles: files.length, incidents, ms: performance.now() - t0 };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const inDir = arg("--in");
  const outDir = arg("--out");
  if (!inDir || !outDir) {
    console.error("usage: npm run extract -- --in DIR --out DIR");
    process.exit(2);
  }
  const r = extractDir(inDir, outDir);
  console.log(`extracted ${r.articles} articles, ${r.incidents} incidents in ${r.ms.toFixed(0)} ms`);
}
