import { MAX_STORED_ITEM_BYTES } from "../constants";

const utf8 = (text: string) => Buffer.byteLength(text, "utf8");

/** Significant digits of a number as DynamoDB stores it: leading and trailing zeros do not count. */
function significantDigits(n: number): number {
  const digits = Math.abs(n).toExponential().split("e")[0].replace(".", "").replace(/0+$/, "");
  return Math.max(1, digits.length);
}

/**
 * Bytes a value takes in a DynamoDB item, by AWS's rule ("Item sizes and formats" in the
 * DynamoDB developer guide): strings as UTF-8, numbers about one byte per two significant digits
 * plus one, binary by length, booleans and null one byte, sets the sum of their members, lists
 * and maps 3 bytes plus each element and one byte per element (a map's keys count as names).
 */
function valueSize(value: unknown): number {
  if (value === null || typeof value === "boolean") return 1;
  if (typeof value === "string") return utf8(value);
  if (typeof value === "number") return Math.ceil(significantDigits(value) / 2) + 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((n: number, member) => n + valueSize(member), 0);
  if (Array.isArray(value)) return 3 + value.reduce((n: number, element) => n + valueSize(element) + 1, 0);
  if (typeof value === "object") return 3 + attributesSize(value as Record<string, unknown>, 1);
  throw new TypeError(`cannot store a value of type ${typeof value}`);
}

/** Names and values of attributes (undefined ones are not stored), plus `perAttribute` bytes each. */
function attributesSize(attributes: Record<string, unknown>, perAttribute: number): number {
  let size = 0;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) size += utf8(name) + valueSize(value) + perAttribute;
  }
  return size;
}

/**
 * The size DynamoDB counts against its 400 KB item limit, in bytes. dynalite counts UTF-16
 * characters instead, which lets an Arabic item of 200,000 characters (400 KB in UTF-8) through
 * locally and fail on AWS: the store checks sizes with this rule itself.
 * @example itemSize({ pk: "ART#1", text: "قتل" }) // 2 + 5 + 4 + 6 = 17
 */
export function itemSize(item: Record<string, unknown>): number {
  return attributesSize(item, 0);
}

/** `text` cut to `max` characters (never inside a surrogate pair). */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, end);
}

/** An item larger than DynamoDB accepts: refused before it is sent, with what it is and how large. */
export class ItemTooLargeError extends Error {
  readonly code = "ITEM_TOO_LARGE";
  readonly retryable = false;
  constructor(readonly key: string, readonly bytes: number) {
    super(`item ${key} is ${bytes} bytes, over the ${MAX_STORED_ITEM_BYTES} bytes the store allows (DynamoDB's limit is 400 KB)`);
    this.name = "ItemTooLargeError";
  }
}

/** Returns the item unchanged if it fits {@link MAX_STORED_ITEM_BYTES}; throws {@link ItemTooLargeError} otherwise. */
export function checkedItem<T extends Record<string, unknown>>(item: T): T {
  const bytes = itemSize(item);
  if (bytes > MAX_STORED_ITEM_BYTES) throw new ItemTooLargeError(`${String(item.pk)}/${String(item.sk)}`, bytes);
  return item;
}
