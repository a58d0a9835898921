import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { browserSkipsLine } from "../support/browser-skips";
import { ROOT } from "../support/cli";

describe("browser tests on a machine without Chromium", () => {
  it("counts only skipped tests of the headless-Chromium suites", () => {
    expect(
      browserSkipsLine([
        { fullName: "the map in headless Chromium > draws one circle", state: "skipped" },
        { fullName: "GET /map in headless Chromium > serves the page", state: "skipped" },
        { fullName: "Assabah page from shared/eval/html > cleans", state: "skipped" },
        { fullName: "the map page > escapes", state: "passed" },
      ]),
    ).toBe("2 browser tests skipped: no Chromium at /usr/bin/chromium. Install it (Debian/Ubuntu: apt-get install chromium) or set RASD_CHROMIUM to a Chromium or Chrome binary.");
    expect(browserSkipsLine([{ fullName: "the map in headless Chromium > draws", state: "passed" }])).toBeNull();
  });

  it("end the test run with one line saying how many were skipped and how to run them", () => {
    // The suite's own vitest, on a browser test file only, pointed at a Chromium that is not there.
    const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "test/map/browser.test.ts"], {
      cwd: ROOT,
      env: { ...process.env, RASD_CHROMIUM: "/nonexistent/chromium", CI: "" },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const last = run.stdout.trimEnd().split("\n").at(-1);
    expect(last).toMatch(/^\d+ browser tests skipped: no Chromium at \/nonexistent\/chromium\. Install it .* or set RASD_CHROMIUM to a Chromium or Chrome binary\.$/);
    expect(Number(last!.split(" ")[0])).toBeGreaterThanOrEqual(6);
  });
});
