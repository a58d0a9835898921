/**
 * Compiles the `rasd` CLI to dist/cli once, so bin/rasd.mjs starts without compiling TypeScript.
 *   npm run build        (npm also runs it as `prepare` on `npm install` and `npm ci`)
 * Output: dist/cli/main.mjs, one dist/cli/commands/<name>.mjs per command (main imports each only
 * when its command runs), shared code in dist/cli/chunks/, and dist/cli/build.json, the list of
 * sources bin/rasd.mjs checks so that a build older than its sources is never run.
 */
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist/cli");

/** What bin/rasd.mjs reads to refuse a stale build. */
export interface CliBuildManifest {
  /** When the build started (ms since the epoch): a source modified after this is newer than the build. */
  builtAt: number;
  /** The project files compiled in, relative to the project root. */
  sources: string[];
}

/** Builds dist/cli from lib/cli and returns its manifest. */
export async function buildCli(): Promise<CliBuildManifest> {
  const builtAt = Date.now();
  const commands = readdirSync(path.join(ROOT, "lib/cli/commands")).filter((f) => f.endsWith(".ts"));
  rmSync(OUT, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    // Commands are entry points of their own, so each lands at a known path with lib's folder depth
    // (dist/cli/commands/ like lib/cli/commands/: demo finds test/fixtures/web the same way in both).
    entryPoints: [
      { in: "lib/cli/main.ts", out: "main" },
      ...commands.map((f) => ({ in: `lib/cli/commands/${f}`, out: `commands/${path.basename(f, ".ts")}` })),
    ],
    outdir: OUT,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Packages are compiled in like a Lambda bundle's: Node's loader resolving, format-checking and
    // linking the AWS SDK's hundreds of files costs more than the commands' own work. dynalite
    // requires its actions by computed names, so it stays a package.
    external: ["dynalite"],
    mainFields: ["module", "main"],
    // CommonJS packages compiled into ESM still call require().
    banner: { js: 'import { createRequire as topLevelCreateRequire } from "node:module";\nconst require = topLevelCreateRequire(import.meta.url);' },
    metafile: true,
    logLevel: "warning",
  });
  // Packages change only through npm install / npm ci, which run this build again.
  const sources = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("node_modules/"));
  const manifest: CliBuildManifest = { builtAt, sources: sources.sort() };
  writeFileSync(path.join(OUT, "build.json"), JSON.stringify(manifest, null, 1) + "\n");
  return manifest;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { sources } = await buildCli();
  console.log(`built ${path.relative(ROOT, OUT)} from ${sources.length} sources`);
}
