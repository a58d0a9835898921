import { describe, expect, it } from "vitest";
import { estimate } from "../../lib/events/figures";
import type { EventReport } from "../../lib/events";
import { count, incident } from "./fixtures";

let n = 0;
/** A report of `outlet` published at `published` giving `killed`. */
function report(outlet: string, published: string, killed: ReturnType<typeof count> | null): EventReport {
  n++;
  return {
    id: `r${n}`, eventId: "e", url: `https://${outlet}.example/${n}`, outlet, title: "", published,
    fetchedAt: published, index: 0, incident: incident({ killed }), attachedAt: published,
  };
}
const killed = (reports: EventReport[]) => estimate(reports, (i) => i.killed);

describe("low / best / high", () => {
  it("takes the median of the outlets' lower bounds as best", () => {
    const reports = [report("a", "2020-11-25T10:00Z", count(9)), report("b", "2020-11-25T11:00Z", count(14)), report("c", "2020-11-25T12:00Z", count(5, null))];
    expect(killed(reports)).toEqual({ low: 5, best: 9, high: null, bestReport: reports[0].id });
  });

  it("takes the higher middle figure of an even number of outlets", () => {
    expect(killed([report("a", "2020-11-25T10:00Z", count(5)), report("b", "2020-11-25T11:00Z", count(12))])).toMatchObject({ low: 5, best: 12, high: 12 });
  });

  it("counts only each outlet's latest figure", () => {
    const reports = [report("a", "2020-11-25T10:00Z", count(5)), report("a", "2020-11-25T18:00Z", count(12)), report("b", "2020-11-25T12:00Z", count(10, 11))];
    expect(killed(reports)).toMatchObject({ low: 10, best: 12, high: 12 });
  });

  it("keeps an outlet's earlier figure when its later report gives none", () => {
    const reports = [report("a", "2020-11-25T10:00Z", count(7)), report("a", "2020-11-25T18:00Z", null)];
    expect(killed(reports)).toMatchObject({ low: 7, best: 7, high: 7 });
  });

  it("is null when no report gives the figure", () => {
    expect(killed([report("a", "2020-11-25T10:00Z", null)])).toBeNull();
  });
});
