import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { OUTLETS } from "../../lib/outlets/registry";
import { EVENT_COLUMNS } from "../../lib/export";
import { lines, outletTable, ROOT, type RasdResult } from "../support/cli";

/**
 * Every command README.md shows in a fenced `sh` block, run as a newcomer runs them, in order,
 * in a fresh folder, with the claims of their comments checked: the README cannot drift.
 */

interface ShownCommand {
  /** The command as the README writes it, continuation lines joined, without its comment. */
  command: string;
  comment: string | null;
}

/** The commands of the fenced sh blocks, in order; the blocks listed in NOT_RUN_BLOCKS are left out whole. */
function shownCommands(readme: string): { commands: ShownCommand[]; blocks: string[] } {
  const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  const commands: ShownCommand[] = [];
  for (const block of blocks.filter((b) => !NOT_RUN_BLOCKS.some(([first]) => b.startsWith(first)))) {
    for (const logical of block.replace(/\\\n\s*/g, "").split("\n").filter((l) => l.trim() !== "")) {
      const at = logical.search(/\s+#\s/);
      commands.push(at < 0 ? { command: logical.trim(), comment: null } : { command: logical.slice(0, at).trim(), comment: logical.slice(at).replace(/^\s+#\s*/, "") });
    }
  }
  return { commands, blocks };
}

/** Whole blocks that are not run, by their first line, with the reason. */
const NOT_RUN_BLOCKS: [string, string][] = [
  ["npx sst deploy --stage prod", "deploys to AWS; test/stacks synthesizes every stack instead"],
  ['REEXTRACT_FN="..."', "invokes the deployed Lambda with the AWS CLI"],
];

/** Commands of run blocks that are not run, with the reason. */
const NOT_RUN: Record<string, string> = {
  "npm install": "installs the dependencies this test runs on; .ci/run installs them from the lockfile",
  "npm test": "is the test run this test is part of",
  "npm start": "collects from the live web, which tests never reach; test/cli/demo.test.ts runs collect over recorded pages",
  "npx rasd reextract --url https://deirezzor24.net/isis-attack-shoula-checkpoint-13-killed --refetch":
    "fetches the live page; the walkthrough below runs the same with --replay",
};

const number = (line: string | undefined, pattern: RegExp) => Number(line?.match(pattern)?.[1] ?? NaN);

/** What each run command must do: exit 0, and what its README comment or text promises. */
const CHECKS: Record<string, (r: RasdResult, folder: string) => void> = {
  "npm run demo": (r) => {
    const out = lines(r.stdout);
    // "every outlet yields articles": each registry outlet's row has new articles.
    const table = outletTable(r.stdout);
    for (const outlet of OUTLETS) expect(table.get(outlet.id)?.new, outlet.id).toBeGreaterThan(0);
    expect(out).toContain("Incidents (one per article and attack):");
    expect(out).toContain("Events (one per attack, with every outlet's report):");
    expect(number(out.find((l) => l.includes("raised in this run")), /^(\d+) alerts? raised/)).toBeGreaterThan(0);
    expect(lines(r.stderr)[0]).toBe("demo: collecting 13 outlets from recorded pages…");
  },
  "npx rasd incidents": (r) => expect(number(lines(r.stdout).at(-1), /^(\d+) incidents$/)).toBeGreaterThan(0),
  "npx rasd events": (r) => expect(number(lines(r.stdout).at(-1), /^(\d+) events$/)).toBeGreaterThan(0),
  "npx rasd alerts": (r) => {
    const out = lines(r.stdout);
    expect(out[0].split(/\s{2,}/)).toEqual(["state", "alert", "event", "kind", "at (UTC)", "tries", "note"]);
    expect(out.slice(2, -1).every((l) => l.startsWith("sent "))).toBe(true);
    expect(number(out.at(-1), /^(\d+) alerts$/)).toBeGreaterThan(0);
  },
  "npx rasd outlets": (r) => expect(lines(r.stdout).at(-1)).toBe(`${OUTLETS.length} outlets`),
  "npx rasd clean test/fixtures/web/sana.sy/archives/2045118/index.html --url https://sana.sy/archives/2045118": (r) => {
    const article = JSON.parse(r.stdout) as { title: string; paragraphs: string[]; canonicalUrl: string };
    expect(article.title.length).toBeGreaterThan(10);
    expect(article.paragraphs.length).toBeGreaterThan(0);
  },
  "npx rasd export --format csv --out events.csv": (r, folder) => {
    const count = number(lines(r.stdout)[0], /^(\d+) events written to events\.csv$/);
    const records: Record<string, string>[] = parse(readFileSync(path.join(folder, "events.csv"), "utf8"), { bom: true, columns: true });
    expect(records.length).toBe(count);
    expect(Object.keys(records[0])).toEqual(EVENT_COLUMNS);
    // What an ACLED user scripts against, on every stored event.
    for (const r of records) {
      expect([r.country, r.iso, r.year], r.event_id).toEqual(["Syria", "760", r.event_date.slice(0, 4)]);
      expect(r.disorder_type, r.event_id).not.toBe("");
      const inters = [r.inter1, r.inter2].filter(Boolean).map(Number).sort();
      if (r.inter1) expect(Number(r.interaction), r.event_id).toBe(inters.length === 2 ? inters[0] * 10 + inters[1] : inters[0] * 10);
      if (r.event_type === "Strategic developments") expect(r.fatalities, r.event_id).toBe("0");
    }
    expect(records.some((r) => r.inter1 !== "" && r.interaction !== "")).toBe(true);
    // A district lies in one governorate: admin2 never appears under two admin1s.
    const governorateOf = new Map<string, Set<string>>();
    for (const r of records.filter((r) => r.admin2)) governorateOf.set(r.admin2, (governorateOf.get(r.admin2) ?? new Set()).add(r.admin1));
    expect([...governorateOf].filter(([, g]) => g.size > 1)).toEqual([]);
  },
  "npx rasd map --out map.html": (r, folder) => {
    expect(lines(r.stdout)).toEqual([expect.stringMatching(/^map of \d+ events written to map\.html$/)]);
    expect(readFileSync(path.join(folder, "map.html"), "utf8")).toMatch(/^<!doctype html>/);
  },
  "npx rasd reextract --all": (r) => expect(lines(r.stdout)[1]).toMatch(/^articles +selected (\d+), processed \1, changed 0, unchanged \1, failed 0$/),
  "npx rasd --help": (r) => {
    for (const name of ["collect", "demo", "incidents", "events", "alerts", "outlets", "clean", "export", "map", "reextract"]) {
      expect(lines(r.stdout).some((l) => l.startsWith(`  ${name} `))).toBe(true);
    }
  },
  "npx rasd reextract --all --dry-run": (r) => expect(lines(r.stdout)[0]).toMatch(/ — dry run, nothing written$/),
  "npx rasd reextract --outlet sohr --since 2024-03-01": (r) => expect(lines(r.stdout)[1]).toMatch(/^articles +selected 2, /),
  "web=$(mktemp -d)": () => {},
  'cp -r test/fixtures/web/. "$web"': () => {},
  "sed -i 's/13 قتيلاً/17 قتيلاً/g; s/عن 13 عنصراً/عن 17 عنصراً/' \"$web/deirezzor24.net/isis-attack-shoula-checkpoint-13-killed/index.html\"": () => {},
  'npx rasd reextract --url https://deirezzor24.net/isis-attack-shoula-checkpoint-13-killed --refetch --replay "$web"': (r) => {
    const out = lines(r.stdout);
    // "killed 13+ → 17+, one event changed"
    expect(out).toContain("events     created 0, changed 1, removed 0");
    expect(out.filter((l) => l.startsWith("changed "))).toEqual([expect.stringMatching(/ 13\+ → 17\+ /)]);
  },
  "npx rasd export --format geojson --min-killed 5": (r) => {
    const collection = JSON.parse(r.stdout) as { type: string; features: { properties: { killed_best: number | null } }[] };
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.length).toBeGreaterThan(0);
    expect(collection.features.every((f) => (f.properties.killed_best ?? 0) >= 5)).toBe(true);
  },
  "npx rasd export --format json --governorate Homs --since 2024-01-01": (r) => {
    const events = JSON.parse(r.stdout) as { governorate: string; date: string }[];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.governorate === "Homs" && e.date >= "2024-01-01")).toBe(true);
  },
  "npx rasd map --out map.html --since 2024-01-01": (r) => expect(lines(r.stdout)).toEqual([expect.stringMatching(/^map of \d+ events written to map\.html$/)]),
};

/** Stand-ins on PATH for `npx rasd` and `npm run`: the repository's bin/ and package.json scripts, in the test's folder. */
function writeShims(dir: string): void {
  mkdirSync(dir);
  const npx = `#!/usr/bin/env bash
if [ "$1" = rasd ]; then shift; exec node "${ROOT}/bin/rasd.mjs" "$@"; fi
echo "README test: npx $1 is not run here" >&2; exit 127
`;
  // `npm run NAME [-- ARGS]` as package.json defines NAME, its bin/ taken from the repository.
  const npm = `#!/usr/bin/env node
const [verb, name, ...rest] = process.argv.slice(2);
if (verb !== "run") { console.error("README test: npm " + verb + " is not run here"); process.exit(127); }
const script = require(${JSON.stringify(path.join(ROOT, "package.json"))}).scripts[name];
if (!script) { console.error("no npm script " + name); process.exit(1); }
const [program, ...words] = script.split(" ").map((w) => (w.startsWith("bin/") ? ${JSON.stringify(ROOT)} + "/" + w : w));
const args = rest[0] === "--" ? rest.slice(1) : rest;
const run = require("node:child_process").spawnSync(program === "node" ? process.execPath : program, [...words, ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
`;
  writeFileSync(path.join(dir, "npx"), npx);
  writeFileSync(path.join(dir, "npm"), npm);
  chmodSync(path.join(dir, "npx"), 0o755);
  chmodSync(path.join(dir, "npm"), 0o755);
}

/** Runs the commands in one shell, in order, each one's output and exit code kept apart. */
function runInShell(commands: string[], folder: string, outputs: string, shims: string): Promise<RasdResult[]> {
  const script = commands
    .map((c, i) => `{ ${c}\n} >"${outputs}/${i}.out" 2>"${outputs}/${i}.err" </dev/null; echo $? >"${outputs}/${i}.rc"`)
    .join("\n");
  return new Promise((resolve, reject) => {
    const shell = spawn("bash", ["-c", script], { cwd: folder, env: { ...process.env, PATH: `${shims}:${process.env.PATH}` }, stdio: "inherit" });
    shell.on("error", reject);
    shell.on("close", () =>
      resolve(
        commands.map((_, i) => ({
          code: Number(readFileSync(`${outputs}/${i}.rc`, "utf8")),
          stdout: readFileSync(`${outputs}/${i}.out`, "utf8"),
          stderr: readFileSync(`${outputs}/${i}.err`, "utf8"),
        })),
      ),
    );
  });
}

const { commands: shown, blocks } = shownCommands(readFileSync(path.join(ROOT, "README.md"), "utf8"));
const run = shown.filter((c) => !(c.command in NOT_RUN));
const dir = mkdtempSync(path.join(tmpdir(), "rasd-readme-"));
const folder = path.join(dir, "clone");
let results: RasdResult[];

beforeAll(async () => {
  // A newcomer's clone: the repository's files as they are, and no data folder yet.
  mkdirSync(folder);
  symlinkSync(path.join(ROOT, "test"), path.join(folder, "test"));
  writeShims(path.join(dir, "bin"));
  mkdirSync(path.join(dir, "outputs"));
  results = await runInShell(run.map((c) => c.command), folder, path.join(dir, "outputs"), path.join(dir, "bin"));
}, 900_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the README's commands", () => {
  it("are each run here, or left out for a reason named in this test", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(NOT_RUN_BLOCKS.length + 4);
    for (const [first] of NOT_RUN_BLOCKS) expect(blocks.some((b) => b.startsWith(first)), first).toBe(true);
    const named = new Set([...Object.keys(CHECKS), ...Object.keys(NOT_RUN)]);
    expect(shown.map((c) => c.command).filter((c) => !named.has(c))).toEqual([]);
    expect([...named].filter((c) => !shown.some((s) => s.command === c))).toEqual([]);
  });

  it.each(run.map((c, i) => [c.command, c.comment ?? "", i] as const))("`%s` does what it says (%s)", (command, _, i) => {
    const result = results[i];
    expect(result.code, `${command}\n${result.stderr}`).toBe(0);
    CHECKS[command](result, folder);
  });
});
