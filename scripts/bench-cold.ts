/**
 * Cold start: what a Lambda cold start and a `rasd` command pay before they do their work.
 *
 *   npm run bench:cold -- [--runs N] [--compare-sdk] [--bundles-only]
 *
 * 1. Builds every handler in functions/ with SST v2's own esbuild step (the code `sst deploy`
 *    runs) and the props the stacks give every function (stacks/index.ts FUNCTION_DEFAULTS), then
 *    prints each bundle's size and its module init: the time `import()` of the built file takes,
 *    in fresh Node processes (min / median / max of N). The last row is the floor the store sets:
 *    a handler that only builds the DynamoDB client (scripts/bench-cold-floor.ts). --compare-sdk
 *    also builds each with the AWS SDK left out, as when relying on the SDK the Lambda runtime
 *    ships (measured here with the project's pinned SDK from node_modules standing in for the
 *    runtime's).
 * 2. Times the CLI as a user runs it (node bin/rasd.mjs, built by `npm run build`), whole
 *    process, N runs: `--help`, `incidents --help` (the command module and all it imports loaded:
 *    what any command pays before its work) and `incidents` over a data folder the demo filled.
 *    Wall and peak memory come from GNU time (/usr/bin/time); `node -e 0` is printed as the floor.
 *
 * Targets (issue 14): bundles ≤ 1 MB; collect init ≤ 150 ms, API init ≤ 100 ms; `rasd --help`
 * ≤ 0.3 s and ≤ 80 MiB; any other command ≤ 0.5 s before its work. On a shared machine wall
 * times stretch with the load: the CPU column (user + sys) is the steadier figure.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { FunctionProps } from "sst/constructs";
import { initProject } from "sst/project.js";
import { useNodeHandler } from "sst/runtime/handlers/node.js";
import { functionEnvironment } from "../lib/config/env";
import { parseStageConfig } from "../lib/config/stage";
import { FUNCTION_DEFAULTS } from "../stacks/index";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: { runs: { type: "string", default: "7" }, "compare-sdk": { type: "boolean" }, "bundles-only": { type: "boolean" } },
});
const RUNS = Number(values.runs);
const tmp = mkdtempSync(path.join(os.tmpdir(), "rasd-bench-cold-"));

/** What the functions read at init, as the stacks set it (collect and reextract fail at import without it). */
const FUNCTION_ENV = {
  ...process.env,
  ...functionEnvironment(parseStageConfig({}, "bench"), {
    stage: "prod",
    tableName: "prod-rasd-records",
    topicArn: "arn:aws:sns:eu-central-1:123456789012:rasd-alerts",
  }),
  AWS_REGION: "eu-central-1",
  // The authorizer's secret as SST binds it when not fetched from SSM.
  SST_APP: "rasd",
  SST_STAGE: "prod",
  SST_Secret_value_RASD_API_KEY: "bench-key-0123456789abcdef0123456789abcdef",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

interface Spread {
  min: number;
  median: number;
  max: number;
}

function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
}

const fmt = (s: Spread, digits = 0) => `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}`;
const mb = (bytes: number) => (bytes / 1e6).toFixed(2);

function handlerFiles(dir = "functions"): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? handlerFiles(`${dir}/${e.name}`) : e.name.endsWith(".ts") ? [`${dir}/${e.name}`] : [],
  );
}

type NodejsProps = NonNullable<FunctionProps["nodejs"]>;

/** Builds one handler file with SST's node handler, as a deploy does; returns the bundle's path. */
async function buildHandler(file: string, nodejs: NodejsProps, out: string): Promise<string> {
  const result = await useNodeHandler().build({
    functionID: file,
    mode: "deploy",
    out,
    props: { ...FUNCTION_DEFAULTS, nodejs, handler: file.replace(/\.ts$/, ".handler") },
  } as never);
  if (result.type === "error") throw new Error(`${file}: ${result.errors.join("; ")}`);
  return path.join(out, file.replace(/\.ts$/, ".mjs"));
}

/** Wall and CPU milliseconds `import()` of the bundle takes in a fresh Node process, RUNS times. */
function initTimes(bundle: string): { wall: number[]; cpu: number[] } {
  const script = `const c = process.cpuUsage(); const t = performance.now();
    await import(${JSON.stringify(pathToFileURL(bundle).href)});
    const used = process.cpuUsage(c); console.log(performance.now() - t, (used.user + used.system) / 1000);`;
  const runs = Array.from({ length: RUNS }, () =>
    execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: FUNCTION_ENV, encoding: "utf8" }).trim().split(" ").map(Number),
  );
  return { wall: runs.map((r) => r[0]), cpu: runs.map((r) => r[1]) };
}

/** Bytes of the bundle and of the chunks it imports statically: what a cold start reads. */
function loadedBytes(bundle: string, seen = new Set<string>()): number {
  if (seen.has(bundle)) return 0;
  seen.add(bundle);
  const code = readFileSync(bundle, "utf8");
  // esbuild writes static imports as `import{…}from"./chunk-X.mjs"` or `import"./x.mjs"`; import("…") is on demand.
  const chunks = [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.mjs)"/g)].map((m) => path.join(path.dirname(bundle), m[1]));
  return Buffer.byteLength(code) + chunks.reduce((sum, chunk) => sum + loadedBytes(chunk, seen), 0);
}

async function benchBundles(label: string, nodejs: NodejsProps): Promise<void> {
  const out = path.join(tmp, label);
  // Left-out packages resolve from the project's node_modules, as the runtime's would from its own.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"), "dir");
  console.log(`\nLambda bundles (${label}); ms are min / median / max of ${RUNS} fresh processes`);
  console.log(`  ${"handler".padEnd(28)} ${"loaded".padStart(8)} ${"all files".padStart(10)}   ${"init wall ms".padEnd(18)} init CPU ms`);
  for (const file of [...handlerFiles(), "scripts/bench-cold-floor.ts"]) {
    const bundle = await buildHandler(file, nodejs, out);
    const dir = path.dirname(bundle);
    const all = readdirSync(dir)
      .filter((f) => f.endsWith(".mjs"))
      .reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
    const init = initTimes(bundle);
    console.log(
      `  ${file.padEnd(28)} ${mb(loadedBytes(bundle)).padStart(5)} MB ${mb(all).padStart(7)} MB   ${fmt(spread(init.wall)).padEnd(18)} ${fmt(spread(init.cpu))}`,
    );
    // Handlers of one folder share it: each is measured alone.
    rmSync(dir, { recursive: true });
  }
  rmSync(path.join(tmp, "node_modules"));
}

interface ProcessFigures {
  wall: number;
  cpu: number;
  rssMiB: number;
}

/** One whole-process run under GNU time: wall and CPU seconds, peak resident memory. */
function timeProcess(args: string[]): ProcessFigures {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", ...args], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  const [wall, user, sys, kib] = run.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { wall, cpu: user + sys, rssMiB: kib / 1024 };
}

function benchProcess(label: string, args: string[]): void {
  timeProcess(args); // warm-up: file cache
  const runs = Array.from({ length: RUNS }, () => timeProcess(args));
  const row = (name: string, unit: string, xs: number[], digits: number) =>
    `    ${name.padEnd(5)} ${fmt(spread(xs), digits)} ${unit}`;
  console.log(`  ${label}`);
  console.log(row("wall", "s", runs.map((r) => r.wall), 2));
  console.log(row("cpu", "s", runs.map((r) => r.cpu), 2));
  console.log(row("peak", "MiB", runs.map((r) => r.rssMiB), 1));
}

await initProject({ stage: "bench", root: ROOT });
// SST's deploy build runs `npm install` in each bundle folder (nothing to install here): offline.
Object.assign(process.env, { npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false" });
try {
  await benchBundles("deployed: SDK bundled", FUNCTION_DEFAULTS.nodejs);
  if (values["compare-sdk"]) {
    const deployed: NodejsProps = FUNCTION_DEFAULTS.nodejs;
    const nodejs = { ...deployed, esbuild: { ...deployed.esbuild, external: ["@aws-sdk/*"] } };
    await benchBundles("alternative: the runtime's SDK", nodejs);
  }

  if (values["bundles-only"]) process.exit(0);
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  const data = path.join(tmp, "data");
  execFileSync(process.execPath, ["bin/rasd.mjs", "demo", "--data", data], { cwd: ROOT, stdio: "ignore" });
  console.log(`\nCLI, whole process (min / median / max of ${RUNS} runs after one warm-up)`);
  benchProcess("node -e 0 (the floor: Node itself)", [process.execPath, "-e", "0"]);
  benchProcess("rasd --help", [process.execPath, "bin/rasd.mjs", "--help"]);
  benchProcess("rasd incidents --help (command loaded, before its work)", [process.execPath, "bin/rasd.mjs", "incidents", "--help"]);
  benchProcess("rasd incidents (the demo's 40-odd incidents from dynalite)", [process.execPath, "bin/rasd.mjs", "incidents", "--data", data]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
