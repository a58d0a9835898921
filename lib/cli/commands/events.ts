import { parseArgs } from "node:util";
import type { CliIO, Command } from "../command";
import { oneOf } from "../command";
import type { Db } from "../../store/client";
import type { Estimate, EventQuery } from "../../events";
import { listEvents } from "../../events";
import { placeInLatin } from "../../events/describe";
import { withLocalSession } from "../../local/session";
import { formatCount, renderTable } from "../table";

const usage = `Usage: rasd events [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--governorate NAME]
                   [--limit N] [--format table|json] [--data DIR]

Lists events (one attack as every outlet reported it), newest first, each followed by its
reports. Without --since, the latest events. killed and wounded show the best estimate and,
in brackets, the range of the outlets' current figures (low-high, "+" when open).
json: an array of events with their reports, evidence sentences included.
  --governorate NAME  one governorate, as in the data (Homs, Deir ez-Zor, …)
  --limit N           at most N events (default 50)
  --data DIR          data folder (default .rasd)`;

/** "9 (5-14)", "9 (5+)" or "9": best estimate and the range of the outlets' figures. */
function estimate(e: Estimate | null): string {
  if (!e) return "";
  if (e.high === e.low) return String(e.best);
  return `${e.best} (${e.low}${e.high === null ? "+" : `-${e.high}`})`;
}

/**
 * Prints events with their reports as a table or a JSON array.
 * @example await printEvents(session.db, io, { since: "2020-11-01", format: "table" });
 */
export async function printEvents(db: Db, io: CliIO, opts: EventQuery & { format: "table" | "json" }): Promise<void> {
  const { format, ...query } = opts;
  const events = await listEvents(db, query);
  if (format === "json") {
    io.out(JSON.stringify(events, null, 2));
    return;
  }
  const rows: (string | number | null)[][] = [];
  for (const e of events) {
    const place = [placeInLatin(e), e.places[0]].filter(Boolean).join(" / ");
    const actor = e.perpetrator === "unknown" ? e.type : `${e.type}, ${e.perpetrator}${e.suspected ? "?" : ""}`;
    rows.push([e.date + (e.dated ? "" : "?"), e.id, e.governorate, place, actor, estimate(e.killed), estimate(e.wounded), `${e.sources} outlets`, ""]);
    for (const r of e.reports) {
      const i = r.incident;
      rows.push(["", "", "", `  ${i.places[0] ?? ""}`, i.type, formatCount(i.killed), formatCount(i.wounded), r.outlet, r.url]);
    }
  }
  renderTable(["date", "event", "governorate", "place", "type", "killed", "wounded", "source", "link"], rows).forEach((l) => io.out(l));
  io.out(`${events.length} events`);
}

export const command: Command = {
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        since: { type: "string" },
        until: { type: "string" },
        governorate: { type: "string" },
        limit: { type: "string" },
        format: { type: "string", default: "table" },
        data: { type: "string" },
        help: { type: "boolean" },
      },
    });
    if (values.help) return io.out(usage), 0;
    const format = oneOf("format", values.format, ["table", "json"] as const);
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
      io.err(`--limit must be a positive whole number, not "${values.limit}"`);
      return 2;
    }
    await withLocalSession({ dataDir: values.data }, ({ db }) =>
      printEvents(db, io, { since: values.since, until: values.until, governorate: values.governorate, limit, format }),
    );
    return 0;
  },
};
