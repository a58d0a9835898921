import { PutCommand, QueryCommand, UpdateCommand } from "./dynamo";
import { isConditionFailure, withoutKeys, type Db } from "./client";
import type { AlertRecord, AlertState } from "../alert/types";
import { ALERT_PREFIX, alertIndex, alertKey, alertStatePk, eventPartition } from "./keys";
import { TABLE_KEYS } from "./schema";

// `kind` is a field of an alert; its record-type marker is `record`.
const toAlert = (item: Record<string, unknown>) => withoutKeys<AlertRecord>(item, "record");

/** Runs a conditional write; false when its condition did not hold. */
async function conditional(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** The alerts of an event (consistent read). */
export async function alertsOfEvent(db: Db, eventId: string): Promise<AlertRecord[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :alert)",
      ExpressionAttributeValues: { ":pk": eventPartition(eventId), ":alert": ALERT_PREFIX },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map(toAlert);
}

/**
 * Alerts in one state through the state index (gsi1 `ALERTSTATE#<state>`), newest first by the
 * state's time: when a pending alert was last tried, a claim's lease end, the send or drop time.
 */
export async function alertsInState(db: Db, state: AlertState, limit: number): Promise<AlertRecord[]> {
  const { name, partitionKey } = TABLE_KEYS.gsi1;
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: name,
      KeyConditionExpression: `${partitionKey} = :pk`,
      ExpressionAttributeValues: { ":pk": alertStatePk(state) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map(toAlert);
}

/** Stores a new pending alert; false when it exists (another run decided the same alert). */
export async function createAlert(db: Db, alert: AlertRecord): Promise<boolean> {
  return conditional(() =>
    db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...alertKey(alert.eventId, alert.kind, alert.level),
          ...alertIndex("pending", alert.createdAt, alert.id),
          record: "alert",
          ...alert,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    ),
  );
}

/**
 * Claims a pending alert, or one whose claim expired, for `owner` until `leaseUntil`. Only one
 * of several runs trying at once succeeds: the condition is checked and the write made atomically.
 */
export async function claimAlert(db: Db, alert: AlertRecord, owner: string, now: string, leaseUntil: string): Promise<boolean> {
  const index = alertIndex("claimed", leaseUntil, alert.id);
  return conditional(() =>
    db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: alertKey(alert.eventId, alert.kind, alert.level),
        UpdateExpression:
          "SET #state = :claimed, #owner = :owner, leaseUntil = :lease, lastTriedAt = :now, gsi1pk = :gpk, gsi1sk = :gsk ADD attempts :one",
        ConditionExpression: "#state = :pending OR (#state = :claimed AND leaseUntil < :now)",
        ExpressionAttributeNames: { "#state": "state", "#owner": "owner" },
        ExpressionAttributeValues: {
          ":claimed": "claimed", ":pending": "pending", ":owner": owner, ":lease": leaseUntil, ":now": now,
          ":gpk": index.gsi1pk, ":gsk": index.gsi1sk, ":one": 1,
        },
      }),
    ),
  );
}

/** Marks a claimed alert sent with the figures its message gave; false if the claim was lost. */
export async function markAlertSent(
  db: Db,
  alert: AlertRecord,
  owner: string,
  sent: { sentAt: string; messageId: string; killedBest: number; woundedBest: number },
): Promise<boolean> {
  const index = alertIndex("sent", sent.sentAt, alert.id);
  return conditional(() =>
    db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: alertKey(alert.eventId, alert.kind, alert.level),
        UpdateExpression:
          "SET #state = :sent, sentAt = :at, messageId = :mid, killedBest = :k, woundedBest = :w, gsi1pk = :gpk, gsi1sk = :gsk REMOVE #owner, leaseUntil, lastError",
        ConditionExpression: "#state = :claimed AND #owner = :owner",
        ExpressionAttributeNames: { "#state": "state", "#owner": "owner" },
        ExpressionAttributeValues: {
          ":sent": "sent", ":claimed": "claimed", ":owner": owner, ":at": sent.sentAt, ":mid": sent.messageId,
          ":k": sent.killedBest, ":w": sent.woundedBest, ":gpk": index.gsi1pk, ":gsk": index.gsi1sk,
        },
      }),
    ),
  );
}

/** Puts a claimed alert back to pending after a failed publish, so the next run retries it. */
export async function releaseAlert(db: Db, alert: AlertRecord, owner: string, error: string, now: string): Promise<boolean> {
  const index = alertIndex("pending", now, alert.id);
  return conditional(() =>
    db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: alertKey(alert.eventId, alert.kind, alert.level),
        UpdateExpression: "SET #state = :pending, lastError = :error, gsi1pk = :gpk, gsi1sk = :gsk REMOVE #owner, leaseUntil",
        ConditionExpression: "#state = :claimed AND #owner = :owner",
        ExpressionAttributeNames: { "#state": "state", "#owner": "owner" },
        ExpressionAttributeValues: {
          ":pending": "pending", ":claimed": "claimed", ":owner": owner, ":error": error,
          ":gpk": index.gsi1pk, ":gsk": index.gsi1sk,
        },
      }),
    ),
  );
}

/** Gives up a pending (or abandoned) alert for good; false when another run holds or sent it. */
export async function dropAlert(db: Db, alert: AlertRecord, reason: string, now: string): Promise<boolean> {
  const index = alertIndex("dropped", now, alert.id);
  return conditional(() =>
    db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: alertKey(alert.eventId, alert.kind, alert.level),
        UpdateExpression: "SET #state = :dropped, droppedReason = :reason, gsi1pk = :gpk, gsi1sk = :gsk REMOVE #owner, leaseUntil",
        ConditionExpression: "#state = :pending OR (#state = :claimed AND leaseUntil < :now)",
        ExpressionAttributeNames: { "#state": "state", "#owner": "owner" },
        ExpressionAttributeValues: {
          ":dropped": "dropped", ":pending": "pending", ":claimed": "claimed", ":reason": reason, ":now": now,
          ":gpk": index.gsi1pk, ":gsk": index.gsi1sk,
        },
      }),
    ),
  );
}

/**
 * Alerts earlier runs left to retry, through the state index: every pending one and every claim
 * whose lease ran out before `now` (its sort key starts with the lease expiry). Oldest first.
 */
export async function alertsToRetry(db: Db, now: string, limit: number): Promise<AlertRecord[]> {
  const { name, partitionKey, sortKey } = TABLE_KEYS.gsi1;
  const query = async (state: "pending" | "claimed", below: string) => {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: name,
        KeyConditionExpression: `${partitionKey} = :pk AND ${sortKey} < :below`,
        ExpressionAttributeValues: { ":pk": alertStatePk(state), ":below": below },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map(toAlert);
  };
  const [pending, expired] = await Promise.all([query("pending", "~"), query("claimed", now)]);
  return [...pending, ...expired].slice(0, limit);
}
