import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import {
  articleMetas,
  articlesOfOutlet,
  compressHtml,
  contentHash,
  decompressHtml,
  getArticle,
  saveArticle,
  type StoredArticle,
} from "../../lib/store/articles";
import { incidentsOfArticle, listIncidents, replaceIncidents } from "../../lib/store/incidents";
import type { Incident } from "../../lib/types";
import { startTestDb } from "../support/db";

let db: Db;
let dynamo: LocalDynamo;
beforeAll(async () => ({ db, dynamo } = await startTestDb()));
afterAll(() => dynamo.close());

const article = (url: string, text: string, extra: Partial<StoredArticle> = {}): StoredArticle => ({
  url,
  outlet: "enab-baladi",
  title: "عنوان",
  published: "2020-11-26T10:00:00Z",
  fetchedAt: "2020-11-26T11:00:00Z",
  contentHash: contentHash(text),
  text,
  extractorVersion: "v1",
  incidentCount: 0,
  ...extra,
});

const incident = (date: string, killed: number): Incident => ({
  date, datePrecision: "day", places: ["تدمر"], governorate: "Homs", location: null, type: "attack",
  perpetrator: "ISIS", suspected: false, killed: { min: killed, max: killed }, wounded: null,
  killedOrWounded: null, captured: null, missing: null, targets: [], equipment: [], sources: [],
  evidence: ["قتل عناصر"], fieldEvidence: [],
});

describe("article store", () => {
  it("stores an article once and reports a repeated save as unchanged", async () => {
    const a = article("https://example.org/a/1", "نص");
    expect(await saveArticle(db, a)).toBe("created");
    expect(await saveArticle(db, a)).toBe("unchanged");
  });

  it("updates an article whose text or extractor version changed", async () => {
    const a = article("https://example.org/a/2", "نص");
    await saveArticle(db, a);
    expect(await saveArticle(db, article(a.url, "نص محدث"))).toBe("updated");
    expect(await saveArticle(db, { ...article(a.url, "نص محدث"), extractorVersion: "v2" })).toBe("updated");
    expect((await getArticle(db, a.url))?.extractorVersion).toBe("v2");
  });

  it("keeps the raw page gzip-compressed and gives it back intact", async () => {
    const html = "<html><body><p>قتل ثلاثة عناصر</p></body></html>";
    const a = article("https://example.org/a/3", "نص", { rawHtmlGz: compressHtml(html) });
    await saveArticle(db, a);
    const stored = await getArticle(db, a.url);
    expect(decompressHtml(stored!.rawHtmlGz!)).toBe(html);
  });

  it("finds which URLs are already stored with one batch read", async () => {
    const metas = await articleMetas(db, ["https://example.org/a/1", "https://example.org/missing"]);
    expect([...metas.keys()]).toEqual(["https://example.org/a/1"]);
    expect(metas.get("https://example.org/a/1")?.fetchedAt).toBe("2020-11-26T11:00:00Z");
  });

  it("lists an outlet's articles in a publication range through the outlet index", async () => {
    await saveArticle(db, article("https://example.org/b/1", "x", { outlet: "sy24", published: "2021-01-05T00:00:00Z" }));
    await saveArticle(db, article("https://example.org/b/2", "y", { outlet: "sy24", published: "2021-02-05T00:00:00Z" }));
    const urls: string[] = [];
    for await (const { article } of articlesOfOutlet(db, "sy24", { since: "2021-02-01", until: "2021-02-28" })) urls.push(article.url);
    expect(urls).toEqual(["https://example.org/b/2"]);
  });
});

describe("incident store", () => {
  it("replaces an article's incidents and deletes the ones no longer extracted", async () => {
    const meta = { url: "https://example.org/c/1", outlet: "sy24", published: "2020-11-26", fetchedAt: "2020-11-26" };
    await replaceIncidents(db, meta, [incident("2020-11-25", 3), incident("2020-11-20", 1)]);
    await replaceIncidents(db, meta, [incident("2020-11-25", 4)]);
    const stored = await incidentsOfArticle(db, meta.url);
    expect(stored.map((i) => [i.index, i.killed?.min])).toEqual([[0, 4]]);
  });

  it("lists incidents by day range without a scan", async () => {
    const meta = { url: "https://example.org/c/2", outlet: "sy24", published: "2020-12-02", fetchedAt: "2020-12-02" };
    await replaceIncidents(db, meta, [incident("2020-12-01", 7)]);
    const december = await listIncidents(db, { since: "2020-12-01", until: "2020-12-31" });
    expect(december.map((i) => i.killed?.min)).toEqual([7]);
    expect((await listIncidents(db)).length).toBe(2);
  });
});
