import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Template } from "aws-cdk-lib/assertions";
import { App, getStack } from "sst/constructs";
import { initProject, setProject, useProject } from "sst/project.js";
import { parseStageConfig } from "../../lib/config/stage";
import { Alerts } from "../../stacks/Alerts";
import { Collector } from "../../stacks/Collector";
import { registerStacks } from "../../stacks/index";
import { Storage } from "../../stacks/Storage";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// Each test file writes SST's generated types and function bundles to its own folder:
// parallel files sharing `.sst/` would delete each other's files mid-write.
let out: string | undefined;

/** Where the last build put the function bundles (`<artifacts>/<id>/functions/<name>.mjs`). */
export function artifactsDir(): string {
  if (!out) throw new Error("no app was created yet");
  return path.join(out, "artifacts");
}

/** Deletes this test file's SST output folder; call from `afterAll`. */
export function removeSynthOutput(): void {
  if (out) rmSync(out, { recursive: true, force: true });
  out = undefined;
}

/**
 * A new SST app for `stage`, set up as `sst deploy --stage <stage>` sets it up minus AWS:
 * the project (name, region) is loaded from the real `sst.config.ts`.
 */
export async function createApp(stage: string): Promise<App> {
  // SST skips its AWS look-ups in App.finish() only when NODE_ENV is "test" (vitest sets it).
  process.env.NODE_ENV = "test";
  await initProject({ stage, root: ROOT });
  out ??= mkdtempSync(path.join(os.tmpdir(), "rasd-sst-"));
  const project = useProject();
  setProject({ ...project, paths: { ...project.paths, out, artifacts: path.join(out, "artifacts") } });
  // CDK's own default is a new temporary folder per synthesis, never removed.
  const outdir = mkdtempSync(path.join(out, "cdk.out-"));
  return new App({ mode: "deploy", stage, name: project.config.name, region: project.config.region }, { outdir });
}

/**
 * Runs what `sst deploy` runs after the stacks are added: deferred tasks, among them bundling each
 * function handler with esbuild. Until then SST gives every function a placeholder body and runtime.
 */
export async function finishApp(app: App): Promise<void> {
  // A deploy build runs `npm install` in each bundle folder (with nothing to install here); keep
  // that npm off the network.
  Object.assign(process.env, {
    npm_config_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  });
  await app.finish();
}

export interface Synthesized {
  app: App;
  storage: Template;
  alerts: Template;
  collector: Template;
}

/** The three stacks' templates for `stage` and a raw (unparsed) stage `config`; `build` bundles the functions. */
export async function synthesize(
  stage: string,
  config: unknown,
  { build = false }: { build?: boolean } = {},
): Promise<Synthesized> {
  const app = await createApp(stage);
  registerStacks(app, parseStageConfig(config, "test"));
  if (build) await finishApp(app);
  return { app, ...templatesOf() };
}

/** Templates of the app most recently given stacks (SST's `getStack` reads that app). */
export function templatesOf(): Omit<Synthesized, "app"> {
  return {
    storage: Template.fromStack(getStack(Storage)),
    alerts: Template.fromStack(getStack(Alerts)),
    collector: Template.fromStack(getStack(Collector)),
  };
}
