import { createHash, createHmac } from "node:crypto";

/** AWS credentials as Lambda sets them in the environment (the token only for temporary ones). */
export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** One HTTP request to sign: what AWS Signature Version 4 covers. */
export interface SignableRequest {
  method: string;
  url: URL;
  /** Lower-case names. Every header given is signed. */
  headers: Record<string, string>;
  body: string;
}

const sha256 = (data: string) => createHash("sha256").update(data, "utf8").digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

/** RFC 3986 encoding as SigV4 wants it: also `!'()*`, which encodeURIComponent leaves alone. */
const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Signs `request` with AWS Signature Version 4 for `service` in `region` at `now`: returns the
 * headers to send, the given ones plus `host`, `x-amz-date`, `x-amz-security-token` (temporary
 * credentials) and `authorization`.
 * See https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
export function signRequest(
  request: SignableRequest,
  credentials: Credentials,
  scope: { region: string; service: string },
  now: Date,
): Record<string, string> {
  const amzDate = now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { ...request.headers, host: request.url.host, "x-amz-date": amzDate };
  if (credentials.sessionToken) headers["x-amz-security-token"] = credentials.sessionToken;

  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(";");
  const query = [...request.url.searchParams]
    .map(([k, v]) => [encode(k), encode(v)])
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const canonical = [
    request.method,
    request.url.pathname.split("/").map((segment) => encode(decodeURIComponent(segment))).join("/") || "/",
    query,
    ...names.map((name) => `${name}:${headers[name].trim().replace(/\s+/g, " ")}`),
    "",
    signedHeaders,
    sha256(request.body),
  ].join("\n");

  const credentialScope = `${day}/${scope.region}/${scope.service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, credentialScope, sha256(canonical)].join("\n");
  let key = hmac(`AWS4${credentials.secretAccessKey}`, day);
  for (const part of [scope.region, scope.service, "aws4_request"]) key = hmac(key, part);
  const signature = createHmac("sha256", key).update(toSign, "utf8").digest("hex");
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}
