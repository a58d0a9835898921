/**
 * Reads a page of a channel's public web preview (`https://t.me/s/<handle>`): its posts with
 * their ids, times, texts, edit marks and forward origins, and every message id on the page.
 */
import { load, type Cheerio, type CheerioAPI } from "cheerio/slim";
import type { Element } from "domhandler";
import { parse } from "parse5";
import { adapter } from "parse5-htmlparser2-tree-adapter";
import { ChannelMarkupError } from "./errors";
import { postLines } from "./text";
import { EDITED_WORD, PREVIEW } from "./vocab";

/**
 * A preview page parsed with parse5, as a browser does, through cheerio/slim: cheerio's main entry
 * carries URL and buffer loaders (iconv-lite's tables) the collect bundle leaves out.
 */
export const loadHtml = (html: string): CheerioAPI => load(parse(html, { treeAdapter: adapter, scriptingEnabled: true }));

/** Where a forwarded post came from, as the preview names it. */
export interface ForwardOrigin {
  /** The origin's name as shown ("Forwarded from …"). */
  name: string;
  /** `https://t.me/<handle>/<id>` of the origin post, when the origin is a public channel that links it. */
  url: string | null;
}

/** One post of a channel preview that has text. */
export interface ChannelPost {
  /** The post's number in its channel. */
  id: number;
  /** `https://t.me/<handle>/<id>`, the handle spelled as the preview spells it. */
  url: string;
  /** ISO 8601 time of the post, as `<time datetime>` gives it (UTC). */
  time: string;
  /** Report lines of the message text or caption (see `postLines`); never empty. */
  lines: string[];
  /** The preview marks the post edited. */
  edited: boolean;
  forwardedFrom: ForwardOrigin | null;
  /** The message's own markup. */
  html: string;
}

/** What one preview page holds. */
export interface PreviewPage {
  /** Posts with text, in page order (oldest first). */
  posts: ChannelPost[];
  /** Every message id the page shows (posts, posts without text, service messages), ascending. */
  ids: number[];
  /** The id to page back from (`?before=`), or null when the page reaches the channel's first message. */
  olderBefore: number | null;
  /** Messages the page shows that could not be read, one line each; the others are read all the same. */
  problems: string[];
}

const POST_URL = /^https:\/\/t\.me\/([A-Za-z0-9_]{4,})\/(\d+)$/;

/** "<handle>/<id>" → the id, when the message is the channel's own. */
function postId(dataPost: string | undefined, handle: string): number | null {
  const match = /^([A-Za-z0-9_]+)\/(\d+)$/.exec(dataPost ?? "");
  if (!match || match[1].toLowerCase() !== handle.toLowerCase()) return null;
  return Number(match[2]);
}

/** The message text with its line breaks: `<br>` and block ends become newlines, emoji images go. */
function textOf($: CheerioAPI, nodes: Cheerio<Element>): string {
  const copy = nodes.clone();
  copy.find(PREVIEW.emoji).remove();
  copy.find("br").replaceWith("\n");
  copy.find("p, div").after("\n");
  return copy
    .toArray()
    .map((n) => $(n).text())
    .join("\n");
}

function forwardOrigin(message: Cheerio<Element>): ForwardOrigin | null {
  const from = message.find(PREVIEW.forwardedName).first();
  if (from.length === 0) return null;
  const href = (from.attr("href") ?? "").trim();
  return { name: from.text().replace(/\s+/g, " ").trim(), url: POST_URL.test(href) ? href : null };
}

function isEdited(message: Cheerio<Element>): boolean {
  if (message.find(PREVIEW.edited).length > 0) return true;
  return message.find(PREVIEW.meta).first().text().trim().toLowerCase().startsWith(EDITED_WORD);
}

/**
 * The posts and message ids of one preview page of `handle`. Throws a ChannelMarkupError when
 * the page has no message list at all (not a preview: a login wall, a changed layout); a message
 * without an id or a time is listed in `problems` and the others are read.
 *
 * @example
 * const page = parsePreview(html, "Deir_Ezzor_24");
 * page.posts.map((p) => p.url); // ["https://t.me/Deir_Ezzor_24/5120", …]
 */
export function parsePreview(html: string, handle: string): PreviewPage {
  const $ = loadHtml(html);
  if ($(PREVIEW.history).length === 0 && $(PREVIEW.message).length === 0) {
    throw new ChannelMarkupError(`t.me/s/${handle}: the page has no message list (${PREVIEW.history})`, handle);
  }
  const page: PreviewPage = { posts: [], ids: [], olderBefore: null, problems: [] };
  $(PREVIEW.message).each((n, element) => {
    const message = $(element);
    const id = postId(message.attr(PREVIEW.postAttribute), handle);
    if (id === null) {
      page.problems.push(`message ${n + 1} has no ${PREVIEW.postAttribute} of ${handle} ("${message.attr(PREVIEW.postAttribute) ?? ""}")`);
      return;
    }
    page.ids.push(id);
    if (message.hasClass(PREVIEW.serviceClass)) return;
    const text = message.find(PREVIEW.text).filter((_, t) => $(t).closest(PREVIEW.foreignText).length === 0);
    const lines = postLines(textOf($, text));
    if (lines.length === 0) return; // a photo or a sticker without caption: nothing to read
    const time = message.find(PREVIEW.time).first().attr("datetime");
    if (!time || Number.isNaN(Date.parse(time))) {
      page.problems.push(`post ${id} has no readable time (${PREVIEW.time})`);
      return;
    }
    page.posts.push({
      id,
      url: `https://t.me/${(message.attr(PREVIEW.postAttribute) ?? "").split("/")[0]}/${id}`,
      time,
      lines,
      edited: isEdited(message),
      forwardedFrom: forwardOrigin(message),
      html: $.html(element),
    });
  });
  page.ids.sort((a, b) => a - b);
  const before = Number($(PREVIEW.older).first().attr("data-before"));
  page.olderBefore = Number.isInteger(before) && before > 0 ? before : null;
  return page;
}
