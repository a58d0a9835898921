import { parseArgs } from "node:util";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "../command";
import { OUTLETS } from "../../outlets/registry";
import { withLocalSession } from "../../local/session";
import { runLocalCollection } from "../collect-run";
import { printIncidents } from "./incidents";
import { printEvents } from "./events";
import { localAlertRules } from "../rules";
import { dataOptions } from "../options";
import { plural } from "../table";
import { DISCOVERY_SITEMAP_MAX_AGE_MS } from "../../constants";

/** The recorded outlet pages shipped with the repository. */
export const RECORDED_PAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test/fixtures/web");

/** A path as the user can best read it: relative under the working directory, absolute elsewhere. */
function shortPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

const usage = `Usage: rasd demo [--data DIR]

Runs one collection cycle over all outlets against the recorded pages in test/fixtures/web,
served by a real HTTP server on 127.0.0.1, stores into the local database (.rasd) and ends
with the incidents found, the events they form and the alerts raised. Works offline. A second run adds nothing.
The recorded articles are years old, so the demo lifts the two age limits a live run keeps:
on sitemap entries (a live run takes only the last ${DISCOVERY_SITEMAP_MAX_AGE_MS / 86_400_000} days') and on alerts.`;

export const command: Command = {
  usage,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { data: { type: "string" }, help: { type: "boolean" } } });
    if (values.help) return io.out(usage), 0;
    const started = Date.now();
    await withLocalSession(dataOptions("demo", values, "create"), async (session) => {
      const reports = await runLocalCollection(session, io, {
        label: "demo",
        outlets: OUTLETS,
        replayDir: RECORDED_PAGES,
        rules: { ...localAlertRules(), maxAlertAgeHours: null },
        sitemapMaxAgeMs: null,
      });
      io.out("\nIncidents (one per article and attack):");
      await printIncidents(session.db, io, { format: "table" });
      io.out("\nEvents (one per attack, with every outlet's report):");
      await printEvents(session.db, io, { format: "table" });
      const sent = reports.flatMap((r) => r.alerts.filter((a) => a.status === "sent"));
      io.out(`${plural(sent.length, "alert")} raised in this run${session.outboxPath ? ` (outbox: ${shortPath(session.outboxPath)})` : ""}`);
    });
    io.out(`demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  },
};
