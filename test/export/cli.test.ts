import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import type { CliIO } from "../../lib/cli/command";
import { main } from "../../lib/cli/main";
import { listEvents } from "../../lib/events";
import { withLocalSession } from "../../lib/local/session";

const dir = mkdtempSync(path.join(tmpdir(), "rasd-export-cli-"));
const data = path.join(dir, "data");

function capture(): CliIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), isTTY: false };
}

let storedIds: string[];

beforeAll(async () => {
  // The offline demo: every recorded outlet page through the real pipeline into a local table.
  expect(await main(["demo", "--data", data], capture())).toBe(0);
  storedIds = await withLocalSession({ dataDir: data }, async ({ db }) =>
    (await listEvents(db, { limit: 10_000 })).map((e) => e.id),
  );
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rasd export after the demo", () => {
  it("writes a CSV a standard parser reads, holding every stored event once", async () => {
    const out = path.join(dir, "events.csv");
    const io = capture();
    expect(await main(["export", "--format", "csv", "--data", data, "--out", out], io)).toBe(0);
    expect(io.lines).toEqual([`${storedIds.length} events written to ${out}`]);
    const text = readFileSync(out, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(storedIds.length).toBeGreaterThan(10);
    expect(records.map((r) => r.event_id).sort()).toEqual([...storedIds].sort());
    expect(records.every((r) => r.evidence_ar.length > 0)).toBe(true);
  });

  it("prints GeoJSON to standard output with every stored event as a feature", async () => {
    const io = capture();
    expect(await main(["export", "--format", "geojson", "--data", data], io)).toBe(0);
    const collection = JSON.parse(io.lines.join("\n"));
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((f: { id: string }) => f.id).sort()).toEqual([...storedIds].sort());
    const placed = collection.features.filter((f: { geometry: unknown }) => f.geometry !== null);
    expect(placed.length).toBeGreaterThan(collection.features.length / 2);
  });

  it("filters by min-killed and refuses a bad format or filter with exit code 2", async () => {
    const io = capture();
    expect(await main(["export", "--format", "json", "--min-killed", "5", "--data", data], io)).toBe(0);
    const events = JSON.parse(io.lines.join("\n"));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e: { killed: { best: number } | null }) => (e.killed?.best ?? 0) >= 5)).toBe(true);
    const bad = capture();
    expect(await main(["export", "--format", "xlsx", "--data", data], bad)).toBe(2);
    expect(bad.errors[0]).toBe('rasd export: --format must be csv, geojson or json, not "xlsx"');
    const badFilter = capture();
    expect(await main(["export", "--format", "csv", "--min-killed", "many", "--data", data], badFilter)).toBe(2);
    expect(badFilter.errors[0]).toBe('rasd export: --min-killed must be a whole number of 0 or more, not "many"');
  });
});
