import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

import { CHROMIUM, CHROMIUM_ENV } from "../support/chromium-binary";

export { CHROMIUM };

/** Headless and quiet: without the background-networking flags Chromium keeps dialling Google, which this machine's closed network refuses. */
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Screenshots for a person to look at, outside the work tree. */
export const SCREENSHOT_DIR = path.join(tmpdir(), "rasd-map-test");

/**
 * True when Chromium is installed. Without it a developer's run skips the browser tests, whose
 * describe names end "in headless Chromium": the run's last line says how many and how to run
 * them (test/support/browser-skips.ts). CI (CI=true) must have it, and fails instead.
 */
export function chromiumAvailable(testFile: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${testFile}: CI must have Chromium at ${CHROMIUM} (.ci/run installs it, or set ${CHROMIUM_ENV})`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
