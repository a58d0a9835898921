/**
 * The three parts of undici the fetcher uses (the connection pool, `request` and the connector),
 * taken from undici's own files rather than its index. The index also loads fetch, WebSocket,
 * the HTTP cache, cookies and the mocks, and with them Node's internal copy of undici: half a
 * megabyte of the collect bundle and most of undici's share of a cold start, for nothing rasd
 * calls. undici's version is pinned exactly in package.json; should a file move in another
 * version, the build fails to resolve it and every test of the fetcher fails, never silently.
 */
import type { Dispatcher } from "undici";
import Agent from "undici/lib/dispatcher/agent.js";
import dispatchRequest from "undici/lib/api/api-request.js";
import buildConnector from "undici/lib/core/connect.js";

export { Agent, buildConnector };

/** What `request` takes: undici's request options, the dispatcher required. */
export type RequestOptions = Omit<Dispatcher.RequestOptions, "origin" | "path"> & { dispatcher: Dispatcher };

/**
 * undici's `request(url, options)`: one request through `options.dispatcher`, resolving once the
 * response headers have arrived, with the body to read as a stream.
 */
export function request(url: string, options: RequestOptions): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  const { origin, pathname, search } = new URL(url);
  return dispatchRequest.call(dispatcher, { ...rest, origin, path: pathname + search });
}
