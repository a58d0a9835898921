import type { AlertRules } from "./types";
import {
  ALERT_ESCALATION_FACTOR,
  ALERT_ESCALATION_LEVELS,
  ALERT_ESCALATION_MIN_RISE,
  DEFAULT_ALERT_KILLED,
  DEFAULT_ALERT_KILLED_PLUS_WOUNDED,
  DEFAULT_MAX_ALERT_AGE_HOURS,
} from "../constants";

/** The rules with every default (thresholds as ANNOTATION.md's "major" rule). */
export const DEFAULT_ALERT_RULES: AlertRules = {
  killed: DEFAULT_ALERT_KILLED,
  killedPlusWounded: DEFAULT_ALERT_KILLED_PLUS_WOUNDED,
  maxAlertAgeHours: DEFAULT_MAX_ALERT_AGE_HOURS,
  escalationFactor: ALERT_ESCALATION_FACTOR,
  escalationMinRise: ALERT_ESCALATION_MIN_RISE,
  escalationLevels: ALERT_ESCALATION_LEVELS,
};

/**
 * Alert rules from a stage's settings (lib/config/stage.ts `StageConfig` or `FunctionSettings`),
 * with the escalation defaults.
 * @example alertRulesFrom(readFunctionEnvironment(process.env))
 */
export function alertRulesFrom(settings: {
  thresholds: { killed: number; killedPlusWounded: number };
  maxAlertAgeHours: number | null;
}): AlertRules {
  return {
    ...DEFAULT_ALERT_RULES,
    killed: settings.thresholds.killed,
    killedPlusWounded: settings.thresholds.killedPlusWounded,
    maxAlertAgeHours: settings.maxAlertAgeHours,
  };
}
