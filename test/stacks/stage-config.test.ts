import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { functionEnvironment, readFunctionEnvironment, StageConfigError } from "../../lib/config/env";
import { loadStageConfig, parseStageConfig, scheduleFor, type StageConfig } from "../../lib/config/stage";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function problemsOf(raw: unknown): string[] {
  try {
    parseStageConfig(raw, "test");
  } catch (error) {
    expect(error).toBeInstanceOf(StageConfigError);
    return (error as StageConfigError).problems;
  }
  throw new Error("expected the configuration to be refused");
}

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function tempRoot(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "rasd-config-"));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return root;
}

describe("stage configuration", () => {
  test("defaults to no subscribers, every 15 minutes, alerts at 5 killed or 10 casualties within 72 h", () => {
    expect(parseStageConfig({}, "test")).toEqual({
      subscribers: [],
      schedule: "rate(15 minutes)",
      thresholds: { killed: 5, killedPlusWounded: 10 },
      maxAlertAgeHours: 72,
    });
  });

  test("lists every problem of an invalid configuration, each with its path", () => {
    const problems = problemsOf({
      subscribers: [
        { email: "not-an-email", filterPolicy: { killed: [10], killedBest: ["10"] } },
        { phone: "+1 555 0100" },
        {},
      ],
      schedule: "rate(5 minute)",
      outletSchedules: { "no-such-outlet": "rate(1 hour)" },
      extra: true,
    });
    expect(problems.map((p) => p.slice(0, p.indexOf(":")))).toEqual([
      "subscribers.0.email",
      "subscribers.0.filterPolicy.killed",
      "subscribers.0.filterPolicy.killedBest.0",
      "subscribers.1.phone",
      "subscribers.2",
      "schedule",
      "(root)",
      "outletSchedules.no-such-outlet",
    ]);
  });

  test("the error message names the source and every problem", () => {
    expect(() => parseStageConfig({ schedule: "every 15 minutes", maxAlertAgeHours: 0 }, "rasd.config.prod.json")).toThrow(
      /^invalid stage configuration \(rasd\.config\.prod\.json\):\n {2}- schedule: .*\n {2}- maxAlertAgeHours: /,
    );
  });

  test("refuses a filter on an attribute alert messages do not carry", () => {
    expect(problemsOf({ subscribers: [{ email: "a@example.com", filterPolicy: { province: ["Idlib"] } }] })).toEqual([
      "subscribers.0.filterPolicy.province: unknown alert attribute; known: governorate, killedBest, woundedBest, perpetrator, type, escalation",
    ]);
  });

  test("refuses string conditions on number attributes and numeric ones on string attributes", () => {
    expect(
      problemsOf({
        subscribers: [
          { email: "a@example.com", filterPolicy: { killedBest: ["10"], governorate: [{ numeric: [">", 1] }] } },
        ],
      }),
    ).toEqual([
      'subscribers.0.filterPolicy.killedBest.0: "10" is not a number',
      "subscribers.0.filterPolicy.governorate.0: operator numeric does not apply to a String attribute",
    ]);
  });

  test('accepts escalation only as the strings "true" and "false"', () => {
    expect(problemsOf({ subscribers: [{ email: "a@example.com", filterPolicy: { escalation: [true, "yes"] } }] })).toEqual([
      "subscribers.0.filterPolicy.escalation.0: true is not a string",
      'subscribers.0.filterPolicy.escalation.1: escalation is "true" or "false", not "yes"',
    ]);
    expect(() =>
      parseStageConfig({ subscribers: [{ email: "a@example.com", filterPolicy: { escalation: ["true"] } }] }, "test"),
    ).not.toThrow();
  });

  test("refuses the same endpoint twice, ignoring case", () => {
    expect(problemsOf({ subscribers: [{ email: "desk@example.com" }, { email: "Desk@example.com" }] })).toEqual([
      "subscribers.1.email: duplicate subscriber Desk@example.com",
    ]);
  });

  test("accepts rate and six-field cron expressions in EventBridge's grammar only", () => {
    for (const ok of ["rate(1 minute)", "rate(2 hours)", "cron(0/15 * * * ? *)"]) {
      expect(parseStageConfig({ schedule: ok }, "test").schedule).toBe(ok);
    }
    expect(problemsOf({ schedule: "rate(1 minutes)" })).toEqual(['schedule: invalid schedule "rate(1 minutes)": use "1 minute"']);
    expect(problemsOf({ schedule: "rate(0 minutes)" })).toEqual([
      'schedule: invalid schedule "rate(0 minutes)": a rate must be at least 1',
    ]);
    expect(problemsOf({ schedule: "cron(0 * * *)" })).toHaveLength(1);
  });

  test("an outlet's own schedule overrides the stage schedule for that outlet only", () => {
    const config = parseStageConfig({ schedule: "rate(20 minutes)", outletSchedules: { alaraby: "rate(1 hour)" } }, "test");
    expect(scheduleFor(config, "alaraby")).toBe("rate(1 hour)");
    expect(scheduleFor(config, "sy24")).toBe("rate(20 minutes)");
  });

  test("the committed example is a valid configuration with placeholder endpoints only", () => {
    const text = readFileSync(path.join(ROOT, "rasd.config.example.json"), "utf8");
    const config = parseStageConfig(JSON.parse(text), "rasd.config.example.json");
    expect(config.subscribers.length).toBeGreaterThan(0);
    for (const s of config.subscribers) {
      if (s.email) expect(s.email).toMatch(/@example\.com$/);
      if (s.phone) expect(s.phone).toMatch(/^\+1555/);
    }
  });
});

describe("loading a stage configuration", () => {
  const TWO_HOURS = JSON.stringify({ schedule: "rate(2 hours)" });

  test("reads rasd.config.<stage>.json from the root", () => {
    const root = tempRoot({ "rasd.config.prod.json": TWO_HOURS });
    expect(loadStageConfig("prod", { root, env: {} }).schedule).toBe("rate(2 hours)");
  });

  test("uses the defaults when the stage has no file", () => {
    const root = tempRoot({ "rasd.config.prod.json": TWO_HOURS });
    expect(loadStageConfig("dev", { root, env: {} }).schedule).toBe("rate(15 minutes)");
  });

  test("RASD_CONFIG wins over the file", () => {
    const root = tempRoot({ "rasd.config.prod.json": TWO_HOURS });
    const env = { RASD_CONFIG: JSON.stringify({ schedule: "rate(3 hours)" }) };
    expect(loadStageConfig("prod", { root, env }).schedule).toBe("rate(3 hours)");
  });

  test("a file that is not JSON fails naming the file", () => {
    const root = tempRoot({ "rasd.config.prod.json": "{ subscribers: [] " });
    expect(() => loadStageConfig("prod", { root, env: {} })).toThrow(
      `invalid stage configuration (${path.join(root, "rasd.config.prod.json")})`,
    );
  });

  test("an invalid RASD_CONFIG fails naming the variable", () => {
    expect(() => loadStageConfig("prod", { root: tempRoot(), env: { RASD_CONFIG: '{"schedule": 15}' } })).toThrow(
      "invalid stage configuration (RASD_CONFIG):\n  - schedule: ",
    );
  });

  test("refuses a stage name that would read outside the root", () => {
    expect(() => loadStageConfig("../etc/x", { root: tempRoot(), env: {} })).toThrow(StageConfigError);
  });
});

describe("function environment", () => {
  const config: StageConfig = parseStageConfig(
    { thresholds: { killed: 3, killedPlusWounded: 8 }, maxAlertAgeHours: 48 },
    "test",
  );

  test("reads back what the stacks write", () => {
    const env = functionEnvironment(config, { stage: "prod", tableName: "prod-rasd-records", topicArn: "arn:aws:sns:eu-central-1:1:t" });
    expect(readFunctionEnvironment(env)).toEqual({
      tableName: "prod-rasd-records",
      topicArn: "arn:aws:sns:eu-central-1:1:t",
      stage: "prod",
      thresholds: { killed: 3, killedPlusWounded: 8 },
      maxAlertAgeHours: 48,
    });
  });

  test("names every missing or invalid variable", () => {
    let error: unknown;
    try {
      readFunctionEnvironment({ RASD_TABLE: "t", RASD_ALERT_KILLED: "five" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StageConfigError);
    expect((error as StageConfigError).problems).toEqual([
      "RASD_TOPIC_ARN is not set",
      "RASD_STAGE is not set",
      'RASD_ALERT_KILLED must be a positive number, got "five"',
      "RASD_ALERT_KILLED_PLUS_WOUNDED is not set",
      "RASD_MAX_ALERT_AGE_HOURS is not set",
    ]);
  });
});
