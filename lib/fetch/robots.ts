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
  regex: RegExp;
}

/** Rules that allow everything: what a missing (4xx) robots.txt means. */
export const ALLOW_ALL: RobotsRules = { allows: () => true };

const LINE = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/;

function patternToRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  // Paths are compared in their percent-encoded form; a rule written with raw Arabic letters
  // must match the encoded URL path.
  const encoded = body.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));
  const source = encoded
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}${anchored ? "$" : ""}`);
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
    const rule: Rule = { allow: key === "allow", length: value.length, regex: patternToRegex(value) };
    if (agents.includes(wanted)) ours.push(rule);
    if (agents.includes("*")) star.push(rule);
  }

  const rules = hasOwnGroup ? ours : star;

  return {
    allows(pathAndQuery: string): boolean {
      if (pathAndQuery === "/robots.txt") return true;
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!rule.regex.test(pathAndQuery)) continue;
        if (!best || rule.length > best.length || (rule.length === best.length && rule.allow)) best = rule;
      }
      return best ? best.allow : true;
    },
  };
}
