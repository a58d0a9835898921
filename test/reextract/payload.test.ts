import { describe, expect, it } from "vitest";
import { parseReextractPayload, ReextractPayloadError } from "../../lib/reextract";
import { encodeCursor } from "../../lib/reextract/cursor";

/** The problems a payload is refused with. */
function problems(payload: unknown): string[] {
  try {
    parseReextractPayload(payload);
  } catch (error) {
    if (error instanceof ReextractPayloadError) return error.problems;
    throw error;
  }
  throw new Error("the payload was accepted");
}

describe("payload validation", () => {
  it("lists every problem of a payload at once", () => {
    expect(
      problems({ urls: ["ftp://example.org/a", 3], outlet: "nowhere", since: "2021-02-30", alert: "yes", extra: 1 }),
    ).toEqual([
      'urls.0: "ftp://example.org/a" is not an http(s) URL',
      "urls.1: Invalid input: expected string, received number",
      expect.stringMatching(/^outlet: unknown outlet "nowhere"; known: enab-baladi, /),
      'since: "2021-02-30" is not a calendar day as YYYY-MM-DD',
      "alert: Invalid input: expected boolean, received string",
      '(root): Unrecognized key: "extra"',
      "(root): choose one of urls, outlet and all, not urls and outlet",
    ]);
  });

  it("asks for a selection when none is given", () => {
    expect(problems({ dryRun: true })).toEqual(["(root): choose what to re-extract: urls, outlet or all (or resume with a cursor)"]);
  });

  it("refuses a date range with urls, a reversed range, and a dry run that would alert", () => {
    expect(problems({ urls: ["https://www.sy-24.com/news/1"], since: "2021-01-01", until: "2021-03-01" })).toEqual([
      "since: a date range goes with outlet or all, not with urls",
      "until: a date range goes with outlet or all, not with urls",
    ]);
    expect(problems({ all: true, since: "2021-03-01", until: "2021-01-01", dryRun: true, alert: true })).toEqual([
      "since: 2021-03-01 is after until 2021-01-01",
      "alert: a dry run sends no alert; drop dryRun or alert",
    ]);
  });

  it("refuses what is not a JSON object", () => {
    expect(problems(null)).toEqual(["(root): expected a JSON object, got null"]);
    expect(problems([{ all: true }])).toEqual(["(root): expected a JSON object, got an array"]);
  });

  it("accepts one selection with its range and flags, and canonicalises the URLs", () => {
    expect(parseReextractPayload({ outlet: "sohr", since: "2024-03-01", until: "2024-03-31", refetch: true })).toEqual({
      selection: { kind: "outlet", outlet: "sohr", since: "2024-03-01", until: "2024-03-31" },
      refetch: true,
      dryRun: false,
      alert: false,
    });
    expect(
      parseReextractPayload({ urls: ["https://WWW.enabbaladi.net/archives/651728/?utm_source=fb", "https://www.enabbaladi.net/archives/651728"] })
        .selection,
    ).toEqual({ kind: "urls", urls: ["https://www.enabbaladi.net/archives/651728"] });
    expect(parseReextractPayload({ all: true, since: "2024-01-01" }).selection).toEqual({ kind: "all", since: "2024-01-01" });
  });
});

describe("cursor validation", () => {
  const selection = { kind: "outlet" as const, outlet: "sohr" };
  const cursor = encodeCursor(selection, { outlet: "sohr", after: "2024-03-01T10:00:00Z#https://www.syriahr.com/1" });

  it("resumes from a cursor alone, with the selection it carries", () => {
    expect(parseReextractPayload({ cursor, alert: true })).toEqual({
      selection,
      start: { outlet: "sohr", after: "2024-03-01T10:00:00Z#https://www.syriahr.com/1" },
      refetch: false,
      dryRun: false,
      alert: true,
    });
  });

  it("refuses a cursor given with another selection", () => {
    expect(problems({ cursor, outlet: "sana" })).toEqual([
      'cursor: it was given for {"outlet":"sohr"}, not this selection; send the cursor alone or with the same selection',
    ]);
  });

  it("refuses a garbled cursor, and one whose selection no longer holds", () => {
    expect(problems({ cursor: cursor.slice(0, 20) })).toEqual(["cursor: not a cursor this function gave out (copy it whole from the last answer)"]);
    const stale = encodeCursor({ kind: "outlet", outlet: "closed-outlet" }, { outlet: "closed-outlet", after: null });
    expect(problems({ cursor: stale })).toEqual([expect.stringMatching(/^cursor: selection outlet: unknown outlet "closed-outlet"/)]);
  });

  it("refuses a cursor whose position does not fit its selection", () => {
    const beyond = encodeCursor({ kind: "urls", urls: ["https://www.syriahr.com/1"] }, { next: 5 });
    expect(problems({ cursor: beyond })).toEqual(["cursor: its position does not fit its URL list"]);
  });
});
