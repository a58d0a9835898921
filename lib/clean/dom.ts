/**
 * Small helpers over the parsed tree (domhandler nodes, as cheerio builds them). The scoring
 * and segmenting passes walk nodes directly: that is several times faster than going through
 * cheerio selections for every node.
 */
import type { AnyNode, Element, ParentNode } from "domhandler";

export type { AnyNode, Element, ParentNode };

/** Element nodes: ordinary tags plus `<script>` and `<style>`, which domhandler types apart. */
export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? "";
}

/** Class and id together, the string the class-hint regexes look at. */
export function classAndId(el: Element): string {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (cls && id) return `${cls} ${id}`;
  return cls ?? id ?? "";
}

/**
 * Concatenated text of a subtree, whitespace collapsed; with `maxChars`, only about the first
 * that many characters (a date near the top of a megabyte-long page).
 */
export function textOf(node: AnyNode, maxChars = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (n: AnyNode): void => {
    if (length >= maxChars) return;
    if (n.type === "text") {
      const data = length + n.data.length > maxChars ? n.data.slice(0, maxChars - length) : n.data;
      parts.push(data);
      length += data.length;
    } else if ("children" in n && n.type !== "script" && n.type !== "style") {
      for (const c of n.children) walk(c);
    }
  };
  walk(node);
  return collapse(parts.join(""));
}

/**
 * Whitespace to replace by one space: runs, and single blanks other than a space. A single
 * space is left alone, so a text whose words are spaced once costs no replacement at all.
 */
const UNCOLLAPSED = /\s{2,}|[^\S ]/g;

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(UNCOLLAPSED, " ").trim();
}

/** Makes `children` the children of `parent`, in order, with their sibling links. */
export function setChildren(parent: ParentNode, children: AnyNode[]): void {
  parent.children = children;
  children.forEach((n, i) => {
    n.parent = parent;
    n.prev = children[i - 1] ?? null;
    n.next = children[i + 1] ?? null;
  });
}

/**
 * Moves into `<body>` what the parser left outside it, as a browser does: elements between
 * `</head>` and `<body>` (an HTML 4 page may print its layout table there) go first, and
 * whatever follows `</body>` or `</html>` (templates that close the page twice) goes last.
 */
export function adoptStrayContent(root: ParentNode, body: Element): void {
  const html = body.parent;
  const before: AnyNode[] = [];
  const after: AnyNode[] = [];
  const sort = (parent: ParentNode, keep: (n: AnyNode) => boolean, anchor: AnyNode): void => {
    const stays = parent.children.filter((n) => keep(n) || n.type === "directive" || n.type === "comment");
    if (stays.length === parent.children.length) return;
    const staying = new Set(stays);
    let past = false;
    for (const n of parent.children) {
      if (n === anchor) past = true;
      else if (!staying.has(n)) (past ? after : before).push(n);
    }
    setChildren(parent, stays);
  };
  if (html && html !== root && "children" in html) {
    sort(html, (n) => n === body || (n.type === "tag" && n.name === "head"), body);
    sort(root, (n) => n === html, html);
  }
  if (before.length + after.length > 0) setChildren(body, [...before, ...body.children, ...after]);
}

/** True when `ancestor` is `node` or contains it. */
export function contains(ancestor: AnyNode, node: AnyNode | null): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** True when an element of `set` is `node` or one of its ancestors (a walk up: linear in depth). */
export function inAny(node: AnyNode, set: ReadonlySet<AnyNode>): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (set.has(n)) return true;
  return false;
}

/** True when an element below `node` passes `test` (an explicit stack, as hostile pages nest deep; stops at the first). */
export function hasDescendant(node: Element, test: (el: Element) => boolean): boolean {
  const stack: AnyNode[] = [...node.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n) || n.type !== "tag") continue;
    if (test(n)) return true;
    for (const c of n.children) stack.push(c);
  }
  return false;
}
