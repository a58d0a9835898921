import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIO } from "../../lib/cli/command";
import { main } from "../../lib/cli/main";
import { withLocalSession } from "../../lib/local/session";
import { quietArticle, storePage, sukhnahAttack } from "./helpers";

const dir = mkdtempSync(path.join(tmpdir(), "rasd-reextract-cli-"));

function capture(isTTY = false): CliIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), isTTY };
}

beforeAll(async () => {
  await withLocalSession({ dataDir: dir }, async ({ db }) => {
    await storePage(db, sukhnahAttack("https://www.enabbaladi.net/archives/433512", "enab-baladi", "2020-11-26T09:00:00Z", 3));
    await storePage(db, quietArticle("https://www.syriahr.com/1", "sohr", "2020-11-27T09:00:00Z"));
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rasd reextract", () => {
  it("prints the summary of a run and a progress line per batch when not on a terminal", async () => {
    const io = capture();
    expect(await main(["reextract", "--all", "--data", dir], io)).toBe(0);
    expect(io.lines.slice(0, 5)).toEqual([
      expect.stringMatching(/^re-extraction with extractor \S+$/),
      "articles   selected 2, processed 2, changed 0, unchanged 2, failed 0",
      "incidents  added 0, removed 0, changed 0",
      "events     created 0, changed 0, removed 0",
      "alerts     sent 0, suppressed 0, failed 0",
    ]);
    expect(io.errors).toEqual(["reextract: 2 articles so far (0 changed, 0 failed), done"]);
  });

  it("prints the answer as JSON with --format json, and draws a bar on a terminal", async () => {
    const io = capture(true);
    expect(await main(["reextract", "--outlet", "sohr", "--dry-run", "--format", "json", "--data", dir], io)).toBe(0);
    const answer = JSON.parse(io.lines.join("\n"));
    expect([answer.ok, answer.dryRun, answer.done, answer.articles.selected]).toEqual([true, true, true, 1]);
    expect(io.errors[io.errors.length - 1]).toMatch(/\[#{30}\] 1\/1 {2}changed 0 {2}failed 0$/);
  });

  it("refuses invalid options with every problem, before opening the database", async () => {
    const io = capture();
    expect(await main(["reextract", "--outlet", "nowhere", "--url", "https://www.syriahr.com/1", "--since", "2021-1-1"], io)).toBe(2);
    expect(io.errors[0].split("\n")).toEqual([
      "rasd reextract: invalid options:",
      expect.stringMatching(/^ {2}- outlet: unknown outlet "nowhere"/),
      '  - since: "2021-1-1" is not a calendar day as YYYY-MM-DD',
      "  - (root): choose one of urls, outlet and all, not urls and outlet",
    ]);
    expect(io.errors[1]).toBe("(rasd reextract --help lists its options)");
  });
});
