import type { Db } from "../store/client";
import type { ApiRequest, ApiResponse, ApiRouteKey } from "./types";
import { EventFilterError, pageEvents, toGeoJson, toRow, validateFilter, type EventFilter } from "../export";
import { getEvent } from "../events";
import { html, json, problem } from "./responses";
import { API_DEFAULT_LIMIT, API_GEOJSON_MAX_FEATURES, API_MAP_MAX_EVENTS, API_MAX_LIMIT, API_MAX_RANGE_DAYS } from "../constants";

/** What every route reads from. */
export interface ApiContext {
  db: Db;
  now?: () => Date;
}

/** Path parameters API Gateway (or the local adapter) matched. */
export type PathParameters = Record<string, string | undefined>;

type Route = (ctx: ApiContext, request: ApiRequest, params: PathParameters) => Promise<ApiResponse>;

// Event ids are 16 hex digits (lib/events/attach.ts); anything else cannot name an event.
const EVENT_ID = /^[0-9a-f]{16}$/;
const WHOLE = /^\d+$/;

const DAY_MS = 86_400_000;

/**
 * The export filters from query parameters: since, until, governorate, min-killed. A range of
 * more than {@link API_MAX_RANGE_DAYS} days is refused: one request must not walk decades.
 */
function filterOf(query: ApiRequest["query"], today: Date): EventFilter {
  const minKilled = query["min-killed"];
  if (minKilled !== undefined && !WHOLE.test(minKilled)) {
    throw new EventFilterError("INVALID_EVENT_FILTER", `min-killed must be a whole number of 0 or more, not "${minKilled}"`);
  }
  const filter = validateFilter({
    since: query.since,
    until: query.until,
    governorate: query.governorate,
    minKilled: minKilled === undefined ? undefined : Number(minKilled),
  });
  if (filter.since) {
    const until = filter.until ?? today.toISOString().slice(0, 10);
    const days = Math.round((Date.parse(until) - Date.parse(filter.since)) / DAY_MS) + 1;
    if (days > API_MAX_RANGE_DAYS) {
      throw new EventFilterError(
        "INVALID_EVENT_FILTER",
        `since ${filter.since} to until ${until} spans ${days} days; one request covers at most ${API_MAX_RANGE_DAYS}: narrow the range and ask again for the rest`,
      );
    }
  }
  return filter;
}

function limitOf(query: ApiRequest["query"], fallback: number, max: number): number {
  const text = query.limit;
  if (text === undefined) return fallback;
  const limit = Number(text);
  if (!WHOLE.test(text) || limit < 1 || limit > max) {
    throw new EventFilterError("INVALID_EVENT_FILTER", `limit must be a whole number from 1 to ${max}, not "${text}"`);
  }
  return limit;
}

/** `GET /events`: events with their reports, newest first, a page at a time. */
const listEventsRoute: Route = async ({ db, now }, request) => {
  const filter = filterOf(request.query, now?.() ?? new Date());
  const limit = limitOf(request.query, API_DEFAULT_LIMIT, API_MAX_LIMIT);
  const page = await pageEvents(db, filter, { limit, cursor: request.query.cursor });
  return json(200, { events: page.events, cursor: page.cursor });
};

/** `GET /events/{id}`: one event with its reports and their evidence. */
const getEventRoute: Route = async ({ db }, _request, params) => {
  const id = params.id ?? "";
  const event = EVENT_ID.test(id) ? await getEvent(db, id) : null;
  return event ? json(200, event) : problem(404, "NOT_FOUND", `no event with id "${id}"`);
};

/** `GET /events.geojson`: a FeatureCollection; `cursor` (an RFC 7946 foreign member) leads to the next page. */
const geojsonRoute: Route = async ({ db, now }, request) => {
  const filter = filterOf(request.query, now?.() ?? new Date());
  const limit = limitOf(request.query, API_GEOJSON_MAX_FEATURES, API_GEOJSON_MAX_FEATURES);
  const page = await pageEvents(db, filter, { limit, cursor: request.query.cursor });
  return json(200, { ...toGeoJson(page.events.map(toRow)), cursor: page.cursor }, "application/geo+json; charset=utf-8");
};

/** `GET /map`: the offline map page with the selected events embedded. */
const mapRoute: Route = async ({ db, now }, request) => {
  const filter = filterOf(request.query, now?.() ?? new Date());
  // Loaded on first use: the outlines (3.6 MB of TopoJSON) cost the event routes' cold starts nothing.
  const { CONTENT_SECURITY_POLICY, buildMap } = await import("../map");
  const { html: page } = await buildMap(db, filter, { now: now?.(), maxEvents: API_MAP_MAX_EVENTS });
  return html(200, page, CONTENT_SECURITY_POLICY);
};

const ROUTES: Record<ApiRouteKey, Route> = {
  "GET /events": listEventsRoute,
  "GET /events/{id}": getEventRoute,
  "GET /events.geojson": geojsonRoute,
  "GET /map": mapRoute,
};

/**
 * Answers a request for one route. A bad filter, limit or cursor is a 400 with its code; a failing
 * table throws (API Gateway and the local adapter make it a 500).
 * @example await handleRoute("GET /events", { db }, { method: "GET", path: "/events", query: { since: "2024-01-01" }, headers: {} }, {})
 */
export async function handleRoute(key: ApiRouteKey, ctx: ApiContext, request: ApiRequest, params: PathParameters = {}): Promise<ApiResponse> {
  try {
    return await ROUTES[key](ctx, request, params);
  } catch (error) {
    if (error instanceof EventFilterError) return problem(400, error.code, error.message);
    throw error;
  }
}

export type RouteMatch =
  | { kind: "route"; key: ApiRouteKey; params: PathParameters }
  | { kind: "method-not-allowed" }
  | { kind: "not-found" };

const EVENT_PATH = /^\/events\/([^/]+)$/;

/**
 * The route a method and path ask for, as API Gateway matches route keys: the local adapter's
 * router. Only GET routes exist.
 * @example matchRoute("GET", "/events/3f2a9c0d1e2b4a5f") // { kind: "route", key: "GET /events/{id}", params: { id: "3f2a9c0d1e2b4a5f" } }
 */
export function matchRoute(method: string, path: string): RouteMatch {
  let match: RouteMatch = { kind: "not-found" };
  if (path === "/events") match = { kind: "route", key: "GET /events", params: {} };
  else if (path === "/events.geojson") match = { kind: "route", key: "GET /events.geojson", params: {} };
  else if (path === "/map") match = { kind: "route", key: "GET /map", params: {} };
  else {
    const id = EVENT_PATH.exec(path)?.[1];
    if (id !== undefined) {
      try {
        match = { kind: "route", key: "GET /events/{id}", params: { id: decodeURIComponent(id) } };
      } catch {
        return { kind: "not-found" };
      }
    }
  }
  return match.kind === "route" && method !== "GET" ? { kind: "method-not-allowed" } : match;
}
