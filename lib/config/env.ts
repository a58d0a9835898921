// What a deployed function needs of the stage configuration: the names of its environment
// variables and their reading. Kept apart from stage.ts, whose validation (zod) runs at deploy
// time only, so no function bundle carries a schema library.
import type { StageConfig } from "./stage";

/**
 * The SNS message attributes every alert message carries, with their SNS data types.
 * Subscriber filter policies may only name these; the alert publisher sets all of them.
 */
export const ALERT_ATTRIBUTES = {
  governorate: "String",
  killedBest: "Number",
  woundedBest: "Number",
  perpetrator: "String",
  type: "String",
  /** "true" or "false": SNS filters cannot match a Boolean type. */
  escalation: "String",
} as const;

export type AlertAttribute = keyof typeof ALERT_ATTRIBUTES;

/** Names of the environment variables the stacks give the functions (and the functions read). */
export const FUNCTION_ENV = {
  table: "RASD_TABLE",
  topicArn: "RASD_TOPIC_ARN",
  stage: "RASD_STAGE",
  alertKilled: "RASD_ALERT_KILLED",
  alertKilledPlusWounded: "RASD_ALERT_KILLED_PLUS_WOUNDED",
  maxAlertAgeHours: "RASD_MAX_ALERT_AGE_HOURS",
} as const;

/** A stage configuration that cannot be used; `problems` lists every issue, one per line. */
export class StageConfigError extends Error {
  readonly code = "INVALID_STAGE_CONFIG";
  constructor(
    readonly source: string,
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`invalid stage configuration (${source}):\n${problems.map((p) => `  - ${p}`).join("\n")}`, options);
    this.name = "StageConfigError";
  }
}

/** The environment variables every function of the stage receives (names in {@link FUNCTION_ENV}). */
export function functionEnvironment(
  config: StageConfig,
  deployment: { stage: string; tableName: string; topicArn: string },
): Record<string, string> {
  return {
    [FUNCTION_ENV.table]: deployment.tableName,
    [FUNCTION_ENV.topicArn]: deployment.topicArn,
    [FUNCTION_ENV.stage]: deployment.stage,
    [FUNCTION_ENV.alertKilled]: String(config.thresholds.killed),
    [FUNCTION_ENV.alertKilledPlusWounded]: String(config.thresholds.killedPlusWounded),
    [FUNCTION_ENV.maxAlertAgeHours]: String(config.maxAlertAgeHours),
  };
}

/** What a function reads from {@link functionEnvironment} at cold start. */
export interface FunctionSettings {
  tableName: string;
  topicArn: string;
  stage: string;
  thresholds: StageConfig["thresholds"];
  maxAlertAgeHours: number;
}

/**
 * Reads the settings the stacks put in a function's environment; the counterpart of
 * {@link functionEnvironment}. Throws a {@link StageConfigError} naming every missing or bad variable.
 *
 * @example
 * const settings = readFunctionEnvironment(process.env); // in a handler, once per cold start
 */
export function readFunctionEnvironment(env: Record<string, string | undefined>): FunctionSettings {
  const problems: string[] = [];
  const text = (name: string): string => {
    const value = env[name];
    if (value === undefined || value === "") problems.push(`${name} is not set`);
    return value ?? "";
  };
  const positive = (name: string): number => {
    const value = Number(text(name));
    if (env[name] && !(value > 0)) problems.push(`${name} must be a positive number, got "${env[name]}"`);
    return value;
  };
  const settings: FunctionSettings = {
    tableName: text(FUNCTION_ENV.table),
    topicArn: text(FUNCTION_ENV.topicArn),
    stage: text(FUNCTION_ENV.stage),
    thresholds: {
      killed: positive(FUNCTION_ENV.alertKilled),
      killedPlusWounded: positive(FUNCTION_ENV.alertKilledPlusWounded),
    },
    maxAlertAgeHours: positive(FUNCTION_ENV.maxAlertAgeHours),
  };
  if (problems.length > 0) throw new StageConfigError("function environment", problems);
  return settings;
}
