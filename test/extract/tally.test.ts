import { describe, expect, it } from "vitest";
import { combine, tallyCounts } from "../../lib/extract/tally";
import type { Figure } from "../../lib/extract/counts";

const f = (role: Figure["role"], min: number, max: number | null, extra: Partial<Figure> = {}): Figure => ({
  role, count: { min, max }, vague: false, final: false, another: false, tokenStart: 0, tokenEnd: 0, at: 0, ...extra,
});

describe("combine (ANNOTATION.md range rule)", () => {
  it("spans differing numeric figures from smallest lower to largest upper bound", () => {
    expect(combine([f("killed", 9, 9), f("killed", 14, 14)])).toEqual({ min: 9, max: 14 });
  });
  it("leaves the upper bound open when any figure is open", () => {
    expect(combine([f("killed", 5, null), f("killed", 7, 7)])).toEqual({ min: 5, max: null });
  });
  it("lets numeric figures win over vague ones", () => {
    expect(combine([f("killed", 2, null, { vague: true }), f("killed", 10, 10)])).toEqual({ min: 10, max: 10 });
  });
  it("takes the most telling vague figure when there is no number", () => {
    expect(combine([f("killed", 2, null, { vague: true }), f("killed", 20, null, { vague: true })])).toEqual({ min: 20, max: null });
  });
  it("lets a toll that rose to N replace the smaller figures it updates", () => {
    expect(combine([f("killed", 4, 4), f("killed", 33, 33, { final: true })])).toEqual({ min: 33, max: 33 });
  });
  it("keeps a larger figure a rising toll does not reach", () => {
    expect(combine([f("killed", 6, 6, { final: true }), f("killed", 9, 9)])).toEqual({ min: 6, max: 9 });
  });
  it("counts two named victims as two people", () => {
    expect(combine([f("killed", 1, 1, { name: "عمر" }), f("killed", 1, 1, { name: "سعاد" })])).toEqual({ min: 2, max: 2 });
  });
  it("is null with no figures", () => {
    expect(combine([])).toBeNull();
  });
});

describe("tallyCounts", () => {
  it("drops a combined figure when killed and wounded both have numbers", () => {
    const c = tallyCounts([f("killedOrWounded", 25, 25), f("killed", 10, 10), f("wounded", 15, 15)]);
    expect(c.killedOrWounded).toBeNull();
  });
  it("keeps a combined figure when wounded has no number", () => {
    const c = tallyCounts([f("killedOrWounded", 16, null), f("killed", 10, 10), f("wounded", 2, null, { vague: true })]);
    expect(c.killedOrWounded).toEqual({ min: 16, max: null });
  });
});
