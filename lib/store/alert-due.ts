import { DeleteCommand, QueryCommand, UpdateCommand } from "./dynamo";
import { isConditionFailure, withoutKeys, type Db } from "./client";
import { ALERT_DUE_PK, alertDueKey } from "./keys";

/**
 * Whether a change to an event asks for an alert decision (README "Reliability"):
 * - `decide`: with the stage's rules (collection);
 * - `decide-if-recent`: never past the default age limit, even where the stage sets none
 *   (re-extraction with `alert`: old news never pages anyone);
 * - `never`: no decision (re-extraction without `alert`).
 */
export type AlertMarking = "decide" | "decide-if-recent" | "never";

/**
 * An event whose alert decision is pending: written before the event write that takes the event
 * to `version`, deleted only once a decision on that version (or a later one) is recorded.
 */
export interface AlertDue {
  eventId: string;
  version: number;
  /** Only `decide-if-recent` changes asked for it: the default age limit applies. */
  recentOnly: boolean;
  markedAt: string;
}

/**
 * Marks an event's alert decision pending for the event write that will take it to `version`.
 * A mark left by an earlier change is taken over; it stays recent-only only if both asked for that.
 */
export async function markAlertDue(db: Db, eventId: string, version: number, marking: Exclude<AlertMarking, "never">, now: string): Promise<void> {
  const recentOnly = marking === "decide-if-recent";
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: alertDueKey(eventId),
      UpdateExpression: `SET #kind = :kind, eventId = :id, version = :v, markedAt = :at, recentOnly = ${recentOnly ? "if_not_exists(recentOnly, :recent)" : ":recent"}`,
      ExpressionAttributeNames: { "#kind": "kind" },
      ExpressionAttributeValues: { ":kind": "alert-due", ":id": eventId, ":v": version, ":at": now, ":recent": recentOnly },
    }),
  );
}

/** Pending alert decisions (consistent read of their one partition), at most `limit`. */
export async function alertsDue(db: Db, limit: number): Promise<AlertDue[]> {
  const out: AlertDue[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": ALERT_DUE_PK },
        ConsistentRead: true,
        ExclusiveStartKey: start,
        Limit: limit - out.length,
      }),
    );
    out.push(...(page.Items ?? []).map((item) => withoutKeys<AlertDue>(item)));
    start = page.LastEvaluatedKey;
  } while (start && out.length < limit);
  return out;
}

/** Deletes a mark once its decision is recorded; false when a newer change marked the event again meanwhile. */
export async function clearAlertDue(db: Db, due: Pick<AlertDue, "eventId" | "version">): Promise<boolean> {
  try {
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: alertDueKey(due.eventId),
        ConditionExpression: "version = :v",
        ExpressionAttributeValues: { ":v": due.version },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
