import type { App } from "sst/constructs";
import type { StageConfig } from "../lib/config/stage";

// SST functional stacks receive only `{ app, stack }`, so the stage configuration travels with the app.
const configs = new WeakMap<App, StageConfig>();

/** Attaches the stage configuration the stacks of this app read; call before adding stacks. */
export function provideStageConfig(app: App, config: StageConfig): void {
  configs.set(app, config);
}

/** The stage configuration given to {@link provideStageConfig} for this app. */
export function useStageConfig(app: App): StageConfig {
  const config = configs.get(app);
  if (!config) throw new Error("no stage configuration for this app: call registerStacks(app, config)");
  return config;
}

/** Stages whose data outlives `sst remove`: their table is retained, not deleted. */
export const PRODUCTION_STAGES: readonly string[] = ["prod", "production"];

export function isProductionStage(stage: string): boolean {
  return PRODUCTION_STAGES.includes(stage);
}
