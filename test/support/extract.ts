import { expect } from "vitest";
import { extractIncidents } from "../../lib/extract";
import type { Incident } from "../../lib/types";

/** The incidents of an article made of `lines` (the first is the headline). */
export const extractLines = (lines: string[], published: string | null = null): Incident[] =>
  extractIncidents({ text: lines.join("\n"), published, url: null, outlet: null });

/** The one incident of an article made of `lines`; fails the test when there is not exactly one. */
export function onlyIncident(lines: string | string[], published: string | null = null): Incident {
  const found = extractLines(typeof lines === "string" ? [lines] : lines, published);
  expect(found).toHaveLength(1);
  return found[0];
}
