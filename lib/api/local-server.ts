import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiRequest, ApiResponse } from "./types";
import { checkApiKey, refusal } from "./auth";
import { handleRoute, matchRoute, type ApiContext } from "./routes";
import { problem } from "./responses";

export interface LocalApiOptions extends ApiContext {
  /** The keys a request's `x-api-key` must match: locally the API is never open either. */
  apiKeys: readonly string[];
  /** 0 (default): any free port. */
  port?: number;
}

export interface LocalApi {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

function toApiRequest(req: IncomingMessage): ApiRequest {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const query: ApiRequest["query"] = {};
  for (const [name, value] of url.searchParams) query[name] = value;
  const headers: ApiRequest["headers"] = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  return { method: req.method ?? "GET", path: url.pathname, query, headers };
}

/** Authentication first, as API Gateway does: an unauthenticated caller learns nothing, not even which paths exist. */
async function answer(ctx: ApiContext, keys: readonly string[], request: ApiRequest): Promise<ApiResponse> {
  const verdict = checkApiKey(request.headers, keys);
  if (verdict !== "ok") return refusal(verdict);
  const match = matchRoute(request.method, request.path);
  if (match.kind === "not-found") return problem(404, "NOT_FOUND", `no route for ${request.path}`);
  if (match.kind === "method-not-allowed") return problem(405, "METHOD_NOT_ALLOWED", "the API only answers GET");
  return handleRoute(match.key, ctx, request, match.params);
}

/**
 * Serves the read API on 127.0.0.1 with the same routes and responses as the deployed one, for
 * local use and tests; every request needs one of `apiKeys` in `x-api-key` (401 without, 403
 * with a wrong one), the rule the deployed API's authorizer applies in apiKey mode.
 * @example const api = await startLocalApi({ db, apiKeys: [key] }); await fetch(`${api.url}/events`, { headers: { "x-api-key": key } });
 */
export async function startLocalApi(options: LocalApiOptions): Promise<LocalApi> {
  const { apiKeys, port = 0, ...ctx } = options;
  if (apiKeys.length === 0) throw new Error("the local API needs at least one API key: it is never open");
  const server = createServer((req, res) => {
    answer(ctx, apiKeys, toApiRequest(req))
      .catch((error: unknown) => {
        console.error(error);
        return problem(500, "INTERNAL", "the request failed; see the server log");
      })
      .then((response) => {
        res.writeHead(response.status, response.headers);
        res.end(response.body);
      });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
