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
});
