import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestDb } from "../support/db";
import type { LocalDynamo } from "../../lib/local/dynamo";

/** What Lambda's context tells the handler: five minutes left. */
const LAMBDA_CONTEXT = { getRemainingTimeInMillis: () => 300_000 };

// The handler reads its settings at import, as on a cold start; DynamoDB is dynalite through
// the SDK's standard endpoint variable.
let dynamo: LocalDynamo;
let handler: typeof import("../../functions/collect").handler;
beforeAll(async () => {
  const test = await startTestDb();
  dynamo = test.dynamo;
  vi.stubEnv("AWS_ENDPOINT_URL_DYNAMODB", dynamo.endpoint);
  vi.stubEnv("AWS_ACCESS_KEY_ID", "local");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "local");
  vi.stubEnv("AWS_REGION", "us-east-1");
  vi.stubEnv("RASD_TABLE", test.db.table);
  vi.stubEnv("RASD_TOPIC_ARN", "arn:aws:sns:us-east-1:123456789012:rasd-alerts");
  vi.stubEnv("RASD_STAGE", "test");
  vi.stubEnv("RASD_ALERT_KILLED", "5");
  vi.stubEnv("RASD_ALERT_KILLED_PLUS_WOUNDED", "10");
  vi.stubEnv("RASD_MAX_ALERT_AGE_HOURS", "72");
  ({ handler } = await import("../../functions/collect"));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await dynamo.close();
});

describe("collect handler", () => {
  it("refuses a payload without an outlet id, saying what it expects", async () => {
    await expect(handler({}, LAMBDA_CONTEXT)).rejects.toThrow('collect expects {"outletId": "<registry id>"}');
  });

  it("refuses an outlet id that is not in the registry, naming the known ones", async () => {
    await expect(handler({ outletId: "nowhere" }, LAMBDA_CONTEXT)).rejects.toThrow(/unknown outlet "nowhere"; known: .*enab-baladi/);
  });
});
