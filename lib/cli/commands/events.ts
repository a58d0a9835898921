import { parseArgs } from "node:util";
import type { CliIO, Command } from "../command";
import { oneOf } from "../command";
import type { Db } from "../../store/client";
import type { Estimate, EventQuery } from "../../events";
import { listEvents } from "../../events";
import { placeInLatin } from "../../events/describe";
import { withLocalSession } from "../../local/session";
import { dataOptions, filterOptions, limitOption } from "../options";
import { doubtLegend, formatCount, plural, renderTable } from "../table";

const usage = `Usage: rasd events [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--governorate NAME]
                   [--limit N] [--format table|json] [--data DIR]

Lists events (one attack as every outlet reported it), newest first, each followed by its
reports. Without --since, the latest events. killed and wounded show the best estimate and,
in brackets, the range of the outlets' current figures (low-high, "+" when open).
A "?" after the date: no report gives the day, the day shown is the first report's; after the
perpetrator: suspected.
json: an array of events with their reports, evidence sentences included.
  --since, --until    days, inclusive
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
    rows.push([e.date + (e.dated ? "" : "?"), e.id, e.governorate, place, actor, estimate(e.killed), estimate(e.wounded), plural(e.sources, "outlet"), ""]);
    for (const r of e.reports) {
      const i = r.incident;
      rows.push(["", "", "", `  ${i.places[0] ?? ""}`, i.type, formatCount(i.killed), formatCount(i.wounded), r.outlet, r.url]);
    }
  }
  renderTable(["date", "event", "governorate", "place", "type", "killed", "wounded", "source", "link"], rows).forEach((l) => io.out(l));
  const legend = doubtLegend({ dates: events.some((e) => !e.dated), perpetrators: events.some((e) => e.suspected && e.perpetrator !== "unknown") });
  if (legend) io.out(legend);
  io.out(plural(events.length, "event"));
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
    const filter = filterOptions({ since: values.since, until: values.until, governorate: values.governorate });
    const limit = limitOption(values.limit);
    await withLocalSession(dataOptions("events", values, "read"), ({ db }) => printEvents(db, io, { ...filter, limit, format }));
    return 0;
  },
};
