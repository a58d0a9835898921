import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile, realpath, stat } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { declaredCharset } from "../fetch/charset";

export interface ReplayServer {
  /** "http://127.0.0.1:PORT": pass it as the fetcher's `replayOrigin`. */
  origin: string;
  close(): Promise<void>;
}

/** Files tried, in order, when a request names a folder. */
const INDEX_FILES = ["index.html", "index.xml"];

const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".xml": "application/xml",
  ".rss": "application/rss+xml",
  ".atom": "application/atom+xml",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
};

const XML_START = /^\s*(?:<\?xml\b|<(?:rss|feed|urlset|sitemapindex)\b)/i;
/** A feed or sitemap root after an optional XML declaration; XHTML pages also open with `<?xml`, so that alone is not enough. */
const FEED_ROOT = /^\s*(?:<\?xml\b[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|urlset|sitemapindex|rdf:RDF)\b/i;

/**
 * Content-Type of a recorded file: by extension, else sniffed (XML start → XML, anything else →
 * HTML). A feed or sitemap recorded as `…/index.html` is still served as XML. HTML gets the
 * charset the page declares, utf-8 when it declares none, so a recorded windows-1256 page is
 * replayed as its outlet served it rather than mislabelled as UTF-8.
 */
function contentTypeOf(file: string, bytes: Buffer): string {
  const head = bytes.subarray(0, 1_024).toString("latin1").replace(/^\xEF\xBB\xBF/, "");
  const byExtension = TYPES_BY_EXTENSION[extname(file).toLowerCase()];
  const type = byExtension ?? (XML_START.test(head) ? "application/xml" : "text/html");
  if (type !== "text/html") return type;
  if (FEED_ROOT.test(head)) return "application/xml";
  return `text/html; charset=${declaredCharset(bytes) ?? "utf-8"}`;
}

/** The file a request path names under `root`, or null (missing, or outside `root`). */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const candidate = resolve(root, `.${decoded}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;

  const tries = [candidate, ...INDEX_FILES.map((name) => join(candidate, name))];
  for (const path of tries) {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    // A symlink inside the tree must not lead out of it either.
    const real = await realpath(path);
    return real.startsWith(root + sep) ? real : null;
  }
  return null;
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  // The query string is ignored: recordings are stored by host and path only.
  const path = (req.url ?? "/").split("?")[0];
  const file = await resolveFile(root, path);
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not recorded\n");
    return;
  }
  const bytes = await readFile(file);
  res.writeHead(200, { "content-type": contentTypeOf(file, bytes), "content-length": bytes.length });
  res.end(req.method === "HEAD" ? undefined : bytes);
}

/**
 * Serve recorded pages laid out as `<rootDir>/<host>/<path>` on 127.0.0.1, for the offline demo
 * and integration tests: `GET /HOST/a/b` answers `<rootDir>/HOST/a/b`, or that folder's
 * `index.html` / `index.xml`; 404 when nothing is recorded there.
 *
 * @example
 * const replay = await startReplayServer("test/fixtures/web");
 * const fetcher = createFetcher({ replayOrigin: replay.origin });
 * // … fetcher.fetchPage("https://www.enabbaladi.net/feed", { outlet, accept: "feed" })
 * await fetcher.close();
 * await replay.close();
 */
export async function startReplayServer(rootDir: string, opts: { port?: number } = {}): Promise<ReplayServer> {
  const root = await realpath(resolve(rootDir));
  const server = createServer((req, res) => {
    handle(root, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`replay server error: ${String(error)}\n`);
    });
  });
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? 0, "127.0.0.1", () => ready());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
