/**
 * A small DynamoDB client for the operations the store uses, over DynamoDB's JSON API: one
 * signed POST per call, plain JS values in and out (lib/store/attributes.ts). It replaces the AWS
 * SDK's client and document client, whose import cost every function ~97 ms of its cold start
 * (README "Start-up"). Commands keep the SDK's names and input shapes: `send(new GetCommand(...))`.
 */
import { marshallItem, unmarshallItem, type AttributeValue, type Item } from "./attributes";
import { callJson, jsonApi, type Credentials, type JsonApi } from "../aws/json-api";

export type { Item } from "./attributes";
export type { Credentials } from "../aws/json-api";
export { AwsError } from "../aws/json-api";

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

/** A DynamoDB client: {@link DynamoClient.send} runs one command, retried as the SDK's standard mode. */
export class DynamoClient {
  private readonly api: JsonApi;

  constructor(private readonly options: DynamoOptions) {
    this.api = jsonApi({ label: "DynamoDB", service: "dynamodb", region: options.region, endpoint: options.endpoint, targetPrefix: "DynamoDB_20120810", jsonVersion: "1.0" });
  }

  /** Runs `command`; throws an {@link AwsError} when DynamoDB refuses it or after the last failed attempt. */
  async send<Input, Output>(command: Command<Input, Output>): Promise<Output> {
    const answer = await callJson(this.api, command.operation, marshallInput(command.input as Json), this.options);
    return unmarshallOutput(answer) as Output;
  }
}
