import { CreateTableCommand, DescribeTableCommand, DynamoClient } from "./dynamo";
import { GLOBAL_INDEXES, KEY_ATTRIBUTES, TABLE_KEYS } from "./schema";
import { LOCAL_TABLE_ACTIVE_TIMEOUT_MS, LOCAL_TABLE_POLL_MS } from "../constants";

/** A DynamoDB client bound to rasd's table: what every store module takes. */
export interface Db {
  /** The client, or anything that sends commands as it does (tests wrap it to inject faults). */
  doc: Pick<DynamoClient, "send">;
  table: string;
}

export interface DbOptions {
  table: string;
  /** A local endpoint (dynalite); unset on AWS. */
  endpoint?: string;
  region?: string;
}

/** Builds the client; on a local endpoint with dummy credentials. */
export function createDb(options: DbOptions): Db {
  const doc = new DynamoClient({
    region: options.region ?? process.env.AWS_REGION ?? "us-east-1",
    ...(options.endpoint !== undefined
      ? { endpoint: options.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
  return { doc, table: options.table };
}

/** True for the error DynamoDB raises when a conditional write's condition does not hold. */
export const isConditionFailure = (error: unknown): boolean =>
  (error as { name?: string }).name === "ConditionalCheckFailedException";

const KEYS: ReadonlySet<string> = new Set(KEY_ATTRIBUTES);

/**
 * A stored item as its record type: without the table's key attributes and the attribute that
 * marks the record's type (`kind`, or another name where `kind` is a field of the record).
 */
export function withoutKeys<T>(item: Record<string, unknown>, marker = "kind"): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !KEYS.has(k) && k !== marker)) as T;
}

/** Creates the table with the stack's key schema when it does not exist yet (local runs only). */
export async function ensureTable(db: Db): Promise<void> {
  try {
    await db.doc.send(new DescribeTableCommand({ TableName: db.table }));
    return;
  } catch (error) {
    if ((error as { name?: string }).name !== "ResourceNotFoundException") throw error;
  }
  await db.doc.send(
    new CreateTableCommand({
      TableName: db.table,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: KEY_ATTRIBUTES.map((name) => ({ AttributeName: name, AttributeType: "S" })),
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: "HASH" },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    }),
  );
  // CreateTable answers while the table is still CREATING (dynalite too, for a moment): a write
  // before it is ACTIVE fails with "Requested resource not found".
  const started = Date.now();
  for (;;) {
    const { Table } = await db.doc.send(new DescribeTableCommand({ TableName: db.table }));
    if (Table?.TableStatus === "ACTIVE") return;
    if (Date.now() - started > LOCAL_TABLE_ACTIVE_TIMEOUT_MS) throw new Error(`table ${db.table} still ${Table?.TableStatus} after ${LOCAL_TABLE_ACTIVE_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, LOCAL_TABLE_POLL_MS));
  }
}
