/**
 * Sections printed after an article under a heading that says what they are ("Related
 * stories", "You may also like", "Mehr zum Thema", "12 Comments"): their teasers and comments
 * are prose, scored like the article and sometimes longer than it, so they are recognised by
 * their heading and dropped whole before the body is chosen.
 */
import type { Element } from "./dom";
import { inAny } from "./dom";
import type { TextBlock } from "./segment";
import { LEADING_SYMBOLS, SECTION_LABEL_TAIL, SECTION_LABELS } from "./rules";
import { CLEAN_MAX_LINK_DENSITY, CLEAN_MIN_PROSE_BEFORE_SECTION_CHARS, CLEAN_MIN_SCORED_BLOCK_CHARS } from "../constants";

/** Elements a section never grows into: the page itself. */
const PAGE_TAGS: ReadonlySet<string> = new Set(["body", "html", "main"]);

/** The longest heading read as a section label; a longer line is a sentence. */
const MAX_LABEL_CHARS = 60;

/** True when a line is a related or comments heading and nothing else. */
export function isSectionLabel(text: string): boolean {
  if (text.length > MAX_LABEL_CHARS) return false;
  const bare = text.replace(LEADING_SYMBOLS, "").replace(SECTION_LABEL_TAIL, "");
  return SECTION_LABELS.some((re) => re.test(bare));
}

/** Lists a heading may introduce in the same container, with no wrapper of their own. */
const LIST_TAGS: ReadonlySet<string> = new Set(["ul", "ol", "dl"]);

function nextElement(el: Element): Element | null {
  for (let n = el.next; n; n = n.next) if (n.type === "tag") return n as Element;
  return null;
}

/** Elements of `from` and its ancestors, added to `into` until one already there (shared ancestors are walked once). */
function addAncestors(from: Element | null, into: Set<Element>): Set<Element> {
  for (let n = from; n && n.type === "tag" && !into.has(n); n = n.parent as Element | null) into.add(n);
  return into;
}

/** Blocks and characters of prose each element holds (a block counted at every ancestor). */
interface Holding {
  blocks: number;
  prose: number;
}

/** Prose: a block long enough to score and not a link list. */
function proseChars(block: TextBlock): number {
  return block.text.length >= CLEAN_MIN_SCORED_BLOCK_CHARS && block.linkChars <= block.text.length * CLEAN_MAX_LINK_DENSITY ? block.text.length : 0;
}

/** What every element holds, in one walk up from each block (linear in blocks times depth). */
function holdings(blocks: readonly TextBlock[]): Map<Element, Holding> {
  const held = new Map<Element, Holding>();
  for (const b of blocks) {
    const prose = proseChars(b);
    for (let n: Element | null = b.owner; n && n.type === "tag"; n = n.parent as Element | null) {
      const h = held.get(n);
      if (h) {
        h.blocks++;
        h.prose += prose;
      } else {
        held.set(n, { blocks: 1, prose });
      }
    }
  }
  return held;
}

/**
 * What a label heads: its widest ancestor that starts with the label, holds no block printed
 * before it and no `<h1>` (the article's headline), below the page's own containers; or, when
 * the label sits in a larger container, the label and the list right after it. Nothing when
 * it stands alone (a "Read also" line inside the body, which the line rules already drop).
 * Once the section holds its items, it stops below an ancestor that would add more prose than
 * it holds: a "Trending" bar or a sidebar printed in the same wrapper as the article, before
 * it, heads its own links, not the article after them.
 */
function sectionOf(label: Element, previous: Element | null, headlineAncestors: ReadonlySet<Element>, held: ReadonlyMap<Element, Holding>): Element[] {
  const beforeLabel = addAncestors(previous, new Set());
  const none: Holding = { blocks: 0, prose: 0 };
  let section: Element = label;
  for (let p = label.parent as Element | null; p && p.type === "tag" && !PAGE_TAGS.has(p.name); p = p.parent as Element | null) {
    if (beforeLabel.has(p) || headlineAncestors.has(p)) break;
    const own = held.get(section) ?? none;
    if (own.blocks > 1 && (held.get(p) ?? none).prose - own.prose > own.prose) break;
    section = p;
  }
  if (section !== label) return [section];
  const list = nextElement(label);
  return list && LIST_TAGS.has(list.name) ? [label, list] : [];
}

/**
 * The blocks of the page without the sections a related or comments heading opens. A section
 * is dropped only after CLEAN_MIN_PROSE_BEFORE_SECTION_CHARS of prose: the article comes first.
 * Work is linear in blocks times depth, however many headings the page repeats.
 */
export function dropLabelledSections(blocks: readonly TextBlock[]): TextBlock[] {
  const headlineAncestors = new Set<Element>();
  for (const b of blocks) if (b.owner.name === "h1") addAncestors(b.owner, headlineAncestors);
  // Counted once, and only on a page that prints a label.
  let held: Map<Element, Holding> | null = null;
  const sections = new Set<Element>();
  const kept: TextBlock[] = [];
  let proseBefore = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (sections.size > 0 && inAny(b.owner, sections)) continue;
    if (proseBefore >= CLEAN_MIN_PROSE_BEFORE_SECTION_CHARS && isSectionLabel(b.text)) {
      const found = sectionOf(b.owner, i > 0 ? blocks[i - 1].owner : null, headlineAncestors, (held ??= holdings(blocks)));
      for (const s of found) sections.add(s);
      if (found.length > 0) continue;
    }
    if (b.text.length >= CLEAN_MIN_SCORED_BLOCK_CHARS) proseBefore += b.text.length;
    kept.push(b);
  }
  return kept;
}
