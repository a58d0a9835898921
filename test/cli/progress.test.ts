import { describe, expect, it } from "vitest";
import type { CliIO } from "../../lib/cli/command";
import { main } from "../../lib/cli/main";
import { progress } from "../../lib/cli/progress";
import { RECORDED_PAGES } from "../../lib/cli/commands/demo";

/** Cursor up one line and clear it: how a status line is redrawn in place. */
const REDRAW = "\x1b[1A\x1b[2K";

function terminal(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), isTTY: true };
}

describe("the status line of long commands", () => {
  it("is redrawn in place on a terminal, at once when its bar moves and not sooner than 100 ms otherwise, and drawn anew below other output", () => {
    const io = terminal();
    const bar = progress(io, "demo");
    bar.report("1/4 outlets done", 0.25);
    bar.report("2/4 outlets done", 0.5);
    bar.update("2/4 outlets done, 1 s", 0.5);
    bar.update("3/4 outlets done", 0.75);
    bar.output.out("── alert (major) event 0123456789abcdef");
    bar.report("4/4 outlets done", 1);
    expect(io.stderr).toEqual([
      `demo: [########......................] 1/4 outlets done`,
      `${REDRAW}demo: [###############...............] 2/4 outlets done`,
      `${REDRAW}demo: [#######################.......] 3/4 outlets done`,
      `demo: [##############################] 4/4 outlets done`,
    ]);
    expect(io.stdout).toEqual(["── alert (major) event 0123456789abcdef"]);
  });

  it("is a plain line per report when not on a terminal, and no update", () => {
    const io = { ...terminal(), isTTY: false };
    const bar = progress(io, "export");
    bar.update("200 events read");
    bar.report("400 events written");
    expect(io.stderr).toEqual(["export: 400 events written"]);
  });

  it("shows a collection's outlets done on a terminal, then its summary", async () => {
    const io = terminal();
    expect(await main(["collect", "--replay", RECORDED_PAGES, "--outlet", "sana", "--outlet", "sy24", "--memory"], io)).toBe(0);
    expect(io.stderr[0]).toBe("collect: collecting 2 outlets from recorded pages…");
    // Each outlet done moves the bar, so it is drawn however close together the two finish.
    expect(io.stderr).toContainEqual(expect.stringMatching(/^(\x1b\[1A\x1b\[2K)?collect: \[#{15}\.{15}\] 1\/2 outlets done, \d+ s$/));
    expect(io.stderr).toContainEqual(expect.stringMatching(/^\x1b\[1A\x1b\[2Kcollect: \[#{30}\] 2\/2 outlets done, \d+ s$/));
    expect(io.stderr.at(-1)).toMatch(/^(\x1b\[1A\x1b\[2K)?collect: \[#{30}\] 2 outlets in [\d.]+ s: 4 new and 0 updated articles, \d+ incidents, 0 alerts sent$/);
  }, 120_000);
});
