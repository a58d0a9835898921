/**
 * One stored channel post read again, for re-extraction: from the markup stored with it, or
 * from its channel's preview fetched now.
 */
import type { CleanedArticle } from "../types";
import type { Fetcher } from "../fetch";
import { channelByHandle } from "../outlets/registry";
import { ChannelMarkupError, PostGoneError } from "./errors";
import { loadHtml, parsePreview } from "./preview";
import { postArticle } from "./post";
import { PREVIEW } from "./vocab";
import { previewUrl } from "./discover";

const POST_URL = /^https:\/\/t\.me\/([A-Za-z0-9_]{4,})\/(\d+)$/;

/** The channel handle and post id of a post URL `https://t.me/<handle>/<id>`, or null for any other URL. */
export function channelPostOf(url: string): { handle: string; id: number } | null {
  const match = POST_URL.exec(url);
  return match ? { handle: match[1], id: Number(match[2]) } : null;
}

/**
 * A stored post's markup (one preview message) as the article stored under `url` (its own URL,
 * or its origin's for a forward).
 */
export function postFromMarkup(html: string, url: string): CleanedArticle {
  const handle = loadHtml(html)(PREVIEW.message).first().attr(PREVIEW.postAttribute)?.split("/")[0] ?? "";
  const [post] = parsePreview(html, handle).posts;
  if (!post) throw new ChannelMarkupError(`the markup stored for ${url} holds no readable post`, handle);
  return postArticle(post, url);
}

/**
 * A post as its channel's preview shows it now: the page that ends with it (`?before=<id + 1>`).
 * Throws PostGoneError when the page does not show it, or its channel is not a registry channel
 * (the fetcher contacts registry hosts for registry outlets only).
 *
 * @example const { cleaned, html } = await fetchPost(fetcher, "https://t.me/Deir_Ezzor_24/5102");
 */
export async function fetchPost(fetcher: Fetcher, url: string): Promise<{ cleaned: CleanedArticle; html: string }> {
  const at = channelPostOf(url);
  const outlet = at ? channelByHandle(at.handle) : undefined;
  if (!at || !outlet) throw new PostGoneError(at?.handle ?? "", url);
  const page = await fetcher.fetchPage(`${previewUrl(outlet.channel.handle)}?before=${at.id + 1}`, { outlet, accept: "html" });
  const post = "notModified" in page ? undefined : parsePreview(page.html, outlet.channel.handle).posts.find((p) => p.id === at.id);
  if (!post) throw new PostGoneError(at.handle, url);
  return { cleaned: postArticle(post, url), html: post.html };
}
