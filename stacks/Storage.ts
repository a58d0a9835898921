import { RemovalPolicy } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type { StackContext } from "sst/constructs";
import { GLOBAL_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from "../lib/store/schema";
import { isProductionStage } from "./stage";

// lib/store/schema.ts says every key attribute is a string.
const stringKey = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

/** The single table of every record kind, keyed as `lib/store/schema.ts` defines. */
export function Storage({ stack, app }: StackContext) {
  const table = new dynamodb.Table(stack, "Table", {
    tableName: app.logicalPrefixedName("records"),
    partitionKey: stringKey(TABLE_KEYS.partitionKey),
    sortKey: stringKey(TABLE_KEYS.sortKey),
    // Traffic is a burst every 15 minutes and idle between: on-demand costs less than provisioned.
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    // The incident history is the product; a bad re-extraction run must be recoverable.
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    timeToLiveAttribute: TTL_ATTRIBUTE,
    removalPolicy: isProductionStage(app.stage) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
  for (const index of GLOBAL_INDEXES) {
    table.addGlobalSecondaryIndex({
      indexName: index.name,
      partitionKey: stringKey(index.partitionKey),
      sortKey: stringKey(index.sortKey),
    });
  }
  stack.addOutputs({ TableName: table.tableName });
  return { table };
}
