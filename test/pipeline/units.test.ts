import { describe, expect, it } from "vitest";
import { mapLimit } from "../../lib/pipeline/map-limit";
import { canonicalArticleUrl } from "../../lib/pipeline/canonical";
import { outletById } from "../../lib/outlets/registry";
import type { CleanedArticle, FetchedPage } from "../../lib/types";

describe("mapLimit", () => {
  it("keeps the input order and never runs more than the limit at once", async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([30, 10, 20, 5, 15], 2, async (ms) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return ms * 2;
    });
    expect(out).toEqual([60, 20, 40, 10, 30]);
    expect(peak).toBe(2);
  });

  it("returns an empty list for no items", async () => {
    expect(await mapLimit([], 3, async (x: number) => x)).toEqual([]);
  });
});

describe("canonicalArticleUrl", () => {
  const outlet = outletById("enab-baladi");
  const page = { url: "https://www.enabbaladi.net/archives/1?utm_source=x", finalUrl: "https://www.enabbaladi.net/archives/1?utm_source=x" } as FetchedPage;
  const cleaned = (canonicalUrl: string | null) => ({ canonicalUrl }) as CleanedArticle;

  it("stores an article under its declared canonical URL on the outlet's host", () => {
    expect(canonicalArticleUrl(page, cleaned("https://www.enabbaladi.net/archives/1/amp/"), outlet)).toBe(
      "https://www.enabbaladi.net/archives/1",
    );
  });

  it("ignores a canonical URL on a foreign host and keeps the fetched one, cleaned of tracking", () => {
    expect(canonicalArticleUrl(page, cleaned("https://aggregator.example/copy/1"), outlet)).toBe(
      "https://www.enabbaladi.net/archives/1",
    );
  });
});
