/** What a caller expects a URL to hold: an HTML page, a feed or sitemap (XML), or any text (robots.txt). */
export type Expected = "html" | "feed" | "text";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const XML_TYPES = new Set([
  "application/xml",
  "text/xml",
  "application/rss+xml",
  "application/atom+xml",
  "application/rdf+xml",
]);
/** Types servers put on anything: the body itself must then tell what it is. */
const VAGUE_TYPES = new Set(["", "application/octet-stream", "text/plain", "binary/octet-stream"]);
/** A gzipped sitemap (`sitemap.xml.gz`) is served as a gzip file, not with Content-Encoding. */
export const GZIP_FILE_TYPES = new Set(["application/gzip", "application/x-gzip"]);

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const XML_START = /^\s*(?:<\?xml\b|(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF|urlset|sitemapindex)\b)/i;

/** "Text/HTML; charset=utf-8" → "text/html". */
export function mimeType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

export type TypeVerdict = "accept" | "sniff" | "refuse";

/** Whether a response of this type can be what the caller expects, before reading the body. */
export function judgeType(contentType: string | null, expected: Expected): TypeVerdict {
  if (expected === "text") return "accept";
  const mime = mimeType(contentType);
  if (expected === "html") {
    if (HTML_TYPES.has(mime)) return "accept";
    return VAGUE_TYPES.has(mime) ? "sniff" : "refuse";
  }
  if (XML_TYPES.has(mime) || mime.endsWith("+xml")) return "accept";
  // Misconfigured WordPress installs serve feeds as text/html; sniffing the root element settles it.
  return VAGUE_TYPES.has(mime) || HTML_TYPES.has(mime) || GZIP_FILE_TYPES.has(mime) ? "sniff" : "refuse";
}

/** Whether decoded text starts like the expected kind of document. */
export function looksLike(text: string, expected: Expected): boolean {
  const head = text.slice(0, 2_048).replace(/^\uFEFF/, "");
  if (expected === "html") return HTML_START.test(head);
  if (expected === "feed") return XML_START.test(head);
  return true;
}
