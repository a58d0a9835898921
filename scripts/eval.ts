/**
 * Quality gate: extracts the annotated dev articles, scores them with shared/eval/score.mjs and
 * compares each figure with the floor pinned in scripts/eval-floors.json.
 *
 *   npm run eval
 *
 * Exits 1 when any figure is below its floor. Floors are raised when the extractor improves and
 * never lowered silently.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EXTRACTOR_VERSION } from "../lib/extract";
import { extractDir } from "./extract";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const goldDir = path.resolve(root, "../shared/eval/dev");
const scorer = path.resolve(root, "../shared/eval/score.mjs");
const floors = JSON.parse(fs.readFileSync(path.join(here, "eval-floors.json"), "utf8")) as Record<string, number>;

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "rasd-eval-"));
try {
  const run = extractDir(goldDir, outDir);
  const out = execFileSync(process.execPath, [scorer, goldDir, outDir, "--json"], { encoding: "utf8" });
  const lines = out.trim().split("\n");
  const figures = JSON.parse(lines[0]) as Record<string, number>;
  console.log(`extractor ${EXTRACTOR_VERSION}: ${run.articles} articles, ${run.incidents} incidents in ${run.ms.toFixed(0)} ms`);
  console.log(lines[lines.length - 1]);
  let failed = 0;
  for (const [name, floor] of Object.entries(floors)) {
    const value = figures[name];
    const ok = typeof value === "number" && value >= floor;
    if (!ok) failed++;
    console.log(`${ok ? "ok  " : "FAIL"} ${name.padEnd(20)} ${typeof value === "number" ? value.toFixed(3) : "missing"}  floor ${floor.toFixed(2)}`);
  }
  if (failed) {
    console.log(`${failed} figure(s) below their floor`);
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
