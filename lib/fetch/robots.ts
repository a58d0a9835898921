/**
 * robots.txt as RFC 9309 reads it: the groups naming our product token (else the `*` groups),
 * Allow/Disallow rules with `*` and `$`, the longest matching rule wins, Allow wins a tie.
 */

export interface RobotsRules {
  /** Whether `pathAndQuery` (e.g. "/archives/1?p=2") may be fetched. */
  allows(pathAndQuery: string): boolean;
}

interface Rule {
  allow: boolean;
  /** Length of the pattern as written, the RFC's measure of specificity. */
  length: number;
  /** The pattern's literal runs between its `*`s, percent-encoded like URL paths. */
  parts: string[];
  /** The pattern ended in `$`: its last run must end the path. */
  anchored: boolean;
}

/** Rules that allow everything: what a missing (4xx) robots.txt means. */
export const ALLOW_ALL: RobotsRules = { allows: () => true };

const LINE = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/;

function compileRule(allow: boolean, pattern: string): Rule {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  // Paths are compared in their percent-encoded form; a rule written with raw Arabic letters
  // must match the encoded URL path.
  const encoded = body.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));
  return { allow, length: pattern.length, parts: encoded.split("*"), anchored };
}

/**
 * Whether a rule matches `path` from its start. Each run between `*`s is taken at its leftmost
 * place after the previous one: with `*` as the only wildcard that choice is never worse than a
 * later one, so nothing is retried: the path is scanned once, however many `*`s the rule has
 * (a regex with one `.*` per `*` backtracks exponentially on a hostile robots.txt).
 */
function ruleMatches(rule: Rule, path: string): boolean {
  const { parts, anchored } = rule;
  const first = parts[0];
  if (!path.startsWith(first)) return false;
  if (parts.length === 1) return anchored ? path.length === first.length : true;
  let at = first.length;
  const last = parts.length - 1;
  for (let i = 1; i < last; i += 1) {
    const found = path.indexOf(parts[i], at);
    if (found < 0) return false;
    at = found + parts[i].length;
  }
  // A `*` before the end: an unanchored rule needs its last run anywhere after `at`, an
  // anchored one needs it to end the path without overlapping what came before.
  if (!anchored) return path.indexOf(parts[last], at) >= 0;
  return path.length - parts[last].length >= at && path.endsWith(parts[last]);
}

/**
 * Parse robots.txt for a crawler whose product token is `token`.
 *
 * @example
 * parseRobots("User-agent: *\nDisallow: /search", "rasd").allows("/search?q=x"); // false
 */
export function parseRobots(text: string, token: string): RobotsRules {
  const wanted = token.toLowerCase();
  const ours: Rule[] = [];
  const star: Rule[] = [];
  let agents: string[] = [];
  let inRules = false;
  // A group naming us replaces the `*` groups entirely, even when it has no rules.
  let hasOwnGroup = false;

  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, "");
    const match = LINE.exec(line);
    if (!match) continue;
    const key = match[1].toLowerCase();
    const value = match[2];
    if (key === "user-agent") {
      // A user-agent line after rules starts a new group; consecutive ones share a group.
      if (inRules) {
        agents = [];
        inRules = false;
      }
      const agent = value.toLowerCase().split("/")[0].trim();
      agents.push(agent);
      if (agent === wanted) hasOwnGroup = true;
      continue;
    }
    if (key !== "allow" && key !== "disallow") continue;
    inRules = true;
    // An empty Disallow allows everything, which is the same as no rule.
    if (value === "") continue;
    const rule = compileRule(key === "allow", value);
    if (agents.includes(wanted)) ours.push(rule);
    if (agents.includes("*")) star.push(rule);
  }

  const rules = hasOwnGroup ? ours : star;

  return {
    allows(pathAndQuery: string): boolean {
      if (pathAndQuery === "/robots.txt") return true;
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!ruleMatches(rule, pathAndQuery)) continue;
        if (!best || rule.length > best.length || (rule.length === best.length && rule.allow)) best = rule;
      }
      return best ? best.allow : true;
    },
  };
}
