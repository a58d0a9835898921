import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { attachReports } from "../../lib/events";
import { buildMap } from "../../lib/map";
import { startTestDb } from "../support/db";
import { article, count, incident, PLACES } from "../events/fixtures";
import { TRICKY_EVIDENCE, storeEvents } from "../export/fixtures";
import { SCREENSHOT_DIR, chromiumAvailable, launchChromium } from "./chromium";

const hasChromium = chromiumAvailable("test/map/browser.test.ts");

const HOSTILE = '<img src=x onerror="window.pwned=1">';

describe.skipIf(!hasChromium)("the map in headless Chromium", () => {
  let dynamo: LocalDynamo;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const test = await startTestDb();
    dynamo = test.dynamo;
    await storeEvents(test.db);
    // A sixth event whose title and evidence try to inject markup.
    await attachReports(test.db, article("step-news", "hostile", "2024-02-10T08:00:00Z", `${HOSTILE} هجوم`), [
      incident({ date: "2024-02-10", governorate: "Homs", places: ["القريتين"], location: PLACES.qaryatayn, killed: count(2), evidence: [`${HOSTILE} قتل عنصران`] }),
    ], new Date("2024-03-21T00:00:00Z"));
    const { html } = await buildMap(test.db, {}, { now: new Date("2024-03-21T00:00:00Z") });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, "map.html");
    writeFileSync(file, html);

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
  });
  afterAll(async () => {
    await browser?.close();
    await dynamo?.close();
  });

  it("draws one circle per event with coordinates and lists the one without", async () => {
    // Six events: five placed (two at governorate seats), one in "north-west Syria" with no point.
    expect(await page.locator("svg#map circle.event").count()).toBe(5);
    expect(await page.locator("svg#map circle.event.approximate").count()).toBe(2);
    expect(await page.locator("#unplaced li").count()).toBe(1);
    expect(await page.locator("#shown").textContent()).toBe("6 of 6 events shown");
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "map.png"), fullPage: true });
  });

  it("opens the side panel on a click with the English summary, the Arabic evidence and the report links", async () => {
    expect(await page.locator("#panel").isVisible()).toBe(false);
    const mayadin = page.locator("circle.event", { has: page.locator("title", { hasText: "al-Mayadin" }) });
    await mayadin.click();
    expect(await page.locator("#panel").isVisible()).toBe(true);
    expect(await page.locator("#panel-summary").textContent()).toBe("Air strike in al-Mayadin (Deir ez-Zor), 22 Jan 2024: 4 killed. 1 outlet.");
    const evidence = page.locator("#panel blockquote.evidence");
    expect(await evidence.count()).toBe(1);
    expect(await evidence.textContent()).toBe(TRICKY_EVIDENCE);
    expect(await evidence.getAttribute("dir")).toBe("rtl");
    expect(await evidence.getAttribute("lang")).toBe("ar");
    expect(await page.locator("#panel .reports a").getAttribute("href")).toBe("https://orient-net.example/mayadin");
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "panel.png"), fullPage: true });
  });

  it("shows scraped markup as text and runs none of it", async () => {
    await page.locator("circle.event", { has: page.locator("title", { hasText: "al-Qaryatayn" }) }).click();
    expect(await page.locator("#panel blockquote.evidence").textContent()).toBe(`${HOSTILE} قتل عنصران`);
    expect(await page.locator("#panel img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it("isolates an Arabic place in the English list of events not on the map, so its figures stay after it", async () => {
    const item = page.locator("#unplaced li button");
    expect(await item.textContent()).toBe("2022-04-16 · شمال غربي سوريا · 1 killed");
    const place = item.locator("bdi");
    expect([await place.textContent(), await place.getAttribute("dir")]).toEqual(["شمال غربي سوريا", "auto"]);
    // Read left to right as English is: the date, then the place, then its toll.
    const [date, name, toll] = await item.evaluate((button) =>
      [...button.childNodes].map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        return { left: box.left, right: box.right };
      }),
    );
    expect(date.right).toBeLessThanOrEqual(name.left + 1);
    expect(name.right).toBeLessThanOrEqual(toll.left + 1);
  });

  it("hides the events outside the chosen dates", async () => {
    await page.fill("#from", "2024-01-01");
    await page.fill("#to", "2024-02-28");
    expect(await page.locator("#shown").textContent()).toBe("3 of 6 events shown");
    expect(await page.locator("svg#map circle.event:visible").count()).toBe(3);
    await page.click("#reset");
    expect(await page.locator("#shown").textContent()).toBe("6 of 6 events shown");
  });

  it("makes no request but for the page itself, and throws no script error", () => {
    expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
