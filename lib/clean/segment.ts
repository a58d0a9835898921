/**
 * Cuts a subtree into text blocks in reading order: every block-level element and every
 * `<br>` ends a block, so `<br>`-separated text and text sitting directly in a `<div>`
 * become paragraphs just as `<p>` does.
 */
import type { AnyNode, Element } from "./dom";
import { isElement } from "./dom";
import { BLOCK_TAGS, NOT_ARABIC_LETTERS, NOT_LETTERS } from "./rules";

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

/** Letters in `text` (one replace, no array of matches: pages can hold megabytes of text). */
export function letterCount(text: string): number {
  return text.replace(NOT_LETTERS, "").length;
}

export function arabicLetterCount(text: string): number {
  return text.replace(NOT_ARABIC_LETTERS, "").length;
}

const WHITESPACE = /\s+/g;

/** Text blocks of `root` in document order. */
export function segment(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  const owners: Element[] = [root];

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = parts.join("").replace(WHITESPACE, " ").trim();
    if (text) {
      blocks.push({
        text,
        linkChars: Math.min(linkChars, text.length),
        owner: owners[owners.length - 1],
        index: blocks.length,
        letters: letterCount(text),
        arabicLetters: arabicLetterCount(text),
      });
    }
    parts = [];
    linkChars = 0;
  };

  const walk = (node: AnyNode, inLink: boolean): void => {
    if (node.type === "text") {
      parts.push(node.data);
      if (inLink) linkChars += node.data.replace(WHITESPACE, " ").trim().length;
      return;
    }
    if (!isElement(node) || node.type !== "tag") return;
    const name = node.name;
    if (name === "br") {
      flush();
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
  return blocks;
}
