/**
 * The generic half of the cleaner: scores every element by the prose it holds and picks the
 * article container. A block's score grows with its length and commas, shrinks with its link
 * density and, on Arabic pages, with its share of non-Arabic letters; it is credited to the
 * block's container and, halved and more, to the container's ancestors. Class and id names
 * add or take a fixed weight. The best container is then widened by siblings that also hold
 * prose (bodies split by an ad slot).
 */
import type { Element, ParentNode } from "./dom";
import { classAndId } from "./dom";
import type { TextBlock } from "./segment";
import { COMMAS, COPY_CLASS, HEADING_TAGS, LEAD_CLASS, MEDIA_TAGS, NEGATIVE_HINT, PARAGRAPH_TAGS, POSITIVE_HINT } from "./rules";
import {
  CLEAN_CAPTION_SCORE_SHARE,
  CLEAN_CLASS_WEIGHT,
  CLEAN_MAX_LINK_DENSITY,
  CLEAN_MIN_SCORED_BLOCK_CHARS,
  CLEAN_PROSE_SIBLING_MAX_LINK_DENSITY,
  CLEAN_SIBLING_MIN_SCORE,
  CLEAN_SIBLING_SCORE_SHARE,
} from "../constants";

interface Candidate {
  score: number;
  /** The part of `score` that comes from the tag and class names, not from text. */
  bias: number;
  chars: number;
  linkChars: number;
}

/** Starting bias by tag, as Readability's: containers up, list items and headings down. */
const TAG_BIAS: Readonly<Record<string, number>> = {
  article: 10, main: 5, div: 5, section: 3, td: 3, pre: 3, blockquote: 3,
  form: -3, ol: -3, ul: -3, dl: -3, li: -3, address: -3, th: -5,
};

/** Block tags that stand for a paragraph when they hold a single block of text. */
const LEAF_PARAGRAPH_TAGS: ReadonlySet<string> = new Set(["div", "section", "center"]);

/** Divider of a block's score at each ancestor level (the container, its parent, grandparent). */
const LEVEL_DIVIDERS = [1, 2, 6] as const;

/** Share of Arabic letters among the letters of a block (1 for a block without letters). */
function arabicShare(block: TextBlock): number {
  return block.letters === 0 ? 1 : block.arabicLetters / block.letters;
}

function classWeight(el: Element): number {
  const names = classAndId(el);
  if (!names) return 0;
  let w = 0;
  if (POSITIVE_HINT.test(names)) w += CLEAN_CLASS_WEIGHT;
  if (NEGATIVE_HINT.test(names)) w -= CLEAN_CLASS_WEIGHT;
  return w;
}

/** True when `el` shares its parent with images only: the way a caption is printed under its photo. */
function aloneBesideImage(el: Element): boolean {
  let image = false;
  // Stops at the first other sibling: a parent of thousands of paragraphs costs one step each.
  for (const sib of el.parent?.children ?? []) {
    if (sib === el || sib.type !== "tag" || (sib as Element).name === "br") continue;
    if (!MEDIA_TAGS.has((sib as Element).name)) return false;
    if (!MEDIA_TAGS.has(sib.name)) return false;
    image = true;
  }
  return image;
}

function blockScore(block: TextBlock, arabicPage: boolean): number {
  // Headings vote for nothing: a title block above the body would pull the header in.
  if (HEADING_TAGS.has(block.owner.name)) return 0;
  const chars = block.text.length;
  if (chars < CLEAN_MIN_SCORED_BLOCK_CHARS) return 0;
  if (block.linkChars / chars > CLEAN_MAX_LINK_DENSITY) return 0;
  let score = 1 + (block.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(chars / 100), 3);
  if (arabicPage) score *= arabicShare(block);
  if (aloneBesideImage(block.owner)) score *= CLEAN_CAPTION_SCORE_SHARE;
  return score;
}

const PROSE_SIBLING_TAGS: ReadonlySet<string> = new Set(["p", "blockquote"]);

/**
 * The element a chain of wrappers holding one element each (and no text of their own) leads
 * to; the wrapper itself when one on the way names a lead or a highlight (a copy or summary of
 * the body, which `./body` takes or leaves as such).
 */
function soleElement(el: Element): Element {
  let n = el;
  for (;;) {
    const names = classAndId(n);
    if (names && (LEAD_CLASS.test(names) || COPY_CLASS.test(names))) return el;
    let only: Element | null = null;
    for (const c of n.children) {
      if (c.type === "text" ? c.data.trim() !== "" : c.type === "tag" && only !== null) return n;
      if (c.type === "tag") only = c as Element;
    }
    if (!only) return n;
    n = only;
  }
}

function elementChildren(parent: ParentNode | null): Element[] {
  return parent ? parent.children.filter((n): n is Element => n.type === "tag") : [];
}

/** `el` and the chain of single elements it wraps, outermost first. */
function wrapped(el: Element): Element[] {
  const chain = [el];
  for (let only = elementChildren(el); only.length === 1; only = elementChildren(only[0])) chain.push(only[0]);
  return chain;
}

function holdsParagraph(el: Element): boolean {
  return el.children.some((c) => c.type === "tag" && PROSE_SIBLING_TAGS.has((c as Element).name));
}

/** Tags of a chain of wrappers ("div>div"): the shape of a card. */
function tagPath(chain: readonly Element[]): string {
  return chain.map((n) => n.name).join(">");
}

/** The outermost element around `el` whose only content is `el` (no text, no other element), below the page's `<body>`. */
function outermostWrapper(el: Element): Element {
  let n = el;
  for (let p = n.parent as Element | null; p && p.type === "tag" && p.name !== "body" && p.name !== "html"; p = p.parent as Element | null) {
    if (p.children.some((c) => c !== n && (c.type === "text" ? c.data.trim() !== "" : c.type === "tag"))) break;
    n = p;
  }
  return n;
}

/**
 * The elements that hold the article body, in document order (the best container and the
 * siblings that join it), or `[]` when no block scores.
 */
export function chooseContainers(blocks: readonly TextBlock[], arabicPage: boolean): Element[] {
  const candidates = new Map<Element, Candidate>();
  const entry = (el: Element): Candidate => {
    let c = candidates.get(el);
    if (!c) {
      const bias = (TAG_BIAS[el.name] ?? 0) + classWeight(el);
      c = { score: bias, bias, chars: 0, linkChars: 0 };
      candidates.set(el, c);
    }
    return c;
  };
  const scored = new Set<Element>();
  const ownedBlocks = new Map<Element, number>();
  const holdsInnerBlocks = new Set<Element>();

  for (const block of blocks) {
    // Text and link totals go to every ancestor: link density is measured per candidate.
    for (let n: Element | null = block.owner; n && n.type === "tag"; n = n.parent as Element | null) {
      const c = entry(n);
      c.chars += block.text.length;
      c.linkChars += block.linkChars;
      if (n !== block.owner) holdsInnerBlocks.add(n);
    }
    ownedBlocks.set(block.owner, (ownedBlocks.get(block.owner) ?? 0) + 1);
  }
  // A <div> holding one block of text and nothing else is a paragraph too (themes that print
  // each paragraph in its own <div>): its score goes to its parent, as a <p>'s does.
  const isParagraph = (el: Element): boolean =>
    PARAGRAPH_TAGS.has(el.name) || (LEAF_PARAGRAPH_TAGS.has(el.name) && ownedBlocks.get(el) === 1 && !holdsInnerBlocks.has(el));

  for (const block of blocks) {
    const score = blockScore(block, arabicPage);
    if (score === 0) continue;
    let target: Element | null = isParagraph(block.owner) ? (block.owner.parent as Element | null) : block.owner;
    for (const divider of LEVEL_DIVIDERS) {
      if (!target || target.type !== "tag") break;
      entry(target).score += score / divider;
      scored.add(target);
      target = target.parent as Element | null;
    }
  }

  let best: Element | null = null;
  let bestScore = -Infinity;
  const linkDensity = (el: Element): number => {
    const c = candidates.get(el);
    return c?.chars ? c.linkChars / c.chars : 0;
  };
  const finalScore = (el: Element): number => (candidates.get(el)?.score ?? 0) * (1 - linkDensity(el));
  // A paragraph or a quoted statement beside the container, bare or in a wrapper of its own
  // (a first paragraph printed apart with its source, "(CNN) …"), is body text whatever its score.
  const proseBeside = (el: Element): boolean =>
    (candidates.get(el)?.chars ?? 0) >= CLEAN_MIN_SCORED_BLOCK_CHARS && linkDensity(el) < CLEAN_PROSE_SIBLING_MAX_LINK_DENSITY && PROSE_SIBLING_TAGS.has(soleElement(el).name);
  for (const el of scored) {
    if (el.name === "body" || el.name === "html") continue;
    const s = finalScore(el);
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  }
  if (!best) {
    // Bare text straight in <body>: the body is the container.
    const body = [...scored].find((el) => el.name === "body");
    return body ? [body] : [];
  }

  const threshold = Math.max(CLEAN_SIBLING_MIN_SCORE, bestScore * CLEAN_SIBLING_SCORE_SHARE);
  const wrapper = outermostWrapper(best);
  if (wrapper !== best) {
    // The best container alone in its wrapper: a body split into cards (an ad or a figure
    // between them, no class names to tell the cards by) has its other parts beside the
    // wrapper, each in a wrapper of the same shape whose text alone scores as a body part does.
    const textScore = (el: Element): number => {
      const c = candidates.get(el);
      return c ? (c.score - c.bias) * (1 - linkDensity(el)) : 0;
    };
    // A card has the shape of the wrappers down to the best container (below it, one card may
    // hold an ad slot beside its paragraph and another not), and scores where the best did.
    const chain = wrapped(wrapper);
    const depth = chain.indexOf(best) + 1;
    const shape = tagPath(chain.slice(0, depth));
    const sameShape = (card: Element): Element | null => {
      const cardChain = wrapped(card).slice(0, depth);
      return cardChain.length === depth && tagPath(cardChain) === shape ? cardChain[depth - 1] : null;
    };
    const cards = elementChildren(wrapper.parent).filter((card) => {
      if (card === wrapper) return true;
      const scored = sameShape(card);
      if (scored === null) return false;
      // A card of one short paragraph scores below any threshold: it joins when its text scored
      // at all, in a paragraph, and is prose, not a teaser (a "Highlights" box is no paragraph).
      const text = textScore(scored);
      return text >= threshold || (text > 0 && holdsParagraph(scored) && linkDensity(card) < CLEAN_PROSE_SIBLING_MAX_LINK_DENSITY);
    });
    return cards.length > 1 ? cards : [best];
  }
  const parent = best.parent;
  if (!parent || !("children" in parent)) return [best];
  const siblings = elementChildren(parent);
  const joins = siblings.map((sib) => sib === best || finalScore(sib) >= threshold || proseBeside(sib));
  return siblings.filter((_, i) => joins[i]);
}
