import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withLocalSession } from "../../lib/local/session";
import { mapLimit } from "../../lib/pipeline/map-limit";
import { storePage, sukhnahAttack } from "../reextract/helpers";
import { lines, rasd, type RasdResult } from "../support/cli";

const dir = mkdtempSync(path.join(tmpdir(), "rasd-validation-cli-"));
const store = path.join(dir, "store");
const aFile = path.join(dir, "notes.txt");
const noFolder = path.join(dir, "no-such-folder");
const missingOut = path.join(dir, "missing", "map.html");

/**
 * Command lines that must be refused as usage errors, each with the one line that says why. A
 * command names every problem of its filters at once, so one line can check several.
 */
const REFUSED: [string[], string | RegExp][] = [
  [["incidents", "--since", "not-a-date"], 'rasd incidents: --since must be a day as YYYY-MM-DD, not "not-a-date"'],
  [
    ["events", "--since", "2024-03-01", "--until", "2024-02-01", "--governorate", "Narnia"],
    /^rasd events: --since \(2024-03-01\) is after --until \(2024-02-01\); --governorate must be one of Homs, Hama, .*; not "Narnia"$/,
  ],
  [["events", "--limit", "abc"], 'rasd events: --limit must be a whole number of 1 or more, not "abc"'],
  [["export", "--format", "csv", "--min-killed=-3", "--until", "2024-02-30"], 'rasd export: --until must be a day as YYYY-MM-DD, not "2024-02-30"; --min-killed must be a whole number of 0 or more, not "-3"'],
  [["export", "--format", "csv", "--min-killed", "-3"], /^rasd export: Option '--min-killed' argument is ambiguous\. Did you forget/],
  [["export", "--governorate", "Homs"], "rasd export: --format is required: csv, geojson or json"],
  [["map", "--out", missingOut], `rasd map: --out ${missingOut}: the folder ${path.dirname(missingOut)} does not exist`],
  [["collect", "--outlet", "nope", "--memory"], /^rasd collect: unknown outlet "nope"; known: enab-baladi, /],
  [["collect", "--budget", "soon", "--memory"], 'rasd collect: --budget must be a number of seconds above 0, not "soon"'],
];

/** Data folders read commands must refuse, and what they say. */
const BAD_DATA: [string[], string][] = [
  [["incidents", "--data", aFile], `rasd incidents: --data ${aFile} is a file, not a folder`],
  [["events", "--data", noFolder], `rasd events: --data ${noFolder} does not exist: run "npx rasd demo" (recorded pages) or "npx rasd collect" first`],
  [["map", "--data", dir], `rasd map: --data ${dir} holds no rasd store: give the folder a demo or collect run wrote`],
];

let refused: RasdResult[];
let badData: RasdResult[];

beforeAll(async () => {
  writeFileSync(aFile, "not a data folder\n");
  await withLocalSession({ dataDir: store }, () => Promise.resolve());
  const withStore = (args: string[]) => (args.includes("--data") || args.includes("--memory") ? args : [...args, "--data", store]);
  // Two at a time: each is a whole Node process on a small machine.
  refused = await mapLimit(REFUSED, 2, ([args]) => rasd(withStore(args)));
  badData = await mapLimit(BAD_DATA, 2, ([args]) => rasd(args));
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("usage errors of every command", () => {
  it.each(REFUSED.map(([args, message], i) => [args.join(" "), message, i] as const))("refuses `%s` with exit code 2 and one line", (_, message, i) => {
    const result = refused[i];
    const command = REFUSED[i][0][0];
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([typeof message === "string" ? message : expect.stringMatching(message), `(rasd ${command} --help lists its options)`]);
    expect(result.stdout).toBe("");
  });
});

describe("--data", () => {
  it("is refused when it is a file, a folder that does not exist, or a folder without a store; only collect and demo create one", () => {
    for (const [i, [args, message]] of BAD_DATA.entries()) {
      expect(badData[i].code, args.join(" ")).toBe(2);
      expect(lines(badData[i].stderr)[0]).toBe(message);
    }
    expect(existsSync(noFolder)).toBe(false);
    expect(existsSync(path.join(dir, "db"))).toBe(false);
  });
});

describe("rasd reextract", () => {
  it("exits 1 when some articles failed, after its summary", async () => {
    const data = path.join(dir, "reextract");
    await withLocalSession({ dataDir: data }, ({ db }) =>
      storePage(db, sukhnahAttack("https://www.enabbaladi.net/archives/1", "enab-baladi", "2024-03-02T09:00:00Z", 3)),
    );
    const empty = path.join(dir, "nothing-recorded");
    mkdirSync(empty);
    const result = await rasd(["reextract", "--all", "--refetch", "--replay", empty, "--data", data]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toContain("articles   selected 1, processed 0, changed 0, unchanged 0, failed 1");
    expect(lines(result.stderr)).toContainEqual(expect.stringMatching(/^failed: https:\/\/www\.enabbaladi\.net\/archives\/1: HTTP_STATUS: /));
  });
});
