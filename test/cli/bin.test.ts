import { afterAll, describe, expect, test } from "vitest";
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The real bin/rasd.mjs in a child Node process, as a user runs it; vitest's global setup built
// dist/cli from the current sources first.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "bin/rasd.mjs");
const IMPORT_LOG = path.join(ROOT, "test/cli/import-log.mjs");
const tmp = mkdtempSync(path.join(os.tmpdir(), "rasd-bin-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(bin: string, args: string[], nodeArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...nodeArgs, bin, ...args], { env: { ...process.env, ...env }, encoding: "utf8" }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

let logs = 0;
/** Runs the real CLI and also returns every module URL it resolved. */
async function runLogged(args: string[]): Promise<Run & { modules: string[] }> {
  const log = path.join(tmp, `imports-${++logs}.log`);
  writeFileSync(log, "");
  const result = await run(BIN, args, ["--import", IMPORT_LOG], { RASD_IMPORT_LOG: log });
  return { ...result, modules: readFileSync(log, "utf8").split("\n").filter(Boolean) };
}

const commandModules = (modules: string[]) =>
  modules.filter((url) => url.includes("/dist/cli/commands/")).map((url) => path.basename(url, ".mjs"));

describe("bin/rasd.mjs", () => {
  test("--help lists every command and loads no command module and no package", async () => {
    const { code, stdout, modules } = await runLogged(["--help"]);
    expect(code).toBe(0);
    for (const name of ["collect", "demo", "incidents", "events", "outlets", "clean", "export", "map", "reextract"]) {
      expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    }
    expect(modules.some((url) => url.endsWith("/dist/cli/main.mjs"))).toBe(true);
    expect(commandModules(modules)).toEqual([]);
    expect(modules.filter((url) => url.includes("/node_modules/"))).toEqual([]);
  });

  test("a command loads its own module and no other command's", async () => {
    const { code, stdout, modules } = await runLogged(["outlets", "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((o: { id: string }) => o.id)).toContain("sohr");
    expect(commandModules(modules)).toEqual(["outlets"]);
    // The outlet list needs no local database.
    expect(modules.filter((url) => url.includes("dynalite"))).toEqual([]);
  });

  test("an unknown command is refused with the command list and exit code 2", async () => {
    const { code, stderr, stdout } = await run(BIN, ["incidnets"]);
    expect(code).toBe(2);
    expect(stderr).toContain('rasd: unknown command "incidnets"');
    expect(stdout).toContain("incidents");
  });

  // The built demo finds the recorded pages beside the sources, as `npm run demo` needs.
  test("the demo runs from the build and raises alerts", async () => {
    const { code, stdout, stderr } = await run(BIN, ["demo", "--data", path.join(tmp, "demo")]);
    // Off a terminal stderr holds the run's start and summary lines only: no failure.
    expect(stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^demo: collecting \d+ outlets from recorded pages…$/),
      expect.stringMatching(/^demo: \d+ outlets in [\d.]+ s: [1-9]\d* new and \d+ updated articles, [1-9]\d* incidents, [1-9]\d* alerts sent$/),
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[1-9]\d* alerts raised in this run/m);
  });
});

describe("a build older than its sources", () => {
  /** A project folder with bin/rasd.mjs, one source and (optionally) a build manifest. */
  function project(name: string, manifest?: { builtAt: number; sources: string[] }): string {
    const root = path.join(tmp, name);
    mkdirSync(path.join(root, "bin"), { recursive: true });
    mkdirSync(path.join(root, "lib"), { recursive: true });
    copyFileSync(BIN, path.join(root, "bin/rasd.mjs"));
    writeFileSync(path.join(root, "lib/a.ts"), "export {};\n");
    if (manifest) {
      mkdirSync(path.join(root, "dist/cli"), { recursive: true });
      writeFileSync(path.join(root, "dist/cli/build.json"), JSON.stringify(manifest));
      // Were the build run, this would answer; these tests must never reach it.
      writeFileSync(path.join(root, "dist/cli/main.mjs"), 'export async function main() { console.log("ran the build"); return 0; }\n');
    }
    return path.join(root, "bin/rasd.mjs");
  }

  test("is refused with the command that rebuilds it", async () => {
    const bin = project("stale", { builtAt: Date.now() - 60_000, sources: ["lib/a.ts"] });
    const { code, stdout, stderr } = await run(bin, ["--help"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("rasd: lib/a.ts changed after the last build; run `npm run build` first\n");
  });

  test("a build that lists a removed source is refused too", async () => {
    const bin = project("removed", { builtAt: Date.now() + 60_000, sources: ["lib/a.ts", "lib/gone.ts"] });
    const { code, stderr } = await run(bin, ["--help"]);
    expect(code).toBe(1);
    expect(stderr).toBe("rasd: lib/gone.ts was removed after the last build; run `npm run build` first\n");
  });

  test("no build at all is refused", async () => {
    const { code, stderr } = await run(project("unbuilt"), ["--help"]);
    expect(code).toBe(1);
    expect(stderr).toBe("rasd: the CLI is not built (no dist/cli/build.json); run `npm run build` first\n");
  });

  test("a build newer than its sources runs", async () => {
    const bin = project("current", { builtAt: Date.now() + 60_000, sources: ["lib/a.ts"] });
    const source = path.join(path.dirname(bin), "../lib/a.ts");
    utimesSync(source, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    expect(await run(bin, ["--help"])).toEqual({ code: 0, stdout: "ran the build\n", stderr: "" });
  });
});
