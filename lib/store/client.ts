import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { GLOBAL_INDEXES, KEY_ATTRIBUTES, TABLE_KEYS } from "./schema";

/** A DynamoDB document client bound to rasd's table: what every store module takes. */
export interface Db {
  doc: DynamoDBDocumentClient;
  table: string;
}

export interface DbOptions {
  table: string;
  /** A local endpoint (dynalite); unset on AWS. */
  endpoint?: string;
  region?: string;
}

/** Builds the document client; on a local endpoint with dummy credentials. */
export function createDb(options: DbOptions): Db {
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? "us-east-1",
    ...(local
      ? { endpoint: options.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { doc, table: options.table };
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
}
