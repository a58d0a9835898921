import { createDb } from "../../lib/store/client";
import { fromHttpApiEvent, handleRoute, readApiEnvironment, toHttpApiResult, type HttpApiEvent } from "../../lib/api";

// Read once per cold start: a missing variable fails loudly at the first invocation.
const settings = readApiEnvironment(process.env);
const ctx = { db: createDb({ table: settings.tableName }) };

/** `GET /map`: the offline map page with the selected events embedded. */
export async function handler(event: HttpApiEvent) {
  const response = await handleRoute("GET /map", ctx, fromHttpApiEvent(event));
  console.log(JSON.stringify({ route: "GET /map", status: response.status, bytes: response.body.length }));
  return toHttpApiResult(response);
}
