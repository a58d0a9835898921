/**
 * Channel preview pages in the markup of t.me/s/<handle>, written for the tests (the structure
 * public parsers of the preview read: RSSHub, snscrape). Posts are the tests' own sentences.
 */

export interface PostSpec {
  id: number;
  /** UTC, as the preview's `<time datetime>`. */
  time: string;
  /** Inner HTML of the message text (or caption). Omit for a post without text. */
  html?: string;
  /** Marks the post edited: as a span (`tgme_widget_message_edited`) or as the word before the time. */
  edited?: "span" | "word";
  forwardedFrom?: { name: string; url?: string };
  /** A photo above the text (the text is then its caption). */
  photo?: boolean;
  /** A service message ("Channel photo updated"). */
  service?: string;
  /** A link's preview card under the text. */
  linkPreview?: { site: string; title: string; description: string; url: string };
  /** The message it replies to. */
  reply?: { author: string; text: string };
  /** The channel's signature (the author of a signed post). */
  author?: string;
  /** Leave out `data-post` or the time, as a changed layout would. */
  broken?: "no-data-post" | "no-time";
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function message(handle: string, p: PostSpec): string {
  const post = `${handle}/${p.id}`;
  const dataPost = p.broken === "no-data-post" ? "" : ` data-post="${post}"`;
  if (p.service) {
    return `<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message service_message"${dataPost}>
  <div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text js-message_text" dir="auto">${p.service}</div>
  <div class="tgme_widget_message_footer js-message_footer"><div class="tgme_widget_message_info js-message_info"><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/${post}"><time datetime="${p.time}" class="time">00:00</time></a></span></div></div></div>
</div></div>`;
  }
  const parts: string[] = [];
  parts.push(`<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/${handle}"><span dir="auto">${handle}</span></a></div>`);
  if (p.forwardedFrom) {
    const { name, url } = p.forwardedFrom;
    const link = url
      ? `<a class="tgme_widget_message_forwarded_from_name" href="${url}"><span dir="auto">${name}</span></a>`
      : `<span class="tgme_widget_message_forwarded_from_name" dir="auto">${name}</span>`;
    parts.push(`<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from ${link}</div>`);
  }
  if (p.reply) {
    parts.push(`<a class="tgme_widget_message_reply" href="https://t.me/${handle}/${p.id - 1}"><div class="tgme_widget_message_author accent_color"><span class="tgme_widget_message_author_name" dir="auto">${p.reply.author}</span></div>
  <div class="tgme_widget_message_metatext js-message_reply_text" dir="auto">${p.reply.text}</div><div class="tgme_widget_message_text js-message_text" dir="auto">${p.reply.text}</div></a>`);
  }
  if (p.photo) {
    parts.push(`<a class="tgme_widget_message_photo_wrap" href="https://t.me/${post}" style="width:800px;background-image:url('https://cdn4.telesco.pe/file/photo.jpg')"><div class="tgme_widget_message_photo" style="padding-top:56.25%"></div></a>`);
  }
  if (p.html !== undefined) parts.push(`<div class="tgme_widget_message_text js-message_text" dir="auto">${p.html}</div>`);
  if (p.linkPreview) {
    const l = p.linkPreview;
    parts.push(`<a class="tgme_widget_message_link_preview" href="${esc(l.url)}"><div class="link_preview_site_name accent_color" dir="auto">${l.site}</div><div class="link_preview_title" dir="auto">${l.title}</div><div class="link_preview_description js-message_text" dir="auto">${l.description}</div></a>`);
  }
  const edited = p.edited === "span" ? `<span class="tgme_widget_message_edited">edited</span> ` : p.edited === "word" ? "edited&nbsp;" : "";
  const author = p.author ? `<span class="tgme_widget_message_from_author" dir="auto">${p.author}</span>,&nbsp;` : "";
  const time = p.broken === "no-time" ? "" : `<time datetime="${p.time}" class="time">${p.time.slice(11, 16)}</time>`;
  parts.push(`<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
    <span class="tgme_widget_message_views">1.2K</span><span class="tgme_widget_message_meta">${author}${edited}<a class="tgme_widget_message_date" href="https://t.me/${post}">${time}</a></span>
  </div></div>`);
  return `<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message"${dataPost} data-view="x">
  <div class="tgme_widget_message_user"><a href="https://t.me/${handle}"><i class="tgme_widget_message_user_photo bgcolor2" data-content="T"></i></a></div>
  <div class="tgme_widget_message_bubble"><i class="tgme_widget_message_bubble_tail"></i>
  ${parts.join("\n  ")}
  </div>
</div></div>`;
}

/**
 * A preview page of `handle` holding `posts` (give them oldest first, as t.me lists them), with
 * the "load older" link t.me puts above them unless the page starts the channel.
 */
export function previewPage(handle: string, posts: readonly PostSpec[], opts: { title?: string; olderBefore?: number | null } = {}): string {
  const before = opts.olderBefore === undefined ? posts[0]?.id : opts.olderBefore;
  const more =
    before === null || before === undefined
      ? ""
      : `<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/${handle}?before=${before}" class="tme_messages_more js-messages_more" data-before="${before}"></a></div>`;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${opts.title ?? handle} – Telegram</title>
<meta property="og:title" content="${opts.title ?? handle}"></head>
<body class="widget_frame_base tgme_webpreview_body">
<header class="tgme_header"><div class="tgme_header_title">${opts.title ?? handle}</div></header>
<main class="tgme_main"><div class="tgme_container">
<section class="tgme_channel_history js-message_history">
${more}
${posts.map((p) => message(handle, p)).join("\n")}
</section>
</div></main>
</body></html>`;
}

/** Posts a preview page shows at most, as t.me does (about 20). */
export const PAGE_SIZE = 20;

/**
 * A page of a channel as t.me pages it: the newest PAGE_SIZE posts, or with `before` the
 * PAGE_SIZE posts just below that id; the load-older link unless the page holds the first post.
 */
export function channelPage(handle: string, posts: readonly PostSpec[], before: number | null): string {
  const sorted = [...posts].sort((a, b) => a.id - b.id);
  const below = before === null ? sorted : sorted.filter((p) => p.id < before);
  const page = below.slice(-PAGE_SIZE);
  const olderBefore = page.length > 0 && page[0].id > sorted[0].id ? page[0].id : null;
  return previewPage(handle, page, { olderBefore });
}

/** The `before` of a preview request URL, or null. */
export function beforeOf(requestUrl: string | undefined): number | null {
  const before = new URL(requestUrl ?? "/", "http://x").searchParams.get("before");
  return before === null ? null : Number(before);
}
