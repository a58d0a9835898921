import type { CleanedArticle } from "../types";
import { SYRIA_UTC_OFFSET_MINUTES } from "../constants";
import type { ChannelPost } from "./preview";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An instant as Syrian local time, `YYYY-MM-DDTHH:MM:SS+03:00`: the preview gives UTC, and the
 * extractor reads the publication day ("اليوم" is the Syrian day, not the UTC one).
 * @example syrianTime("2024-03-14T22:30:00+00:00") // "2024-03-15T01:30:00+03:00"
 */
export function syrianTime(iso: string): string {
  const local = new Date(Date.parse(iso) + SYRIA_UTC_OFFSET_MINUTES * 60_000);
  const offset = `${pad(Math.floor(SYRIA_UTC_OFFSET_MINUTES / 60))}:${pad(SYRIA_UTC_OFFSET_MINUTES % 60)}`;
  return `${local.toISOString().slice(0, 19)}+${offset}`;
}

/**
 * A post as the cleaner would hand an article on: its first line is the title (channels write a
 * headline line first), the rest its paragraphs, and `text` both joined, as for a web page.
 * `url` is where it is stored: the post's own URL, or its origin's when it is a forward.
 */
export function postArticle(post: ChannelPost, url: string): CleanedArticle {
  const [title, ...paragraphs] = post.lines;
  return {
    url,
    canonicalUrl: url,
    title,
    published: syrianTime(post.time),
    paragraphs,
    captions: [],
    captionParagraphs: [],
    text: post.lines.join("\n"),
  };
}
