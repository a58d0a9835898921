import { parseArgs } from "node:util";
import type { CliIO, Command } from "../command";
import { oneOf, UsageError } from "../command";
import { OUTLETS, type Outlet } from "../../outlets/registry";
import { matchUrl } from "../../discover";
import { renderTable } from "../table";

const usage = `Usage: rasd outlets [--format table|json]
       rasd outlets --match URL... [--format table|json]

Lists the outlets rasd watches: id, names, hosts, how new articles are discovered (feed,
sitemap or listing page), the article URL pattern and the per-host request pace.
json: an array of outlet entries (articlePattern as its regex source).

--match URL...  for each URL, the outlet whose hosts include it and whether discovery takes
                it as an article (after canonicalisation), with the reason when not.
                json: [{"url", "outlet" (null for no registry outlet), "article", "reason"}].
                Exits 0 whatever the answers; 2 on a usage error.`;

/** An outlet as plain JSON (a RegExp does not serialise). */
function toJson(o: Outlet): Record<string, unknown> {
  return { ...o, articlePattern: o.articlePattern.source };
}

function describeDiscovery(o: Outlet): string {
  return o.discovery.map((d) => `${d.kind} ${d.url}`).join(", ");
}

function printMatches(urls: string[], format: "table" | "json", io: CliIO): void {
  const matches = urls.map(matchUrl);
  if (format === "json") return io.out(JSON.stringify(matches, null, 2));
  const rows = matches.map((m) => [m.url, m.outlet ?? "-", m.article ? "article" : `not an article: ${m.reason}`]);
  renderTable(["url", "outlet", "verdict"], rows).forEach((l) => io.out(l));
}

export const command: Command = {
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: "string", default: "table" }, match: { type: "boolean" }, help: { type: "boolean" } },
    });
    if (values.help) return io.out(usage), 0;
    const format = oneOf("format", values.format, ["table", "json"] as const);
    if (values.match) {
      if (positionals.length === 0) throw new UsageError("--match needs at least one URL");
      printMatches(positionals, format, io);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (URLs go after --match)`);
    if (format === "json") {
      io.out(JSON.stringify(OUTLETS.map(toJson), null, 2));
      return 0;
    }
    const rows = OUTLETS.map((o) => [o.id, o.nameAr, o.name, describeDiscovery(o), `${o.politeness.minDelayMs} ms x${o.politeness.concurrency}`]);
    renderTable(["id", "الاسم", "name", "discovery", "pace"], rows).forEach((l) => io.out(l));
    io.out(`${OUTLETS.length} outlets`);
    return 0;
  },
};
