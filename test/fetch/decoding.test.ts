import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { decodeText, NotXmlError, type Fetcher } from "../../lib/fetch";
import type { FetchedPage } from "../../lib/types";
import { encodeSingleByte, rejection, replayFetcher, startTestServer, testOutlet, type TestServer } from "./helpers";

const PHRASE = "قتل خمسة عناصر في ريف حمص";
const outlet = testOutlet();
let server: TestServer;
let fetcher: Fetcher;

afterEach(async () => {
  await fetcher?.close();
  await server?.close();
});

async function fetchWith(headers: Record<string, string>, body: Buffer | string, accept: "html" | "feed" = "html") {
  server = await startTestServer({ "/news.test/p": (_req, res) => res.writeHead(200, headers).end(body) });
  fetcher = replayFetcher(server);
  return (await fetcher.fetchPage("https://news.test/p", { outlet, accept })) as FetchedPage;
}

describe("fetcher decoding", () => {
  it("decodes a windows-1256 page named in the Content-Type header", async () => {
    const body = encodeSingleByte(`<html><body><p>${PHRASE}</p></body></html>`, "windows-1256");
    const result = await fetchWith({ "content-type": "text/html; charset=windows-1256" }, body);
    expect(result.charset).toBe("windows-1256");
    expect(result.html).toContain(PHRASE);
  });

  it("decodes a windows-1256 page declared by <meta http-equiv> only", async () => {
    const body = encodeSingleByte(
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body>${PHRASE}</body></html>`,
      "windows-1256",
    );
    const result = await fetchWith({ "content-type": "text/html" }, body);
    expect(result.charset).toBe("windows-1256");
    expect(result.html).toContain(PHRASE);
  });

  it("decodes an ISO-8859-6 page declared by <meta charset>", async () => {
    const body = encodeSingleByte(`<html><head><meta charset="iso-8859-6"></head><body>${PHRASE}</body></html>`, "iso-8859-6");
    const result = await fetchWith({ "content-type": "text/html" }, body);
    expect(result.charset).toBe("iso-8859-6");
    expect(result.html).toContain(PHRASE);
  });

  it("believes the page's windows-1256 meta when a utf-8 header does not fit the bytes", async () => {
    const body = encodeSingleByte(`<html><head><meta charset="windows-1256"></head><body>${PHRASE}</body></html>`, "windows-1256");
    const result = await fetchWith({ "content-type": "text/html; charset=utf-8" }, body);
    expect(result.charset).toBe("windows-1256");
    expect(result.html).toContain(PHRASE);
  });

  it("decodes a gzip body", async () => {
    const result = await fetchWith(
      { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" },
      gzipSync(`<p>${PHRASE}</p>`),
    );
    expect(result.html).toBe(`<p>${PHRASE}</p>`);
  });

  it("decodes a brotli body", async () => {
    const result = await fetchWith(
      { "content-type": "text/html; charset=utf-8", "content-encoding": "br" },
      brotliCompressSync(`<p>${PHRASE}</p>`),
    );
    expect(result.html).toBe(`<p>${PHRASE}</p>`);
  });

  it("decodes deflate bodies, zlib-wrapped or raw", async () => {
    const wrapped = await fetchWith({ "content-type": "text/html", "content-encoding": "deflate" }, deflateSync(`<p>${PHRASE}</p>`));
    expect(wrapped.html).toBe(`<p>${PHRASE}</p>`);
    await fetcher.close();
    await server.close();
    const raw = await fetchWith({ "content-type": "text/html", "content-encoding": "deflate" }, deflateRawSync(`<p>${PHRASE}</p>`));
    expect(raw.html).toBe(`<p>${PHRASE}</p>`);
  });

  it("accepts a feed served as text/html once its root element shows it is XML", async () => {
    const result = await fetchWith({ "content-type": "text/html; charset=UTF-8" }, '<?xml version="1.0"?><rss></rss>', "feed");
    expect(result.html).toBe('<?xml version="1.0"?><rss></rss>');
  });

  it("refuses JSON where a feed was expected", async () => {
    server = await startTestServer({
      "/news.test/feed": (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end("{}"),
    });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/feed", { outlet, accept: "feed" }));
    expect(error).toBeInstanceOf(NotXmlError);
  });

  it("reads a gzipped sitemap file served as application/x-gzip", async () => {
    const xml = '<?xml version="1.0"?><urlset></urlset>';
    const result = await fetchWith({ "content-type": "application/x-gzip" }, gzipSync(xml), "feed");
    expect(result.html).toBe(xml);
  });
});

describe("decodeText", () => {
  it("takes the XML declaration's encoding when the header names none", () => {
    const bytes = encodeSingleByte(`<?xml version="1.0" encoding="windows-1256"?><rss>${PHRASE}</rss>`, "windows-1256");
    expect(decodeText(bytes, "application/xml")).toEqual({
      text: `<?xml version="1.0" encoding="windows-1256"?><rss>${PHRASE}</rss>`,
      charset: "windows-1256",
    });
  });

  it("lets a byte-order mark win over the header", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PHRASE)]);
    expect(decodeText(bytes, "text/html; charset=windows-1256")).toEqual({ text: PHRASE, charset: "utf-8" });
  });

  it("falls back to utf-8 for an unknown charset label", () => {
    expect(decodeText(Buffer.from(PHRASE), "text/html; charset=x-unknown")).toEqual({ text: PHRASE, charset: "utf-8" });
  });
});
