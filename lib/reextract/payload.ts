import { z } from "zod";
import { OUTLETS } from "../outlets/registry";
import { canonicalUrl } from "../discover";
import { stableJson } from "../events/stable-json";
import { REEXTRACT_MAX_URLS } from "../constants";
import { decodeCursor, selectionPayload } from "./cursor";
import type { Position, ReextractRequest, Selection } from "./types";

/** A payload that cannot be run; `problems` lists every issue, one per entry, as `field: message`. */
export class ReextractPayloadError extends Error {
  readonly code = "INVALID_REEXTRACT_PAYLOAD";
  readonly retryable = false;
  constructor(readonly problems: string[]) {
    super(`invalid reextract payload:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ReextractPayloadError";
  }
}

const OUTLET_IDS: readonly string[] = OUTLETS.map((o) => o.id);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: "2021-02-30" parses (rolled over to March) but does not read back the same. */
function isDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return DAY.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

const Day = z.string().superRefine((day, ctx) => {
  if (!isDay(day)) ctx.addIssue({ code: "custom", message: `"${day}" is not a calendar day as YYYY-MM-DD` });
});

const OutletId = z.string().superRefine((id, ctx) => {
  if (!OUTLET_IDS.includes(id)) ctx.addIssue({ code: "custom", message: `unknown outlet "${id}"; known: ${OUTLET_IDS.join(", ")}` });
});

const HttpUrl = z.string().superRefine((url, ctx) => {
  if (canonicalUrl(url) === null) ctx.addIssue({ code: "custom", message: `"${url}" is not an http(s) URL` });
});

/** Each field on its own; the rules between fields are in {@link crossFieldProblems}. */
const Fields = z.strictObject({
  urls: z
    .array(HttpUrl)
    .min(1, "name at least one URL")
    .max(REEXTRACT_MAX_URLS, `at most ${REEXTRACT_MAX_URLS} URLs per payload: split the list`)
    .optional(),
  outlet: OutletId.optional(),
  since: Day.optional(),
  until: Day.optional(),
  all: z.boolean().optional(),
  refetch: z.boolean().optional(),
  dryRun: z.boolean().optional(),
  alert: z.boolean().optional(),
  cursor: z.string().optional(),
});

type Fields = z.output<typeof Fields>;

const SELECTORS = ["urls", "outlet", "all"] as const;

/** The selectors a payload names; `all: false` names nothing. */
const selectorsOf = (raw: Record<string, unknown>) =>
  SELECTORS.filter((key) => raw[key] !== undefined && !(key === "all" && raw[key] === false));

/**
 * Rules between fields, read from the raw payload so that they are reported along with the
 * field errors (zod skips object refinements once a field has failed).
 */
function crossFieldProblems(raw: Record<string, unknown>, hasCursor: boolean): string[] {
  const problems: string[] = [];
  const selectors = selectorsOf(raw);
  if (selectors.length === 0 && !hasCursor) {
    problems.push("(root): choose what to re-extract: urls, outlet or all (or resume with a cursor)");
  }
  if (selectors.length > 1) problems.push(`(root): choose one of urls, outlet and all, not ${selectors.join(" and ")}`);
  const ranged = selectors.includes("outlet") || selectors.includes("all");
  for (const key of ["since", "until"] as const) {
    if (raw[key] !== undefined && !ranged) {
      problems.push(`${key}: a date range goes with outlet or all${selectors.includes("urls") ? ", not with urls" : ""}`);
    }
  }
  const { since, until } = raw;
  if (typeof since === "string" && typeof until === "string" && isDay(since) && isDay(until) && since > until) {
    problems.push(`since: ${since} is after until ${until}`);
  }
  if (raw.dryRun === true && raw.alert === true) problems.push("alert: a dry run sends no alert; drop dryRun or alert");
  return problems;
}

const issuesOf = (error: z.ZodError, prefix = ""): string[] =>
  error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join(".") : "(root)";
    return `${prefix}${where}: ${issue.message}`;
  });

/** Canonical, de-duplicated URLs: the keys the articles were stored under. */
const canonicalUrls = (urls: string[]) => [...new Set(urls.map((url) => canonicalUrl(url) ?? url))];

function selectionOf(fields: Fields): Selection | null {
  const range = { ...(fields.since ? { since: fields.since } : {}), ...(fields.until ? { until: fields.until } : {}) };
  if (fields.urls) return { kind: "urls", urls: canonicalUrls(fields.urls) };
  if (fields.outlet) return { kind: "outlet", outlet: fields.outlet, ...range };
  if (fields.all) return { kind: "all", ...range };
  return null;
}

/** Where a cursor's position does not fit its selection. */
function positionProblem(selection: Selection, at: Position): string | null {
  if (selection.kind === "urls") {
    return "next" in at && at.next <= selection.urls.length ? null : "its position does not fit its URL list";
  }
  if (!("outlet" in at)) return "its position does not fit its selection";
  if (selection.kind === "outlet" && at.outlet !== selection.outlet) return "its position is in another outlet";
  if (!OUTLET_IDS.includes(at.outlet)) return `its position names unknown outlet "${at.outlet}"`;
  // A gsi1 sort key of an article: "<published or fetched time>#<url>".
  if (at.after !== null && !/^[^#]+#https?:\/\//.test(at.after)) return "its position is not an article key";
  return null;
}

/** The selection and position a cursor carries, or its problems. */
function readCursor(text: string): { selection: Selection; at: Position } | { problems: string[] } {
  const decoded = decodeCursor(text);
  if ("problem" in decoded) return { problems: [`cursor: ${decoded.problem}`] };
  const fields = Fields.safeParse(decoded.sel);
  const problems = fields.success ? [] : issuesOf(fields.error, "cursor: selection ");
  problems.push(...crossFieldProblems(decoded.sel, false).map((p) => `cursor: selection ${p}`));
  const selection = fields.success ? selectionOf(fields.data) : null;
  if (problems.length > 0 || !selection) return { problems: problems.length > 0 ? problems : ["cursor: it names no selection"] };
  const misfit = positionProblem(selection, decoded.at);
  return misfit ? { problems: [`cursor: ${misfit}`] } : { selection, at: decoded.at };
}

/**
 * Validates a re-extraction payload (README "Re-extraction"): exactly one selection — `urls`,
 * `outlet` (with an optional `since`/`until` day range) or `all` (same range, over every
 * outlet) — unless a `cursor` carries it; no unknown keys. Throws a
 * {@link ReextractPayloadError} listing every problem, not only the first.
 *
 * @example
 * parseReextractPayload({ outlet: "sohr", since: "2024-03-01", dryRun: true }).selection
 * // → { kind: "outlet", outlet: "sohr", since: "2024-03-01" }
 */
export function parseReextractPayload(raw: unknown): ReextractRequest {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new ReextractPayloadError([`(root): expected a JSON object, got ${raw === null ? "null" : Array.isArray(raw) ? "an array" : typeof raw}`]);
  }
  const record = raw as Record<string, unknown>;
  const fields = Fields.safeParse(record);
  const problems = fields.success ? [] : issuesOf(fields.error);

  const cursor = typeof record.cursor === "string" ? readCursor(record.cursor) : null;
  if (cursor && "problems" in cursor) problems.push(...cursor.problems);
  const resumed = cursor !== null && "selection" in cursor ? cursor : null;
  // A cursor that does not read is reported as such, not also as a missing selection.
  problems.push(...crossFieldProblems(record, typeof record.cursor === "string"));

  const named = fields.success ? selectionOf(fields.data) : null;
  if (resumed && named && stableJson(named) !== stableJson(resumed.selection)) {
    problems.push(
      `cursor: it was given for ${JSON.stringify(selectionPayload(resumed.selection))}, not this selection; send the cursor alone or with the same selection`,
    );
  }
  const selection = named ?? resumed?.selection;
  if (problems.length > 0 || !fields.success || !selection) {
    throw new ReextractPayloadError(problems.length > 0 ? problems : ["(root): nothing to re-extract"]);
  }
  return {
    selection,
    ...(resumed ? { start: resumed.at } : {}),
    refetch: fields.data.refetch ?? false,
    dryRun: fields.data.dryRun ?? false,
    alert: fields.data.alert ?? false,
  };
}
