import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../lib/clean";
import { OUTLETS, type Outlet, type WebsiteOutlet } from "../../lib/outlets/registry";
import { declaredCharset } from "../../lib/fetch/charset";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/web");
/** Telegram channels have preview pages, not article pages (test/telegram covers them). */
const WEBSITES = OUTLETS.filter((o): o is WebsiteOutlet => o.kind !== "telegram");

interface Expected {
  behaviour: string;
  title: string;
  published: string | null;
  /** The body as a reader sees it: photo captions printed in it at `captionParagraphs`. */
  paragraphs: string[];
  captionParagraphs?: number[];
  captions?: string[];
}

interface RecordedPage {
  url: string;
  dir: string;
  outlet: Outlet;
  expected: Expected;
}

function articleDirs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (!statSync(p).isDirectory()) return [];
    return readdirSync(p).includes("expected.json") ? [p, ...articleDirs(p)] : articleDirs(p);
  });
}

/** Decodes as the fetcher does: by the charset the page declares. */
function readPage(dir: string): string {
  const bytes = readFileSync(path.join(dir, "index.html"));
  return new TextDecoder(declaredCharset(bytes) ?? "utf-8").decode(bytes);
}

const pages: RecordedPage[] = articleDirs(WEB).map((dir) => {
  const url = "https://" + path.relative(WEB, dir).split(path.sep).join("/");
  const outlet = OUTLETS.find((o) => o.hosts.includes(new URL(url).hostname));
  if (!outlet) throw new Error(`recorded page ${url} belongs to no registry outlet`);
  return { url, dir, outlet, expected: JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Expected };
});

function assertCleansToExpected(page: RecordedPage, outlet: Outlet | undefined): void {
  const got = cleanArticle(readPage(page.dir), { url: page.url, outlet });
  const want = page.expected;
  expect(got.title).toBe(want.title);
  expect(got.published).toBe(want.published);
  // Named lists first, so a failure says which line was kept or lost.
  expect(got.paragraphs.filter((p) => !want.paragraphs.includes(p)), "boilerplate kept").toEqual([]);
  expect(want.paragraphs.filter((p) => !got.paragraphs.includes(p)), "paragraphs lost").toEqual([]);
  expect(got.paragraphs).toEqual(want.paragraphs);
  const atCaption = want.captionParagraphs ?? [];
  expect(got.captionParagraphs).toEqual(atCaption);
  if (want.captions) expect(got.captions).toEqual(want.captions);
  // The extractor reads the body without its photo captions.
  expect(got.text).toBe([want.title, ...want.paragraphs.filter((_, i) => !atCaption.includes(i))].join("\n"));
}

describe("recorded outlet pages clean to their expected.json", () => {
  it("covers two or more article pages for every registry website", () => {
    const perOutlet = WEBSITES.map((o) => [o.id, pages.filter((p) => p.outlet === o).length] as const);
    expect(perOutlet.filter(([, n]) => n < 2)).toEqual([]);
  });

  for (const page of pages) {
    const where = page.url.replace(/^https:\/\/[^/]+/, "");
    it(`${page.outlet.id} ${where}: ${page.expected.behaviour}`, () => assertCleansToExpected(page, page.outlet));
    it(`${page.outlet.id} ${where}: same result by the generic method alone (no outlet hints)`, () =>
      assertCleansToExpected(page, undefined));
  }
});

describe("recorded discovery documents", () => {
  for (const outlet of WEBSITES) {
    it(`${outlet.id}: its discovery document is recorded and links its article pages`, () => {
      for (const d of outlet.discovery) {
        const u = new URL(d.url);
        const base = path.join(WEB, u.host, decodeURIComponent(u.pathname));
        const file = [base, path.join(base, "index.html"), path.join(base, "index.xml")].find(
          (f) => statSync(f, { throwIfNoEntry: false })?.isFile(),
        );
        expect(file, `${d.url} recorded`).toBeDefined();
        const doc = readFileSync(file!, "utf8");
        const linked = [...doc.matchAll(/https:\/\/[^\s"<>]+/g)].map((m) => m[0]).filter((l) => outlet.articlePattern.test(l));
        const recorded = pages.filter((p) => p.outlet === outlet).map((p) => p.url.replace(/\/$/, ""));
        expect(recorded.filter((r) => !linked.some((l) => l.replace(/\/$/, "") === r))).toEqual([]);
      }
    });
  }
});
