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
