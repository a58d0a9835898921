import { parseArgs } from "node:util";
import type { Command } from "../command";
import { oneOf } from "../command";
import { OUTLETS, type Outlet } from "../../outlets/registry";
import { renderTable } from "../table";

const usage = `Usage: rasd outlets [--format table|json]

Lists the outlets rasd watches: id, names, hosts, how new articles are discovered (feed,
sitemap or listing page), the article URL pattern and the per-host request pace.
json: an array of outlet entries (articlePattern as its regex source).`;

/** An outlet as plain JSON (a RegExp does not serialise). */
function toJson(o: Outlet): Record<string, unknown> {
  return { ...o, articlePattern: o.articlePattern.source };
}

function describeDiscovery(o: Outlet): string {
  return o.discovery.map((d) => `${d.kind} ${d.url}`).join(", ");
}

export const command: Command = {
  name: "outlets",
  summary: "list the watched outlets and how their articles are found",
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { format: { type: "string", default: "table" }, help: { type: "boolean" } },
    });
    if (values.help) return io.out(usage), 0;
    if (oneOf("format", values.format, ["table", "json"] as const) === "json") {
      io.out(JSON.stringify(OUTLETS.map(toJson), null, 2));
      return 0;
    }
    const rows = OUTLETS.map((o) => [o.id, o.nameAr, o.name, describeDiscovery(o), `${o.politeness.minDelayMs} ms x${o.politeness.concurrency}`]);
    renderTable(["id", "الاسم", "name", "discovery", "pace"], rows).forEach((l) => io.out(l));
    io.out(`${OUTLETS.length} outlets`);
    return 0;
  },
};
