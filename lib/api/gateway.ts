import type { ApiRequest, ApiResponse } from "./types";

/** The fields of an API Gateway HTTP API (payload format 2.0) event this API reads. */
export interface HttpApiEvent {
  routeKey: string;
  rawPath: string;
  headers?: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string | undefined>;
  pathParameters?: Record<string, string | undefined>;
  requestContext: { http: { method: string } };
}

/** What a Lambda behind an HTTP API returns (payload format 2.0). */
export interface HttpApiResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * An HTTP API event as an {@link ApiRequest}. API Gateway joins a repeated query parameter
 * with commas; this API takes none twice, so a comma-joined value is refused by the filters.
 */
export function fromHttpApiEvent(event: HttpApiEvent): ApiRequest {
  const headers: ApiRequest["headers"] = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) headers[name.toLowerCase()] = value;
  return { method: event.requestContext.http.method, path: event.rawPath, query: { ...event.queryStringParameters }, headers };
}

export function toHttpApiResult(response: ApiResponse): HttpApiResult {
  return { statusCode: response.status, headers: response.headers, body: response.body };
}
