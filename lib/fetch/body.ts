import { brotliDecompressSync, constants as zlib, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import type { Readable } from "node:stream";
import { ContentEncodingError, TooLargeError, TruncatedBodyError } from "./errors";

export type ContentCoding = "identity" | "gzip" | "deflate" | "br";

const CODINGS: Readonly<Record<string, ContentCoding>> = {
  "": "identity",
  identity: "identity",
  gzip: "gzip",
  "x-gzip": "gzip",
  deflate: "deflate",
  br: "br",
};

/** The coding of a Content-Encoding header, or a ContentEncodingError for one we did not ask for. */
export function contentCoding(header: string | null, url: string): ContentCoding {
  const coding = CODINGS[(header ?? "").trim().toLowerCase()];
  if (!coding) throw new ContentEncodingError(`unsupported Content-Encoding "${header}" from ${url}`, url);
  return coding;
}

/**
 * Read a response body into memory, never holding more than `maxBytes`. Stops reading (and
 * destroys the stream, closing the connection) as soon as the cap is passed. `deadline` is the
 * request's signal: when it fires, undici destroys the body and its reason is thrown.
 */
export async function readCapped(
  body: Readable,
  opts: { maxBytes: number; deadline: AbortSignal; url: string },
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Destroying the stream makes it emit an abort error; the loop below reports the real cause.
  body.on("error", () => undefined);
  try {
    for await (const chunk of body) {
      const buf = chunk as Buffer;
      total += buf.length;
      if (total > opts.maxBytes) {
        body.destroy();
        throw new TooLargeError(opts.maxBytes, opts.url);
      }
      chunks.push(buf);
    }
  } catch (error) {
    if (error instanceof TooLargeError) throw error;
    if (opts.deadline.aborted) throw opts.deadline.reason;
    throw error;
  }
  // A destroyed stream ends the loop silently in some Node versions.
  if (opts.deadline.aborted && !body.readableEnded) throw opts.deadline.reason;
  return Buffer.concat(chunks, total);
}

/** Decompress a whole body, refusing output larger than `maxBytes` (gzip bombs). */
export function decompress(raw: Buffer, coding: ContentCoding, opts: { maxBytes: number; url: string }): Buffer {
  if (coding === "identity") return raw;
  const options = { maxOutputLength: opts.maxBytes };
  try {
    if (coding === "gzip") return gunzipSync(raw, options);
    if (coding === "br") return brotliDecompressSync(raw, options);
    // "deflate" should be zlib-wrapped, but some servers send raw deflate; 0x78 is the zlib header.
    return raw[0] === 0x78 ? inflateSync(raw, options) : inflateRawSync(raw, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE") throw new TooLargeError(opts.maxBytes, opts.url);
    // "unexpected end of file": the compressed stream was cut off.
    if (code === "Z_BUF_ERROR" || (error as { errno?: number }).errno === zlib.Z_BUF_ERROR) {
      throw new TruncatedBodyError(`compressed body of ${opts.url} ends early`, opts.url, { cause: error });
    }
    throw new ContentEncodingError(`cannot decode ${coding} body of ${opts.url}`, opts.url, { cause: error });
  }
}
