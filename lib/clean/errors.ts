/** Why a page could not be cleaned. */
export type CleanErrorCode = "no-article-body";

/**
 * The cleaner's one failure: the page has no block of article text (a listing, an error page,
 * a page that is all script). Permanent: fetching the same page again will not help.
 */
export class CleanError extends Error {
  readonly code: CleanErrorCode;
  readonly url: string;
  readonly retryable = false;

  constructor(code: CleanErrorCode, url: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CleanError";
    this.code = code;
    this.url = url;
  }
}
