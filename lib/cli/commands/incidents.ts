import { parseArgs } from "node:util";
import type { Command, CliIO } from "../command";
import { oneOf } from "../command";
import type { Db } from "../../store/client";
import { listIncidents, type StoredIncident } from "../../store/incidents";
import { withLocalSession } from "../../local/session";
import { dataOptions, filterOptions } from "../options";
import { doubtLegend, formatCount, plural, renderTable } from "../table";

const usage = `Usage: rasd incidents [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format table|json] [--data DIR]

Lists the stored incidents, one per article and attack. json: an array of incidents with the
fields of the annotation guide (date, places, governorate, type, perpetrator, suspected, killed,
wounded, killedOrWounded, evidence) plus url and outlet.
Table: "undated" when the article gives no day; "?" after a perpetrator when it is suspected;
figures as "5" (exact), "5+" (at least 5) or "5-9" (a range).
  --since, --until  days, inclusive
  --data DIR        data folder (default .rasd)`;

/** Prints stored incidents as a table or a JSON array. */
export async function printIncidents(db: Db, io: CliIO, opts: { since?: string; until?: string; format: "table" | "json" }): Promise<void> {
  const incidents = await listIncidents(db, opts);
  if (opts.format === "json") {
    io.out(JSON.stringify(incidents, null, 2));
    return;
  }
  const doubted = (i: StoredIncident) => i.suspected && i.perpetrator !== "unknown";
  const rows = incidents.map((i) => [
    i.date ?? "undated", i.outlet, i.places[0] ?? null, i.governorate, i.type, `${i.perpetrator}${doubted(i) ? "?" : ""}`,
    formatCount(i.killed), formatCount(i.wounded), formatCount(i.killedOrWounded),
  ]);
  renderTable(["date", "outlet", "place", "governorate", "type", "perpetrator", "killed", "wounded", "k+w"], rows).forEach((l) => io.out(l));
  const legend = doubtLegend({ dates: false, perpetrators: incidents.some(doubted) });
  if (legend) io.out(legend);
  io.out(plural(incidents.length, "incident"));
}

export const command: Command = {
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        since: { type: "string" },
        until: { type: "string" },
        format: { type: "string", default: "table" },
        data: { type: "string" },
        help: { type: "boolean" },
      },
    });
    if (values.help) return io.out(usage), 0;
    const format = oneOf("format", values.format, ["table", "json"] as const);
    const filter = filterOptions({ since: values.since, until: values.until });
    await withLocalSession(dataOptions("incidents", values, "read"), ({ db }) => printIncidents(db, io, { ...filter, format }));
    return 0;
  },
};
