import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractIncidents } from "../../lib/extract";
import type { Article, Incident } from "../../lib/types";

const dir = path.join(__dirname, "../fixtures/seed");
const load = (name: string): Article & { incidents: Incident[] } => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
const run = (name: string) => {
  const a = load(name);
  return extractIncidents({ text: a.text, published: a.published, url: a.url, outlet: a.outlet });
};
const byPlace = (found: Incident[], place: string) => found.find((i) => i.places.includes(place));

describe("seed articles end to end", () => {
  it("seed-000: a claimed raid with a combined toll, two recounted attacks and a strike series", () => {
    const found = run("seed-000.json");
    const raid = byPlace(found, "وادي قصر الحلايات")!;
    expect(raid).toMatchObject({
      date: "2020-11-25", governorate: "Homs", type: "attack", perpetrator: "ISIS", suspected: true,
      killed: { min: 5, max: null }, wounded: { min: 2, max: null }, killedOrWounded: { min: 16, max: null },
    });
    expect(raid.equipment.map((e) => [e.kind, e.count])).toEqual([["tank", { min: 2, max: 2 }], ["vehicle", { min: 2, max: null }], ["weapons", null], ["ammunition", null]]);
    const road = byPlace(found, "طريق أثريا – خناصر")!;
    expect(road).toMatchObject({ date: "2020-10-28", killed: { min: 10, max: 10 }, wounded: { min: 2, max: null } });
    const sameDay = found.find((i) => i.date === "2020-10-28" && i !== road)!;
    expect(sameDay.killed).toEqual({ min: 4, max: 4 });
    expect(sameDay.targets.map((t) => t.name)).toContain("Fifth Corps");
    expect(found.filter((i) => i.type === "airstrike").map((i) => i.governorate)).toEqual(["Hama", "Raqqa"]);
  });
  it("seed-002: one bus attack told by three sources becomes one incident with ranges", () => {
    const found = run("seed-002.json");
    const bus = byPlace(found, "المحطة الثالثة")!;
    expect(bus).toMatchObject({ killed: { min: 9, max: 14 }, wounded: { min: 19, max: 22 }, killedOrWounded: null, governorate: "Homs" });
    expect(bus.sources.map((s) => s.name)).toEqual(expect.arrayContaining(["SOHR", "state media"]));
    const officer = found.find((i) => i.places.includes("طريق أثريا"))!;
    expect(officer).toMatchObject({ killed: { min: 1, max: 1 }, wounded: { min: 1, max: 1 }, governorate: "Raqqa" });
    expect(found).toHaveLength(4);
  });
  it("seed-003: a sortie count is not a casualty count", () => {
    const found = run("seed-003.json");
    expect(found.filter((i) => i.type === "airstrike").every((i) => i.killed === null)).toBe(true);
    const checkpoint = byPlace(found, "حاجز مفرق الشحمي")!;
    expect(checkpoint).toMatchObject({ killed: { min: 1, max: 1 }, wounded: { min: 1, max: 1 }, governorate: "Homs" });
  });
  it("finds as many incidents as the seed annotations within one", () => {
    for (const name of fs.readdirSync(dir)) {
      const gold = load(name).incidents.length;
      expect(Math.abs(run(name).length - gold), name).toBeLessThanOrEqual(1);
    }
  });
});
