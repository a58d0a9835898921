import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Command } from "../command";
import { buildMap } from "../../map";
import { withLocalSession } from "../../local/session";
import { MAP_MAX_EVENTS } from "../../constants";
import { dataOptions, filterOptions, outFileOption } from "../options";
import { plural } from "../table";

const DEFAULT_OUT = "map.html";

const usage = `Usage: rasd map [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--out FILE] [--data DIR]

Writes one self-contained HTML page (default ${DEFAULT_OUT}) that works offline: Syria's outline,
the governorates, one circle per event sized by people killed (best estimate) and coloured by
type, a date filter and a legend. Clicking a circle shows the event's English summary, the
Arabic sentences its figures come from and a link to every report. At most ${MAP_MAX_EVENTS} events,
the newest.
  --since, --until  days, inclusive (default: every stored event up to today)
  --out FILE        where to write the page (default ${DEFAULT_OUT})
  --data DIR        data folder (default .rasd)`;

export const command: Command = {
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        since: { type: "string" },
        until: { type: "string" },
        out: { type: "string", default: DEFAULT_OUT },
        data: { type: "string" },
        help: { type: "boolean" },
      },
    });
    if (values.help) return io.out(usage), 0;
    const filter = filterOptions({ since: values.since, until: values.until });
    const out = outFileOption(values.out)!;
    const { html, count, truncated } = await withLocalSession(dataOptions("map", values, "read"), ({ db }) => buildMap(db, filter));
    await writeFile(out, html, "utf8");
    io.out(`map of ${plural(count, "event")} written to ${out}${truncated ? ` (the newest ${MAP_MAX_EVENTS}; narrow the dates for older ones)` : ""}`);
    return 0;
  },
};
