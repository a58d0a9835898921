import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Template } from "aws-cdk-lib/assertions";
import { getStack } from "sst/constructs";
import { Api, API_TABLE_ACTIONS } from "../../stacks/Api";
import { removeSynthOutput, synthesize } from "./synth";

type Json = unknown;
interface Resource {
  Type: string;
  Properties: Record<string, Json>;
}

const ROUTES = ["GET /events", "GET /events.geojson", "GET /events/{id}", "GET /map"];

/** Replaces each cross-stack `Fn::ImportValue` with the value the exporting stack gives it. */
function resolveImports(value: Json, exports: Map<string, Json>): Json {
  if (Array.isArray(value)) return value.map((v) => resolveImports(v, exports));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, Json>;
  if (typeof record["Fn::ImportValue"] === "string") return exports.get(record["Fn::ImportValue"]) ?? record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolveImports(v, exports)]));
}

async function synthesizeApi(config: unknown): Promise<{ api: Record<string, Resource>; tableArn: Json; tableName: Json }> {
  const { storage } = await synthesize("prod", config);
  const exports = new Map<string, Json>();
  const outputs = (storage.toJSON().Outputs ?? {}) as Record<string, { Value: Json; Export?: { Name: string } }>;
  for (const output of Object.values(outputs)) if (output.Export) exports.set(output.Export.Name, output.Value);
  const [table] = Object.keys(storage.findResources("AWS::DynamoDB::Table"));
  const api = resolveImports(Template.fromStack(getStack(Api)).toJSON().Resources, exports) as Record<string, Resource>;
  return { api, tableArn: { "Fn::GetAtt": [table, "Arn"] }, tableName: { Ref: table } };
}

const ofType = (resources: Record<string, Resource>, type: string) => Object.values(resources).filter((r) => r.Type === type);

describe("Api stack", () => {
  afterAll(removeSynthOutput);

  describe("by default (IAM)", () => {
    let api: Record<string, Resource>;
    let tableArn: Json;
    let tableName: Json;
    beforeAll(async () => {
      ({ api, tableArn, tableName } = await synthesizeApi({}));
    });

    test("serves the four read routes and nothing else", () => {
      expect(ofType(api, "AWS::ApiGatewayV2::Route").map((r) => r.Properties.RouteKey).sort()).toEqual(ROUTES);
    });

    test("puts IAM authorization on every route: none is open", () => {
      const routes = ofType(api, "AWS::ApiGatewayV2::Route");
      expect(routes).toHaveLength(4);
      for (const route of routes) expect(route.Properties.AuthorizationType).toBe("AWS_IAM");
      expect(ofType(api, "AWS::ApiGatewayV2::Authorizer")).toEqual([]);
    });

    test("lets the functions only get, query and batch-get the table and its indexes", () => {
      const statements = ofType(api, "AWS::IAM::Policy").flatMap(
        (p) => (p.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: Json }[] }).Statement,
      );
      const dynamo = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith("dynamodb:")));
      // One policy per route function.
      expect(dynamo).toHaveLength(4);
      for (const s of dynamo) {
        expect([s.Action].flat().sort()).toEqual(["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:Query"]);
        expect(s.Resource).toEqual([tableArn, { "Fn::Join": ["", [tableArn, "/index/*"]] }]);
      }
      expect(API_TABLE_ACTIONS).toHaveLength(3);
    });

    test("gives the functions the table name and stage, and no topic", () => {
      const functions = ofType(api, "AWS::Lambda::Function").filter((f) => (f.Properties.Environment as { Variables?: Record<string, Json> } | undefined)?.Variables?.RASD_TABLE);
      expect(functions).toHaveLength(4);
      for (const f of functions) {
        const vars = (f.Properties.Environment as { Variables: Record<string, Json> }).Variables;
        expect(vars.RASD_TABLE).toEqual(tableName);
        expect(vars.RASD_STAGE).toBe("prod");
        expect(vars.RASD_TOPIC_ARN).toBeUndefined();
      }
    });

    test("throttles every route", () => {
      const [stage] = ofType(api, "AWS::ApiGatewayV2::Stage");
      expect(stage.Properties.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 });
    });
  });

  describe('with "api": { "auth": "apiKey" }', () => {
    let api: Record<string, Resource>;
    beforeAll(async () => {
      ({ api } = await synthesizeApi({ api: { auth: "apiKey" } }));
    });

    test("puts the x-api-key Lambda authorizer on every route: none is open", () => {
      const [authorizer] = Object.entries(api).filter(([, r]) => r.Type === "AWS::ApiGatewayV2::Authorizer");
      expect(authorizer[1].Properties).toMatchObject({
        AuthorizerType: "REQUEST",
        IdentitySource: ["$request.header.x-api-key"],
        EnableSimpleResponses: true,
        AuthorizerPayloadFormatVersion: "2.0",
        AuthorizerResultTtlInSeconds: 300,
      });
      const routes = ofType(api, "AWS::ApiGatewayV2::Route");
      expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(ROUTES);
      for (const route of routes) {
        expect(route.Properties.AuthorizationType).toBe("CUSTOM");
        expect(route.Properties.AuthorizerId).toEqual({ Ref: authorizer[0] });
      }
    });
  });
});
