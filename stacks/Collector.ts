import * as events from "aws-cdk-lib/aws-events";
import * as iam from "aws-cdk-lib/aws-iam";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import { Cron, Function, use, type StackContext } from "sst/constructs";
import { functionEnvironment } from "../lib/config/env";
import { scheduleFor } from "../lib/config/stage";
import {
  COLLECT_MEMORY_MB,
  COLLECT_TIMEOUT_SECONDS,
  REEXTRACT_MEMORY_MB,
  REEXTRACT_TIMEOUT_SECONDS,
} from "../lib/constants";
import { OUTLETS } from "../lib/outlets/registry";
import { Alerts } from "./Alerts";
import { Storage } from "./Storage";
import { useStageConfig } from "./stage";

/** The item and query actions the store uses; no table management, no scans, no transactions (conditional writes only). */
const TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
  "dynamodb:BatchGetItem",
  "dynamodb:BatchWriteItem",
];

function tableAccess(table: ITable): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: TABLE_ACTIONS,
    resources: [table.tableArn, `${table.tableArn}/index/*`],
  });
}

function publishTo(topic: ITopic): iam.PolicyStatement {
  return new iam.PolicyStatement({ actions: ["sns:Publish"], resources: [topic.topicArn] });
}

/** One scheduled collect run per outlet, and the on-demand re-extraction function. */
export function Collector({ stack, app }: StackContext) {
  const { table } = use(Storage);
  const { topic } = use(Alerts);
  const config = useStageConfig(app);
  const shared = {
    environment: functionEnvironment(config, {
      stage: app.stage,
      tableName: table.tableName,
      topicArn: topic.topicArn,
    }),
    permissions: [tableAccess(table), publishTo(topic)],
  };

  const collect = new Function(stack, "Collect", {
    ...shared,
    handler: "functions/collect.handler",
    memorySize: COLLECT_MEMORY_MB,
    timeout: COLLECT_TIMEOUT_SECONDS,
    // The next scheduled run redoes a failed one; retrying at once only hits a failing outlet again.
    retryAttempts: 0,
  });

  // No schedule: run on demand after the extractor changes (`aws lambda invoke`).
  const reextract = new Function(stack, "Reextract", {
    ...shared,
    handler: "functions/reextract.handler",
    memorySize: REEXTRACT_MEMORY_MB,
    timeout: REEXTRACT_TIMEOUT_SECONDS,
    // A partial batch resumes from its cursor when invoked again, by a person, not by a retry.
    retryAttempts: 0,
  });

  // One rule per outlet, so one slow or failing outlet never delays or aborts another.
  for (const outlet of OUTLETS) {
    new Cron(stack, `Collect-${outlet.id}`, {
      schedule: scheduleFor(config, outlet.id),
      job: {
        function: collect,
        cdk: { target: { event: events.RuleTargetInput.fromObject({ outletId: outlet.id }) } },
      },
    });
  }

  stack.addOutputs({
    CollectFunction: collect.functionName,
    ReextractFunction: reextract.functionName,
  });
  return { collect, reextract };
}
