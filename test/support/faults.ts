import { ScanCommand } from "../../lib/store/dynamo";
import type { Db } from "../../lib/store/client";
import { itemSize } from "../../lib/store/item-size";

/** The DynamoDB commands the store sends, by what they do to the table. */
const WRITES: ReadonlySet<string> = new Set(["PutCommand", "UpdateCommand", "DeleteCommand", "BatchWriteCommand"]);
const READS: ReadonlySet<string> = new Set(["GetCommand", "QueryCommand", "BatchGetCommand"]);

export type Operation = "read" | "write";

/** What a crashed process leaves behind: the thrown error of the failing call and of every later one. */
export class InjectedCrash extends Error {
  readonly code = "INJECTED_CRASH";
  constructor(message: string) {
    super(message);
    this.name = "InjectedCrash";
  }
}

/** One DynamoDB call as the store sent it: its command and the key (or partition) it names. */
export interface Call {
  operation: Operation;
  command: string;
  target: string;
}

function targetOf(input: Record<string, unknown>): string {
  const key = (input.Key ?? input.Item) as { pk?: string; sk?: string } | undefined;
  if (key?.pk) return `${key.pk}/${key.sk ?? ""}`;
  const values = input.ExpressionAttributeValues as Record<string, unknown> | undefined;
  if (typeof values?.[":pk"] === "string") return String(values[":pk"]);
  return "";
}

/** Where a process dies: at the `at`-th call of one kind (1-based), or at the first call `when` picks. */
export type CrashPoint = { operation: Operation; at: number } | { when: (call: Call) => boolean };

/**
 * A Db whose process "dies" at a crash point: that call throws before it reaches DynamoDB, and so
 * does every later call, read or write, as after a crash nothing more is written. `null` never
 * crashes and only records the calls.
 */
export function crashingDb(db: Db, crash: CrashPoint | null) {
  const calls: Call[] = [];
  const counts = { read: 0, write: 0 };
  let crashedAt: Call | null = null;
  const send = (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const name = command.constructor.name;
    const operation: Operation | null = WRITES.has(name) ? "write" : READS.has(name) ? "read" : null;
    if (crashedAt) return Promise.reject(new InjectedCrash(`the process crashed earlier, at ${crashedAt.command} ${crashedAt.target}`));
    if (operation) {
      const call = { operation, command: name, target: targetOf(command.input) };
      counts[operation]++;
      const dies = crash && ("when" in crash ? crash.when(call) : crash.operation === operation && counts[operation] === crash.at);
      if (dies) {
        crashedAt = call;
        return Promise.reject(new InjectedCrash(`injected crash at ${operation} ${counts[operation]}: ${name} ${call.target}`));
      }
      calls.push(call);
    }
    return db.doc.send(command as never);
  };
  const doc = { send } as unknown as Db["doc"];
  return { db: { doc, table: db.table } satisfies Db, calls, counts, crashed: () => crashedAt };
}

/** Every item of the table, sorted by key. Tests may scan; the functions are never granted it. */
export async function scanTable(db: Db): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(new ScanCommand({ TableName: db.table, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  const key = (item: Record<string, unknown>) => `${item.pk}\u0000${item.sk}`;
  return items.sort((a, b) => key(a).localeCompare(key(b)));
}

/** A Db on which the calls `fails` picks throw (DynamoDB unreachable for them); the others go through. */
export function faultyDb(db: Db, fails: (call: Call) => boolean): Db {
  const send = (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const name = command.constructor.name;
    const operation: Operation = WRITES.has(name) ? "write" : "read";
    const call = { operation, command: name, target: targetOf(command.input) };
    if (fails(call)) return Promise.reject(Object.assign(new Error(`injected failure: ${name} ${call.target}`), { code: "INJECTED_FAILURE" }));
    return db.doc.send(command as never);
  };
  return { doc: { send } as unknown as Db["doc"], table: db.table };
}

/**
 * A Db that refuses, as DynamoDB does and dynalite does not, an item over 400 KB counted in UTF-8
 * bytes of names and values (lib/store/item-size.ts); dynalite counts UTF-16 characters.
 */
export function awsSizedDb(db: Db): Db {
  const send = (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const input = command.input as { Item?: Record<string, unknown>; RequestItems?: Record<string, { PutRequest?: { Item: Record<string, unknown> } }[]> };
    const items = [input.Item, ...Object.values(input.RequestItems ?? {}).flat().map((r) => r.PutRequest?.Item)];
    for (const item of items) {
      if (item && itemSize(item) > DYNAMODB_ITEM_LIMIT_BYTES) {
        const error = new Error("Item size has exceeded the maximum allowed size");
        return Promise.reject(Object.assign(error, { name: "ValidationException", code: "ValidationException" }));
      }
    }
    return db.doc.send(command as never);
  };
  return { doc: { send } as unknown as Db["doc"], table: db.table };
}

/** DynamoDB's item limit: 400 KB. */
export const DYNAMODB_ITEM_LIMIT_BYTES = 400 * 1024;
