import { XMLParser } from "fast-xml-parser";
import { FeedParseError } from "./errors";

/** A link a feed or sitemap gave, before canonicalisation. */
export interface SourceEntry {
  url: string;
  /** Publication time (ISO 8601) when the source states one. */
  published: string | null;
  /** The best date the source gives (publication, else last modification), for recency filters. */
  datedAt: string | null;
}

export type XmlSource =
  | { kind: "feed"; entries: SourceEntry[] }
  | { kind: "urlset"; entries: SourceEntry[] }
  | { kind: "index"; sitemaps: { url: string; lastmod: string | null }[] };

/** Elements that may repeat; forced to arrays so one item and many look alike. */
const REPEATED = new Set(["item", "entry", "url", "sitemap", "link"]);

// Namespace prefixes are dropped: `news:publication_date` → `publication_date`,
// `feedburner:origLink` → `origLink`, `dc:date` → `date`, `rdf:RDF` → `RDF`.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

type Node = Record<string, unknown>;

function asNode(value: unknown): Node | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Node) : null;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element, whether it was parsed as a string or as `{ "#text": … }` (it had attributes). */
function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  const node = asNode(value);
  return node && typeof node["#text"] === "string" ? node["#text"].trim() || null : null;
}

function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    for (const item of asList(value)) {
      const found = text(item);
      if (found) return found;
    }
  }
  return null;
}

/** An RFC 822 (RSS) or ISO 8601 (Atom, sitemaps) date as ISO 8601 UTC; null when unreadable. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const HTTP_URL = /^https?:\/\//i;

function rssItemUrl(item: Node): string | null {
  // <link> may share its name with <atom:link href=…/> once prefixes are dropped: take the text one.
  const link = firstText(item.origLink, item.link);
  if (link) return link;
  const guid = item.guid;
  const permalink = asNode(guid)?.["@_isPermaLink"] !== "false";
  const id = text(guid);
  return permalink && id && HTTP_URL.test(id) ? id : null;
}

function atomEntryUrl(entry: Node): string | null {
  const links = asList(entry.link).map(asNode).filter((l): l is Node => l !== null);
  const alternate = links.find((l) => l["@_rel"] === undefined || l["@_rel"] === "alternate");
  const href = alternate?.["@_href"];
  if (typeof href === "string" && href.trim()) return href.trim();
  const id = text(entry.id);
  return id && HTTP_URL.test(id) ? id : null;
}

function feedEntries(items: unknown[], urlOf: (n: Node) => string | null, dateOf: (n: Node) => string | null): SourceEntry[] {
  const entries: SourceEntry[] = [];
  for (const item of items) {
    const node = asNode(item);
    const url = node && urlOf(node);
    if (!node || !url) continue;
    const published = isoDate(dateOf(node));
    entries.push({ url, published, datedAt: published });
  }
  return entries;
}

/**
 * Parse a feed (RSS 2.0, RSS 1.0/RDF, Atom), a sitemap urlset (news or plain) or a sitemap
 * index. Throws FeedParseError when the document is none of these.
 */
export function parseXmlSource(xml: string, url: string): XmlSource {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    throw new FeedParseError(`cannot parse XML from ${url}`, url, { cause: error });
  }

  const rss = asNode(doc.rss);
  if (rss) {
    const channel = asNode(asList(rss.channel)[0]) ?? {};
    return { kind: "feed", entries: feedEntries(asList(channel.item), rssItemUrl, (n) => firstText(n.pubDate, n.date)) };
  }
  const rdf = asNode(doc.RDF);
  if (rdf) return { kind: "feed", entries: feedEntries(asList(rdf.item), rssItemUrl, (n) => firstText(n.date, n.pubDate)) };
  const atom = asNode(doc.feed);
  if (atom) {
    return { kind: "feed", entries: feedEntries(asList(atom.entry), atomEntryUrl, (n) => firstText(n.published, n.updated)) };
  }

  const urlset = asNode(doc.urlset);
  if (urlset) {
    const entries: SourceEntry[] = [];
    for (const item of asList(urlset.url)) {
      const node = asNode(item);
      const loc = node && text(node.loc);
      if (!node || !loc) continue;
      const published = isoDate(text(asNode(asList(node.news)[0])?.publication_date));
      entries.push({ url: loc, published, datedAt: published ?? isoDate(text(node.lastmod)) });
    }
    return { kind: "urlset", entries };
  }

  const index = asNode(doc.sitemapindex);
  if (index) {
    const sitemaps = asList(index.sitemap)
      .map(asNode)
      .filter((n): n is Node => n !== null && text(n.loc) !== null)
      .map((n) => ({ url: text(n.loc) as string, lastmod: isoDate(text(n.lastmod)) }));
    return { kind: "index", sitemaps };
  }

  throw new FeedParseError(`${url} is not RSS, Atom, a sitemap or a sitemap index`, url);
}
