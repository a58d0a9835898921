/**
 * An air-strike series with a toll per village (issue 10): one incident per place named
 * (ANNOTATION.md), each with the toll told for it, not a share of the sum. Short sentences written
 * for the test (places and figures invented); regression only, no quality figure.
 */
import { describe, expect, it } from "vitest";
import { extractLines } from "../support/extract";

/** The killed count of each incident, by its first place. */
function tolls(lines: string | string[]): Record<string, number | null | undefined> {
  const out: Record<string, number | null | undefined> = {};
  for (const i of extractLines(typeof lines === "string" ? [lines] : lines)) out[i.places[0]] = i.killed?.min;
  return out;
}

describe("an air-strike series with a toll per village", () => {
  it("gives each of two villages its own toll (digits)", () => {
    expect(tolls("شنت طائرات حربية غارات على قريتي كفرنبل وحاس، ما أدى إلى مقتل 3 في كفرنبل و2 في حاس.")).toEqual({ كفرنبل: 3, حاس: 2 });
  });
  it("gives each of three villages its own toll (words)", () => {
    expect(tolls("استهدفت غارات جوية قرى كفرنبل وحاس والبارة، ما أسفر عن مقتل ثلاثة مدنيين في كفرنبل واثنين في حاس وأربعة في البارة.")).toEqual({ كفرنبل: 3, حاس: 2, البارة: 4 });
  });
  it("reads the tolls told in the next sentence", () => {
    expect(tolls(["غارة جوية استهدفت بلدتي كفرنبل وحاس بريف إدلب.", "وقتل 4 مدنيين في بلدة كفرنبل و2 في بلدة حاس."])).toEqual({ كفرنبل: 4, حاس: 2 });
  });
});
