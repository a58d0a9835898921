import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { Db } from "../../lib/store/client";
import type { ReextractAnswer, ReextractRefusal } from "../../lib/reextract";
import { REEXTRACT_SAFETY_MARGIN_MS } from "../../lib/constants";
import { startTestDb } from "../support/db";
import { quietArticle, storePage } from "./helpers";

// The handler reads its settings at import, as on a cold start; DynamoDB is dynalite through
// the SDK's standard endpoint variable.
let dynamo: LocalDynamo;
let db: Db;
let handler: (event: unknown, context: { getRemainingTimeInMillis(): number }) => Promise<ReextractAnswer | ReextractRefusal>;
beforeAll(async () => {
  ({ db, dynamo } = await startTestDb());
  vi.stubEnv("AWS_ENDPOINT_URL_DYNAMODB", dynamo.endpoint);
  vi.stubEnv("AWS_ACCESS_KEY_ID", "local");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "local");
  vi.stubEnv("AWS_REGION", "us-east-1");
  vi.stubEnv("RASD_TABLE", db.table);
  vi.stubEnv("RASD_TOPIC_ARN", "arn:aws:sns:us-east-1:123456789012:rasd-alerts");
  vi.stubEnv("RASD_STAGE", "test");
  vi.stubEnv("RASD_ALERT_KILLED", "5");
  vi.stubEnv("RASD_ALERT_KILLED_PLUS_WOUNDED", "10");
  vi.stubEnv("RASD_MAX_ALERT_AGE_HOURS", "72");
  vi.spyOn(console, "log").mockImplementation(() => {});
  ({ handler } = await import("../../functions/reextract"));
  await storePage(db, quietArticle("https://www.enabbaladi.net/archives/1", "enab-baladi", "2021-01-10T09:00:00Z"));
  await storePage(db, quietArticle("https://www.enabbaladi.net/archives/2", "enab-baladi", "2021-02-10T09:00:00Z"));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await dynamo.close();
});

const lambdaWith = (remainingMs: number) => ({ getRemainingTimeInMillis: () => remainingMs });

describe("reextract handler", () => {
  it("answers an invalid payload with ok: false and every problem, instead of throwing", async () => {
    expect(await handler({ outlet: "nowhere", since: "2021-13-01", urls: [] }, lambdaWith(900_000))).toEqual({
      ok: false,
      errors: [
        "urls: name at least one URL",
        expect.stringMatching(/^outlet: unknown outlet "nowhere"/),
        'since: "2021-13-01" is not a calendar day as YYYY-MM-DD',
        "(root): choose one of urls, outlet and all, not urls and outlet",
      ],
    });
  });

  it("answers the account of a run as JSON", async () => {
    const answer = (await handler({ all: true, dryRun: true }, lambdaWith(900_000))) as ReextractAnswer;
    expect([answer.ok, answer.done, answer.articles.selected, answer.articles.unchanged]).toEqual([true, true, 2, 2]);
  });

  it("stops with a cursor when the invocation's time is nearly up, and goes on from `next`", async () => {
    // Nothing left after the safety margin: one article per invocation.
    const first = (await handler({ outlet: "enab-baladi" }, lambdaWith(REEXTRACT_SAFETY_MARGIN_MS))) as ReextractAnswer;
    expect([first.done, first.articles.selected, first.next]).toEqual([false, 1, { cursor: first.cursor }]);
    const second = (await handler(JSON.parse(JSON.stringify(first.next)), lambdaWith(REEXTRACT_SAFETY_MARGIN_MS))) as ReextractAnswer;
    expect([second.done, second.articles.selected, second.cursor]).toEqual([true, 1, undefined]);
  });
});
