/**
 * One key per article: the same story reached through a feed, a share link, an AMP page or a
 * listing must map to the same URL so the store sees it once.
 */

/** Query parameters that only track where a click came from. */
const TRACKING_PARAMS = new Set(["fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid", "so", "amp", "_ga"]);
/** Name prefixes of the same: campaign tags, and Cloudflare's challenge tokens left on a link. */
const TRACKING_PREFIXES = ["utm_", "__cf_chl_"];

/** AMP copies live under an `amp` path segment (`/archives/1/amp/`, `/amp/news/…`). */
const AMP_SEGMENT = "amp";

/** Characters a path segment may hold unencoded (RFC 3986 pchar). */
const PCHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:@]/;

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Decode a path segment, then encode exactly what must be encoded, in upper-case hex. */
function normalizeSegment(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A stray "%" that is not an escape: keep the segment, only upper-case its escapes.
    return segment.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
  }
  let out = "";
  for (const ch of decoded) out += PCHAR.test(ch) ? ch : encodeURIComponent(ch).replace(/[!'()*]/g, escapeByte);
  return out;
}

function escapeByte(ch: string): string {
  return `%${ch.charCodeAt(0).toString(16).toUpperCase()}`;
}

/**
 * The canonical form of an article URL, resolved against `base` when relative; null for
 * anything that is not http(s) (mailto:, javascript:, unparseable).
 *
 * @example
 * canonicalUrl("https://WWW.Enabbaladi.net:443/archives/651728/amp/?utm_source=fb#comments");
 * // → "https://www.enabbaladi.net/archives/651728"
 */
export function canonicalUrl(url: string, base?: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;

  // URL already lower-cases the host and drops the default port.
  parsed.hash = "";
  if (parsed.hostname.endsWith(".")) parsed.hostname = parsed.hostname.slice(0, -1);

  const segments = parsed.pathname
    .split("/")
    .filter((s) => s !== "" && s.toLowerCase() !== AMP_SEGMENT)
    .map(normalizeSegment);
  const path = `/${segments.join("/")}`;

  const params = [...parsed.searchParams].filter(([name]) => !isTracking(name));
  // Sorted so that ?a=1&b=2 and ?b=2&a=1 are one key.
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();

  return `${parsed.protocol}//${parsed.host}${path}${query ? `?${query}` : ""}`;
}
