/**
 * Which text blocks are article body: the generic choice (the scored container and its
 * siblings), the outlet's body selector when it holds a body's worth of text, and the lead
 * printed above the container.
 */
import type { CheerioAPI } from "cheerio";
import type { Element } from "./dom";
import type { TextBlock } from "./segment";
import { parseArabicDate } from "./arabic-date";
import { chooseContainers } from "./score";
import {
  BOILERPLATE_LINES,
  DATE_IN_LINE,
  HAS_ARABIC_LETTER,
  HAS_LETTER,
  LEAD_CLASS,
  LEADING_SYMBOLS,
} from "./rules";
import {
  CLEAN_ARABIC_PAGE_SHARE,
  CLEAN_MAX_DATELINE_CHARS,
  CLEAN_MAX_LINK_DENSITY,
  CLEAN_MAX_NON_ARABIC_LABEL_CHARS,
  CLEAN_MIN_HINT_BODY_CHARS,
} from "../constants";

/** How many leading ancestors of a block are checked for a lead/standfirst class. */
const LEAD_ANCESTOR_DEPTH = 4;

/** True when most of the page's letters are Arabic. */
export function isArabicPage(blocks: readonly TextBlock[]): boolean {
  let arabic = 0;
  let letters = 0;
  for (const b of blocks) {
    letters += b.letters;
    arabic += b.arabicLetters;
  }
  return letters > 0 && arabic / letters >= CLEAN_ARABIC_PAGE_SHARE;
}

/** True when a block is prose rather than a widget remain or a link list. */
export function isProse(block: TextBlock, arabicPage: boolean): boolean {
  const text = block.text;
  if (block.linkChars / text.length > CLEAN_MAX_LINK_DENSITY) return false;
  if (block.owner.name === "h1") return false;
  const bare = text.replace(LEADING_SYMBOLS, "");
  if (!HAS_LETTER.test(bare)) return false;
  if (BOILERPLATE_LINES.some((re) => re.test(bare))) return false;
  if (bare.length < CLEAN_MAX_DATELINE_CHARS && (DATE_IN_LINE.test(bare) || parseArabicDate(bare))) return false;
  if (arabicPage && bare.length < CLEAN_MAX_NON_ARABIC_LABEL_CHARS && !HAS_ARABIC_LETTER.test(bare)) return false;
  return true;
}

function hasLeadAncestor(block: TextBlock): boolean {
  let n: Element | null = block.owner;
  for (let depth = 0; n && n.type === "tag" && depth < LEAD_ANCESTOR_DEPTH; depth++) {
    const names = (n.attribs.class ?? "") + " " + (n.attribs.id ?? "");
    if (LEAD_CLASS.test(names)) return true;
    n = n.parent as Element | null;
  }
  return false;
}

/** True when an element of `set` holds the block (a walk up from its owner: linear in depth). */
function within(block: TextBlock, set: ReadonlySet<Element>): boolean {
  for (let n: Element | null = block.owner; n; n = n.parent as Element | null) if (set.has(n)) return true;
  return false;
}

function hintedContainers($: CheerioAPI, selector: string | undefined, blocks: readonly TextBlock[]): Element[] | null {
  if (!selector) return null;
  let found: Element[];
  try {
    found = $(selector).toArray() as Element[];
  } catch {
    return null;
  }
  if (found.length === 0) return null;
  const first = new Set([found[0]]);
  const chars = blocks.filter((b) => within(b, first)).reduce((n, b) => n + b.text.length, 0);
  return chars >= CLEAN_MIN_HINT_BODY_CHARS ? [found[0]] : null;
}

/** The body blocks of a pruned, segmented page and whether the outlet's selector chose them. */
export interface BodyChoice {
  blocks: TextBlock[];
  hinted: boolean;
}

/**
 * The body blocks in reading order: prose inside the hinted or scored containers, preceded by
 * a standfirst printed above the container (Enab Baladi's subtitle).
 */
export function chooseBody($: CheerioAPI, blocks: readonly TextBlock[], arabicPage: boolean, hintSelector?: string): BodyChoice {
  const hintedList = hintedContainers($, hintSelector, blocks);
  const containers = new Set(hintedList ?? chooseContainers(blocks, arabicPage));
  const body = blocks.filter((b) => within(b, containers) && isProse(b, arabicPage));
  const firstIndex = body.length ? body[0].index : 0;
  const lead = blocks.filter(
    (b) => b.index < firstIndex && !within(b, containers) && hasLeadAncestor(b) && isProse(b, arabicPage),
  );
  return { blocks: [...lead, ...body], hinted: hintedList !== null };
}
