import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUTLETS } from "../../lib/outlets/registry";
import { LOCK_FILE } from "../../lib/local/lock";
import { lines, outletTable, rasd, startRasd, type RasdResult } from "../support/cli";

const dir = mkdtempSync(path.join(tmpdir(), "rasd-demo-cli-"));
const data = path.join(dir, "data");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rasd demo, and other runs while it holds the data folder", () => {
  let first: RasdResult;
  let incidents: RasdResult;
  let secondDemo: RasdResult;

  beforeAll(async () => {
    const demo = startRasd(["demo", "--data", data]);
    // Once collection is over the demo still holds the folder while it prints its tables. It is
    // paused there, with no fetch in flight whose timeout the pause could trip, so that the other
    // runs meet it whatever the machine's load.
    await demo.stderrLine(/^demo: 13 outlets in /);
    demo.child.kill("SIGSTOP");
    try {
      [incidents, secondDemo] = await Promise.all([rasd(["incidents", "--data", data]), rasd(["demo", "--data", data])]);
    } finally {
      demo.child.kill("SIGCONT");
    }
    first = await demo.done;
  }, 300_000);

  it("collects at least one article from every outlet it lists", () => {
    expect(first.code).toBe(0);
    const rows = outletTable(first.stdout);
    expect([...rows.keys()]).toEqual(OUTLETS.map((o) => o.id));
    for (const [outlet, row] of rows) {
      expect(row.new, outlet).toBeGreaterThanOrEqual(1);
      expect(row.failed, outlet).toBe(0);
    }
    expect(first.stdout).not.toContain("0 articles —");
  });

  it("refuses the other runs in one line with exit code 1, and the first run ends unharmed", () => {
    for (const [name, result] of [["incidents", incidents], ["demo", secondDemo]] as const) {
      expect(result.code, name).toBe(1);
      expect(lines(result.stderr), name).toEqual([
        expect.stringMatching(new RegExp(`^rasd ${name}: another rasd run \\(demo, pid \\d+, since \\S+\\) is using the data folder .*data: wait for it to end`)),
      ]);
      expect(result.stdout, name).toBe("");
    }
    expect(first.stderr).not.toMatch(/Error|closed/);
    expect(lines(first.stdout).at(-1)).toMatch(/^demo finished in [\d.]+ s$/);
    expect(existsSync(path.join(data, LOCK_FILE))).toBe(false);
  });

  it("says on standard error that it started, and ends with a summary line, when not on a terminal", () => {
    const err = lines(first.stderr);
    expect(err[0]).toBe("demo: collecting 13 outlets from recorded pages…");
    expect(err).toContainEqual(expect.stringMatching(/^demo: 13 outlets in [\d.]+ s: 26 new and 0 updated articles, \d+ incidents, \d+ alerts sent$/));
  });

  it("marks suspected perpetrators and undated events with ?, explains the mark, and counts in the singular", () => {
    const out = lines(first.stdout);
    const incidentTable = out.slice(out.indexOf("Incidents (one per article and attack):"), out.indexOf("Events (one per attack, with every outlet's report):"));
    expect(incidentTable.some((l) => /\sISIS\?\s/.test(l))).toBe(true);
    expect(out.filter((l) => l.startsWith('"?": '))).toEqual([
      '"?": after a perpetrator, it is suspected, not confirmed',
      '"?": after a date, no report gives the day and the first report\'s day is shown; after a perpetrator, it is suspected, not confirmed',
    ]);
    expect(first.stdout).toMatch(/ 1 outlet\n/);
    expect(first.stdout).not.toMatch(/\b1 (outlets|events|incidents|alerts)\b/);
  });

  it("takes over a lock left by a run that died", async () => {
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid!;
    writeFileSync(path.join(data, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), command: "demo", startedAt: "2026-01-01T00:00:00Z" }));
    const result = await rasd(["events", "--limit", "1", "--data", data]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout).at(-1)).toBe("1 event");
    expect(existsSync(path.join(data, LOCK_FILE))).toBe(false);
  });
});

describe("rasd collect", () => {
  it("says why an outlet found nothing: its recorded sitemap entries are older than the age limit", async () => {
    const result = await rasd(["collect", "--replay", "test/fixtures/web", "--outlet", "north-press", "--data", path.join(dir, "north")]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toContain("north-press: 0 articles — 2 sitemap entries older than 3 days");
  });

  it("leaves the articles past its --budget for the next run and says so", async () => {
    const data = path.join(dir, "budget");
    const first = await rasd(["collect", "--replay", "test/fixtures/web", "--outlet", "sana", "--budget", "0.001", "--data", data]);
    expect(first.code).toBe(0);
    expect(outletTable(first.stdout).get("sana")).toMatchObject({ new: 0, failed: 0 });
    expect(lines(first.stderr)).toContainEqual(expect.stringMatching(/^sana: [1-9]\d* articles? left for the next run: the run's time budget was reached$/));
    const next = await rasd(["collect", "--replay", "test/fixtures/web", "--outlet", "sana", "--data", data]);
    expect(outletTable(next.stdout).get("sana")!.new).toBeGreaterThan(0);
  });

  it("counts in the failed column an outlet whose sources all failed, and exits 1 when every outlet failed", async () => {
    const empty = path.join(dir, "empty-web");
    mkdirSync(empty);
    const result = await rasd(["collect", "--replay", empty, "--outlet", "sana", "--outlet", "sy24", "--data", path.join(dir, "down")]);
    expect(result.code).toBe(1);
    const rows = outletTable(result.stdout);
    expect([...rows.entries()].map(([o, r]) => [o, r.found, r.failed])).toEqual([["sana", 0, 1], ["sy24", 0, 1]]);
    expect(lines(result.stderr)).toContainEqual(expect.stringMatching(/^sana: HTTP_STATUS: .*404/));
    expect(lines(result.stderr).at(-1)).toMatch(/^collect: 2 outlets in [\d.]+ s: .*; 2 outlets with failures \(above\)$/);
  });
});
