import { FUNCTION_ENV, StageConfigError } from "../config/env";

/** What an API function reads from its environment at cold start. */
export interface ApiSettings {
  tableName: string;
  stage: string;
}

/** The environment the Api stack gives its functions: the table, read only, and the stage. */
export function apiEnvironment(deployment: ApiSettings): Record<string, string> {
  return { [FUNCTION_ENV.table]: deployment.tableName, [FUNCTION_ENV.stage]: deployment.stage };
}

/**
 * Reads {@link apiEnvironment}'s variables; throws a StageConfigError naming each missing one.
 * @example const { tableName } = readApiEnvironment(process.env);
 */
export function readApiEnvironment(env: Record<string, string | undefined>): ApiSettings {
  const missing = [FUNCTION_ENV.table, FUNCTION_ENV.stage].filter((name) => !env[name]);
  if (missing.length > 0) throw new StageConfigError("function environment", missing.map((name) => `${name} is not set`));
  return { tableName: env[FUNCTION_ENV.table]!, stage: env[FUNCTION_ENV.stage]! };
}
