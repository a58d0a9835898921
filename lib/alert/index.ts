import { randomUUID } from "node:crypto";
import type { Db } from "../store/client";
import type { EventWithReports } from "../events/types";
import type { AlertPublisher } from "./publisher";
import type { AlertOutcome, AlertRecord, AlertRules } from "./types";
import { getEvent } from "../events";
import { alertId } from "../store/keys";
import { alertsOfEvent, alertsToRetry, claimAlert, createAlert, dropAlert, markAlertSent, releaseAlert } from "../store/alerts";
import { alertedKilled, dueAlert, isTooOld } from "./rules";
import { buildAlertMessage } from "./message";
import { ALERT_CLAIM_LEASE_MS, ALERT_RETRY_BATCH } from "../constants";

export type { AlertMessage, AlertOutcome, AlertRecord, AlertRules } from "./types";
export { DEFAULT_ALERT_RULES, alertRulesFrom } from "./rules-config";

export interface DeliverOptions {
  eventIds: readonly string[];
  rules: AlertRules;
  /** The run's time: what event ages are measured against. */
  now: Date;
}

/** A pending alert, or a claim abandoned by a crashed run, may be taken. */
const open = (a: AlertRecord, wallNow: string) =>
  a.state === "pending" || (a.state === "claimed" && (a.leaseUntil ?? "") < wallNow);

/**
 * Decides and sends the alerts of the given events, and retries alerts earlier runs left
 * pending (README "Alerts"). Each alert is stored pending with a conditional put, claimed with
 * a conditional update (with a lease), published, then marked sent: two runs at once never
 * send one alert twice, and a failed publish is retried by the next run.
 *
 * @example
 * const outcomes = await deliverAlerts(db, new SnsPublisher(sns, topicArn), { eventIds: changes.touched, rules, now });
 */
export async function deliverAlerts(db: Db, publisher: AlertPublisher, opts: DeliverOptions): Promise<AlertOutcome[]> {
  const retry = await alertsToRetry(db, new Date().toISOString(), ALERT_RETRY_BATCH);
  const eventIds = [...new Set([...opts.eventIds, ...retry.map((a) => a.eventId)])];
  const outcomes: AlertOutcome[] = [];
  for (const id of eventIds) outcomes.push(...(await deliverForEvent(db, publisher, id, opts)));
  return outcomes;
}

async function deliverForEvent(db: Db, publisher: AlertPublisher, eventId: string, opts: DeliverOptions): Promise<AlertOutcome[]> {
  const [event, alerts] = await Promise.all([getEvent(db, eventId), alertsOfEvent(db, eventId)]);
  const wallNow = new Date().toISOString();
  const unsent = alerts.filter((a) => a.state === "pending" || a.state === "claimed");
  if (!event) {
    return Promise.all(unsent.filter((a) => open(a, wallNow)).map((a) => drop(db, a, "event removed")));
  }
  // An alert still unsent is sent first, with the event's current figures; new alerts are
  // decided only once every earlier one has gone out, so each is measured from what was sent.
  if (unsent.length > 0) {
    const outcomes: AlertOutcome[] = [];
    for (const a of unsent) {
      outcomes.push(open(a, wallNow) ? await deliver(db, publisher, event, a, alerts, opts) : outcome(a, "taken"));
    }
    return outcomes;
  }
  const due = dueAlert(event, alerts, opts.rules);
  if (!due) return [];
  if (isTooOld(event, opts.rules, opts.now)) {
    return [{ eventId, alertId: null, kind: due.kind, level: due.level, status: "suppressed", reason: "too old" }];
  }
  const record: AlertRecord = {
    id: alertId(eventId, due.kind, due.level),
    eventId,
    kind: due.kind,
    level: due.level,
    state: "pending",
    createdAt: opts.now.toISOString(),
    attempts: 0,
  };
  // When the put finds the record there, another run decided the same alert: the claim below settles who sends it.
  await createAlert(db, record);
  return [await deliver(db, publisher, event, record, alerts, opts)];
}

/** Claims, publishes and marks one alert sent; a failed publish puts it back to pending. */
async function deliver(
  db: Db,
  publisher: AlertPublisher,
  event: EventWithReports,
  alert: AlertRecord,
  alerts: readonly AlertRecord[],
  opts: DeliverOptions,
): Promise<AlertOutcome> {
  if (isTooOld(event, opts.rules, opts.now)) return drop(db, alert, "too old");
  const owner = randomUUID();
  const now = Date.now();
  const claimed = await claimAlert(db, alert, owner, new Date(now).toISOString(), new Date(now + ALERT_CLAIM_LEASE_MS).toISOString());
  if (!claimed) return outcome(alert, "taken");

  const message = buildAlertMessage(event, alert, alertedKilled(alerts));
  let messageId: string;
  try {
    ({ messageId } = await publisher.publish(message));
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    const detail = { code: typeof e.code === "string" ? e.code : "ALERT_PUBLISH_FAILED", message: String(e.message ?? error) };
    await releaseAlert(db, alert, owner, `${detail.code}: ${detail.message}`, new Date().toISOString());
    return { ...outcome(alert, "failed"), error: detail };
  }
  // Published: even if the claim was lost meanwhile (a lease outlived), the message went out.
  await markAlertSent(db, alert, owner, {
    sentAt: new Date().toISOString(),
    messageId,
    killedBest: message.attributes.killedBest,
    woundedBest: message.attributes.woundedBest,
  });
  return { ...outcome(alert, "sent"), messageId };
}

async function drop(db: Db, alert: AlertRecord, reason: string): Promise<AlertOutcome> {
  const dropped = await dropAlert(db, alert, reason, new Date().toISOString());
  return dropped ? { ...outcome(alert, "dropped"), reason } : outcome(alert, "taken");
}

function outcome(alert: AlertRecord, status: AlertOutcome["status"]): AlertOutcome {
  return { eventId: alert.eventId, alertId: alert.id, kind: alert.kind, level: alert.level, status };
}
