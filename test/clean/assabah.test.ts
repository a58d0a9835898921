import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../lib/clean";

/** Read from ../shared at test time: the benchmark pages are not copied into the project. */
const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/eval/html/arabic/assabah-tn-164913");
const present = existsSync(path.join(DIR, "source.html"));
if (!present) console.warn(`skipping the Assabah page: ${DIR} is absent (../shared is not checked out next to the project)`);

describe.skipIf(!present)("Assabah (Drupal OpenPublish) page from shared/eval/html", () => {
  const snippets = present
    ? (JSON.parse(readFileSync(path.join(DIR, "expected-snippets.trafilatura.json"), "utf8")) as { url: string; title: string; with: string[]; without: string[] })
    : { url: "", title: "", with: [], without: [] };
  const article = present ? cleanArticle(readFileSync(path.join(DIR, "source.html"), "utf8"), { url: snippets.url }) : null;

  it("keeps the three snippets of the interview body", () => {
    expect(snippets.with.filter((s) => !article!.text.includes(s))).toEqual([]);
  });

  it("drops the weather widget, the sidebar slideshow and the comment form", () => {
    expect(snippets.without.filter((s) => article!.text.includes(s))).toEqual([]);
  });

  it("reads the title without the site name", () => {
    expect(article!.title.replace(/\s+/g, " ")).toBe(snippets.title.replace(/\s+/g, " "));
  });
});
