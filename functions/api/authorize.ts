// Only the key check: the authorizer bundle carries none of the routes, map or outlines.
import { checkApiKey, parseApiKeys } from "../../lib/api/auth";
import { readStageSecret } from "../../lib/api/secret";

// The stage's secret (`npx sst secrets set RASD_API_KEY <key>`), read from SSM once per cold start.
const keys = parseApiKeys(await readStageSecret("RASD_API_KEY"));

/**
 * HTTP API Lambda authorizer (simple responses) of apiKey stages. API Gateway answers 401 itself
 * when the x-api-key header is missing (it is the identity source) and 403 when this says no.
 */
export async function handler(event: { headers?: Record<string, string | undefined> }) {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) headers[name.toLowerCase()] = value;
  const verdict = checkApiKey(headers, keys);
  if (verdict !== "ok") console.log(JSON.stringify({ authorized: false, verdict }));
  return { isAuthorized: verdict === "ok" };
}
