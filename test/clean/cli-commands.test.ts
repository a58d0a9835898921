import { main } from "../../lib/cli/main";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../lib/cli/command";
import { command as clean } from "../../lib/cli/commands/clean";
import { command as outlets } from "../../lib/cli/commands/outlets";
import { OUTLETS } from "../../lib/outlets/registry";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/web");

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), isTTY: false };
}

describe("rasd outlets", () => {
  it("prints every registry outlet as JSON with the URL pattern as its regex source", async () => {
    const io = capture();
    expect(await outlets.run(["--format", "json"], io)).toBe(0);
    const listed = JSON.parse(io.stdout.join("\n")) as { id: string; articlePattern: string }[];
    expect(listed.map((o) => o.id)).toEqual(OUTLETS.map((o) => o.id));
    expect(listed[0].articlePattern).toBe(OUTLETS[0].articlePattern.source);
  });

  it("prints a table ending with the outlet count", async () => {
    const io = capture();
    expect(await outlets.run([], io)).toBe(0);
    expect(io.stdout.at(-1)).toBe(`${OUTLETS.length} outlets`);
  });

  it("exits 2 on an unknown format", async () => {
    const io = capture();
    expect(await main(["outlets", "--format", "xml"], io)).toBe(2);
    expect(io.stderr[0]).toBe('rasd outlets: --format must be table or json, not "xml"');
  });
});

describe("rasd clean", () => {
  it("prints the cleaned article of a windows-1256 page as JSON", async () => {
    const io = capture();
    const file = path.join(WEB, "www.zamanalwsl.net/news/article/165204/index.html");
    expect(await clean.run([file, "--url", "https://www.zamanalwsl.net/news/article/165204/"], io)).toBe(0);
    const article = JSON.parse(io.stdout.join("\n")) as { title: string; published: string; paragraphs: string[]; text: string };
    expect(article.title).toBe("اغتيال عضو في المجلس المحلي لبلدة ذيبان بريف دير الزور");
    expect(article.published).toBe("2024-03-03");
    expect(article.paragraphs.length).toBe(3);
    expect(article.text.split("\n")[0]).toBe(article.title);
  });

  it("prints usage on --help and exits 0", async () => {
    const io = capture();
    expect(await clean.run(["--help"], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Usage: rasd clean FILE\.html/);
  });

  it("exits 2 without a file", async () => {
    const io = capture();
    expect(await clean.run([], io)).toBe(2);
    expect(io.stderr[0]).toBe("rasd clean: expected one HTML file, got 0");
  });

  it("exits 2 on an unreadable file", async () => {
    const io = capture();
    expect(await clean.run(["/nonexistent/page.html"], io)).toBe(2);
    expect(io.stderr[0]).toBe("rasd clean: cannot read /nonexistent/page.html: ENOENT");
  });

  it("exits 1 when the page has no article body (a listing page)", async () => {
    const io = capture();
    const listing = path.join(WEB, "www.baladi-news.com/ar/news/index.html");
    expect(await clean.run([listing], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^rasd clean: no article body found/);
  });
});
