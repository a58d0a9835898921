import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startLocalDynamo, type LocalDynamo } from "../../lib/local/dynamo";
import { createDb, ensureTable, isConditionFailure, type Db } from "../../lib/store/client";
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type AwsError,
} from "../../lib/store/dynamo";

const TYPE = "com.amazonaws.dynamodb.v20120810#";
const KEYS = { accessKeyId: "AKIATEST", secretAccessKey: "secret" };

/** A loopback DynamoDB stand-in: answers the n-th request (0-based) with `answer(n)`; records every request. */
async function fakeDynamo(answer: (n: number, req: IncomingMessage, res: ServerResponse) => void) {
  const requests: { headers: IncomingMessage["headers"]; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      requests.push({ headers: req.headers, body });
      answer(requests.length - 1, req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { endpoint, requests };
}
const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const reply = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { "content-type": "application/x-amz-json-1.0" }).end(JSON.stringify(body));
const refuse = (res: ServerResponse, status: number, type: string, message: string) => reply(res, status, { __type: TYPE + type, message });

const get = (client: DynamoClient) => client.send(new GetCommand({ TableName: "t", Key: { pk: "a", sk: "b" } }));
const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail("resolved"), (error: AwsError) => error);

describe("DynamoClient against a loopback server", () => {
  it("sends a signed JSON-API call with marshalled input, and unmarshalls the answer", async () => {
    const dynamo = await fakeDynamo((_, __, res) => reply(res, 200, { Item: { pk: { S: "a" }, n: { N: "3" } } }));
    const client = new DynamoClient({ region: "eu-central-1", endpoint: dynamo.endpoint, credentials: { ...KEYS, sessionToken: "tok" } });
    await expect(get(client)).resolves.toEqual({ Item: { pk: "a", n: 3 } });
    const [{ headers, body }] = dynamo.requests;
    expect(headers["x-amz-target"]).toBe("DynamoDB_20120810.GetItem");
    expect(headers["content-type"]).toBe("application/x-amz-json-1.0");
    expect(headers["x-amz-security-token"]).toBe("tok");
    expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIATEST\/\d{8}\/eu-central-1\/dynamodb\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=[0-9a-f]{64}$/);
    expect(JSON.parse(body)).toEqual({ TableName: "t", Key: { pk: { S: "a" }, sk: { S: "b" } } });
  });

  it("retries throttling and succeeds on the third attempt", async () => {
    const dynamo = await fakeDynamo((n, _, res) =>
      n < 2 ? refuse(res, 400, "ProvisionedThroughputExceededException", "Rate of requests exceeds the allowed throughput.") : reply(res, 200, {}),
    );
    const client = new DynamoClient({ region: "us-east-1", endpoint: dynamo.endpoint, credentials: KEYS });
    await expect(get(client)).resolves.toEqual({});
    expect(dynamo.requests).toHaveLength(3);
  });

  it("never retries a validation error, and names it as DynamoDB does", async () => {
    const dynamo = await fakeDynamo((_, __, res) => refuse(res, 400, "ValidationException", "One or more parameter values were invalid"));
    const client = new DynamoClient({ region: "us-east-1", endpoint: dynamo.endpoint, credentials: KEYS });
    const error = await failure(client.send(new PutCommand({ TableName: "t", Item: { pk: "a" } })));
    expect(error.name).toBe("ValidationException");
    expect(error.message).toBe("One or more parameter values were invalid (DynamoDB PutItem, HTTP 400)");
    expect(dynamo.requests).toHaveLength(1);
  });

  it("gives up on a server error after three attempts", async () => {
    const dynamo = await fakeDynamo((_, __, res) => refuse(res, 500, "InternalServerError", "Internal server error"));
    const client = new DynamoClient({ region: "us-east-1", endpoint: dynamo.endpoint, credentials: KEYS });
    const error = await failure(get(client));
    expect([error.name, error.status]).toEqual(["InternalServerError", 500]);
    expect(dynamo.requests).toHaveLength(3);
  });

  it("retries a connection reset", async () => {
    const dynamo = await fakeDynamo((n, req, res) => (n === 0 ? req.socket.destroy() : reply(res, 200, {})));
    const client = new DynamoClient({ region: "us-east-1", endpoint: dynamo.endpoint, credentials: KEYS });
    await expect(get(client)).resolves.toEqual({});
    expect(dynamo.requests).toHaveLength(2);
  });

  it("abandons a request that gets no answer within its time limit, and retries it", async () => {
    const dynamo = await fakeDynamo(() => {}); // never answers
    const client = new DynamoClient({ region: "us-east-1", endpoint: dynamo.endpoint, credentials: KEYS, timeoutMs: 50 });
    const error = await failure(get(client));
    expect(error.name).toBe("TimeoutError");
    expect(error.message).toBe("no answer within 50 ms (DynamoDB GetItem)");
    expect(dynamo.requests).toHaveLength(3);
  });

  describe("credentials", () => {
    const saved = { ...process.env };
    afterEach(() => {
      for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "AWS_PROFILE"]) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    });

    it("signs with the keys Lambda sets in the environment", async () => {
      Object.assign(process.env, { AWS_ACCESS_KEY_ID: "AKIAENV", AWS_SECRET_ACCESS_KEY: "s", AWS_SESSION_TOKEN: "envtoken" });
      const dynamo = await fakeDynamo((_, __, res) => reply(res, 200, {}));
      await get(new DynamoClient({ region: "us-east-1", endpoint: dynamo.endpoint }));
      expect(dynamo.requests[0].headers.authorization).toContain("Credential=AKIAENV/");
      expect(dynamo.requests[0].headers["x-amz-security-token"]).toBe("envtoken");
    });

    it("falls back to the SDK's provider chain (here a profile file) without keys in the environment", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "rasd-creds-"));
      try {
        writeFileSync(path.join(dir, "credentials"), "[default]\naws_access_key_id = AKIAPROFILE\naws_secret_access_key = s\n");
        for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"]) delete process.env[name];
        Object.assign(process.env, { AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials"), AWS_CONFIG_FILE: path.join(dir, "config") });
        const dynamo = await fakeDynamo((_, __, res) => reply(res, 200, {}));
        await get(new DynamoClient({ region: "us-east-1", endpoint: dynamo.endpoint }));
        expect(dynamo.requests[0].headers.authorization).toContain("Credential=AKIAPROFILE/");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

describe("DynamoClient against dynalite", () => {
  let local: LocalDynamo;
  let db: Db;
  beforeAll(async () => {
    local = await startLocalDynamo(null);
    db = createDb({ table: "dynamo-test", endpoint: local.endpoint });
    await ensureTable(db);
  });
  afterAll(() => local.close());

  it("stores and reads back every kind of value the store writes", async () => {
    const item = { pk: "P", sk: "1", text: "نص قصير", n: 2.5, yes: true, none: null, ids: new Set(["e1", "e2"]), list: [1, "a", { x: [] }], map: { a: { b: 1 } } };
    await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...item, gone: undefined } }));
    const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: "P", sk: "1" }, ConsistentRead: true }));
    expect(Item).toEqual(item);
  });

  it("raises a failed condition as ConditionalCheckFailedException, which isConditionFailure knows", async () => {
    const put = () => db.doc.send(new PutCommand({ TableName: db.table, Item: { pk: "C", sk: "1" }, ConditionExpression: "attribute_not_exists(pk)" }));
    await put();
    const error = await failure(put());
    expect(error.name).toBe("ConditionalCheckFailedException");
    expect(isConditionFailure(error)).toBe(true);
  });

  it("names a missing table ResourceNotFoundException", async () => {
    const error = await failure(db.doc.send(new GetCommand({ TableName: "no-such-table", Key: { pk: "a", sk: "b" } })));
    expect(error.name).toBe("ResourceNotFoundException");
  });

  it("writes and reads in batches, and pages a query by its last key", async () => {
    const puts = ["1", "2", "3"].map((sk) => ({ PutRequest: { Item: { pk: "B", sk, v: Number(sk) } } }));
    const written = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: puts } }));
    expect(written.UnprocessedItems ?? {}).toEqual({});
    const read = await db.doc.send(new BatchGetCommand({ RequestItems: { [db.table]: { Keys: [{ pk: "B", sk: "1" }, { pk: "B", sk: "3" }] } } }));
    expect(read.Responses?.[db.table].map((i) => i.v).sort()).toEqual([1, 3]);
    const query = { TableName: db.table, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "B" }, Limit: 2 };
    const first = await db.doc.send(new QueryCommand(query));
    expect(first.LastEvaluatedKey).toEqual({ pk: "B", sk: "2" });
    const second = await db.doc.send(new QueryCommand({ ...query, ExclusiveStartKey: first.LastEvaluatedKey }));
    expect([...(first.Items ?? []), ...(second.Items ?? [])].map((i) => i.v)).toEqual([1, 2, 3]);
    const updated = await db.doc.send(
      new UpdateCommand({ TableName: db.table, Key: { pk: "B", sk: "1" }, UpdateExpression: "ADD ids :id", ExpressionAttributeValues: { ":id": new Set(["x"]) }, ReturnValues: "ALL_NEW" }),
    );
    expect(updated.Attributes).toEqual({ pk: "B", sk: "1", v: 1, ids: new Set(["x"]) });
  });
});
