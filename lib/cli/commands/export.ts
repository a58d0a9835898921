import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Command } from "../command";
import { oneOf } from "../command";
import { EXPORT_FORMATS, exportEvents } from "../../export";
import { withLocalSession } from "../../local/session";
import { dataOptions, filterOptions, outFileOption } from "../options";
import { progress } from "../progress";
import { plural } from "../table";

const usage = `Usage: rasd export --format csv|geojson|json [--since YYYY-MM-DD] [--until YYYY-MM-DD]
                   [--governorate NAME] [--min-killed N] [--out FILE] [--data DIR]

Writes every stored event the filters select, newest first, to FILE (or standard output).
  csv      one row per event, ACLED's column names where the meaning matches (event_id,
           event_date, time_precision, event_type, sub_event_type, actor1, actor2, admin1,
           admin2, location, latitude, longitude, geo_precision, source, notes, fatalities) and
           rasd's own (killed_low/best/high, wounded_low/best/high, reports, urls, evidence_ar);
           RFC 4180 quoting, UTF-8 with a byte order mark, CRLF line ends
  geojson  a FeatureCollection, one Point [lon, lat] feature per event (geometry null when
           the place has no coordinates) with the CSV's columns as properties
  json     the events with their reports and evidence, as \`rasd events --format json\`
  --since, --until    days, inclusive (default: every stored event up to today)
  --governorate NAME  one governorate, as in the data (Homs, Deir ez-Zor, …)
  --min-killed N      only events whose best estimate of killed is at least N
  --data DIR          data folder (default .rasd)`;

export const command: Command = {
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        format: { type: "string" },
        since: { type: "string" },
        until: { type: "string" },
        governorate: { type: "string" },
        "min-killed": { type: "string" },
        out: { type: "string" },
        data: { type: "string" },
        help: { type: "boolean" },
      },
    });
    if (values.help) return io.out(usage), 0;
    const format = oneOf("format", values.format, EXPORT_FORMATS);
    const filter = filterOptions(values);
    const out = outFileOption(values.out);
    const bar = progress(io, "export");
    const { text, count } = await withLocalSession(dataOptions("export", values, "read"), ({ db }) =>
      exportEvents(db, format, filter, { onPage: (read) => bar.update(`${plural(read, "event")} read`) }),
    );
    if (out) {
      await writeFile(out, text, "utf8");
      io.out(`${plural(count, "event")} written to ${out}`);
    } else {
      // io.out ends the line itself: hand it the text without its last "\n" (a CSV keeps its "\r").
      io.out(text.endsWith("\n") ? text.slice(0, -1) : text);
      bar.report(`${plural(count, "event")} written`);
    }
    return 0;
  },
};
