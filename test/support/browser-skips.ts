import type { Reporter, TestModule } from "vitest/node";
import { CHROMIUM, CHROMIUM_ENV } from "./chromium-binary";

/** Browser tests are the ones under a describe named "… in headless Chromium" (test/map/chromium.ts). */
export const BROWSER_SUITE = "in headless Chromium";

/** The line that ends a run which skipped browser tests, or null when it skipped none. */
export function browserSkipsLine(tests: Iterable<{ fullName: string; state: string }>): string | null {
  let skipped = 0;
  for (const t of tests) if (t.state === "skipped" && t.fullName.includes(BROWSER_SUITE)) skipped++;
  if (skipped === 0) return null;
  return (
    `${skipped} browser test${skipped === 1 ? "" : "s"} skipped: no Chromium at ${CHROMIUM}. ` +
    `Install it (Debian/Ubuntu: apt-get install chromium) or set ${CHROMIUM_ENV} to a Chromium or Chrome binary.`
  );
}

/**
 * A vitest reporter that says at the end of a run, in one line, how many browser tests were
 * skipped and how to run them: without it a machine lacking Chromium passes them silently.
 */
export default class BrowserSkipsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const tests = modules.flatMap((m) => [...m.children.allTests()].map((t) => ({ fullName: t.fullName, state: t.result().state })));
    const line = browserSkipsLine(tests);
    // The default reporter prints its summary after this hook returns: the line waits for the exit to come last.
    if (line) process.once("exit", () => process.stdout.write(`${line}\n`));
  }
}
