import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReplayServer, type ReplayServer } from "../../lib/local/replay-server";
import { createFetcher, HttpStatusError } from "../../lib/fetch";
import { discoverArticles } from "../../lib/discover";
import type { FetchedPage } from "../../lib/types";
import { encodeSingleByte, rejection, testOutlet } from "../fetch/helpers";

let dir: string;
let root: string;
let replay: ReplayServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rasd-replay-"));
  root = join(dir, "web");
  await mkdir(join(root, "news.test", "archives", "1"), { recursive: true });
  await mkdir(join(root, "news.test", "feed"), { recursive: true });
  await writeFile(join(root, "news.test", "archives", "1", "index.html"), "<p>مقال</p>");
  await writeFile(join(root, "news.test", "archives", "2"), "<!doctype html><p>بلا امتداد</p>");
  await writeFile(join(root, "news.test", "feed", "index.xml"), "<rss><channel><item><link>https://news.test/archives/1</link></item></channel></rss>");
  await writeFile(join(root, "news.test", "sitemap"), '<?xml version="1.0"?><urlset></urlset>');
  await mkdir(join(root, "news.test", "news-sitemap.xml"), { recursive: true });
  await writeFile(join(root, "news.test", "news-sitemap.xml", "index.html"), '<?xml version="1.0"?>\n<urlset></urlset>');
  await writeFile(join(root, "news.test", "xhtml.html"), '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>');
  await writeFile(join(root, "news.test", "old.html"), encodeSingleByte('<meta charset="windows-1256"><p>حمص</p>', "windows-1256"));
  await writeFile(join(dir, "secret.txt"), "outside the root");
  await symlink(join(dir, "secret.txt"), join(root, "news.test", "link.html"));
  replay = await startReplayServer(root);
});

afterAll(async () => {
  await replay.close();
  await rm(dir, { recursive: true, force: true });
});

async function get(path: string) {
  const res = await fetch(`${replay.origin}${path}`);
  return { status: res.status, type: res.headers.get("content-type"), body: await res.text() };
}

/** A request sent byte for byte, so `..` reaches the server without client-side normalisation. */
function rawGet(path: string): Promise<string> {
  const { port } = new URL(replay.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => socket.end(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
  });
}

describe("replay server", () => {
  it("listens on 127.0.0.1", () => {
    expect(replay.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves a folder's index.html as UTF-8 HTML", async () => {
    expect(await get("/news.test/archives/1")).toEqual({ status: 200, type: "text/html; charset=utf-8", body: "<p>مقال</p>" });
  });

  it("serves a folder's index.xml as XML, ignoring the query string", async () => {
    const res = await get("/news.test/feed?paged=2");
    expect(res.status).toBe(200);
    expect(res.type).toBe("application/xml");
  });

  it("sniffs the type of a file without extension", async () => {
    expect((await get("/news.test/archives/2")).type).toBe("text/html; charset=utf-8");
    expect((await get("/news.test/sitemap")).type).toBe("application/xml");
  });

  it("serves a sitemap recorded as index.html as XML, but an XHTML page as HTML", async () => {
    expect((await get("/news.test/news-sitemap.xml")).type).toBe("application/xml");
    expect((await get("/news.test/xhtml.html")).type).toBe("text/html; charset=utf-8");
  });

  it("labels a recorded windows-1256 page with its own charset", async () => {
    expect((await get("/news.test/old.html")).type).toBe("text/html; charset=windows-1256");
  });

  it("answers 404 for what was not recorded", async () => {
    expect((await get("/news.test/archives/3")).status).toBe(404);
  });

  it("refuses paths that climb out of the root", async () => {
    expect(await rawGet("/../secret.txt")).toMatch(/^HTTP\/1\.1 404/);
    expect(await rawGet("/news.test/..%2F..%2Fsecret.txt")).toMatch(/^HTTP\/1\.1 404/);
    expect((await get("/news.test/link.html")).status).toBe(404);
  });

  it("feeds the fetcher and discovery with real URLs", async () => {
    const fetcher = createFetcher({ replayOrigin: replay.origin });
    const outlet = testOutlet({ discovery: [{ kind: "feed", url: "https://news.test/feed" }] });
    try {
      const page = (await fetcher.fetchPage("https://news.test/archives/1", { outlet })) as FetchedPage;
      expect(page.finalUrl).toBe("https://news.test/archives/1");
      expect(page.html).toBe("<p>مقال</p>");
      const found = await discoverArticles(outlet, fetcher, { now: new Date("2025-06-10T12:00:00Z") });
      expect(found.urls.map((u) => u.url)).toEqual(["https://news.test/archives/1"]);
      expect(await rejection(fetcher.fetchPage("https://news.test/archives/3", { outlet }))).toBeInstanceOf(HttpStatusError);
    } finally {
      await fetcher.close();
    }
  });
});
