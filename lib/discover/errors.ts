/**
 * Discovery failures that are not fetch failures (those stay the fetcher's FetchError
 * subclasses, with their `code`, `kind` and `url`).
 */

/** A fetched feed or sitemap that is not RSS, Atom, RDF, a urlset or a sitemap index. */
export class FeedParseError extends Error {
  readonly code = "FEED_PARSE";
  readonly kind = "permanent";
  constructor(
    message: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "FeedParseError";
  }
}

/**
 * An outlet's sources listed links and not one is an article URL of the outlet: its URL shapes
 * changed (or its pattern is wrong), and discovery would otherwise keep nothing in silence.
 */
export class NoArticleLinksError extends Error {
  readonly code = "NO_ARTICLE_LINKS";
  readonly kind = "permanent";
  constructor(
    message: string,
    readonly outlet: string,
  ) {
    super(message);
    this.name = "NoArticleLinksError";
  }
}
