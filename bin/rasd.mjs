#!/usr/bin/env node
// Runs the CLI as `npm run build` compiled it to dist/cli (npm runs that build on `npm install`
// and `npm ci`). A missing build, or one older than any of its sources, is refused with the
// command that fixes it: a stale build would silently run old code.
import { readFileSync, statSync } from "node:fs";

/** Why dist/cli cannot be run, or null when it is current. */
function staleBuild() {
  const root = new URL("../", import.meta.url);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL("dist/cli/build.json", root), "utf8"));
  } catch {
    return "the CLI is not built (no dist/cli/build.json)";
  }
  for (const source of manifest.sources) {
    const stat = statSync(new URL(source, root), { throwIfNoEntry: false });
    if (!stat) return `${source} was removed after the last build`;
    if (stat.mtimeMs > manifest.builtAt) return `${source} changed after the last build`;
  }
  return null;
}

const stale = staleBuild();
if (stale) {
  process.stderr.write(`rasd: ${stale}; run \`npm run build\` first\n`);
  process.exit(1);
}
// Local runs may use Node 20; the SDK's notice about its future Node 22 floor is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const { main } = await import("../dist/cli/main.mjs");
process.exitCode = await main(process.argv.slice(2));
