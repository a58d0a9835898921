import * as iam from "aws-cdk-lib/aws-iam";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { Api as HttpApi, Config, Function, use, type ApiProps, type StackContext } from "sst/constructs";
import { apiAuthMode } from "../lib/config/stage";
import { API_KEY_HEADER, API_ROUTE_KEYS, apiEnvironment, type ApiRouteKey } from "../lib/api";
import {
  API_AUTHORIZER_CACHE_SECONDS,
  API_MEMORY_MB,
  API_THROTTLE_BURST,
  API_THROTTLE_RATE_PER_SECOND,
  API_TIMEOUT_SECONDS,
} from "../lib/constants";
import { Storage } from "./Storage";
import { useStageConfig } from "./stage";

/** The handler of each route (lib/api/types.ts lists the routes; a new one fails to compile here until it has a handler). */
const HANDLERS: Record<ApiRouteKey, string> = {
  "GET /events": "functions/api/events.list",
  "GET /events/{id}": "functions/api/events.get",
  "GET /events.geojson": "functions/api/events.geojson",
  "GET /map": "functions/api/map.handler",
};

/** Reads only: items, queries and batch reads; no writes, no scans, no table management. */
export const API_TABLE_ACTIONS = ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"];

function readOnly(table: ITable): iam.PolicyStatement {
  return new iam.PolicyStatement({ actions: API_TABLE_ACTIONS, resources: [table.tableArn, `${table.tableArn}/index/*`] });
}

/**
 * The read API (API Gateway HTTP API): events, one event, GeoJSON and the map page. Never open:
 * every route needs IAM (SigV4) authorization, or — when the stage configuration says
 * `"api": { "auth": "apiKey" }` — an `x-api-key` header holding the stage secret RASD_API_KEY.
 */
export function Api({ stack, app }: StackContext) {
  const { table } = use(Storage);
  const mode = apiAuthMode(useStageConfig(app));

  let authorizers: ApiProps["authorizers"];
  if (mode === "apiKey") {
    const secret = new Config.Secret(stack, "RASD_API_KEY");
    authorizers = {
      apiKey: {
        type: "lambda",
        function: new Function(stack, "Authorize", { handler: "functions/api/authorize.handler", bind: [secret] }),
        responseTypes: ["simple"],
        // API Gateway answers 401 itself when the header is missing, without calling the function.
        identitySource: [`$request.header.${API_KEY_HEADER}`],
        resultsCacheTtl: `${API_AUTHORIZER_CACHE_SECONDS} seconds`,
      },
    };
  }

  const api = new HttpApi(stack, "Api", {
    authorizers,
    defaults: {
      authorizer: mode === "apiKey" ? "apiKey" : "iam",
      throttle: { rate: API_THROTTLE_RATE_PER_SECOND, burst: API_THROTTLE_BURST },
      function: {
        environment: apiEnvironment({ tableName: table.tableName, stage: app.stage }),
        permissions: [readOnly(table)],
        memorySize: API_MEMORY_MB,
        timeout: API_TIMEOUT_SECONDS,
      },
    },
    routes: Object.fromEntries(API_ROUTE_KEYS.map((key) => [key, HANDLERS[key]])),
  });

  stack.addOutputs({ ApiUrl: api.url, ApiAuth: mode });
  return { api };
}
