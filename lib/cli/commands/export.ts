import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Command } from "../command";
import { EXPORT_FORMATS, EventFilterError, exportEvents, validateFilter, type ExportFormat } from "../../export";
import { withLocalSession } from "../../local/session";

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
    if (!(EXPORT_FORMATS as readonly string[]).includes(values.format ?? "")) {
      io.err(`rasd export: --format must be ${EXPORT_FORMATS.join(", ")}, not "${values.format ?? ""}"`);
      return 2;
    }
    const format = values.format as ExportFormat;
    const minKilledText = values["min-killed"];
    if (minKilledText !== undefined && !/^\d+$/.test(minKilledText)) {
      io.err(`rasd export: --min-killed must be a whole number of 0 or more, not "${minKilledText}"`);
      return 2;
    }
    let filter;
    try {
      filter = validateFilter({
        since: values.since,
        until: values.until,
        governorate: values.governorate,
        minKilled: minKilledText === undefined ? undefined : Number(minKilledText),
      });
    } catch (error) {
      if (!(error instanceof EventFilterError)) throw error;
      io.err(`rasd export: ${error.message}`);
      return 2;
    }
    const { text, count } = await withLocalSession({ dataDir: values.data }, ({ db }) => exportEvents(db, format, filter));
    if (values.out) {
      await writeFile(values.out, text, "utf8");
      io.out(`${count} events written to ${values.out}`);
    } else {
      // io.out ends the line itself: hand it the text without its last "\n" (a CSV keeps its "\r").
      io.out(text.endsWith("\n") ? text.slice(0, -1) : text);
    }
    return 0;
  },
};
