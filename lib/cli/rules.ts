import type { AlertRules } from "../alert";
import { alertRulesFrom } from "../alert";
import { loadStageConfig } from "../config/stage";

/** Stage name of local runs: thresholds come from `rasd.config.local.json` or `RASD_CONFIG` when present. */
export const LOCAL_STAGE = "local";

/** Alert rules of local runs, from the local stage configuration or the defaults. */
export function localAlertRules(): AlertRules {
  return alertRulesFrom(loadStageConfig(LOCAL_STAGE, { root: process.cwd(), env: process.env }));
}
