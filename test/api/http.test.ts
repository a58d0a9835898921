import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "undici";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { startLocalApi, type LocalApi } from "../../lib/api";
import { startTestDb } from "../support/db";
import { TRICKY_EVIDENCE, storeEvents } from "../export/fixtures";

const KEY = "test-key-0123456789abcdefghij";
let dynamo: LocalDynamo;
let api: LocalApi;

beforeAll(async () => {
  const test = await startTestDb();
  dynamo = test.dynamo;
  await storeEvents(test.db);
  api = await startLocalApi({ db: test.db, apiKeys: [KEY], now: () => new Date("2024-03-21T00:00:00Z") });
});
afterAll(async () => {
  await api?.close();
  await dynamo?.close();
});

async function get(path: string, key: string | null = KEY, method: "GET" | "POST" = "GET") {
  const response = await request(`${api.url}${path}`, { method, headers: key === null ? {} : { "x-api-key": key } });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, text, json: () => JSON.parse(text) };
}

describe("the local API's authentication", () => {
  it("refuses every route without an API key with 401, and with a wrong one with 403", async () => {
    for (const path of ["/events", "/events/0123456789abcdef", "/events.geojson", "/map", "/nowhere"]) {
      const missing = await get(path, null);
      expect([path, missing.status]).toEqual([path, 401]);
      expect(missing.json().error.code).toBe("UNAUTHORIZED");
      const wrong = await get(path, "not-the-key-0123456789abcdefgh");
      expect([path, wrong.status]).toEqual([path, 403]);
      expect(wrong.text).not.toContain("Sawana");
    }
  });

  it("refuses to start without a key", async () => {
    await expect(startLocalApi({ db: {} as never, apiKeys: [] })).rejects.toThrow("never open");
  });
});

describe("GET /events", () => {
  it("answers every event with its reports, newest first, and no cursor after the last", async () => {
    const res = await get("/events");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("private, no-store");
    const body = res.json();
    expect(body.events.map((e: { date: string }) => e.date)).toEqual(["2024-03-20", "2024-02-27", "2024-01-22", "2022-04-16", "2020-11-25"]);
    expect(body.events[4].reports).toHaveLength(3);
    expect(body.cursor).toBeNull();
  });

  it("pages with limit and the opaque cursor, each event once", async () => {
    const dates: string[] = [];
    let path = "/events?limit=2";
    for (let pages = 0; pages < 5; pages++) {
      const body = (await get(path)).json();
      dates.push(...body.events.map((e: { date: string }) => e.date));
      if (!body.cursor) break;
      path = `/events?limit=2&cursor=${encodeURIComponent(body.cursor)}`;
    }
    expect(dates).toEqual(["2024-03-20", "2024-02-27", "2024-01-22", "2022-04-16", "2020-11-25"]);
  });

  it("applies the export filters: since, until, governorate, min-killed", async () => {
    const dates = async (q: string) => (await get(`/events?${q}`)).json().events.map((e: { date: string }) => e.date);
    expect(await dates("since=2024-01-22&until=2024-02-27")).toEqual(["2024-02-27", "2024-01-22"]);
    expect(await dates("governorate=Homs")).toEqual(["2024-03-20", "2020-11-25"]);
    expect(await dates("governorate=Deir%20ez-Zor")).toEqual(["2024-01-22"]);
    expect(await dates("min-killed=5")).toEqual(["2020-11-25"]);
    expect(await dates("since=2023-01-01&until=2023-12-31")).toEqual([]);
  });

  it("answers a bad filter, limit or cursor with 400 and a stable code", async () => {
    const cases: [string, string][] = [
      ["/events?since=last-week", "INVALID_EVENT_FILTER"],
      ["/events?min-killed=five", "INVALID_EVENT_FILTER"],
      ["/events?governorate=Atlantis", "INVALID_EVENT_FILTER"],
      ["/events?limit=0", "INVALID_EVENT_FILTER"],
      ["/events?limit=201", "INVALID_EVENT_FILTER"],
      ["/events?cursor=bm9wZQ", "INVALID_CURSOR"],
    ];
    for (const [path, code] of cases) {
      const res = await get(path);
      expect([path, res.status, res.json().error.code]).toEqual([path, 400, code]);
    }
  });
});

describe("GET /events/{id}", () => {
  it("answers one event with its reports and their Arabic evidence", async () => {
    const [listed] = (await get("/events?since=2024-01-22&until=2024-01-22")).json().events;
    const res = await get(`/events/${listed.id}`);
    expect(res.status).toBe(200);
    const event = res.json();
    expect(event.id).toBe(listed.id);
    expect(event.reports[0].incident.evidence).toEqual([TRICKY_EVIDENCE]);
  });

  it("answers 404 for an id no event has, well-formed or not", async () => {
    expect((await get("/events/0123456789abcdef")).status).toBe(404);
    expect((await get("/events/..%2F..%2Fetc")).status).toBe(404);
    expect((await get("/events/%E0%A4%A")).status).toBe(404);
  });
});

describe("GET /events.geojson and GET /map", () => {
  it("answers a GeoJSON FeatureCollection with the filters applied", async () => {
    const res = await get("/events.geojson?governorate=Homs");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/geo+json; charset=utf-8");
    const collection = res.json();
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((f: { properties: { event_date: string } }) => f.properties.event_date)).toEqual(["2024-03-20", "2020-11-25"]);
    expect(collection.features[0].geometry).toEqual({ type: "Point", coordinates: [38.8711, 34.88533] });
    expect(collection.cursor).toBeNull();
  });

  it("answers the map page with the events embedded and a policy that forbids any request", async () => {
    const res = await get("/map?since=2024-01-01");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-security-policy"]).toMatch(/^default-src 'none'; /);
    const data = JSON.parse(/id="rasd-data">([^]*?)<\/script>/.exec(res.text)![1]);
    expect(data.events.map((e: { date: string }) => e.date)).toEqual(["2024-03-20", "2024-02-27", "2024-01-22"]);
  });

  it("answers 405 to anything but GET and 404 to an unknown path", async () => {
    expect((await get("/events", KEY, "POST")).status).toBe(405);
    expect((await get("/admin")).status).toBe(404);
  });
});
