/**
 * Channel failures that are not fetch failures (those stay the fetcher's FetchError subclasses,
 * with their `code`, `kind` and `url`). None stops a run: each is reported with the channel.
 */

type ChannelErrorCode = "TELEGRAM_MARKUP" | "TELEGRAM_NO_PREVIEW" | "TELEGRAM_GAP" | "TELEGRAM_POST_GONE";

export class ChannelError extends Error {
  readonly kind = "permanent";
  constructor(
    readonly code: ChannelErrorCode,
    message: string,
    readonly handle: string,
  ) {
    super(message);
    this.name = "ChannelError";
  }
}

/** A preview page, or some of its messages, without the elements the reader expects (t.me changed its markup). */
export class ChannelMarkupError extends ChannelError {
  constructor(message: string, handle: string) {
    super("TELEGRAM_MARKUP", message, handle);
  }
}

/** t.me shows no public preview for the channel (it redirects to the channel's join page): a private, renamed or restricted channel. */
export class NoPreviewError extends ChannelError {
  constructor(handle: string, finalUrl: string) {
    super("TELEGRAM_NO_PREVIEW", `t.me/s/${handle} has no public preview (answered from ${finalUrl})`, handle);
  }
}

/** The run stopped paging back before it reached the posts already read: the posts in between are left to the next runs. */
export class ChannelGapError extends ChannelError {
  constructor(handle: string, from: number, to: number, pages: number) {
    super("TELEGRAM_GAP", `t.me/s/${handle}: posts ${from}–${to} left for the next run (stopped after ${pages} pages)`, handle);
  }
}

/** A post asked for again (re-extraction with refetch) that its channel's preview no longer shows. */
export class PostGoneError extends ChannelError {
  constructor(handle: string, url: string) {
    super("TELEGRAM_POST_GONE", `${url} is no longer on its channel's preview (deleted, or the channel is not in the registry)`, handle);
  }
}
