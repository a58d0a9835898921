import { parseArgs } from "node:util";
import type { Command, CliIO } from "../command";
import { oneOf } from "../command";
import type { Db } from "../../store/client";
import { listIncidents } from "../../store/incidents";
import { withLocalSession } from "../../local/session";
import { formatCount, renderTable } from "../table";

const usage = `Usage: rasd incidents [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format table|json] [--data DIR]

Lists the stored incidents. json: an array of incidents with the fields of the annotation
guide (date, places, governorate, type, perpetrator, suspected, killed, wounded,
killedOrWounded, evidence) plus url and outlet.`;

/** Prints stored incidents as a table or a JSON array. */
export async function printIncidents(db: Db, io: CliIO, opts: { since?: string; until?: string; format: string }): Promise<void> {
  const incidents = await listIncidents(db, opts);
  if (opts.format === "json") {
    io.out(JSON.stringify(incidents, null, 2));
    return;
  }
  const rows = incidents.map((i) => [
    i.date, i.outlet, i.places[0] ?? null, i.governorate, i.type, i.perpetrator,
    formatCount(i.killed), formatCount(i.wounded), formatCount(i.killedOrWounded),
  ]);
  renderTable(["date", "outlet", "place", "governorate", "type", "perpetrator", "killed", "wounded", "k+w"], rows).forEach(io.out);
  io.out(`${incidents.length} incidents`);
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
    await withLocalSession({ dataDir: values.data }, ({ db }) =>
      printIncidents(db, io, { since: values.since, until: values.until, format }),
    );
    return 0;
  },
};
