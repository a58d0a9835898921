import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  DEFAULT_ALERT_KILLED,
  DEFAULT_ALERT_KILLED_PLUS_WOUNDED,
  DEFAULT_COLLECT_SCHEDULE,
  DEFAULT_MAX_ALERT_AGE_HOURS,
} from "../constants";
import { OUTLETS } from "../outlets/registry";
import { ALERT_ATTRIBUTES, StageConfigError, type AlertAttribute } from "./env";

/** Environment variable holding a whole stage configuration as JSON; wins over the file. */
export const CONFIG_ENV_VAR = "RASD_CONFIG";

// SNS filter-policy operators by the attribute type they apply to (SNS "Subscription filter policies").
const STRING_OPERATORS = ["prefix", "suffix", "anything-but", "equals-ignore-case", "exists"] as const;
const NUMBER_OPERATORS = ["numeric", "anything-but", "exists"] as const;
const ESCALATION_VALUES = ["true", "false"] as const;

// EventBridge accepts `rate(1 minute)` but not `rate(1 minutes)` nor `rate(5 minute)`.
const RATE_EXPRESSION = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;
// EventBridge cron has six fields: minutes hours day-of-month month day-of-week year.
const CRON_EXPRESSION = /^cron\((\S+ ){5}\S+\)$/;
// SST stage names; also keeps the stage from reaching outside the project root as a file name.
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;

function scheduleProblem(expression: string): string | null {
  const rate = RATE_EXPRESSION.exec(expression);
  if (rate) {
    const [, amount, unit] = rate;
    if (Number(amount) === 0) return "a rate must be at least 1";
    const singular = !unit.endsWith("s");
    if ((Number(amount) === 1) !== singular) return `use "${amount} ${singular ? unit + "s" : unit.slice(0, -1)}"`;
    return null;
  }
  if (CRON_EXPRESSION.test(expression)) return null;
  return 'expected "rate(N minutes|hours|days)" or "cron(m h dom mon dow year)"';
}

/** An EventBridge schedule expression, the shape SST's `Cron` accepts. */
export type ScheduleExpression = `rate(${string})` | `cron(${string})`;

const Schedule = z
  .string()
  .superRefine((value, ctx) => {
    const problem = scheduleProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `invalid schedule "${value}": ${problem}` });
  })
  // Only reached when the check above passed.
  .transform((value) => value as ScheduleExpression);

/** One condition of an SNS filter policy that fits an attribute of this type. */
function conditionProblem(attribute: AlertAttribute, condition: unknown): string | null {
  const type = ALERT_ATTRIBUTES[attribute];
  if (typeof condition === "object" && condition !== null && !Array.isArray(condition)) {
    const operators: readonly string[] = type === "Number" ? NUMBER_OPERATORS : STRING_OPERATORS;
    const unknown = Object.keys(condition).filter((op) => !operators.includes(op));
    return unknown.length === 0 ? null : `operator ${unknown.join(", ")} does not apply to a ${type} attribute`;
  }
  if (type === "Number") return typeof condition === "number" ? null : `${JSON.stringify(condition)} is not a number`;
  if (typeof condition !== "string") return `${JSON.stringify(condition)} is not a string`;
  // The publisher sends escalation as the string "true"/"false"; anything else never matches.
  if (attribute === "escalation" && !(ESCALATION_VALUES as readonly string[]).includes(condition)) {
    return `escalation is "true" or "false", not ${JSON.stringify(condition)}`;
  }
  return null;
}

const FilterPolicy = z.record(z.string(), z.unknown()).superRefine((policy, ctx) => {
  for (const [attribute, conditions] of Object.entries(policy)) {
    if (!(attribute in ALERT_ATTRIBUTES)) {
      ctx.addIssue({
        code: "custom",
        path: [attribute],
        message: `unknown alert attribute; known: ${Object.keys(ALERT_ATTRIBUTES).join(", ")}`,
      });
      continue;
    }
    if (!Array.isArray(conditions) || conditions.length === 0) {
      ctx.addIssue({ code: "custom", path: [attribute], message: "expected a non-empty array of conditions" });
      continue;
    }
    conditions.forEach((condition, i) => {
      const problem = conditionProblem(attribute as AlertAttribute, condition);
      if (problem) ctx.addIssue({ code: "custom", path: [attribute, i], message: problem });
    });
  }
});

const Subscriber = z
  .strictObject({
    email: z.email().optional(),
    // SNS SMS needs E.164: a plus sign, country code and number, no spaces.
    phone: z.e164().optional(),
    filterPolicy: FilterPolicy.optional(),
  })
  .refine((s) => s.email !== undefined || s.phone !== undefined, {
    message: "a subscriber needs an email or a phone",
  });

const Thresholds = z.strictObject({
  /** Alert when the best estimate of killed reaches this. */
  killed: z.number().int().positive().default(DEFAULT_ALERT_KILLED),
  /** Alert when killed plus wounded (best estimates) reaches this. */
  killedPlusWounded: z.number().int().positive().default(DEFAULT_ALERT_KILLED_PLUS_WOUNDED),
});

/** How callers of the read API prove who they are; the API is never open. */
export const API_AUTH_MODES = ["iam", "apiKey"] as const;
export type ApiAuthMode = (typeof API_AUTH_MODES)[number];

const ApiSettings = z.strictObject({
  /**
   * "iam" (default): SigV4-signed requests from principals allowed to call the API.
   * "apiKey": an `x-api-key` header holding the stage's secret RASD_API_KEY
   * (`npx sst secrets set RASD_API_KEY <key> --stage <stage>`), checked by a Lambda authorizer.
   */
  auth: z.enum(API_AUTH_MODES).default("iam"),
});

const StageConfigSchema = z
  .strictObject({
    subscribers: z.array(Subscriber).default([]),
    schedule: Schedule.default(DEFAULT_COLLECT_SCHEDULE),
    outletSchedules: z.record(z.string(), Schedule).optional(),
    thresholds: Thresholds.default({
      killed: DEFAULT_ALERT_KILLED,
      killedPlusWounded: DEFAULT_ALERT_KILLED_PLUS_WOUNDED,
    }),
    maxAlertAgeHours: z.number().positive().default(DEFAULT_MAX_ALERT_AGE_HOURS),
    // Optional, without a default, so a configuration that does not mention the API reads as before.
    api: ApiSettings.optional(),
  })
  .superRefine((config, ctx) => {
    const known = new Set(OUTLETS.map((o) => o.id));
    for (const id of Object.keys(config.outletSchedules ?? {})) {
      if (!known.has(id)) {
        ctx.addIssue({ code: "custom", path: ["outletSchedules", id], message: `unknown outlet "${id}"` });
      }
    }
    // Subscriptions are keyed by endpoint, so the same endpoint twice would be one resource defined twice.
    const seen = new Set<string>();
    config.subscribers.forEach((s, i) => {
      for (const [field, endpoint] of [["email", s.email], ["phone", s.phone]] as const) {
        if (endpoint === undefined) continue;
        const key = endpoint.toLowerCase();
        if (seen.has(key)) {
          ctx.addIssue({ code: "custom", path: ["subscribers", i, field], message: `duplicate subscriber ${endpoint}` });
        }
        seen.add(key);
      }
    });
  });

/** One deployment stage's settings: who is alerted, how often outlets are polled, alert rules. */
export type StageConfig = z.output<typeof StageConfigSchema>;
export type Subscriber = StageConfig["subscribers"][number];

/**
 * Validates a parsed stage configuration and fills in defaults.
 * Throws a {@link StageConfigError} listing every problem, not just the first.
 *
 * @example
 * parseStageConfig({ subscribers: [{ email: "desk@example.com" }] }, "test").schedule // "rate(15 minutes)"
 */
export function parseStageConfig(raw: unknown, source: string): StageConfig {
  const result = StageConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join(".") : "(root)";
    return `${where}: ${issue.message}`;
  });
  throw new StageConfigError(source, problems);
}

/** The file a stage's configuration is read from: `rasd.config.<stage>.json` in the project root. */
export function stageConfigPath(stage: string, root: string): string {
  if (!STAGE_NAME.test(stage)) {
    throw new StageConfigError(stage, [`stage name "${stage}" must be letters, digits and hyphens, starting with a letter`]);
  }
  return path.join(root, `rasd.config.${stage}.json`);
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StageConfigError(source, [`not valid JSON: ${(error as Error).message}`], { cause: error });
  }
}

/**
 * Loads a stage's configuration: from the `RASD_CONFIG` environment variable (JSON) when set,
 * else from `rasd.config.<stage>.json` in `root`, else the defaults (no subscribers).
 *
 * @example
 * const config = loadStageConfig("prod", { root: process.cwd(), env: process.env });
 */
export function loadStageConfig(
  stage: string,
  { root, env }: { root: string; env: Record<string, string | undefined> },
): StageConfig {
  const file = stageConfigPath(stage, root);
  const fromEnv = env[CONFIG_ENV_VAR];
  if (fromEnv !== undefined && fromEnv.trim() !== "") {
    return parseStageConfig(parseJson(fromEnv, CONFIG_ENV_VAR), CONFIG_ENV_VAR);
  }
  if (existsSync(file)) return parseStageConfig(parseJson(readFileSync(file, "utf8"), file), file);
  return parseStageConfig({}, "defaults");
}

/** The read API's authentication: the stage's choice, IAM when it makes none. */
export function apiAuthMode(config: StageConfig): ApiAuthMode {
  return config.api?.auth ?? "iam";
}

/** The schedule expression for one outlet: its own when the stage sets one, else the stage's. */
export function scheduleFor(config: StageConfig, outletId: string): ScheduleExpression {
  return config.outletSchedules?.[outletId] ?? config.schedule;
}
