/**
 * Bounds on what a page may cost, applied before and right after parsing so that no selector
 * or tree walk ever sees an unbounded page. Two costs grow faster than the page: the parser
 * (htmlparser2 shifts its stack of open elements at every tag, so 30,000 nested `<div>`s take
 * seconds to parse) and every recursive walk (one call per level: deep nesting overflows the
 * stack). A linear scan of the markup cuts the page after CLEAN_MAX_TAGS tags and drops the
 * tags that would open deeper than CLEAN_MAX_DEPTH; after parsing, `flattenDeep` guarantees
 * the depth whatever the parser built.
 */
import type { AnyNode, Element } from "./dom";
import { isElement, setChildren } from "./dom";
import { BLOCK_TAGS } from "./rules";
import { CLEAN_MAX_DEPTH, CLEAN_MAX_TAGS } from "../constants";

/** Elements with no closing tag (htmlparser2's list). */
const VOID_TAGS: ReadonlySet<string> = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input",
  "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr",
]);

/** Elements whose content is text up to their closing tag. */
const RAW_TEXT_TAGS: ReadonlySet<string> = new Set(["script", "style", "title", "textarea", "xmp"]);

const P_ONLY: ReadonlySet<string> = new Set(["p"]);

/** Open elements an opening tag closes first (htmlparser2's table: `<li>` ends an open `<li>` …). */
const IMPLIED_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])],
  ["dt", new Set(["dd", "dt"])],
  ["rt", new Set(["rt", "rp"])],
  ["rp", new Set(["rt", "rp"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section",
    "table", "ul"].map((t) => [t, P_ONLY] as const),
]);

/** Where `/>` closes an element: inside SVG and MathML, but not in their HTML islands. */
const FOREIGN_TAGS: ReadonlySet<string> = new Set(["svg", "math"]);
const HTML_ISLAND_TAGS: ReadonlySet<string> = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

const NAME_END = /[\s/>]/;

/** Closing tags of the raw-text elements, found case-insensitively from a position. */
const RAW_TEXT_END: ReadonlyMap<string, RegExp> = new Map([...RAW_TEXT_TAGS].map((t) => [t, new RegExp(`</${t}`, "gi")]));

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Index of the `>` ending the tag that starts at `from`, quoted attribute values skipped; -1 if none. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (c === ">") return i;
    if ((c === '"' || c === "'") && html[i - 1] === "=") {
      const close = html.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/** Where the text of a raw-text element opened before `from` ends: its closing tag, or the page's end. */
function rawTextEnd(html: string, name: string, from: number): number {
  const re = RAW_TEXT_END.get(name)!;
  re.lastIndex = from;
  return re.exec(html)?.index ?? html.length;
}

function tagName(html: string, from: number, end: number): string {
  const head = html.slice(from, Math.min(end, from + 64));
  const stop = head.search(NAME_END);
  return (stop < 0 ? head : head.slice(0, stop)).toLowerCase();
}

/**
 * The page cut before its `maxTags`-th node-making tag (elements, comments, declarations),
 * without the opening tags that would nest deeper than `maxDepth` (a block tag becomes
 * `<br>`, so its text still starts a new block; a script's or style's text goes with it). The
 * scan keeps the stack of open elements as htmlparser2 does (implied closes, void elements,
 * `/>` only inside SVG and MathML, raw text), so what the parser then builds stays within the
 * depth, at a cost linear in the page.
 */
export function boundMarkup(html: string, maxTags = CLEAN_MAX_TAGS, maxDepth = CLEAN_MAX_DEPTH): string {
  const stack: string[] = [];
  const foreign: boolean[] = [false];
  const out: string[] = [];
  let copied = 0;
  let nodes = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i)) {
    const start = i;
    const next = html.charCodeAt(i + 1);
    const comment = html.startsWith("<!--", i);
    const declaration = !comment && (next === 33 /* ! */ || next === 63); /* ? */
    const closing = next === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    if (!comment && !declaration && !isAsciiLetter(html.charCodeAt(nameStart))) {
      i++; // a lone "<" is text
      continue;
    }
    const end = comment ? html.indexOf("-->", i + 4) : tagEnd(html, nameStart);
    if (end < 0) break;
    if (!closing && ++nodes > maxTags) {
      out.push(html.slice(copied, start));
      return out.join("");
    }
    const after = comment ? end + 3 : end + 1;
    if (comment || declaration) {
      i = after;
      continue;
    }
    const name = tagName(html, nameStart, end);
    if (closing) {
      if (FOREIGN_TAGS.has(name) || HTML_ISLAND_TAGS.has(name)) foreign.pop();
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      i = after;
      continue;
    }
    const implied = IMPLIED_CLOSE.get(name);
    while (implied && stack.length > 0 && implied.has(stack[stack.length - 1])) stack.pop();
    const selfClosed = html[end - 1] === "/" && foreign[foreign.length - 1];
    const raw = RAW_TEXT_TAGS.has(name) && !selfClosed;
    i = raw ? rawTextEnd(html, name, after) : after;
    if (VOID_TAGS.has(name) || selfClosed) continue;
    if (stack.length < maxDepth) {
      stack.push(name);
      if (FOREIGN_TAGS.has(name)) foreign.push(true);
      else if (HTML_ISLAND_TAGS.has(name)) foreign.push(false);
      continue;
    }
    // Too deep: the tag goes (a block tag leaves a <br>); a raw-text element goes with its text.
    out.push(html.slice(copied, start), !raw && BLOCK_TAGS.has(name) ? "<br>" : "");
    copied = raw ? i : after;
  }
  if (copied === 0) return html;
  out.push(html.slice(copied));
  return out.join("");
}

/** Subtrees dropped, not flattened, below the depth limit: their text is never prose. */
const UNREAD_TAGS: ReadonlySet<string> = new Set(["script", "style", "template", "noscript", "svg"]);

/**
 * Flattens nesting deeper than `maxDepth`: every descendant of an element at that depth is
 * hoisted, in document order, to be its direct child, each element emptied of its children.
 * Text stays, and so do block boundaries (an emptied `<p>` still ends the text block before
 * it). Iterative: no recursion, whatever the depth. Returns how many elements sat too deep.
 */
export function flattenDeep(root: AnyNode, maxDepth = CLEAN_MAX_DEPTH): number {
  let flattened = 0;
  const stack: { node: AnyNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!("children" in node)) continue;
    if (depth >= maxDepth && node.children.some(isElement)) {
      flattened += hoistDescendants(node as Element);
      continue;
    }
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return flattened;
}

function hoistDescendants(el: Element): number {
  const flat: AnyNode[] = [];
  let moved = 0;
  // Pre-order walk with an explicit stack of child lists.
  const pending: AnyNode[][] = [[...el.children].reverse()];
  while (pending.length > 0) {
    const top = pending[pending.length - 1];
    const node = top.pop();
    if (!node) {
      pending.pop();
      continue;
    }
    if (node.type === "comment" || node.type === "directive") continue;
    if (isElement(node)) {
      moved++;
      if (UNREAD_TAGS.has(node.name)) continue;
      const children = node.children;
      node.children = [];
      flat.push(node);
      if (children.length > 0) pending.push([...children].reverse());
    } else {
      flat.push(node);
    }
  }
  setChildren(el, flat);
  return moved;
}
