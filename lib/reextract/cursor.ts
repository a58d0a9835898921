import { z } from "zod";
import type { Position, ReextractPayload, Selection } from "./types";

/** Bumped when the cursor's shape changes, so an old cursor is refused instead of misread. */
const CURSOR_VERSION = 1;

// Shape only: the selection inside is validated by the payload rules (./payload), the same as a payload's own.
const CursorShape = z.strictObject({
  v: z.literal(CURSOR_VERSION),
  sel: z.record(z.string(), z.unknown()),
  at: z.union([
    z.strictObject({ next: z.number().int().nonnegative() }),
    z.strictObject({ outlet: z.string(), after: z.string().nullable() }),
  ]),
});

/** A selection as a payload names it: what the cursor carries. */
export function selectionPayload(selection: Selection): ReextractPayload {
  switch (selection.kind) {
    case "urls":
      return { urls: selection.urls };
    case "outlet":
      return { outlet: selection.outlet, since: selection.since, until: selection.until };
    case "all":
      return { all: true, since: selection.since, until: selection.until };
  }
}

/** The opaque cursor: base64url JSON of the selection and the position to resume from. */
export function encodeCursor(selection: Selection, at: Position): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, sel: selectionPayload(selection), at }), "utf8").toString("base64url");
}

/** A decoded cursor whose selection still has to pass the payload rules. */
export interface DecodedCursor {
  sel: Record<string, unknown>;
  at: Position;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Decodes a cursor, or returns what is wrong with it. */
export function decodeCursor(text: string): DecodedCursor | { problem: string } {
  const garbled = { problem: "not a cursor this function gave out (copy it whole from the last answer)" };
  if (!BASE64URL.test(text)) return garbled;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return garbled;
  }
  const shape = CursorShape.safeParse(json);
  return shape.success ? { sel: shape.data.sel, at: shape.data.at } : garbled;
}
