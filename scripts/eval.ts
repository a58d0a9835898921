/**
 * Quality gate: extracts each annotated set — the real dev and dev2 articles, and two sets written
 * in the project, heldout (the recorded pages' articles) and challenge (the hard phenomena), all
 * four used in development — scores them with shared/eval/score.mjs and compares each figure with
 * that set's floor pinned in scripts/eval-floors.json ({ "dev": {...}, "dev2": {...}, ... }).
 * The blind sets (test/fixtures/blind, blind2), also written in the project and each looked at once,
 * are scored and printed without floors (README "The extractor").
 *
 *   npm run eval
 *
 * Exits 1 when any figure of a gated set is below its floor. Floors are raised when the
 * extractor improves and never lowered silently.
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
const scorer = path.resolve(root, "../shared/eval/score.mjs");
/** The annotated sets, by the name their floors are kept under. */
const SETS: Record<string, string> = {
  dev: path.resolve(root, "../shared/eval/dev"),
  dev2: path.resolve(root, "../shared/eval/dev2"),
  heldout: path.resolve(root, "test/fixtures/heldout"),
  challenge: path.resolve(root, "test/fixtures/challenge"),
};
/** Scored for the record, never gated (see above). */
const MEASURED: Record<string, string> = {
  blind: path.resolve(root, "test/fixtures/blind"),
  blind2: path.resolve(root, "test/fixtures/blind2"),
};
const floors = JSON.parse(fs.readFileSync(path.join(here, "eval-floors.json"), "utf8")) as Record<string, Record<string, number>>;

/** Scores one set against its floors (none for a measured set); returns how many figures fell below. */
function gate(name: string, goldDir: string, setFloors: Record<string, number>): number {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `rasd-eval-${name.replace(/\W+/g, "-")}-`));
  try {
    const run = extractDir(goldDir, outDir);
    const out = execFileSync(process.execPath, [scorer, goldDir, outDir, "--json"], { encoding: "utf8" });
    const lines = out.trim().split("\n");
    const figures = JSON.parse(lines[0]) as Record<string, number>;
    console.log(`\n[${name}] ${run.articles} articles, ${run.incidents} incidents (gold ${figures.gold}) in ${run.ms.toFixed(0)} ms`);
    console.log(lines[lines.length - 1]);
    let failed = 0;
    for (const [figure, floor] of Object.entries(setFloors)) {
      const value = figures[figure];
      const ok = typeof value === "number" && value >= floor;
      if (!ok) failed++;
      console.log(`${ok ? "ok  " : "FAIL"} ${figure.padEnd(20)} ${typeof value === "number" ? value.toFixed(3) : "missing"}  floor ${floor.toFixed(2)}`);
    }
    return failed;
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

console.log(`extractor ${EXTRACTOR_VERSION}`);
let failed = 0;
for (const [name, dir] of Object.entries(SETS)) {
  const setFloors = floors[name];
  if (!setFloors) {
    console.log(`FAIL no floors for set "${name}" in eval-floors.json`);
    failed++;
    continue;
  }
  failed += gate(name, dir, setFloors);
}
for (const [name, dir] of Object.entries(MEASURED)) {
  gate(`${name}, measured only`, dir, {});
}
if (failed) {
  console.log(`\n${failed} figure(s) below their floor`);
  process.exitCode = 1;
}
