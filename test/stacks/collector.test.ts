import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Template } from "aws-cdk-lib/assertions";
import { OUTLETS } from "../../lib/outlets/registry";
import { removeSynthOutput, synthesize, type Synthesized } from "./synth";

// Non-default values throughout, so each assertion proves the value came from the config.
const FIRST_OUTLET = OUTLETS[0].id;
const CONFIG = {
  schedule: "rate(20 minutes)",
  outletSchedules: { [FIRST_OUTLET]: "rate(1 hour)" },
  thresholds: { killed: 3, killedPlusWounded: 8 },
  maxAlertAgeHours: 48,
};

type Json = unknown;
interface Resource {
  Type: string;
  Properties: Record<string, Json>;
}

/** Replaces each cross-stack `Fn::ImportValue` with the value the exporting stack gives it. */
function resolveImports(value: Json, exports: Map<string, Json>): Json {
  if (Array.isArray(value)) return value.map((v) => resolveImports(v, exports));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, Json>;
  if (typeof record["Fn::ImportValue"] === "string") {
    const name = record["Fn::ImportValue"];
    if (!exports.has(name)) throw new Error(`no stack exports ${name}`);
    return exports.get(name);
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolveImports(v, exports)]));
}

function exportsOf(...templates: Template[]): Map<string, Json> {
  const exports = new Map<string, Json>();
  for (const template of templates) {
    const outputs = (template.toJSON().Outputs ?? {}) as Record<string, { Value: Json; Export?: { Name: string } }>;
    for (const output of Object.values(outputs)) if (output.Export) exports.set(output.Export.Name, output.Value);
  }
  return exports;
}

function onlyLogicalId(template: Template, type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0];
}

describe("Collector stack", () => {
  let s: Synthesized;
  let collector: Record<string, Resource>;
  let functions: Record<string, Resource>;
  let tableArn: Json;
  let topicArn: Json;
  let tableName: Json;

  /** Our function of that construct id (SST adds its own CustomResourceHandler to every stack). */
  function fn(name: "collect" | "reextract"): { id: string; props: Record<string, Json> } {
    const prefix = name === "collect" ? "Collect" : "Reextract";
    const found = Object.entries(functions).filter(([id]) => new RegExp(`^${prefix}[0-9A-F]{8}$`).test(id));
    expect(found).toHaveLength(1);
    return { id: found[0][0], props: found[0][1].Properties };
  }

  function resourcesOfType(type: string): Resource[] {
    return Object.values(collector).filter((r) => r.Type === type);
  }

  beforeAll(async () => {
    // Not bundled (see bundle.test.ts): these tests hold whatever state the handlers' code is in.
    s = await synthesize("prod", CONFIG);
    const exports = exportsOf(s.storage, s.alerts);
    collector = resolveImports(s.collector.toJSON().Resources, exports) as Record<string, Resource>;
    functions = Object.fromEntries(Object.entries(collector).filter(([, r]) => r.Type === "AWS::Lambda::Function"));
    const table = onlyLogicalId(s.storage, "AWS::DynamoDB::Table");
    tableArn = { "Fn::GetAtt": [table, "Arn"] };
    tableName = { Ref: table };
    topicArn = { Ref: onlyLogicalId(s.alerts, "AWS::SNS::Topic") };
  });
  afterAll(removeSynthOutput);

  describe("schedules", () => {
    test("creates exactly one schedule rule per registry outlet", () => {
      s.collector.resourceCountIs("AWS::Events::Rule", OUTLETS.length);
    });

    test("each outlet's rule invokes collect with that outlet's id as the payload", () => {
      const collectArn = { "Fn::GetAtt": [fn("collect").id, "Arn"] };
      const payloads = resourcesOfType("AWS::Events::Rule").map((rule) => {
        const targets = rule.Properties.Targets as { Arn: Json; Input: string }[];
        expect(targets).toHaveLength(1);
        expect(targets[0].Arn).toEqual(collectArn);
        return JSON.parse(targets[0].Input);
      });
      expect(payloads).toEqual(OUTLETS.map((o) => ({ outletId: o.id })));
    });

    test("uses the stage schedule, and an outlet's own schedule where the stage sets one", () => {
      const byOutlet = Object.fromEntries(
        resourcesOfType("AWS::Events::Rule").map((rule) => {
          const [target] = rule.Properties.Targets as { Input: string }[];
          return [JSON.parse(target.Input).outletId, rule.Properties.ScheduleExpression];
        }),
      );
      expect(byOutlet[FIRST_OUTLET]).toBe("rate(1 hour)");
      for (const outlet of OUTLETS.slice(1)) expect(byOutlet[outlet.id]).toBe("rate(20 minutes)");
    });

    test("defaults to every 15 minutes", async () => {
      const { collector: defaults } = await synthesize("dev", {});
      const expressions = Object.values(defaults.findResources("AWS::Events::Rule")).map(
        (r) => r.Properties.ScheduleExpression,
      );
      expect(new Set(expressions)).toEqual(new Set(["rate(15 minutes)"]));
      expect(expressions).toHaveLength(OUTLETS.length);
    });

    test("gives reextract no schedule: no rule targets it and EventBridge may not invoke it", () => {
      const reextractArn = { "Fn::GetAtt": [fn("reextract").id, "Arn"] };
      const targets = resourcesOfType("AWS::Events::Rule").flatMap((r) => r.Properties.Targets as { Arn: Json }[]);
      expect(targets.filter((t) => JSON.stringify(t.Arn) === JSON.stringify(reextractArn))).toEqual([]);
      // One invoke permission per rule, all on collect.
      const invokable = resourcesOfType("AWS::Lambda::Permission").map((p) => [
        p.Properties.Principal,
        p.Properties.FunctionName,
      ]);
      expect(invokable).toEqual(OUTLETS.map(() => ["events.amazonaws.com", { "Fn::GetAtt": [fn("collect").id, "Arn"] }]));
    });
  });

  describe("functions", () => {
    test("runs both functions on arm64", () => {
      expect(fn("collect").props.Architectures).toEqual(["arm64"]);
      expect(fn("reextract").props.Architectures).toEqual(["arm64"]);
    });

    test("gives collect 1024 MB and 5 minutes", () => {
      expect(fn("collect").props.MemorySize).toBe(1024);
      expect(fn("collect").props.Timeout).toBe(300);
    });

    test("gives reextract 1024 MB and 15 minutes", () => {
      expect(fn("reextract").props.MemorySize).toBe(1024);
      expect(fn("reextract").props.Timeout).toBe(900);
    });

    test("passes table, topic, stage and the stage's alert rules in the environment", () => {
      for (const name of ["collect", "reextract"] as const) {
        const { Variables } = fn(name).props.Environment as { Variables: Record<string, Json> };
        expect(Variables).toMatchObject({
          RASD_TABLE: tableName,
          RASD_TOPIC_ARN: topicArn,
          RASD_STAGE: "prod",
          RASD_ALERT_KILLED: "3",
          RASD_ALERT_KILLED_PLUS_WOUNDED: "8",
          RASD_MAX_ALERT_AGE_HOURS: "48",
        });
      }
    });

    test("does not retry a failed run: the next scheduled run redoes it", () => {
      const configs = resourcesOfType("AWS::Lambda::EventInvokeConfig");
      expect(configs.map((c) => c.Properties.FunctionName)).toEqual([
        { Ref: fn("collect").id },
        { Ref: fn("reextract").id },
      ]);
      for (const c of configs) expect(c.Properties.MaximumRetryAttempts).toBe(0);
    });
  });

  describe("permissions", () => {
    type Statement = { Action: string | string[]; Resource: Json | Json[]; Effect: string };
    const asList = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
    const indexArn = () => ({ "Fn::Join": ["", [tableArn, "/index/*"]] });

    function statementsOf(name: "collect" | "reextract"): Statement[] {
      const role = (fn(name).props.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
      return resourcesOfType("AWS::IAM::Policy")
        .filter((p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: role }]))
        .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    }

    test("every DynamoDB or SNS statement names the table's or topic's ARN, never *", () => {
      const statements = resourcesOfType("AWS::IAM::Policy").flatMap(
        (p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
      );
      const dataStatements = statements.filter((st) => asList(st.Action).some((a) => /^(dynamodb|sns):/.test(a)));
      expect(dataStatements).toHaveLength(4); // table + topic, for each of the two functions
      for (const st of dataStatements) {
        const allowed = asList(st.Action).every((a) => a.startsWith("dynamodb:"))
          ? [tableArn, indexArn()]
          : [topicArn];
        for (const resource of asList(st.Resource)) {
          expect(resource).not.toBe("*");
          expect(allowed).toContainEqual(resource);
        }
      }
    });

    test("grants each function item and query access on the table and its indexes only", () => {
      for (const name of ["collect", "reextract"] as const) {
        const dynamo = statementsOf(name).filter((st) => asList(st.Action).some((a) => a.startsWith("dynamodb:")));
        expect(dynamo).toEqual([
          {
            Effect: "Allow",
            Action: [
              "dynamodb:GetItem",
              "dynamodb:PutItem",
              "dynamodb:UpdateItem",
              "dynamodb:DeleteItem",
              "dynamodb:Query",
              "dynamodb:BatchGetItem",
              "dynamodb:BatchWriteItem",
            ],
            Resource: [tableArn, indexArn()],
          },
        ]);
      }
    });

    test("grants no transaction action: the store uses none (conditional writes only)", () => {
      for (const name of ["collect", "reextract"] as const) {
        const actions = statementsOf(name).flatMap((st) => asList(st.Action));
        expect(actions.filter((a) => /ConditionCheck|Transact/.test(a))).toEqual([]);
      }
    });

    test("grants each function sns:Publish on the alert topic only", () => {
      for (const name of ["collect", "reextract"] as const) {
        const sns = statementsOf(name).filter((st) => asList(st.Action).some((a) => a.startsWith("sns:")));
        expect(sns).toEqual([{ Effect: "Allow", Action: "sns:Publish", Resource: topicArn }]);
      }
    });
  });
});
