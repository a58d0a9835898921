import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterDir, type EventsOutput } from "../../scripts/events";
import { scoreEvents } from "../../scripts/eval-events";

// Three articles written for this test: two reports of one shelling, one without an incident.
const ARTICLES = {
  "a1.json": { url: "https://a.example/1", outlet: "A", published: "2023-05-10", published_basis: "url", text: "مقتل 5 مدنيين بقصف على بلدة كفرنبل في ريف إدلب اليوم الأربعاء." },
  "a2.json": { url: "https://b.example/2", outlet: "B", published: "2023-05-10", published_basis: "event-date", text: "قتل 6 مدنيين وأصيب 10 آخرون في قصف استهدف بلدة كفرنبل بريف إدلب الجنوبي." },
  "a3.json": { url: "https://c.example/3", outlet: "C", published: null, text: "افتتاح معرض للكتاب في دمشق." },
};

const dir = mkdtempSync(path.join(tmpdir(), "rasd-events-script-"));
beforeAll(() => {
  for (const [file, article] of Object.entries(ARTICLES)) writeFileSync(path.join(dir, file), JSON.stringify(article));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filesOf = (output: EventsOutput) => output.events.map((e) => e.reports.map((r) => r.file).sort());

describe("npm run events", () => {
  it("puts every article in exactly one event, an article without incident in one of its own", async () => {
    const output = await clusterDir(dir, { now: new Date("2023-05-11T00:00:00Z") });
    expect(filesOf(output).sort()).toEqual([["a1.json", "a2.json"], ["a3.json"]]);
    const shelling = output.events.find((e) => e.reports.length === 2)!;
    expect(shelling).toMatchObject({ day: "2023-05-10", place: "كفرنبل", killed: { low: 5, best: 6, high: 6 } });
    expect(shelling.reports.find((r) => r.file === "a2.json")!.joined).toMatch(/^same place: كفرنبل; /);
    expect(output.events.find((e) => e.reports[0].file === "a3.json")!.reports[0]).toMatchObject({ index: null, incident: null, joined: null });
  });

  it("drops a publication day the set filled in from the attack's day when asked for stated dates only", async () => {
    const output = await clusterDir(dir, { statedDates: true, now: new Date("2023-05-11T00:00:00Z") });
    const reports = output.events.flatMap((e) => e.reports);
    expect(reports.find((r) => r.file === "a2.json")!.published).toBeNull();
    expect(reports.find((r) => r.file === "a1.json")!.published).toBe("2023-05-10T00:00:00Z");
    expect(filesOf(output).sort()).toEqual([["a1.json", "a2.json"], ["a3.json"]]);
  });

  it("takes the articles of one publication day in reverse file order when asked, so the other report starts the event", async () => {
    const output = await clusterDir(dir, { reverseTies: true, now: new Date("2023-05-11T00:00:00Z") });
    const shelling = output.events.find((e) => e.reports.length === 2)!;
    expect(shelling.reports.find((r) => r.file === "a2.json")!.joined).toBeNull();
    expect(shelling.reports.find((r) => r.file === "a1.json")!.joined).toMatch(/^same place: كفرنبل; /);
  });

  it("names the file that is not an article JSON", async () => {
    const bad = mkdtempSync(path.join(tmpdir(), "rasd-events-bad-"));
    try {
      writeFileSync(path.join(bad, "broken.json"), "{not json");
      await expect(clusterDir(bad)).rejects.toThrow(/broken\.json is not an article JSON file/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe("npm run eval:events scores", () => {
  const report = (file: string, index: number | null = 0) => ({ file, url: file, outlet: "x", published: null, index, incident: null, joined: null });
  const event = (id: string, ...reports: ReturnType<typeof report>[]) => ({ id, day: null, place: null, killed: null, reports });
  const labels = new Map([["a", "ev1"], ["b", "ev1"], ["c", "ev1"], ["d", "nm1"], ["e", "ev2"]]);

  it("counts pairs, B-cubed and near-miss merges over each article's first incident", () => {
    // a and b together; c extracted nothing; d (a near-miss) wrongly with a's attack through its first incident.
    const output = { events: [event("x", report("a"), report("b"), report("d"), report("e", 1)), event("y", report("e")), event("none:c", report("c", null))] };
    const s = scoreEvents(output, labels);
    expect(s).toMatchObject({ reports: 5, events: 3, unextracted: 1, pairsSame: 3, pairsJoined: 1, pairsWronglyJoined: 2, nearMissMerged: 2 });
    expect(s.pairPrecision).toBeCloseTo(1 / 3);
    expect(s.pairRecall).toBeCloseTo(1 / 3);
    // B-cubed precision (2/3 + 2/3 + 1/3 + 1 + 1) / 5 and recall (2/3 + 2/3 + 1/3 + 1 + 1) / 5 are both 11/15.
    expect(s.bcubedF1).toBeCloseTo(11 / 15);
  });

  it("refuses an output that leaves a labelled article out", () => {
    expect(() => scoreEvents({ events: [event("x", report("a"))] }, labels)).toThrow(/no report of b, c, d, e/);
  });
});
