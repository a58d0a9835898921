import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { Db } from "../../lib/store/client";
import { API_ROUTE_KEYS, fromHttpApiEvent, handleRoute, matchRoute, readApiEnvironment, toHttpApiResult, type HttpApiEvent } from "../../lib/api";
import { startTestDb } from "../support/db";
import { storeEvents } from "../export/fixtures";

let db: Db;
let dynamo: LocalDynamo;

beforeAll(async () => {
  ({ db, dynamo } = await startTestDb());
  await storeEvents(db);
});
afterAll(() => dynamo.close());

/** An HTTP API (payload 2.0) event as API Gateway sends it to a route's function. */
function gatewayEvent(routeKey: string, rawPath: string, fields: Partial<HttpApiEvent> = {}): HttpApiEvent {
  return {
    routeKey,
    rawPath,
    headers: { "Content-Type": "application/json", Authorization: "AWS4-HMAC-SHA256 Credential=…" },
    requestContext: { http: { method: "GET" } },
    ...fields,
  };
}

describe("API Gateway HTTP API events", () => {
  it("answer GET /events with the query's filters as a payload 2.0 result", async () => {
    const event = gatewayEvent("GET /events", "/events", { queryStringParameters: { governorate: "Homs", limit: "1" } });
    const result = toHttpApiResult(await handleRoute("GET /events", { db }, fromHttpApiEvent(event)));
    expect(result.statusCode).toBe(200);
    expect(result.headers["content-type"]).toBe("application/json; charset=utf-8");
    const body = JSON.parse(result.body);
    expect(body.events.map((e: { date: string }) => e.date)).toEqual(["2024-03-20"]);
    expect(typeof body.cursor).toBe("string");
  });

  it("answer GET /events/{id} from the path parameters API Gateway matched", async () => {
    const [first] = JSON.parse((await handleRoute("GET /events", { db }, fromHttpApiEvent(gatewayEvent("GET /events", "/events")))).body).events;
    const event = gatewayEvent("GET /events/{id}", `/events/${first.id}`, { pathParameters: { id: first.id } });
    const result = await handleRoute("GET /events/{id}", { db }, fromHttpApiEvent(event), event.pathParameters);
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body).id).toBe(first.id);
  });

  it("lower-cases header names as the local adapter sees them", () => {
    expect(fromHttpApiEvent(gatewayEvent("GET /map", "/map", { headers: { "X-Api-Key": "k" } })).headers).toEqual({ "x-api-key": "k" });
  });
});

describe("routing", () => {
  it("matches each route key the stack deploys, and only GET", () => {
    expect(API_ROUTE_KEYS).toEqual(["GET /events", "GET /events/{id}", "GET /events.geojson", "GET /map"]);
    expect(matchRoute("GET", "/events")).toEqual({ kind: "route", key: "GET /events", params: {} });
    expect(matchRoute("GET", "/events.geojson")).toEqual({ kind: "route", key: "GET /events.geojson", params: {} });
    expect(matchRoute("GET", "/events/ab12")).toEqual({ kind: "route", key: "GET /events/{id}", params: { id: "ab12" } });
    expect(matchRoute("GET", "/events/a/b")).toEqual({ kind: "not-found" });
    expect(matchRoute("DELETE", "/events/ab12")).toEqual({ kind: "method-not-allowed" });
  });
});

describe("function environment", () => {
  it("reads the table and stage, and names what is missing", () => {
    expect(readApiEnvironment({ RASD_TABLE: "t", RASD_STAGE: "prod" })).toEqual({ tableName: "t", stage: "prod" });
    expect(() => readApiEnvironment({ RASD_STAGE: "prod" })).toThrow("RASD_TABLE is not set");
  });
});
