import { open } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Command } from "../command";
import { cleanArticle, CleanError } from "../../clean";
import { whyNotAPage } from "../../clean/input";
import { FETCH_MAX_BODY_BYTES } from "../../constants";
import { OUTLETS } from "../../outlets/registry";
import { declaredCharset } from "../../fetch/charset";

const usage = `Usage: rasd clean FILE.html [--url URL]

Cleans a saved article page and prints it as JSON: title, published (ISO 8601), canonicalUrl,
paragraphs (the body as a reader sees it, with the photo captions printed in it on Arabic pages),
captionParagraphs (which of the paragraphs are those captions), captions (every image caption)
and text (title + paragraphs without the captions: what the extractor reads). --url names the
page's address; when it falls on a registry outlet's host, that outlet's selector hints are
used. The file is decoded with the charset its <meta> declares (utf-8 when none). Binary files
(executables, archives, images, bytes that do not decode) and pages above the fetcher's 5 MiB
body limit are refused before parsing.
Output: strategy says how the body was found ("generic", "outlet-hints", or a fallback:
json-ld, script-json, noscript, amp, paragraph-run, table-cell, description) and confidence
(0–1) how far that strategy is trusted.
Exit codes: 0 cleaned, 1 no article body found, 2 bad usage, unreadable or refused file.`;

export const command: Command = {
  usage,
  async run(argv, io) {
    let parsed: { values: { url?: string; help?: boolean }; positionals: string[] };
    try {
      parsed = parseArgs({ args: argv, options: { url: { type: "string" }, help: { type: "boolean" } }, allowPositionals: true });
    } catch (err) {
      io.err(`rasd clean: ${(err as Error).message}`);
      io.err(usage);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) return io.out(usage), 0;
    if (positionals.length !== 1) {
      io.err(`rasd clean: expected one HTML file, got ${positionals.length}`);
      io.err(usage);
      return 2;
    }
    const file = positionals[0];
    let url: URL;
    try {
      url = new URL(values.url ?? `file://${file.startsWith("/") ? "" : process.cwd() + "/"}${file}`);
    } catch {
      io.err(`rasd clean: --url is not a URL: "${values.url}"`);
      return 2;
    }
    let bytes: Buffer;
    try {
      bytes = await readAtMost(file, FETCH_MAX_BODY_BYTES + 1);
    } catch (err) {
      io.err(`rasd clean: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      return 2;
    }
    const charset = declaredCharset(bytes) ?? "utf-8";
    const refused = whyNotAPage(bytes, charset);
    if (refused) {
      io.err(`rasd clean: ${file} ${refused}`);
      return 2;
    }
    const html = new TextDecoder(charset).decode(bytes);
    const outlet = OUTLETS.find((o) => o.hosts.includes(url.hostname));
    try {
      const article = cleanArticle(html, { url: url.href, outlet });
      io.out(JSON.stringify(article, null, 2));
      return 0;
    } catch (err) {
      if (err instanceof CleanError) {
        io.err(`rasd clean: ${err.message}`);
        return 1;
      }
      throw err;
    }
  },
};

/** The file's first `max` bytes: a 20 MB page or /dev/zero is never read whole. */
async function readAtMost(file: string, max: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(max);
    let filled = 0;
    while (filled < max) {
      const { bytesRead } = await handle.read(buffer, filled, max - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
