import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { startLocalApi, type LocalApi } from "../../lib/api";
import { startTestDb } from "../support/db";
import { storeEvents } from "../export/fixtures";
import { SCREENSHOT_DIR, chromiumAvailable, launchChromium } from "../map/chromium";

const KEY = "browser-key-0123456789abcdef";
const hasChromium = chromiumAvailable("test/api/map-browser.test.ts");

describe.skipIf(!hasChromium)("GET /map in headless Chromium", () => {
  let dynamo: LocalDynamo;
  let api: LocalApi;
  let browser: Browser;

  beforeAll(async () => {
    const test = await startTestDb();
    dynamo = test.dynamo;
    await storeEvents(test.db);
    api = await startLocalApi({ db: test.db, apiKeys: [KEY] });
    browser = await launchChromium();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await dynamo?.close();
  });

  it("draws the selected events of the page the API serves, and asks the API for nothing else", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, extraHTTPHeaders: { "x-api-key": KEY } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const response = await page.goto(`${api.url}/map?since=2024-01-01`);
    expect(response?.status()).toBe(200);
    // 2024: al-Sukhnah, Raqqa (at its seat) and al-Mayadin.
    expect(await page.locator("svg#map circle.event").count()).toBe(3);
    expect(await page.locator("#shown").textContent()).toBe("3 of 3 events shown");
    expect(requests).toEqual([`${api.url}/map?since=2024-01-01`]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "api-map.png") });
  });

  it("is refused to a browser without the key", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${api.url}/map`);
    expect(response?.status()).toBe(401);
    expect(await page.locator("svg#map").count()).toBe(0);
  });
});
