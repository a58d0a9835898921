import { createDb } from "../../lib/store/client";
import { fromHttpApiEvent, handleRoute, readApiEnvironment, toHttpApiResult, type ApiRouteKey, type HttpApiEvent } from "../../lib/api";

// Read once per cold start: a missing variable fails loudly at the first invocation.
const settings = readApiEnvironment(process.env);
const ctx = { db: createDb({ table: settings.tableName }) };

async function answer(key: ApiRouteKey, event: HttpApiEvent) {
  const response = await handleRoute(key, ctx, fromHttpApiEvent(event), event.pathParameters ?? {});
  console.log(JSON.stringify({ route: key, status: response.status, bytes: response.body.length }));
  return toHttpApiResult(response);
}

/** `GET /events`: a page of events with their reports. */
export const list = (event: HttpApiEvent) => answer("GET /events", event);

/** `GET /events/{id}`: one event with its reports and evidence. */
export const get = (event: HttpApiEvent) => answer("GET /events/{id}", event);

/** `GET /events.geojson`: a page of events as a GeoJSON FeatureCollection. */
export const geojson = (event: HttpApiEvent) => answer("GET /events.geojson", event);
