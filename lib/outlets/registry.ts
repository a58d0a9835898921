import type { OutletId } from "../types";

/** How an outlet's new article URLs are found. */
export type DiscoveryMethod =
  | { kind: "feed"; url: string } // RSS 2.0 or Atom
  | { kind: "sitemap"; url: string } // news or plain sitemap
  | { kind: "listing"; url: string; linkSelector: string };

/** Selector hints for the cleaner; the generic method runs first and these refine it. */
export interface SelectorHints {
  body?: string;
  title?: string;
  date?: string;
  /** Extra boilerplate selectors this outlet puts inside its body container. */
  drop?: string[];
}

export interface Politeness {
  /** Minimum gap between two requests to the same host, in milliseconds. */
  minDelayMs: number;
  /** Requests in flight at once to the same host. */
  concurrency: number;
}

export interface Outlet {
  id: OutletId;
  name: string;
  nameAr: string;
  home: string;
  /** Every host the fetcher may contact for this outlet (redirects are followed only within these). */
  hosts: string[];
  discovery: DiscoveryMethod[];
  /**
   * A canonical article URL matches this; discovered links that do not are ignored. Named
   * groups `id…` / `slug…` say what identifies the article (see `articleUrls`).
   */
  articlePattern: RegExp;
  hints?: SelectorHints;
  politeness: Politeness;
  /** Where the outlet stands, for readers weighing its figures: "opposition", "state", "monitor", "local", "independent". */
  leaning?: "opposition" | "state" | "monitor" | "local" | "independent" | "kurdish-administration";
  /** What the outlet covers most, in a few words. */
  coverage?: string;
}

const POLITE: Politeness = { minDelayMs: 1_000, concurrency: 2 };
/** Small newsrooms on shared hosting: one request at a time, slower. */
const GENTLE: Politeness = { minDelayMs: 3_000, concurrency: 1 };

/** One path segment. */
const SLUG = String.raw`[^/?#]+`;
/** A slug of several words: section, tag and listing pages are one word. */
const WORDS = String.raw`[^/?#]*-[^/?#]*`;
/** WordPress short link, which every WordPress site answers: `/?p=<id>`, also under a language (`/en/?p=<id>`). */
const WP_SHORTLINK = String.raw`(?:[a-z]{2}/?)?\?p=(?<idp>\d+)`;

/**
 * The article pattern of an outlet: `paths` are the shapes its article URLs take after
 * canonicalisation (no fragment or tracking parameters, AMP markers dropped, query sorted; a
 * trailing slash is allowed so links match as written), on each of `domains` or its www host, over http
 * or https. A named group `id…` or
 * `slug…` marks what identifies the article; `articleIdentity` compares those.
 */
function articleUrls(domains: string | readonly string[], paths: readonly string[]): RegExp {
  const hosts = [domains].flat().map((d) => d.replace(/\./g, "\\.")).join("|");
  return new RegExp(String.raw`^https?://(?:www\.)?(?:${hosts})/(?:${paths.join("|")})/?$`);
}

/**
 * The outlets rasd watches. Adding an outlet is adding an entry here (README "Outlets").
 * Selector hints come from public scraper code (shared/eval/html/OUTLET_NOTES.md) and are
 * only refinements: the cleaner's generic method must work without them.
 */
export const OUTLETS: readonly Outlet[] = [
  {
    id: "enab-baladi",
    name: "Enab Baladi",
    nameAr: "عنب بلدي",
    home: "https://www.enabbaladi.net/",
    hosts: ["www.enabbaladi.net", "enabbaladi.net"],
    discovery: [{ kind: "feed", url: "https://www.enabbaladi.net/feed" }],
    // /archives/<id> (old), /<id>/<slug>/ and /<id>/ (since 2023), ?p=<id> short links.
    articlePattern: articleUrls("enabbaladi.net", [
      String.raw`archives/(?<id>\d+)`,
      String.raw`(?<id2>\d{4,})(?:/(?<slug>${SLUG}))?`,
      WP_SHORTLINK,
    ]),
    hints: { body: "div.content-article", date: 'meta[property="article:published_time"]' },
    politeness: POLITE,
    leaning: "independent",
    coverage: "all Syria; daily badia and Deir ez-Zor reports",
  },
  {
    id: "alaraby",
    name: "Al-Araby Al-Jadeed",
    nameAr: "العربي الجديد",
    home: "https://www.alaraby.co.uk/",
    hosts: ["www.alaraby.co.uk", "alaraby.co.uk"],
    discovery: [{ kind: "feed", url: "https://www.alaraby.co.uk/rss" }],
    // A slug of several words, under a section (/politics/…) or not; /node/<id> short links.
    articlePattern: articleUrls("alaraby.co.uk", [String.raw`(?:[a-z-]+/)?(?<slug>${WORDS})`, String.raw`node/(?<id>\d+)`]),
    hints: { body: "div.article-body", drop: [".article-related-inline"] },
    politeness: POLITE,
    leaning: "independent",
    coverage: "pan-Arab daily; Syria desk reports badia attacks with SOHR figures",
  },
  {
    id: "sy24",
    name: "SY24",
    nameAr: "سوريا 24",
    home: "https://www.sy-24.com/",
    hosts: ["www.sy-24.com", "sy-24.com"],
    discovery: [{ kind: "listing", url: "https://www.sy-24.com/news/", linkSelector: "article h2 a" }],
    // /<id>, /<id>/news/<slug>/, /news/<slug>/, /news/<id> (old), ?p=<id> short links.
    articlePattern: articleUrls("sy-24.com", [
      String.raw`(?<id>\d{4,})(?:/news/(?<slug>${SLUG}))?`,
      String.raw`news/(?:(?<id2>\d+)|(?<slug2>${SLUG}))`,
      WP_SHORTLINK,
    ]),
    hints: { body: "div.td-post-content", drop: [".td-post-featured-image"] },
    politeness: POLITE,
    leaning: "opposition",
    coverage: "eastern Syria and the badia, own field sources",
  },
  {
    id: "orient-net",
    name: "Orient Net",
    nameAr: "أورينت نت",
    home: "https://orient-news.net/",
    hosts: ["orient-news.net", "www.orient-news.net"],
    discovery: [{ kind: "feed", url: "https://orient-news.net/feed/" }],
    // /ar/news_show/<id>/0/<slug> and /ar/news_show/<id>; the old CMS's ?page=news_show&id=<id>.
    articlePattern: articleUrls("orient-news.net", [
      String.raw`(?:ar|en)/news_show/(?<id>\d+)(?:/[^?#]*)?`,
      String.raw`(?:index\.php)?\?id=(?<id2>\d+)&page=news_show`,
    ]),
    hints: { body: "div.newsContent" },
    politeness: POLITE,
    leaning: "opposition",
    coverage: "all Syria; regime and militia losses",
  },
  {
    id: "syria-tv",
    name: "Syria TV",
    nameAr: "تلفزيون سوريا",
    home: "https://www.syria.tv/",
    hosts: ["www.syria.tv", "syria.tv"],
    discovery: [{ kind: "feed", url: "https://www.syria.tv/feed" }],
    // A slug of several words at the root or under /content/ (older Drupal paths); /node/<id>.
    articlePattern: articleUrls("syria.tv", [String.raw`(?:content/)?(?<slug>${WORDS})`, String.raw`node/(?<id>\d+)`]),
    hints: { body: "div.field--name-body" },
    politeness: POLITE,
    leaning: "opposition",
    coverage: "all Syria; Homs and Deir ez-Zor badia",
  },
  {
    id: "sohr",
    name: "Syrian Observatory for Human Rights",
    nameAr: "المرصد السوري لحقوق الإنسان",
    home: "https://www.syriahr.com/",
    hosts: ["www.syriahr.com", "syriahr.com"],
    discovery: [{ kind: "feed", url: "https://www.syriahr.com/feed/" }],
    // /<slug>/<id>/ and /<id>/ (Arabic, or under /en/), ?p=<id> short links, /YYYY/MM/<slug>/ (before 2016).
    articlePattern: articleUrls("syriahr.com", [
      String.raw`(?:en/)?(?:(?<slug>${SLUG})/)?(?<id>\d{5,})`,
      String.raw`\d{4}/\d{2}/(?<slug2>${SLUG})`,
      WP_SHORTLINK,
    ]),
    hints: { body: "div.content-inner", drop: [".jeg_share_top_container", ".jeg_ad"] },
    // Behind Cloudflare: a slower pace avoids challenge pages.
    politeness: GENTLE,
    leaning: "monitor",
    coverage: "casualty tolls for every governorate, updated during the day",
  },
  {
    id: "step-news",
    name: "Step News Agency",
    nameAr: "وكالة ستيب الإخبارية",
    home: "https://stepagency-sy.net/",
    hosts: ["stepagency-sy.net", "www.stepagency-sy.net"],
    discovery: [{ kind: "feed", url: "https://stepagency-sy.net/feed/" }],
    // /YYYY/MM/DD/<slug>/, also under /ar/; ?p=<id> short links.
    articlePattern: articleUrls("stepagency-sy.net", [String.raw`(?:[a-z]{2}/)?\d{4}/\d{2}/\d{2}/(?<slug>${SLUG})`, WP_SHORTLINK]),
    // TieLabs Jannah; the date is only Arabic text under the title ("15 مايو، 2022").
    hints: { body: "#the-post div.entry-content", title: "#the-post h1.post-title", date: "#the-post .entry-header .date" },
    politeness: POLITE,
    leaning: "opposition",
    coverage: "northern and eastern Syria field news",
  },
  {
    id: "north-press",
    name: "North Press Agency",
    nameAr: "نورث برس",
    home: "https://npasyria.com/",
    hosts: ["npasyria.com", "www.npasyria.com"],
    discovery: [{ kind: "sitemap", url: "https://npasyria.com/news-sitemap.xml" }],
    // /<id>/ (Arabic) and /en/<id>/, ?p=<id> short links.
    articlePattern: articleUrls("npasyria.com", [String.raw`(?:en/)?(?<id>\d{4,})`, WP_SHORTLINK]),
    hints: { body: "div.entry-content" },
    politeness: POLITE,
    leaning: "kurdish-administration",
    coverage: "north-east Syria, Deir ez-Zor and Raqqa under the SDF",
  },
  {
    id: "baladi-news",
    name: "Baladi News",
    nameAr: "بلدي نيوز",
    home: "https://www.baladi-news.com/",
    // video.: the same articles, with the report's video (seen in real stored pages).
    hosts: ["www.baladi-news.com", "baladi-news.com", "video.baladi-news.com"],
    discovery: [{ kind: "listing", url: "https://www.baladi-news.com/ar/news", linkSelector: "div.news-list h3 a" }],
    // /ar/articles/<id>/<slug>, also behind /public/ and /public/index.php/ (Laravel front controller).
    articlePattern: articleUrls(["baladi-news.com", "video.baladi-news.com"], [
      String.raw`(?:public/)?(?:index\.php/)?(?:ar|en)/articles/(?<id>\d+)(?:/(?<slug>${SLUG}))?`,
    ]),
    // The body is one block of <br>-separated lines, not <p>.
    hints: { body: "div.article-text" },
    politeness: GENTLE,
    leaning: "opposition",
    coverage: "local news from Homs, Hama and the badia",
  },
  {
    id: "zaman-alwsl",
    name: "Zaman al-Wasl",
    nameAr: "زمان الوصل",
    home: "https://www.zamanalwsl.net/",
    hosts: ["www.zamanalwsl.net", "zamanalwsl.net"],
    discovery: [{ kind: "feed", url: "https://www.zamanalwsl.net/news/rss/94/" }],
    // /news/article/<id>/, sometimes with a trailing segment (a slug, or the like/dislike views).
    articlePattern: articleUrls("zamanalwsl.net", [String.raw`(?:en/)?news/article/(?<id>\d+)(?:/[^/?#]+)?`]),
    // Old PHP site served in windows-1256; the fetcher decodes it before the cleaner sees it.
    hints: { body: "#newsContent" },
    politeness: GENTLE,
    leaning: "opposition",
    coverage: "Deir ez-Zor and the east, investigations",
  },
  {
    id: "deirezzor24",
    name: "Deir Ezzor 24",
    nameAr: "دير الزور 24",
    home: "https://deirezzor24.net/",
    hosts: ["deirezzor24.net", "www.deirezzor24.net"],
    discovery: [{ kind: "feed", url: "https://deirezzor24.net/feed/" }],
    // A slug of several words at the root, or under /en/; ?p=<id> short links.
    articlePattern: articleUrls("deirezzor24.net", [String.raw`(?:en/)?(?<slug>${WORDS})`, WP_SHORTLINK]),
    hints: { body: "div.entry-content" },
    politeness: GENTLE,
    leaning: "local",
    coverage: "Deir ez-Zor governorate, both banks of the Euphrates",
  },
  {
    id: "suwayda24",
    name: "Suwayda 24",
    nameAr: "السويداء 24",
    home: "https://suwayda24.com/",
    hosts: ["suwayda24.com", "www.suwayda24.com"],
    discovery: [{ kind: "feed", url: "https://suwayda24.com/feed/" }],
    // /archives/<id>, also under /en/; ?p=<id> short links.
    articlePattern: articleUrls("suwayda24.com", [String.raw`(?:en/)?archives/(?<id>\d+)`, WP_SHORTLINK]),
    hints: { body: "div.entry", title: "h1.post-title", drop: [".share-post", ".post-tag"] },
    politeness: GENTLE,
    leaning: "local",
    coverage: "Suwayda and its eastern badia",
  },
  {
    id: "sana",
    name: "SANA",
    nameAr: "الوكالة العربية السورية للأنباء - سانا",
    home: "https://sana.sy/",
    // sanasyria.org: the agency's second domain, serving the same WordPress (?p=<id>) articles.
    hosts: ["sana.sy", "www.sana.sy", "sanasyria.org", "www.sanasyria.org"],
    discovery: [{ kind: "feed", url: "https://sana.sy/feed/" }],
    // /<section>/<id>/ (since 2025, also under a language: /en/syria/<id>/), /archives/<id> (before), ?p=<id>.
    articlePattern: articleUrls(["sana.sy", "sanasyria.org"], [
      String.raw`(?:[a-z]{2}/)?(?:${SLUG}/)?(?<id>\d{4,})`,
      String.raw`archives/(?<id2>\d+)`,
      WP_SHORTLINK,
    ]),
    hints: { body: "div.entry", drop: ["#related_posts"] },
    politeness: POLITE,
    leaning: "state",
    coverage: "state news agency; government casualty figures",
  },
];

/** The outlet with this id, or an error naming the known ids. */
export function outletById(id: OutletId): Outlet {
  const outlet = OUTLETS.find((o) => o.id === id);
  if (!outlet) throw new Error(`unknown outlet "${id}"; known: ${OUTLETS.map((o) => o.id).join(", ")}`);
  return outlet;
}
