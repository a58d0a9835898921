/**
 * Removes what is never article text before scoring: junk tags, hidden nodes, widgets named
 * by their class or id, and the outlet's own drop selectors. Captions are taken out first and
 * returned, so they are kept apart from the body rather than lost, each photo caption leaving
 * a mark where it stood (the body as a reader sees it shows it there).
 */
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "./dom";
import { classAndId, collapse, hasDescendant, isElement, setChildren, textOf } from "./dom";
import {
  BOILERPLATE_CLASS,
  CAPTION_SELECTOR,
  COMMENT_CLASS,
  CONTENT_CLASS,
  EMBED_CLASS,
  JUNK_TAGS,
  MEDIA_TAGS,
  PROTECTED_TAGS,
  TAXONOMY_CLASS_TOKEN,
} from "./rules";
import {
  CLEAN_MAX_CAPTION_CHARS,
  CLEAN_PROTECTED_MAX_LINK_DENSITY,
  CLEAN_PROTECTED_PAGE_SHARE,
  CLEAN_PROTECTED_PROSE_CHARS,
} from "../constants";

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const TOKEN_SPLIT = /\s+/;

/** True when the class/id names a widget and nothing names it article content. */
export function isBoilerplateByName(el: Element): boolean {
  // aria-labelledby holds the id of the region's heading: a name the theme gave the widget.
  const labelledBy = el.attribs["aria-labelledby"];
  const names = labelledBy ? `${classAndId(el)} ${labelledBy}` : classAndId(el);
  if (!names) return false;
  let boilerplate = false;
  for (const token of names.split(TOKEN_SPLIT)) {
    if (!token || TAXONOMY_CLASS_TOKEN.test(token)) continue;
    if (CONTENT_CLASS.test(token) || EMBED_CLASS.test(token)) return false;
    if (!boilerplate && BOILERPLATE_CLASS.test(token)) boilerplate = true;
  }
  return boilerplate;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ("hidden" in a) return true;
  if (a["aria-hidden"] === "true") return true;
  const style = a.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}


/**
 * A caption-classed element is an image caption when it sits next to media (in its parent or
 * grandparent) and not inside a link ("Previous Post" labels use `.caption` too).
 */
function isImageCaption(el: Element): boolean {
  if (el.name === "figcaption") return true;
  for (let n = el.parent; n && n.type === "tag"; n = n.parent) if (n.name === "a") return false;
  if (textOf(el).length > CLEAN_MAX_CAPTION_CHARS) return false;
  const near = [el.parent, el.parent?.parent];
  return near.some((n) => n && n.type === "tag" && hasMedia(n as Element, 2));
}

/** True when `el` holds an image or other media within `depth` levels below its children. */
export function hasMedia(el: Element, depth: number): boolean {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (MEDIA_TAGS.has(c.name)) return true;
    if (depth > 0 && hasMedia(c, depth - 1)) return true;
  }
  return false;
}

/** Characters of text and of link text in a subtree (scripts and styles excluded). */
function textAndLinkChars(node: AnyNode, inLink = false, acc = { text: 0, link: 0 }): { text: number; link: number } {
  if (node.type === "text") {
    const n = node.data.replace(/\s+/g, " ").length;
    acc.text += n;
    if (inLink) acc.link += n;
  } else if (isElement(node) && node.type === "tag") {
    const link = inLink || node.name === "a";
    for (const c of node.children) textAndLinkChars(c, link, acc);
  }
  return acc;
}

/**
 * A widget name on a wrapper that holds a page's worth of prose ("Page-ad-margins",
 * "penci_sidebar", "content-with-sidebar-wrp") names the layout, not a widget: such an
 * element is kept and only loses score. Comment sections are removed whatever they hold.
 */
function holdsProse(el: Element, pageProse: number): boolean {
  if (COMMENT_CLASS.test(classAndId(el))) return false;
  const { text, link } = textAndLinkChars(el);
  const prose = text - link;
  if (prose < CLEAN_PROTECTED_PROSE_CHARS) return false;
  return link / Math.max(text, 1) < CLEAN_PROTECTED_MAX_LINK_DENSITY || prose >= pageProse * CLEAN_PROTECTED_PAGE_SHARE;
}

/** True when a quoted post (a tweet's `<blockquote class="twitter-tweet">`) sits in the subtree. */
function holdsEmbeddedPost(el: Element): boolean {
  return hasDescendant(el, (c) => c.name === "blockquote" && EMBED_CLASS.test(c.attribs.class ?? ""));
}

function shouldRemove(el: Element, pageProse: number, byName: boolean): boolean {
  if (el.type !== "tag") return true; // <script>, <style>
  const name = el.name;
  if (JUNK_TAGS.has(name)) return true;
  if (PROTECTED_TAGS.has(name)) return false;
  if (isHidden(el)) return true;
  // schema.org markup names the body outright, whatever the class says.
  if (!byName || el.attribs.itemprop === "articleBody") return false;
  // A widget wrapper around an embedded post ("article-widget article-tweet") holds a quoted statement.
  return isBoilerplateByName(el) && !holdsProse(el, pageProse) && !holdsEmbeddedPost(el);
}

/** Takes `node` out of the tree, `mark` (when given) in its place. */
function detach(node: AnyNode, mark?: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node);
  if (mark) {
    mark.parent = parent;
    mark.prev = node.prev;
    mark.next = node.next;
  }
  if (i >= 0 && mark) parent.children.splice(i, 1, mark);
  else if (i >= 0) parent.children.splice(i, 1);
  if (node.prev) node.prev.next = mark ?? node.next;
  if (node.next) node.next.prev = mark ?? node.prev;
  node.parent = node.prev = node.next = null;
}

/** Images and links in a subtree, counted up to what a card needs. */
function cardParts(el: Element, acc = { images: 0, links: 0 }): { images: number; links: number } {
  for (const c of el.children) {
    if (!isElement(c) || c.type !== "tag") continue;
    if (c.name === "img") acc.images++;
    else if (c.name === "a") acc.links++;
    cardParts(c, acc);
  }
  return acc;
}

/**
 * The innermost `<span>` inside a paragraph holding an image and two links or more is a card the theme
 * shows on hover (a person's photo, bio and latest articles beside their name): its text would
 * cut the sentence in two.
 */
function isInlineCard(el: Element, inParagraph: boolean): boolean {
  // The innermost such span is the card: the ones around it also hold the name it is shown for.
  return inParagraph && holdsCard(el) && !el.children.some((c) => isElement(c) && holdsCard(c));
}

function holdsCard(el: Element): boolean {
  if (el.name !== "span") return false;
  const { images, links } = cardParts(el);
  return images > 0 && links >= 2;
}

function pruneTree(node: AnyNode, pageProse: number, byName: boolean, inParagraph = false): void {
  if (!("children" in node)) return;
  // One pass per parent: removing children one by one costs a shift of the array each time.
  const kept = node.children.filter(
    (child) =>
      child.type !== "comment" &&
      child.type !== "directive" &&
      !(isElement(child) && (shouldRemove(child, pageProse, byName) || isInlineCard(child, inParagraph))),
  );
  if (kept.length !== node.children.length) setChildren(node, kept);
  for (const child of kept) if (isElement(child)) pruneTree(child, pageProse, byName, inParagraph || child.name === "p");
}

/**
 * The image captions taken out of a page, in document order, and where each photo's caption
 * stood: an empty text node left in its place (invisible to the scoring and segmenting, which
 * see the page as if the caption were gone), mapped to the index of its text in `captions`.
 */
export interface PrunedCaptions {
  captions: string[];
  marks: Map<AnyNode, number>;
}

/**
 * Prunes the document in place and returns the image captions it took out.
 * @param dropSelectors the outlet's extra boilerplate selectors
 * @param byName false for the relaxed pass of the fallbacks: junk tags, hidden nodes and
 *   captions go, but no element is removed for its class or id
 */
export function prune($: CheerioAPI, dropSelectors: readonly string[] = [], byName = true): PrunedCaptions {
  const captions: string[] = [];
  const marks = new Map<AnyNode, number>();
  for (const el of $(CAPTION_SELECTOR).toArray() as Element[]) {
    const text = collapse(textOf(el));
    const beside = isImageCaption(el);
    // A gallery repeats its captions away from the photos (a "remote" caption pane): a copy of
    // a caption already taken is a caption too, and has no place of its own.
    const index = captions.indexOf(text);
    if (index < 0 && !beside) continue;
    if (text && index < 0) captions.push(text);
    // cheerio parses no empty text: a space, emptied, so the page's text stays as it was.
    const mark = text && beside ? $.parseHTML(" ")?.[0] : undefined;
    if (mark && "data" in mark) {
      mark.data = "";
      marks.set(mark, index < 0 ? captions.length - 1 : index);
    }
    detach(el, mark);
  }
  for (const sel of dropSelectors) {
    try {
      $(sel).remove();
    } catch {
      // A broken hint selector must not cost the article; the generic pass still runs.
    }
  }
  const root = $.root()[0];
  const whole = textAndLinkChars(root);
  pruneTree(root, whole.text - whole.link, byName);
  return { captions, marks };
}
