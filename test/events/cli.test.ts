import { main } from "../../lib/cli/main";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { command } from "../../lib/cli/commands/events";
import { attachReports } from "../../lib/events";
import { withLocalSession } from "../../lib/local/session";
import type { CliIO } from "../../lib/cli/command";
import { SAWANA } from "./fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "rasd-events-cli-"));
const NOW = new Date("2020-11-26T12:00:00Z");

function capture(): CliIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), isTTY: false };
}

beforeAll(async () => {
  await withLocalSession({ dataDir: dir }, async ({ db }) => {
    for (const { article, incident } of [SAWANA.sy24, SAWANA.enab, SAWANA.araby]) await attachReports(db, article, [incident], NOW);
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rasd events", () => {
  it("lists each event followed by its reports", async () => {
    const io = capture();
    expect(await command.run(["--since", "2020-11-01", "--until", "2020-11-30", "--data", dir], io)).toBe(0);
    const [header, , event, ...reports] = io.lines;
    expect(header.split(/\s{2,}/)).toEqual(["date", "event", "governorate", "place", "type", "killed", "wounded", "source", "link"]);
    expect(event).toMatch(/^2020-11-25 +[0-9a-f]{16} +Homs +al-Sawana \/ منطقة الصوانة +attack, ISIS +9 \(5\+\) +19 \(2\+\) +3 outlets$/);
    // Report rows: place, type, then killed, wounded, outlet and link as each outlet gave them.
    expect(reports.slice(0, 3).map((l) => l.trim().split(/\s{2,}/).slice(-4))).toEqual([
      ["9", "22", "sy24", "https://sy24.example/sawana-ambush"],
      ["5+", "2+", "enab-baladi", "https://enab-baladi.example/sawana"],
      ["14", "19", "alaraby", "https://alaraby.example/homs-desert"],
    ]);
    expect(io.lines[io.lines.length - 1]).toBe("1 event");
  });

  it("prints JSON with the reports and their evidence", async () => {
    const io = capture();
    expect(await command.run(["--since", "2020-11-25", "--format", "json", "--data", dir], io)).toBe(0);
    const events = JSON.parse(io.lines.join("\n"));
    expect(events).toHaveLength(1);
    expect(events[0].killed).toMatchObject({ low: 5, best: 9, high: null });
    expect(events[0].reports[0].incident.evidence[0]).toMatch(/^قتل 9 عناصر/);
    // Why each later report joined: Enab Baladi's wadi lies at al-Sawana, al-Araby names al-Sawana.
    expect(events[0].reports.map((r: { joined?: string }) => r.joined)).toEqual([
      undefined,
      "place within: صوانه; same day; types compatible: attack, ambush",
      "same place: صوانه; same day; types compatible: attack, ambush",
    ]);
  });

  it("shows its usage with --help and refuses an unknown format", async () => {
    const help = capture();
    expect(await command.run(["--help"], help)).toBe(0);
    expect(help.lines[0]).toMatch(/^Usage: rasd events/);
    const bad = capture();
    expect(await main(["events", "--format", "xml", "--data", dir], bad)).toBe(2);
    expect(bad.errors).toEqual(['rasd events: --format must be table or json, not "xml"', "(rasd events --help lists its options)"]);
  });
});
