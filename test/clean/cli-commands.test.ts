import { main } from "../../lib/cli/main";
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { whyNotAPage } from "../../lib/clean/input";
import { FETCH_MAX_BODY_BYTES } from "../../lib/constants";
import type { CliIO } from "../../lib/cli/command";
import { command as clean } from "../../lib/cli/commands/clean";
import { command as outlets } from "../../lib/cli/commands/outlets";
import { OUTLETS } from "../../lib/outlets/registry";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/web");
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bin/rasd.mjs");

/** Runs the real CLI: exit code, stdout and stderr. */
function rasd(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

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

describe("rasd clean refuses what is not a page, before parsing (the real bin/rasd.mjs)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rasd-clean-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Uint8Array | string): string => {
    const p = path.join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
  /** The first 64 KiB of the running node binary: a real executable. */
  const executable = (): Buffer => {
    const buffer = Buffer.alloc(65_536);
    const fd = openSync(process.execPath, "r");
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    return buffer.subarray(0, n);
  };

  it.each([
    ["random bytes", () => file("random.html", randomBytes(20_000)), /^rasd clean: \S+ (holds NUL bytes|is not utf-8 text)/],
    ["an executable", () => file("program.html", executable()), /^rasd clean: \S+ is (an ELF|a Windows|a Mach-O)/],
    ["a page above the fetcher's body limit", () => file("huge.html", "<html><body>" + "<p>نص</p>".repeat(FETCH_MAX_BODY_BYTES / 10) + "</body></html>"), /^rasd clean: \S+ is larger than the 5 MiB a fetched page may weigh$/],
  ])("refuses %s in one line, exit 2, printing nothing", async (_, make, message) => {
    const got = await rasd(["clean", make()]);
    expect(got.code).toBe(2);
    expect(got.stdout).toBe("");
    expect(got.stderr.trim().split("\n")).toHaveLength(1);
    expect(got.stderr.trim()).toMatch(message);
  });

  it("still cleans a recorded page, with the strategy that found its body", async () => {
    const got = await rasd(["clean", path.join(WEB, "www.zamanalwsl.net/news/article/165204/index.html"), "--url", "https://www.zamanalwsl.net/news/article/165204/"]);
    expect(got.code).toBe(0);
    const article = JSON.parse(got.stdout) as { title: string; strategy: string; confidence: number };
    expect(article.title).toBe("اغتيال عضو في المجلس المحلي لبلدة ذيبان بريف دير الزور");
    expect(article.strategy).toBe("outlet-hints");
    expect(article.confidence).toBeGreaterThan(0.9);
  });
});

describe("whyNotAPage", () => {
  it("refuses bytes that do not decode even with no NUL among them", () => {
    expect(whyNotAPage(randomBytes(20_000).map((b) => b || 1), "utf-8")).toMatch(/^is not utf-8 text \(\d+\.\d% of its characters do not decode\)$/);
  });

  it.each([
    ["a PDF", Buffer.from("%PDF-1.7\n%âãÏÓ"), "is a PDF document, not a text page"],
    ["gzip data", Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), "is gzip data, not a text page"],
  ])("names %s by its signature", (_, bytes, why) => {
    expect(whyNotAPage(bytes, "utf-8")).toBe(why);
  });

  it("accepts an Arabic page in utf-8 and in windows-1256, and a UTF-16 page with its BOM", () => {
    const page = "<html><body><p>قتل مدنيان بقصف على ريف حماة</p></body></html>";
    expect(whyNotAPage(Buffer.from(page), "utf-8")).toBeNull();
    expect(whyNotAPage(readFileSync(path.join(WEB, "www.zamanalwsl.net/news/article/165204/index.html")), "windows-1256")).toBeNull();
    expect(whyNotAPage(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, "utf16le")]), "utf-16le")).toBeNull();
  });
});
