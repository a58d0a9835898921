import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// The real CLI starts through tsx; on a loaded 2-core machine that takes a while.
const SLOW = 180_000;

function rasd(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, "bin/rasd.mjs"), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe("rasd outlets --match", () => {
  it(
    "prints, as JSON, each URL's outlet and whether it is taken as an article, with the reason when not",
    async () => {
      const urls = [
        "https://enabbaladi.net/784230/attack-in-badia/",
        "https://www.sy-24.com/42826/news/attack-in-badia/",
        "https://baladi-news.com/public/index.php/ar/articles/22941/aid-in-homs",
        "https://www.enabbaladi.net/archives/tag/homs",
        "https://example.com/news/1",
      ];
      const { code, stdout, stderr } = await rasd("outlets", "--match", ...urls, "--format", "json");
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual([
        { url: urls[0], outlet: "enab-baladi", article: true, reason: null },
        { url: urls[1], outlet: "sy24", article: true, reason: null },
        { url: urls[2], outlet: "baladi-news", article: true, reason: null },
        { url: urls[3], outlet: "enab-baladi", article: false, reason: "a tag page" },
        { url: urls[4], outlet: null, article: false, reason: "no registry outlet has the host example.com" },
      ]);
    },
    SLOW,
  );

  it(
    "prints a table with one verdict per URL",
    async () => {
      const { code, stdout } = await rasd("outlets", "--match", "https://sana.sy/presidency/2407527/", "https://sana.sy/?feed=rss2");
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split("\n");
      expect(lines[0].split(/\s{2,}/)).toEqual(["url", "outlet", "verdict"]);
      expect(lines.slice(2).map((l) => l.split(/\s{2,}/))).toEqual([
        ["https://sana.sy/presidency/2407527/", "sana", "article"],
        ["https://sana.sy/?feed=rss2", "sana", "not an article: a feed"],
      ]);
    },
    SLOW,
  );

  it(
    "exits 2 with one line, and where to find the usage, when --match has no URL",
    async () => {
      const { code, stdout, stderr } = await rasd("outlets", "--match", "--format", "json");
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe("rasd outlets: --match needs at least one URL\n(rasd outlets --help lists its options)\n");
    },
    SLOW,
  );
});
