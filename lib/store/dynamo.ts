/**
 * A small DynamoDB client for the operations the store uses, over DynamoDB's JSON API: one
 * signed POST per call, plain JS values in and out (lib/store/attributes.ts). It replaces the AWS
 * SDK's client and document client, whose import cost every function ~97 ms of its cold start
 * (README "Start-up"). Commands keep the SDK's names and input shapes: `send(new GetCommand(...))`.
 */
import http from "node:http";
import https from "node:https";
import { marshallItem, unmarshallItem, type AttributeValue, type Item } from "./attributes";
import { signRequest, type Credentials } from "./sigv4";
import { DYNAMO_MAX_ATTEMPTS, DYNAMO_REQUEST_TIMEOUT_MS, DYNAMO_RETRY_BASE_MS, DYNAMO_THROTTLE_RETRY_BASE_MS } from "../constants";

export type { Item } from "./attributes";
export type { Credentials } from "./sigv4";

// ── Commands ─────────────────────────────────────────────────────────────────

interface Expressions {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
}
interface Conditional extends Expressions {
  TableName: string;
  ConditionExpression?: string;
  ReturnValues?: "NONE" | "ALL_OLD" | "UPDATED_OLD" | "ALL_NEW" | "UPDATED_NEW";
}
export interface GetInput extends Expressions {
  TableName: string;
  Key: Item;
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
}
export interface PutInput extends Conditional {
  Item: Item;
}
export interface UpdateInput extends Conditional {
  Key: Item;
  UpdateExpression: string;
}
export interface DeleteInput extends Conditional {
  Key: Item;
}
export interface QueryInput extends Expressions {
  TableName: string;
  IndexName?: string;
  KeyConditionExpression: string;
  FilterExpression?: string;
  ProjectionExpression?: string;
  ScanIndexForward?: boolean;
  ConsistentRead?: boolean;
  Select?: "ALL_ATTRIBUTES" | "COUNT";
  Limit?: number;
  ExclusiveStartKey?: Item;
}
export interface ScanInput extends Expressions {
  TableName: string;
  Limit?: number;
  ExclusiveStartKey?: Item;
}
export interface KeysAndAttributes {
  Keys: Item[];
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
}
export interface BatchGetInput {
  RequestItems: Record<string, KeysAndAttributes>;
}
/** One write of a BatchWrite: `{ PutRequest: { Item } }` or `{ DeleteRequest: { Key } }`. */
export type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: Item } };
export interface BatchWriteInput {
  RequestItems: Record<string, WriteRequest[]>;
}

export interface ItemOutput {
  Attributes?: Item;
}
export interface QueryOutput {
  Items?: Item[];
  Count?: number;
  LastEvaluatedKey?: Item;
}
export interface TableDescription {
  TableName?: string;
  TableStatus?: string;
}

/** One DynamoDB operation and its input; `Output` types what `send` returns for it. */
export abstract class Command<Input, Output> {
  /** Carries the output type only; never set. */
  declare readonly output?: Output;
  /** The API's operation name, sent as `X-Amz-Target: DynamoDB_20120810.<operation>`. */
  abstract readonly operation: string;
  constructor(readonly input: Input) {}
}

export class GetCommand extends Command<GetInput, { Item?: Item }> {
  readonly operation = "GetItem";
}
export class PutCommand extends Command<PutInput, ItemOutput> {
  readonly operation = "PutItem";
}
export class UpdateCommand extends Command<UpdateInput, ItemOutput> {
  readonly operation = "UpdateItem";
}
export class DeleteCommand extends Command<DeleteInput, ItemOutput> {
  readonly operation = "DeleteItem";
}
export class QueryCommand extends Command<QueryInput, QueryOutput> {
  readonly operation = "Query";
}
/** Tests only: the functions are never granted Scan. */
export class ScanCommand extends Command<ScanInput, QueryOutput> {
  readonly operation = "Scan";
}
export class BatchGetCommand extends Command<BatchGetInput, { Responses?: Record<string, Item[]>; UnprocessedKeys?: Record<string, KeysAndAttributes> }> {
  readonly operation = "BatchGetItem";
}
export class BatchWriteCommand extends Command<BatchWriteInput, { UnprocessedItems?: Record<string, WriteRequest[]> }> {
  readonly operation = "BatchWriteItem";
}
/** Local setup only (lib/store/client.ts ensureTable). */
export class DescribeTableCommand extends Command<{ TableName: string }, { Table?: TableDescription }> {
  readonly operation = "DescribeTable";
}
/** Local setup only; the input is the API's CreateTable request as it is. */
export class CreateTableCommand extends Command<{ TableName: string } & Record<string, unknown>, { TableDescription?: TableDescription }> {
  readonly operation = "CreateTable";
}

// ── Marshalling of requests and answers ──────────────────────────────────────

type Json = Record<string, unknown>;
type Attributes = Record<string, AttributeValue>;

const mapValues = <A, B>(record: Record<string, A>, f: (value: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

/** A BatchWrite request with its item or key converted by `convert`. */
const writeRequest =
  <From, To>(convert: (item: From) => To) =>
  (request: Json) =>
    "PutRequest" in request
      ? { PutRequest: { Item: convert((request.PutRequest as { Item: From }).Item) } }
      : { DeleteRequest: { Key: convert((request.DeleteRequest as { Key: From }).Key) } };

/** The request body: the input with every item, key and expression value in attribute form. */
function marshallInput(input: Json): Json {
  const out: Json = { ...input };
  for (const field of ["Item", "Key", "ExclusiveStartKey", "ExpressionAttributeValues"]) {
    if (input[field] !== undefined) out[field] = marshallItem(input[field] as Item);
    else delete out[field];
  }
  if (input.RequestItems) {
    out.RequestItems = mapValues(input.RequestItems as Record<string, unknown>, (entry) =>
      Array.isArray(entry)
        ? entry.map(writeRequest(marshallItem))
        : { ...(entry as KeysAndAttributes), Keys: (entry as KeysAndAttributes).Keys.map(marshallItem) },
    );
  }
  return out;
}

/** The answer with every item and key as plain values. */
function unmarshallOutput(output: Json): Json {
  const out: Json = { ...output };
  for (const field of ["Item", "Attributes", "LastEvaluatedKey"]) {
    if (output[field]) out[field] = unmarshallItem(output[field] as Attributes);
  }
  if (output.Items) out.Items = (output.Items as Attributes[]).map(unmarshallItem);
  if (output.Responses) out.Responses = mapValues(output.Responses as Record<string, Attributes[]>, (items) => items.map(unmarshallItem));
  if (output.UnprocessedKeys) {
    out.UnprocessedKeys = mapValues(output.UnprocessedKeys as Record<string, Json>, (entry) => ({
      ...entry,
      Keys: (entry.Keys as Attributes[]).map(unmarshallItem),
    }));
  }
  if (output.UnprocessedItems) {
    out.UnprocessedItems = mapValues(output.UnprocessedItems as Record<string, Json[]>, (requests) => requests.map(writeRequest(unmarshallItem)));
  }
  return out;
}

// ── Errors and retries ───────────────────────────────────────────────────────

/** DynamoDB's answer to a refused request: `name` is its error type (e.g. ConditionalCheckFailedException). */
export class DynamoError extends Error {
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

const THROTTLING = new Set(["ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded"]);

/** Whether a later attempt may succeed: throttling, DynamoDB's own faults (5xx), and no answer at all. */
const retryable = (error: DynamoError) => THROTTLING.has(error.name) || error.status >= 500 || error.status === 0;

/** A random wait before retry `retry` (1-based): full jitter over an exponential ceiling, as the SDK's standard mode. */
const backoffMs = (error: DynamoError, retry: number) =>
  Math.random() * (THROTTLING.has(error.name) ? DYNAMO_THROTTLE_RETRY_BASE_MS : DYNAMO_RETRY_BASE_MS) * 2 ** (retry - 1);

/** The error of a non-2xx answer, from its JSON body (`__type` "com.amazonaws.dynamodb.v20120810#Name"). */
function answerError(status: number, body: string, operation: string): DynamoError {
  let parsed: { __type?: string; message?: string; Message?: string } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // An answer that is not JSON (a proxy's error page): its status says enough.
  }
  const name = parsed.__type?.split("#").pop() || (status >= 500 ? "InternalServerError" : `HTTP${status}`);
  const message = (parsed.message ?? parsed.Message ?? body.slice(0, 200)).replace(/\s+/g, " ").trim();
  return new DynamoError(name, `${message || name} (DynamoDB ${operation}, HTTP ${status})`, status);
}

// ── The client ───────────────────────────────────────────────────────────────

export interface DynamoOptions {
  region: string;
  /** A local endpoint (dynalite), e.g. http://127.0.0.1:8000; unset on AWS (then AWS_ENDPOINT_URL_DYNAMODB or AWS_ENDPOINT_URL when set). */
  endpoint?: string;
  /** Fixed credentials (the local endpoint's dummy ones); unset: the environment's, else the SDK's provider chain. */
  credentials?: Credentials;
  /** Per-request limit; tests shorten it. */
  timeoutMs?: number;
}

type CredentialProvider = () => Promise<Credentials>;

/** Credentials Lambda sets in the environment (and a person may export). */
function environmentCredentials(): Credentials | undefined {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = process.env;
  return accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken } : undefined;
}

/**
 * The AWS SDK's default credential chain (profiles, SSO, instance roles), for a person's CLI run
 * against AWS without keys in the environment. The package name is a variable so bundlers leave
 * it out of every Lambda bundle (Lambda always sets the keys); a CLI run resolves it from
 * node_modules.
 */
async function sdkCredentialProvider(): Promise<CredentialProvider> {
  const name = "@aws-sdk/credential-provider-node";
  const { defaultProvider } = (await import(name)) as typeof import("@aws-sdk/credential-provider-node");
  return defaultProvider();
}

/** A DynamoDB client: {@link DynamoClient.send} runs one command, retried as the SDK's standard mode. */
export class DynamoClient {
  private readonly url: URL;
  private readonly agent: http.Agent;
  private fallbackCredentials?: Promise<CredentialProvider>;

  constructor(private readonly options: DynamoOptions) {
    const suffix = options.region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    // The endpoint variables the AWS SDK honours, so that a run pointed at a local DynamoDB with them still is.
    const { AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL } = process.env;
    this.url = new URL(options.endpoint ?? (AWS_ENDPOINT_URL_DYNAMODB || AWS_ENDPOINT_URL || `https://dynamodb.${options.region}.${suffix}/`));
    // Keep-alive: a Lambda's later calls reuse the connection instead of a new TLS handshake each.
    this.agent = this.url.protocol === "http:" ? new http.Agent({ keepAlive: true }) : new https.Agent({ keepAlive: true });
  }

  /** Runs `command`; throws a {@link DynamoError} when DynamoDB refuses it or after the last failed attempt. */
  async send<Input, Output>(command: Command<Input, Output>): Promise<Output> {
    const body = JSON.stringify(marshallInput(command.input as Json));
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await this.post(command.operation, body);
        return unmarshallOutput(JSON.parse(answer) as Json) as Output;
      } catch (error) {
        if (!(error instanceof DynamoError) || !retryable(error) || attempt >= DYNAMO_MAX_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(error, attempt)));
      }
    }
  }

  private async credentials(): Promise<Credentials> {
    const fixed = this.options.credentials ?? environmentCredentials();
    if (fixed) return fixed;
    this.fallbackCredentials ??= sdkCredentialProvider();
    return (await this.fallbackCredentials)();
  }

  /** One signed POST; resolves with the body of a 2xx answer. */
  private async post(operation: string, body: string): Promise<string> {
    const headers = signRequest(
      {
        method: "POST",
        url: this.url,
        headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": `DynamoDB_20120810.${operation}` },
        body,
      },
      await this.credentials(),
      { region: this.options.region, service: "dynamodb" },
      new Date(),
    );
    const timeoutMs = this.options.timeoutMs ?? DYNAMO_REQUEST_TIMEOUT_MS;
    const transport = this.url.protocol === "http:" ? http : https;
    return new Promise((resolve, reject) => {
      const request = transport.request(
        this.url,
        { method: "POST", agent: this.agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", (error) => reject(new DynamoError("NetworkError", `${error.message} (DynamoDB ${operation})`, 0)));
          response.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve(text);
            else reject(answerError(status, text, operation));
          });
        },
      );
      request.setTimeout(timeoutMs, () => request.destroy(new DynamoError("TimeoutError", `no answer within ${timeoutMs} ms (DynamoDB ${operation})`, 0)));
      request.on("error", (error) =>
        reject(error instanceof DynamoError ? error : new DynamoError("NetworkError", `${(error as NodeJS.ErrnoException).code ?? error.message} (DynamoDB ${operation})`, 0)),
      );
      request.end(body);
    });
  }
}
