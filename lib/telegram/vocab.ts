/**
 * What a channel post carries besides its report, as data: the preview's class names, and the
 * words of the lines channels sign their posts with.
 */

/** Class names of the t.me/s/ preview (as public parsers of it read them: RSSHub, snscrape). */
export const PREVIEW = {
  /** The list of messages; a page without it is not a channel preview. */
  history: ".tgme_channel_history",
  message: ".tgme_widget_message",
  /** `data-post="<handle>/<id>"` on each message. */
  postAttribute: "data-post",
  /** "Pinned message", "Channel photo updated": an id, no report. */
  serviceClass: "service_message",
  /** The message text, or the caption of a photo, video or document. */
  text: ".tgme_widget_message_text",
  /** Blocks that hold someone else's text: the replied-to message, a link's preview card, a poll. */
  foreignText: ".tgme_widget_message_reply, .tgme_widget_message_link_preview, .tgme_widget_message_poll",
  /** The post's own time: the footer's date link holds `<time datetime>`. */
  time: ".tgme_widget_message_date time[datetime], .tgme_widget_message_meta time[datetime]",
  edited: ".tgme_widget_message_edited",
  meta: ".tgme_widget_message_meta",
  forwardedName: ".tgme_widget_message_forwarded_from_name",
  /** Emoji drawn as images (`<i class="emoji"><b>🔴</b></i>`) and custom emoji. */
  emoji: "i.emoji, tg-emoji",
  /** The "load older messages" link: `data-before` is the id to page back from. */
  older: ".tme_messages_more[data-before]",
} as const;

/** The word the preview puts before an edited post's time. */
export const EDITED_WORD = "edited";

/**
 * Words of a channel's signature line ("تابعونا على تلغرام", "للاشتراك في القناة"): a last line
 * holding one of them, or a handle or a t.me link, is the channel's, not the report's.
 */
export const SIGNATURE_WORDS: readonly string[] = [
  "تابعونا",
  "تابعنا",
  "تابعوا",
  "للاشتراك",
  "اشترك",
  "اشتركوا",
  "انضموا",
  "للانضمام",
  "رابط القناة",
  "قناتنا",
  "صفحتنا",
];

/** Longest line read as a signature: a sentence that happens to say "تابعوا" is prose. */
export const MAX_SIGNATURE_LINE_CHARS = 120;
