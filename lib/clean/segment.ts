/**
 * Cuts a subtree into text blocks in reading order: every block-level element and every
 * `<br>` ends a block, so `<br>`-separated text and text sitting directly in a `<div>`
 * become paragraphs just as `<p>` does.
 */
import type { AnyNode, Element } from "./dom";
import { collapse, hasDescendant, isElement, textOf } from "./dom";
import { BLOCK_TAGS } from "./rules";
import { CLEAN_MAX_TABLE_CELL_CHARS } from "../constants";

export interface TextBlock {
  /** Whitespace-collapsed text. */
  text: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** The nearest block-level element around the text. */
  owner: Element;
  /** Position in reading order. */
  index: number;
  /** Letters in `text`, and Arabic letters among them. */
  letters: number;
  arabicLetters: number;
}

/** Where a photo caption taken out of the page stood in reading order. */
export interface CaptionPlace {
  /** Index of its text in the captions `prune` returned. */
  caption: number;
  /** The mark left in its place. */
  mark: AnyNode;
  /** Index of the block it follows (-1 when it comes before every block). */
  after: number;
}

/** Text blocks in reading order, and the places of the captions marked among them. */
export interface Segmented {
  blocks: TextBlock[];
  captions: CaptionPlace[];
}

const NO_MARKS: ReadonlyMap<AnyNode, number> = new Map();

const LETTER = /\p{L}/u;

/** Link text that is a web address spelled out. */
const PRINTED_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/** True for an Arabic letter's code unit (the ranges of the page-language test). */
function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff);
}

/**
 * Letters in `text` and Arabic letters among them, in one pass with no array of matches or
 * copy (a page may hold megabytes of text); the Unicode test runs only for what is neither
 * ASCII nor Arabic.
 */
export function countLetters(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    } else if (isArabicLetter(c)) {
      letters++;
      arabic++;
    } else {
      const cp = text.codePointAt(i)!;
      if (LETTER.test(String.fromCodePoint(cp))) letters++;
      if (cp > 0xffff) i++;
    }
  }
  return { letters, arabic };
}

/** Letters in `text`. */
export function letterCount(text: string): number {
  return countLetters(text).letters;
}

const CELL_TAGS: ReadonlySet<string> = new Set(["td", "th"]);

/** True when `node` has a block-level element or a `<br>` among its descendants. */
const holdsBlock = (node: Element): boolean => hasDescendant(node, (n) => n.name === "br" || BLOCK_TAGS.has(n.name));

/**
 * A row of a data table: two cells or more, each short and holding only inline text. A layout
 * table's cell (a page frame, a column of links or paragraphs) holds blocks, `<br>`s or long text.
 */
function isDataRow(tr: Element): boolean {
  const cells = tr.children.filter((c): c is Element => isElement(c) && c.type === "tag");
  return (
    cells.length >= 2 &&
    cells.every((c) => CELL_TAGS.has(c.name) && !holdsBlock(c) && textOf(c, CLEAN_MAX_TABLE_CELL_CHARS + 1).length <= CLEAN_MAX_TABLE_CELL_CHARS)
  );
}

/**
 * Text blocks of `root` in document order.
 * @param marks the caption marks `prune` left, each with its caption's index
 */
export function segment(root: Element, marks: ReadonlyMap<AnyNode, number> = NO_MARKS): Segmented {
  const blocks: TextBlock[] = [];
  const captions: CaptionPlace[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  const owners: Element[] = [root];

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = collapse(parts.join(""));
    if (text) {
      const counts = countLetters(text);
      blocks.push({
        text,
        linkChars: Math.min(linkChars, text.length),
        owner: owners[owners.length - 1],
        index: blocks.length,
        letters: counts.letters,
        arabicLetters: counts.arabic,
      });
    }
    parts = [];
    linkChars = 0;
  };

  const walk = (node: AnyNode, inLink: boolean): void => {
    if (node.type === "text") {
      const caption = marks.get(node);
      // A caption taken from inside a line of text follows that line: the line is not cut.
      if (caption !== undefined) captions.push({ caption, mark: node, after: blocks.length - (parts.join("").trim() ? 0 : 1) });
      parts.push(node.data);
      // A link printed as its own address ("more at https://…") is text the reader is meant
      // to read, not navigation: it does not count toward the block's link density.
      if (inLink) {
        const text = collapse(node.data);
        if (!PRINTED_URL.test(text)) linkChars += text.length;
      }
      return;
    }
    if (!isElement(node) || node.type !== "tag") return;
    const name = node.name;
    if (name === "br") {
      flush();
      return;
    }
    if (name === "tr" && isDataRow(node)) {
      // One line per row of a data table ("1 Kyle 5040 5"), cells apart by a space: cell by
      // cell, the numbers and short names would each be dropped as widget remains.
      flush();
      owners.push(node);
      for (const cell of node.children) {
        if (!isElement(cell)) continue;
        for (const c of cell.children) walk(c, inLink);
        parts.push(" ");
      }
      flush();
      owners.pop();
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      owners.push(node);
      for (const c of node.children) walk(c, inLink);
      flush();
      owners.pop();
      return;
    }
    const link = inLink || name === "a";
    for (const c of node.children) walk(c, link);
  };

  for (const c of root.children) walk(c, false);
  flush();
  return { blocks, captions };
}
