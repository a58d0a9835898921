/**
 * Plain JS values ↔ DynamoDB attribute values (the JSON API's `{"S": "x"}` form), as the AWS
 * SDK's document client converts them with `removeUndefinedValues`: strings, finite numbers,
 * booleans, null, arrays, plain objects, binary (Uint8Array) and non-empty Sets of strings,
 * numbers or binary. `undefined` members of objects and arrays are left out.
 */

/** One DynamoDB attribute value in the JSON API's form. */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] };

/** An item, a key or a map of expression values, as the store writes and reads them. */
export type Item = Record<string, unknown>;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");

function number(n: number | bigint): string {
  if (typeof n === "number" && !Number.isFinite(n)) throw new TypeError(`DynamoDB cannot store the number ${n}`);
  return String(n);
}

/** One value to its attribute value; `undefined` for a value to leave out. */
export function toAttribute(value: unknown): AttributeValue | undefined {
  if (value === undefined) return undefined;
  if (value === null) return { NULL: true };
  switch (typeof value) {
    case "string":
      return { S: value };
    case "number":
    case "bigint":
      return { N: number(value) };
    case "boolean":
      return { BOOL: value };
  }
  if (Array.isArray(value)) return { L: value.map(toAttribute).filter((v) => v !== undefined) };
  if (value instanceof Uint8Array) return { B: base64(value) };
  if (value instanceof Set) return toSet(value);
  const prototype: unknown = typeof value === "object" ? Object.getPrototypeOf(value) : undefined;
  if (prototype === Object.prototype || prototype === null) return { M: marshallItem(value as Item) };
  throw new TypeError(`DynamoDB cannot store a ${Object.prototype.toString.call(value).slice(8, -1)}`);
}

function toSet(set: Set<unknown>): AttributeValue {
  const members = [...set];
  if (members.length === 0) throw new TypeError("DynamoDB has no empty sets: leave the attribute out instead");
  if (members.every((m) => typeof m === "string")) return { SS: members as string[] };
  if (members.every((m) => typeof m === "number" || typeof m === "bigint")) return { NS: members.map((m) => number(m as number)) };
  if (members.every((m) => m instanceof Uint8Array)) return { BS: members.map((m) => base64(m as Uint8Array)) };
  throw new TypeError("a DynamoDB set holds only strings, only numbers or only binary values");
}

/** A plain object to an item of attribute values, leaving out `undefined` members. */
export function marshallItem(item: Item): Record<string, AttributeValue> {
  // fromEntries, not assignment: a member named "__proto__" stays a member.
  const pairs = Object.entries(item).map(([name, value]) => [name, toAttribute(value)] as const);
  return Object.fromEntries(pairs.filter((pair): pair is readonly [string, AttributeValue] => pair[1] !== undefined));
}

/** One attribute value to its plain value. */
export function fromAttribute(attribute: AttributeValue): unknown {
  if ("S" in attribute) return attribute.S;
  if ("N" in attribute) return Number(attribute.N);
  if ("BOOL" in attribute) return attribute.BOOL;
  if ("NULL" in attribute) return null;
  if ("L" in attribute) return attribute.L.map(fromAttribute);
  if ("M" in attribute) return unmarshallItem(attribute.M);
  if ("B" in attribute) return new Uint8Array(Buffer.from(attribute.B, "base64"));
  if ("SS" in attribute) return new Set(attribute.SS);
  if ("NS" in attribute) return new Set(attribute.NS.map(Number));
  if ("BS" in attribute) return new Set(attribute.BS.map((b) => new Uint8Array(Buffer.from(b, "base64"))));
  throw new TypeError(`unknown DynamoDB attribute type ${Object.keys(attribute).join(", ")}`);
}

/** An item of attribute values to a plain object. */
export function unmarshallItem(item: Record<string, AttributeValue>): Item {
  return Object.fromEntries(Object.entries(item).map(([name, attribute]) => [name, fromAttribute(attribute)]));
}
