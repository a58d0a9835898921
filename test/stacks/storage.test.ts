import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Template } from "aws-cdk-lib/assertions";
import { removeSynthOutput, synthesize } from "./synth";

function onlyTable(template: Template) {
  const tables = Object.values(template.findResources("AWS::DynamoDB::Table"));
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe("Storage stack", () => {
  let prod: Template;
  let dev: Template;

  beforeAll(async () => {
    prod = (await synthesize("prod", {})).storage;
    dev = (await synthesize("dev", {})).storage;
  });
  afterAll(removeSynthOutput);

  // Key names are pinned here on purpose: changing one replaces the table and its data.
  test("keys the table by pk (HASH) and sk (RANGE)", () => {
    expect(onlyTable(prod).Properties.KeySchema).toEqual([
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ]);
  });

  test("declares every key attribute as a string", () => {
    expect(onlyTable(prod).Properties.AttributeDefinitions).toEqual([
      { AttributeName: "pk", AttributeType: "S" },
      { AttributeName: "sk", AttributeType: "S" },
      { AttributeName: "gsi1pk", AttributeType: "S" },
      { AttributeName: "gsi1sk", AttributeType: "S" },
      { AttributeName: "gsi2pk", AttributeType: "S" },
      { AttributeName: "gsi2sk", AttributeType: "S" },
    ]);
  });

  test("has the two global indexes gsi1 and gsi2, projecting all attributes", () => {
    expect(onlyTable(prod).Properties.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: "gsi1",
        KeySchema: [
          { AttributeName: "gsi1pk", KeyType: "HASH" },
          { AttributeName: "gsi1sk", KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      },
      {
        IndexName: "gsi2",
        KeySchema: [
          { AttributeName: "gsi2pk", KeyType: "HASH" },
          { AttributeName: "gsi2sk", KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      },
    ]);
  });

  test("bills on demand, with no provisioned throughput", () => {
    const { Properties } = onlyTable(prod);
    expect(Properties.BillingMode).toBe("PAY_PER_REQUEST");
    expect(Properties.ProvisionedThroughput).toBeUndefined();
  });

  test("enables point-in-time recovery", () => {
    expect(onlyTable(prod).Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  test("expires records by the expiresAt attribute", () => {
    expect(onlyTable(prod).Properties.TimeToLiveSpecification).toEqual({ AttributeName: "expiresAt", Enabled: true });
  });

  test("names the table after stage and app", () => {
    expect(onlyTable(prod).Properties.TableName).toBe("prod-rasd-records");
    expect(onlyTable(dev).Properties.TableName).toBe("dev-rasd-records");
  });

  test("retains the prod table when the stage is removed or the table replaced", () => {
    const table = onlyTable(prod);
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.UpdateReplacePolicy).toBe("Retain");
  });

  test("deletes a dev stage's table with the stage", () => {
    const table = onlyTable(dev);
    expect(table.DeletionPolicy).toBe("Delete");
    expect(table.UpdateReplacePolicy).toBe("Delete");
  });
});
