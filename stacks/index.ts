import type { App, FunctionProps } from "sst/constructs";
import type { StageConfig } from "../lib/config/stage";
import { Alerts } from "./Alerts";
import { Api } from "./Api";
import { Collector } from "./Collector";
import { Storage } from "./Storage";
import { provideStageConfig } from "./stage";

/**
 * Adds rasd's stacks to an SST app with the given stage configuration. `sst.config.ts` calls
 * this for deploys; the stack tests call it with their own configuration.
 */
export function registerStacks(app: App, config: StageConfig): void {
  provideStageConfig(app, config);
  app.setDefaultFunctionProps(FUNCTION_DEFAULTS);
  app.stack(Storage).stack(Alerts).stack(Collector).stack(Api);
}

/**
 * Runtime and bundling of every function. Graviton (arm_64) costs less per GB-second for the same
 * work; ESM matches the source. `npm run bench:cold` builds the handlers with these props.
 */
export const FUNCTION_DEFAULTS = {
  runtime: "nodejs22.x",
  architecture: "arm_64",
  nodejs: { format: "esm" },
} satisfies FunctionProps;
