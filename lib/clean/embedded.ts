/**
 * Article data a page carries besides its visible markup: JSON-LD objects (publication time,
 * `articleBody`) and the JSON a script holds for the page's own front end (Next.js
 * `__NEXT_DATA__`, WordPress REST embeds with `content.rendered`). Read before pruning, which
 * removes every script.
 */
import type { CheerioAPI } from "cheerio";
import { CLEAN_MAX_JSON_NODES, CLEAN_MIN_BODY_CHARS } from "../constants";

/** Parses JSON leniently: themes print raw newlines and tabs inside strings. */
export function parseJsonLenient(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    try {
      return JSON.parse(raw.replace(/[\u0000-\u001F]+/g, " "));
    } catch {
      return null;
    }
  }
}

type JsonObject = Record<string, unknown>;

/**
 * Visits every object and string of a JSON value, iteratively (a hostile page may nest arrays
 * thousands deep) and at most CLEAN_MAX_JSON_NODES values.
 */
function walkJson(value: unknown, onObject: (o: JsonObject) => void, onString?: (s: string, key: string) => void): void {
  const stack: { v: unknown; key: string }[] = [{ v: value, key: "" }];
  for (let seen = 0; stack.length > 0 && seen < CLEAN_MAX_JSON_NODES; seen++) {
    const { v, key } = stack.pop()!;
    if (typeof v === "string") onString?.(v, key);
    else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key });
    else if (v && typeof v === "object") {
      onObject(v as JsonObject);
      const entries = Object.entries(v as JsonObject);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ v: entries[i][1], key: entries[i][0] });
    }
  }
}

const JSON_LD_SCRIPTS = 'script[type="application/ld+json"], script#tie-schema-json';

/** Every object in the page's JSON-LD, `@graph` and nested values included, in document order. */
export function jsonLdObjects($: CheerioAPI): JsonObject[] {
  const out: JsonObject[] = [];
  for (const el of $(JSON_LD_SCRIPTS).toArray()) walkJson(parseJsonLenient($(el).text()), (o) => out.push(o));
  return out;
}

/** JSON-LD types that describe the article itself. */
export const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|Posting/;

/** The longest `articleBody` of the page's JSON-LD, or null. */
export function jsonLdArticleBody(objects: readonly JsonObject[]): string | null {
  let best: string | null = null;
  for (const o of objects) {
    const body = o.articleBody;
    if (typeof body === "string" && body.length > (best?.length ?? 0)) best = body;
  }
  return best;
}

/** Scripts whose text is JSON for the page's front end. */
const DATA_SCRIPTS = 'script#__NEXT_DATA__, script[type="application/json"], script#__NUXT_DATA__';

/** `window.X = {…};`: the object literal of an inline script, when it is plain JSON. */
const ASSIGNED_OBJECT = /^[^{]{0,200}?=\s*(\{[\s\S]*\})\s*;?\s*$/;

/** Keys under which front ends keep an article's text. */
const BODY_KEYS = /^(?:articleBody|body|content|rendered|text|html|bodyHtml|body_html|fullText|articleText|story)$/i;

const TAG = /<[^>]*>/g;
const LETTER = /\p{L}/gu;

function letters(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/** The first string under a body-like key of an object, if any. */
function bodyString(o: JsonObject): string | null {
  for (const [key, value] of Object.entries(o)) if (typeof value === "string" && BODY_KEYS.test(key)) return value;
  return null;
}

/**
 * The article text a page's data scripts hold, when it has at least a body's worth of
 * letters; it may be HTML. Front ends keep it as one string under a body-like key (`body`,
 * `content.rendered`, `articleBody` …) or as paragraph objects side by side, each with its
 * text under such a key (`content_elements: [{type: "text", content: "…"}, …]`, or a cache
 * keyed by paragraph path): the candidate with the most letters wins. Null when no script
 * holds one.
 */
export function scriptArticleText($: CheerioAPI): string | null {
  let best: string | null = null;
  let bestLetters = 0;
  const consider = (text: string): void => {
    if (text.length < CLEAN_MIN_BODY_CHARS) return;
    const n = letters(text.replace(TAG, " "));
    if (n > bestLetters) {
      best = text;
      bestLetters = n;
    }
  };
  const considerParts = (children: readonly unknown[]): void => {
    const parts = children
      .map((v) => (v && typeof v === "object" && !Array.isArray(v) ? bodyString(v as JsonObject) : null))
      .filter((t): t is string => t !== null);
    if (parts.length > 1) consider(parts.map((t) => (LOOKS_LIKE_HTML.test(t) ? t : `<p>${t}</p>`)).join("\n"));
  };
  const onObject = (o: JsonObject): void => {
    const values = Object.values(o);
    considerParts(values);
    for (const value of values) if (Array.isArray(value)) considerParts(value);
  };
  const onString = (text: string, key: string): void => {
    if (BODY_KEYS.test(key)) consider(text);
  };
  for (const el of $("script").toArray()) {
    const $el = $(el);
    const raw = $el.text();
    let json: unknown = null;
    if ($el.is(DATA_SCRIPTS)) json = parseJsonLenient(raw);
    else if (!$el.attr("src") && !$el.is(JSON_LD_SCRIPTS)) {
      const m = ASSIGNED_OBJECT.exec(raw.trim());
      if (m) json = parseJsonLenient(m[1]);
    }
    if (json !== null) walkJson(json, onObject, onString);
  }
  return bestLetters >= CLEAN_MIN_BODY_CHARS ? best : null;
}

/** Markup in a JSON string: the text is HTML to parse, not lines to split. */
export const LOOKS_LIKE_HTML = /<(?:p|br|div|h[1-6]|ul|li|blockquote|span|strong|em|a)\b[^>]*>/i;

/** An excerpt, not a body: the text ends with an ellipsis (JSON-LD bodies cut at 500 characters). */
export function isExcerpt(text: string): boolean {
  return /(?:\u2026|\.\.\.|&hellip;|&#8230;|\[…\])\s*$/.test(text);
}
