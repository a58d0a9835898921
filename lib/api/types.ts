/**
 * An HTTP request and response as the read API's functions see them: what API Gateway's HTTP
 * API gives a Lambda and what the local node:http adapter builds, reduced to what the routes use.
 */
export interface ApiRequest {
  method: string;
  /** The path without the query, e.g. "/events/3f2a…". */
  path: string;
  /** Query parameters; a repeated one keeps its last value. */
  query: Record<string, string | undefined>;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The routes of the read API, as API Gateway route keys. */
export const API_ROUTE_KEYS = ["GET /events", "GET /events/{id}", "GET /events.geojson", "GET /map"] as const;
export type ApiRouteKey = (typeof API_ROUTE_KEYS)[number];
