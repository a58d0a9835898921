import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { marshallItem, unmarshallItem, type AttributeValue } from "../../lib/store/attributes";

/** Through JSON, as the values travel to DynamoDB and back. */
const roundTrip = (item: Record<string, unknown>) =>
  unmarshallItem(JSON.parse(JSON.stringify(marshallItem(item))) as Record<string, AttributeValue>);

const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    number,
    fc.boolean(),
    fc.constant(null),
    fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 5 }).map((a) => new Set(a)),
    fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 5 }).map((a) => new Set(a)),
    fc.uint8Array({ maxLength: 8 }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie("value"), { maxKeys: 4 }),
  ),
}));

describe("marshalling", () => {
  it("gives back every value it stores, through JSON", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string(), fc.constant("__proto__")), value), (item) => {
        expect(roundTrip(item)).toEqual(item);
      }),
    );
  });

  it("writes the attribute types DynamoDB expects", () => {
    expect(marshallItem({ s: "a", n: 1.5, b: true, z: null, ss: new Set(["x"]), ns: new Set([2]), l: [1], m: { k: "v" } })).toEqual({
      s: { S: "a" },
      n: { N: "1.5" },
      b: { BOOL: true },
      z: { NULL: true },
      ss: { SS: ["x"] },
      ns: { NS: ["2"] },
      l: { L: [{ N: "1" }] },
      m: { M: { k: { S: "v" } } },
    });
  });

  it("leaves undefined out of objects and arrays, as removeUndefinedValues does", () => {
    expect(marshallItem({ a: undefined, b: [1, undefined], c: { d: undefined } })).toEqual({ b: { L: [{ N: "1" }] }, c: { M: {} } });
  });

  it("refuses what DynamoDB cannot store, with a clear message", () => {
    expect(() => marshallItem({ n: Number.NaN })).toThrow("DynamoDB cannot store the number NaN");
    expect(() => marshallItem({ s: new Set() })).toThrow("DynamoDB has no empty sets");
    expect(() => marshallItem({ d: new Date(0) })).toThrow("DynamoDB cannot store a Date");
    expect(() => marshallItem({ s: new Set(["a", 1]) })).toThrow("only strings, only numbers or only binary");
  });
});
