/**
 * Which text blocks are article body: the generic choice (the scored container and its
 * siblings), the outlet's body selector when it holds a body's worth of text, and the lead
 * printed above the container.
 */
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "./dom";
import { classAndId, inAny } from "./dom";
import type { CaptionPlace, TextBlock } from "./segment";
import { parseArabicDate } from "./arabic-date";
import { hasMedia } from "./prune";
import { chooseContainers } from "./score";
import { isSectionLabel } from "./sections";
import {
  BOILERPLATE_LINES,
  BYLINE_WORD,
  CAPTION_LABEL,
  GALLERY_CLASS,
  DATE_IN_LINE,
  DATELINE_ALONE,
  HAS_ARABIC_LETTER,
  HAS_LETTER,
  LEAD_CLASS,
  LEADING_SYMBOLS,
  META_SEPARATOR,
} from "./rules";
import {
  CLEAN_ARABIC_PAGE_SHARE,
  CLEAN_MAX_DATELINE_CHARS,
  CLEAN_MAX_META_LINE_CHARS,
  CLEAN_MAX_LINK_DENSITY,
  CLEAN_MAX_NON_ARABIC_LABEL_CHARS,
  CLEAN_LEAD_MAX_LINK_DENSITY,
  CLEAN_MIN_HINT_BODY_CHARS,
  CLEAN_MIN_LEAD_CHARS,
  CLEAN_MIN_SCORED_BLOCK_CHARS,
  CLEAN_MIN_UNLINKED_CLAUSE_CHARS,
  CLEAN_MIN_UNLINKED_LEAD_IN_CHARS,
  CLEAN_MIN_UNLINKED_SHARE,
} from "../constants";

const SUBHEADING_TAGS: ReadonlySet<string> = new Set(["h2", "h3", "h4", "h5", "h6"]);

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

/** The end of a sentence: its stop, then closing quotes or brackets. */
const SENTENCE_END = /[.!?؟。]["'”’»)\]]*$/;

/** Paragraphs and list items: where a sentence may run on around a long link. */
const SENTENCE_TAGS: ReadonlySet<string> = new Set(["p", "li"]);

/**
 * A paragraph whose words run on around a long link ("the inquiry was <a>re-opened this year
 * after …</a>."), or a round-up item whose linked headline is followed by a sentence of its
 * own: prose, not a link list, when its unlinked part is a clause of its own.
 */
function linkedSentence(block: TextBlock): boolean {
  const unlinked = block.text.length - block.linkChars;
  if (!SENTENCE_TAGS.has(block.owner.name) || unlinked < block.text.length * CLEAN_MIN_UNLINKED_SHARE) return false;
  // A shorter lead-in still makes a sentence when it ends as one and no colon announces a link.
  return unlinked >= CLEAN_MIN_UNLINKED_CLAUSE_CHARS || (unlinked >= CLEAN_MIN_UNLINKED_LEAD_IN_CHARS && SENTENCE_END.test(block.text) && !block.text.includes(":"));
}

/** A byline with a date, its fields apart by separators: the article's meta line. */
function isMetaLine(text: string): boolean {
  return (text.match(META_SEPARATOR)?.length ?? 0) >= 2 && BYLINE_WORD.test(text) && (DATE_IN_LINE.test(text) || parseArabicDate(text) !== null);
}

function inQuote(owner: Element): boolean {
  return owner.name === "blockquote" || (owner.parent as Element | null)?.name === "blockquote";
}

/** True when a block is prose rather than a widget remain or a link list. */
export function isProse(block: TextBlock, arabicPage: boolean): boolean {
  const text = block.text;
  if (block.linkChars / text.length > CLEAN_MAX_LINK_DENSITY && !linkedSentence(block)) return false;
  if (block.owner.name === "h1") return false;
  const bare = text.replace(LEADING_SYMBOLS, "");
  if (!HAS_LETTER.test(bare)) return false;
  if (BOILERPLATE_LINES.some((re) => re.test(bare)) || isSectionLabel(bare)) return false;
  // A short dated line is a date stamp, except inside a quote (the signature of a quoted post)
  // and a dateline that opens the next paragraph.
  if (bare.length < CLEAN_MAX_DATELINE_CHARS && !inQuote(block.owner) && !DATELINE_ALONE.test(bare) && (DATE_IN_LINE.test(bare) || parseArabicDate(bare))) return false;
  if (bare.length < CLEAN_MAX_META_LINE_CHARS && isMetaLine(bare)) return false;
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
export function within(block: TextBlock, set: ReadonlySet<Element>): boolean {
  return inAny(block.owner, set);
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

/** Levels above the chosen container searched for more of the body printed by the same template. */
const TEMPLATE_SCOPE_LEVELS = 5;

/**
 * Tag and first class name of each element from the root down to `el`, memoized per element.
 * Ids are left out (they number the sections), and so are further class names (modifiers such
 * as "version-2" that differ between the parts of one body).
 */
function templatePath(el: Element, memo: Map<Element, string>): string {
  const chain: Element[] = [];
  let known = "";
  for (let n: Element | null = el; n && n.type === "tag"; n = n.parent as Element | null) {
    const m = memo.get(n);
    if (m !== undefined) {
      known = m;
      break;
    }
    chain.push(n);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const n = chain[i];
    known += `>${n.name}.${(n.attribs.class ?? "").trim().split(/\s+/, 1)[0]}`;
    memo.set(n, known);
  }
  return known;
}

/**
 * Where the rest of an article may sit around its chosen container: the ancestor
 * TEMPLATE_SCOPE_LEVELS above it, or the `<article>` holding it if that is nearer; never the
 * page's `<body>`. Null when the container sits right under the body.
 */
function articleScope(containers: ReadonlySet<Element>): Element | null {
  const first = containers.values().next().value;
  let scope: Element | null = null;
  for (let n = first?.parent as Element | null, level = 1; n && n.type === "tag" && level <= TEMPLATE_SCOPE_LEVELS; n = n.parent as Element | null, level++) {
    if (n.name === "body" || n.name === "html") break;
    scope = n;
    if (n.name === "article") break;
  }
  return scope;
}

/** Levels at and above a block's owner that must name a class for its path to mark a template. */
const TEMPLATE_NAMED_LEVELS = 3;

/** True when the owner or a near ancestor has a class: bare paths (table cells of an old layout) match everything. */
function namedNear(owner: Element): boolean {
  let n: Element | null = owner;
  for (let level = 0; n && n.type === "tag" && level < TEMPLATE_NAMED_LEVELS; level++, n = n.parent as Element | null) {
    if (n.attribs.class?.trim()) return true;
  }
  return false;
}

/**
 * Prose printed by the same template as the body, in its scope, outside the chosen container:
 * an article split into several sections or cards (a figure, a pull quote or an ad slot
 * between them) puts each part in an element of its own, with the same tag and class path as
 * the part that was chosen. Never past another headline: the next article of an endless page
 * has the same template.
 */
function sameTemplate(blocks: readonly TextBlock[], scope: Element, containers: ReadonlySet<Element>, body: readonly TextBlock[], arabicPage: boolean): TextBlock[] {
  const memo = new Map<Element, string>();
  const paths = new Set(
    body.filter((b) => b.text.length >= CLEAN_MIN_SCORED_BLOCK_CHARS && namedNear(b.owner)).map((b) => templatePath(b.owner, memo)),
  );
  const inScope = new Set([scope]);
  const headlines = blocks.filter((b) => b.owner.name === "h1" && within(b, inScope)).map((b) => b.index);
  const from = body[0].index;
  const to = body[body.length - 1].index;
  const sameArticle = (i: number): boolean => !headlines.some((h) => (i < from ? h > i && h < from : h > to && h < i));
  return blocks.filter(
    (b) =>
      !within(b, containers) &&
      within(b, inScope) &&
      paths.has(templatePath(b.owner, memo)) &&
      sameArticle(b.index) &&
      isProse(b, arabicPage),
  );
}

/** A caption's place: next to an image in the same parent (a caption with no caption class). */
function besideMedia(owner: Element): boolean {
  const parent = owner.parent as Element | null;
  return hasMedia(owner, 0) || (parent !== null && parent.type === "tag" && hasMedia(parent, 0));
}

/** Subheadings printed between two parts of the body but outside them (headings score nothing). */
function subheadings(blocks: readonly TextBlock[], scope: Element, body: readonly TextBlock[], arabicPage: boolean): TextBlock[] {
  const inScope = new Set([scope]);
  const taken = new Set(body);
  const from = body[0].index;
  const to = body[body.length - 1].index;
  return blocks.filter(
    (b) => b.index > from && b.index < to && !taken.has(b) && SUBHEADING_TAGS.has(b.owner.name) && within(b, inScope) && isProse(b, arabicPage),
  );
}

/** Index of the last `<h1>` in the article's scope before the body's first block, or -1. */
function headlineBefore(blocks: readonly TextBlock[], scope: ReadonlySet<Element>, firstIndex: number): number {
  let headline = -1;
  for (const b of blocks) if (b.index < firstIndex && b.owner.name === "h1" && within(b, scope)) headline = b.index;
  return headline;
}

/**
 * The lead printed between the headline and the body, outside the body's container: a block
 * in a lead/standfirst-classed element, or, in the article's scope after its `<h1>`, a
 * sentence-long block of prose with hardly a link.
 */
function leadBlocks(blocks: readonly TextBlock[], scope: Element | null, containers: ReadonlySet<Element>, firstIndex: number, arabicPage: boolean): TextBlock[] {
  const inScope = new Set(scope ? [scope] : []);
  const headline = headlineBefore(blocks, inScope, firstIndex);
  const unclassedLead = (b: TextBlock): boolean =>
    headline >= 0 &&
    b.index > headline &&
    within(b, inScope) &&
    b.text.length >= CLEAN_MIN_LEAD_CHARS &&
    b.linkChars / b.text.length < CLEAN_LEAD_MAX_LINK_DENSITY &&
    !besideMedia(b.owner);
  return blocks.filter(
    (b) => b.index < firstIndex && !within(b, containers) && isProse(b, arabicPage) && (hasLeadAncestor(b) || unclassedLead(b)),
  );
}

/** The body blocks of a pruned, segmented page and whether the outlet's selector chose them. */
export interface BodyChoice {
  blocks: TextBlock[];
  hinted: boolean;
  /** The elements holding the body (the hinted or scored containers), and the article around them. */
  containers: ReadonlySet<Element>;
  scope: Element | null;
}

/**
 * The body blocks in reading order: prose inside the hinted or scored containers, with the
 * parts of the body the same template printed beside them, preceded by the lead printed
 * above the container (Enab Baladi's subtitle).
 */
export function chooseBody($: CheerioAPI, blocks: readonly TextBlock[], arabicPage: boolean, hintSelector?: string): BodyChoice {
  const hintedList = hintedContainers($, hintSelector, blocks);
  const containers = new Set(hintedList ?? chooseContainers(blocks, arabicPage));
  const scope = articleScope(containers);
  let body = blocks.filter((b) => within(b, containers) && isProse(b, arabicPage));
  if (!hintedList && scope && body.length > 0) {
    body = [...body, ...sameTemplate(blocks, scope, containers, body, arabicPage)].sort((a, b) => a.index - b.index);
    body = [...body, ...subheadings(blocks, scope, body, arabicPage)].sort((a, b) => a.index - b.index);
  }
  const firstIndex = body.length ? body[0].index : 0;
  // A sentence printed above the body and again inside it is a highlight or a summary cut
  // from the body, not a standfirst.
  const leads = leadBlocks(blocks, scope, containers, firstIndex, arabicPage).filter((lead) => !body.some((b) => b.text.includes(lead.text)));
  return { blocks: [...leads, ...body], hinted: hintedList !== null, containers, scope };
}

/** True when a gallery or slideshow holds the node. */
function inGallery(node: AnyNode): boolean {
  for (let n = node.parent; n && n.type === "tag"; n = n.parent) if (GALLERY_CLASS.test(classAndId(n as Element))) return true;
  return false;
}

/**
 * The photo captions a reader sees in the article: those in a body container between the
 * body's first and last block, and the lead photo's, printed in the article's scope between
 * its headline and its body; not a label or a credit alone ("أرشيف", "Photo: AFP"), nor a
 * gallery's. A sidebar and photos after the text stay out. Arabic pages only: their
 * references (and Readability) print in-body captions in the flow, where the AEB's references
 * of English and other pages leave them out.
 */
export function captionsInBody(
  places: readonly CaptionPlace[],
  texts: readonly string[],
  blocks: readonly TextBlock[],
  choice: BodyChoice,
  arabicPage: boolean,
): CaptionPlace[] {
  const body = choice.blocks;
  if (!arabicPage || body.length === 0) return [];
  const first = body[0].index;
  const last = body[body.length - 1].index;
  const scope = new Set(choice.scope ? [choice.scope] : []);
  const headline = headlineBefore(blocks, scope, first);
  const label = (text: string): boolean => CAPTION_LABEL.test(text) || BOILERPLATE_LINES.some((re) => re.test(text));
  return places.filter(
    (p) =>
      !label(texts[p.caption]) &&
      !inGallery(p.mark) &&
      ((p.after >= first && p.after < last && inAny(p.mark, choice.containers)) ||
        (headline >= 0 && p.after >= headline && p.after < first && inAny(p.mark, scope))),
  );
}
