/**
 * One signed call of an AWS JSON API (DynamoDB's, SSM's): a POST of a JSON body named by its
 * `X-Amz-Target`, signed with AWS Signature V4. The AWS SDK's clients cost a Lambda's cold start
 * 60–100 ms CPU at import (README "Start-up"); rasd calls two services with a handful of
 * operations, so it signs its own requests.
 */
import http from "node:http";
import https from "node:https";
import { signRequest, type Credentials } from "./sigv4";
import { AWS_CALL_MAX_ATTEMPTS, AWS_CALL_RETRY_BASE_MS, AWS_CALL_THROTTLE_RETRY_BASE_MS, AWS_CALL_TIMEOUT_MS } from "../constants";

export type { Credentials } from "./sigv4";

/** A refused or failed call: `name` is the service's error type (e.g. ConditionalCheckFailedException). */
export class AwsError extends Error {
  constructor(
    name: string,
    message: string,
    /** The HTTP status; 0 when no answer came (network error, timeout). */
    readonly status: number,
  ) {
    super(message);
    this.name = name;
  }
}

/** Which service to call and how its API names operations. */
export interface JsonApiSpec {
  /** For messages: "DynamoDB", "SSM". */
  label: string;
  /** The signing name: "dynamodb", "ssm". */
  service: string;
  region: string;
  /** Prefix of `X-Amz-Target`: "DynamoDB_20120810", "AmazonSSM". */
  targetPrefix: string;
  /** "1.0" (DynamoDB) or "1.1" (SSM). */
  jsonVersion: "1.0" | "1.1";
  /** A local endpoint (dynalite); unset: the variables the AWS SDK honours, else the regional one. */
  endpoint?: string;
}

/** A service ready to call: its endpoint and a keep-alive agent for it. */
export interface JsonApi extends JsonApiSpec {
  url: URL;
  /** Keep-alive: a Lambda's later calls reuse the connection instead of a new TLS handshake each. */
  agent: http.Agent;
}

/**
 * The service of `spec` at its endpoint: the given one, else AWS_ENDPOINT_URL_<SERVICE> or
 * AWS_ENDPOINT_URL (as the AWS SDK honours them), else the regional one.
 */
export function jsonApi(spec: JsonApiSpec): JsonApi {
  const env = process.env;
  const suffix = spec.region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  const url = new URL(
    spec.endpoint ?? (env[`AWS_ENDPOINT_URL_${spec.service.toUpperCase()}`] || env.AWS_ENDPOINT_URL || `https://${spec.service}.${spec.region}.${suffix}/`),
  );
  const agent = url.protocol === "http:" ? new http.Agent({ keepAlive: true }) : new https.Agent({ keepAlive: true });
  return { ...spec, url, agent };
}

/** Credentials Lambda sets in the environment (and a person may export). */
function environmentCredentials(): Credentials | undefined {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = process.env;
  return accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken } : undefined;
}

let sdkProvider: Promise<() => Promise<Credentials>> | undefined;

/**
 * The environment's credentials, else the AWS SDK's default chain (profiles, SSO, instance
 * roles) for a person's CLI run against AWS. The package name is a variable so bundlers leave it
 * out of every Lambda bundle (Lambda always sets the keys); a CLI run resolves it from node_modules.
 */
export async function resolveCredentials(): Promise<Credentials> {
  const fromEnvironment = environmentCredentials();
  if (fromEnvironment) return fromEnvironment;
  sdkProvider ??= (async () => {
    const name = "@aws-sdk/credential-provider-node";
    const { defaultProvider } = (await import(name)) as typeof import("@aws-sdk/credential-provider-node");
    return defaultProvider();
  })();
  return (await sdkProvider)();
}

/** The error of a non-2xx answer, from its JSON body (`__type` "com.amazonaws.dynamodb.v20120810#Name"). */
function answerError(api: JsonApi, status: number, body: string, operation: string): AwsError {
  let parsed: { __type?: string; message?: string; Message?: string } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // An answer that is not JSON (a proxy's error page): its status says enough.
  }
  const name = parsed.__type?.split("#").pop() || (status >= 500 ? "InternalServerError" : `HTTP${status}`);
  const message = (parsed.message ?? parsed.Message ?? body.slice(0, 200)).replace(/\s+/g, " ").trim();
  return new AwsError(name, `${message || name} (${api.label} ${operation}, HTTP ${status})`, status);
}

/** One signed POST of `body` to `operation`; resolves with the body of a 2xx answer, else rejects with an {@link AwsError}. */
async function postJson(api: JsonApi, operation: string, body: string, credentials: Credentials, timeoutMs: number): Promise<string> {
  const headers = signRequest(
    {
      method: "POST",
      url: api.url,
      headers: { "content-type": `application/x-amz-json-${api.jsonVersion}`, "x-amz-target": `${api.targetPrefix}.${operation}` },
      body,
    },
    credentials,
    { region: api.region, service: api.service },
    new Date(),
  );
  const transport = api.url.protocol === "http:" ? http : https;
  const where = `${api.label} ${operation}`;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      api.url,
      { method: "POST", agent: api.agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", (error) => reject(new AwsError("NetworkError", `${error.message} (${where})`, 0)));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(text);
          else reject(answerError(api, status, text, operation));
        });
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new AwsError("TimeoutError", `no answer within ${timeoutMs} ms (${where})`, 0)));
    request.on("error", (error) =>
      reject(error instanceof AwsError ? error : new AwsError("NetworkError", `${(error as NodeJS.ErrnoException).code ?? error.message} (${where})`, 0)),
    );
    request.end(body);
  });
}

const THROTTLING = new Set(["ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded"]);

/** Whether a later attempt may succeed: throttling, the service's own faults (5xx), and no answer at all. */
const retryable = (error: AwsError) => THROTTLING.has(error.name) || error.status >= 500 || error.status === 0;

/** A random wait before retry `retry` (1-based): full jitter over an exponential ceiling, as the SDK's standard mode. */
const backoffMs = (error: AwsError, retry: number) =>
  Math.random() * (THROTTLING.has(error.name) ? AWS_CALL_THROTTLE_RETRY_BASE_MS : AWS_CALL_RETRY_BASE_MS) * 2 ** (retry - 1);

/**
 * Calls `operation` with the JSON `input`, retried as the SDK's standard mode, and returns the
 * parsed answer. `credentials` default to {@link resolveCredentials}'s.
 */
export async function callJson(
  api: JsonApi,
  operation: string,
  input: unknown,
  options: { credentials?: Credentials; timeoutMs?: number } = {},
): Promise<Record<string, unknown>> {
  const body = JSON.stringify(input);
  for (let attempt = 1; ; attempt++) {
    try {
      const credentials = options.credentials ?? (await resolveCredentials());
      const answer = await postJson(api, operation, body, credentials, options.timeoutMs ?? AWS_CALL_TIMEOUT_MS);
      return JSON.parse(answer) as Record<string, unknown>;
    } catch (error) {
      if (!(error instanceof AwsError) || !retryable(error) || attempt >= AWS_CALL_MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffMs(error, attempt)));
    }
  }
}
