import { describe, expect, it } from "vitest";
import { parseRobots } from "../../lib/fetch";

describe("parseRobots", () => {
  const txt = [
    "# WordPress default",
    "User-agent: *",
    "Disallow: /wp-admin/",
    "Allow: /wp-admin/admin-ajax.php",
    "Disallow: /*?s=",
    "Disallow: /*.pdf$",
    "",
    "User-agent: GPTBot",
    "Disallow: /",
  ].join("\n");
  const rules = parseRobots(txt, "rasd");

  it.each([
    ["/archives/651728", true],
    ["/wp-admin/options.php", false],
    ["/wp-admin/admin-ajax.php", true],
    ["/?s=%D8%AD%D9%85%D8%B5", false],
    ["/files/report.pdf", false],
    ["/files/report.pdf?x=1", true],
    ["/robots.txt", true],
  ])("for %s answers %s under the * group", (path, allowed) => {
    expect(rules.allows(path)).toBe(allowed);
  });

  it("uses the group naming our token instead of the * group", () => {
    const own = parseRobots("User-agent: *\nDisallow: /\n\nUser-agent: rasd/0.1\nDisallow: /private\n", "rasd");
    expect(own.allows("/archives/1")).toBe(true);
    expect(own.allows("/private/1")).toBe(false);
  });

  it("lets consecutive user-agent lines share one group", () => {
    const shared = parseRobots("User-agent: bingbot\nUser-agent: RASD\nDisallow: /news\n", "rasd");
    expect(shared.allows("/news/1")).toBe(false);
  });

  it("lets Allow win a tie in length", () => {
    expect(parseRobots("User-agent: *\nDisallow: /a\nAllow: /a\n", "rasd").allows("/a")).toBe(true);
  });

  it("treats an empty Disallow as allowing everything", () => {
    expect(parseRobots("User-agent: *\nDisallow:\n", "rasd").allows("/anything")).toBe(true);
  });

  it("matches a rule written with Arabic letters against the encoded path", () => {
    expect(parseRobots("User-agent: *\nDisallow: /وسم/\n", "rasd").allows("/%D9%88%D8%B3%D9%85/x")).toBe(false);
  });

  it.each([
    ["/ab*b$", "/ab", true],
    ["/ab*b$", "/abb", false],
    ["/a*/x$", "/a/b/x", false],
    ["/a*/x$", "/a/b/x/y", true],
    ["/*?p=", "/news/?p=12", false],
    ["*.php", "/index.php?x=1", false],
    ["/a**b", "/a-b", false],
  ])("with Disallow: %s answers %s for %s", (pattern, path, allowed) => {
    expect(parseRobots(`User-agent: *\nDisallow: ${pattern}\n`, "rasd").allows(path)).toBe(allowed);
  });

  it("lets the longer of two wildcard rules win, whichever kind it is", () => {
    const rules = parseRobots("User-agent: *\nDisallow: /news/\nAllow: /news/*.html$\n", "rasd");
    expect(rules.allows("/news/a.html")).toBe(true);
    expect(rules.allows("/news/a.html?x")).toBe(false);
  });

  it("answers a rule with 12 wildcards against a 5,000-character path (a regex would backtrack for hours)", () => {
    const hostile = parseRobots(`User-agent: *\nDisallow: /${"*a".repeat(12)}*b\n`, "rasd");
    const long = `/${"a".repeat(5_000)}`;
    expect(hostile.allows(long)).toBe(true);
    expect(hostile.allows(`${long}b`)).toBe(false);
    expect(hostile.allows(`/${"a".repeat(11)}b`)).toBe(true);
    const anchored = parseRobots(`User-agent: *\nDisallow: /${"*a".repeat(12)}*b$\n`, "rasd");
    expect(anchored.allows(`${long}b`)).toBe(false);
    expect(anchored.allows(`${long}ba`)).toBe(true);
  });
});
