import { randomUUID } from "node:crypto";
import type { Db } from "../store/client";
import type { EventWithReports } from "../events/types";
import type { AlertPublisher } from "./publisher";
import type { AlertOutcome, AlertRecord, AlertRules } from "./types";
import { alertId } from "../store/keys";
import { errorDetail } from "../error-detail";
import { alertsOfEvent, alertsToRetry, claimAlert, createAlert, dropAlert, markAlertSent, releaseAlert } from "../store/alerts";
import { alertsDue, clearAlertDue, type AlertDue } from "../store/alert-due";
import { ClusterLease } from "../store/lease";
import { alertedKilled, dueAlert, isTooOld } from "./rules";
import { ALERT_CLAIM_LEASE_MS, ALERT_RETRY_BATCH, ALERT_SWEEP_BATCH, DEFAULT_MAX_ALERT_AGE_HOURS } from "../constants";

export type { AlertMessage, AlertOutcome, AlertRecord, AlertRules } from "./types";
export { DEFAULT_ALERT_RULES, alertRulesFrom } from "./rules-config";

export interface DeliverOptions {
  eventIds: readonly string[];
  rules: AlertRules;
  /** The run's time: what event ages are measured against. */
  now: Date;
  /** Wall clock (epoch ms) of claims and their leases; Date.now by default. */
  clock?: () => number;
  /**
   * Also take up every event marked for a decision (default true). Re-extraction passes false:
   * it decides only the events it touched, under its own stricter age rule.
   */
  sweep?: boolean;
}

/**
 * The event reader (with the clustering behind lib/events) and the message writer (with the
 * gazetteer), imported when the first event is decided: a run with nothing to decide or retry
 * never loads them.
 */
const loadDecisionStages = () => Promise.all([import("../events"), import("./message")]);

/** A pending alert, or a claim abandoned by a crashed run, may be taken. */
const open = (a: AlertRecord, wallNow: string) =>
  a.state === "pending" || (a.state === "claimed" && (a.leaseUntil ?? "") < wallNow);

/** What deciding and delivering one event's alerts did. */
interface EventDelivery {
  outcomes: AlertOutcome[];
  /** True once the event's figures have been judged: an alert record made, or none due (or too old). */
  decided: boolean;
  /** The version the decision read; null when the event is gone. */
  version: number | null;
}

/**
 * Decides and sends the alerts of the given events and of every event marked for a decision
 * (README "Reliability"), and retries alerts earlier runs left pending (README "Alerts"). Each
 * alert is stored pending with a conditional put, claimed with a conditional update (with a
 * lease), published, then marked sent: two runs at once never send one alert twice, and a
 * failed publish is retried by the next run. A mark is cleared only once the decision on the
 * figures it was set for is recorded; an event whose decision fails is reported (status
 * "failed", no kind) and the others go on.
 *
 * @example
 * const outcomes = await deliverAlerts(db, new SnsPublisher(snsClientOnFirstUse(), topicArn), { eventIds: changes.touched, rules, now });
 */
export async function deliverAlerts(db: Db, publisher: AlertPublisher, opts: DeliverOptions): Promise<AlertOutcome[]> {
  const clock = opts.clock ?? Date.now;
  const marks = new Map((await alertsDue(db, ALERT_SWEEP_BATCH)).map((due) => [due.eventId, due]));
  const retry = await alertsToRetry(db, new Date(clock()).toISOString(), ALERT_RETRY_BATCH);
  const swept = opts.sweep === false ? [] : [...marks.keys()];
  const eventIds = [...new Set([...opts.eventIds, ...swept, ...retry.map((a) => a.eventId)])];
  const outcomes: AlertOutcome[] = [];
  for (const id of eventIds) {
    const mark = marks.get(id);
    try {
      const rules = mark?.recentOnly ? recentOnly(opts.rules) : opts.rules;
      const delivery = await deliverForEvent(db, publisher, id, { ...opts, rules, clock });
      outcomes.push(...delivery.outcomes);
      if (mark && delivery.decided) await settleMark(db, mark, delivery.version);
    } catch (error) {
      outcomes.push({ eventId: id, alertId: null, kind: null, level: null, status: "failed", error: errorDetail(error, "ALERT_DECISION_FAILED") });
    }
  }
  return outcomes;
}

/** Rules that never alert past the default age limit, whatever the stage says. */
const recentOnly = (rules: AlertRules): AlertRules => ({ ...rules, maxAlertAgeHours: rules.maxAlertAgeHours ?? DEFAULT_MAX_ALERT_AGE_HOURS });

/**
 * Clears a mark whose decision is recorded. The mark is written before its event write, so an
 * event still below the mark's version is either being written right now or was left by a
 * crashed run: only with the clustering lease in hand (no attach under way) is the mark known to
 * be stale and cleared; if the lease is busy it waits for the next run.
 */
async function settleMark(db: Db, mark: AlertDue, version: number | null): Promise<void> {
  if (version !== null && version >= mark.version) {
    await clearAlertDue(db, mark);
    return;
  }
  const lease = await ClusterLease.tryAcquire(db);
  if (!lease) return;
  try {
    const [{ getEvent }] = await loadDecisionStages();
    const event = await getEvent(db, mark.eventId);
    if (!event || event.version < mark.version) await clearAlertDue(db, mark);
  } finally {
    await lease.release();
  }
}

async function deliverForEvent(
  db: Db,
  publisher: AlertPublisher,
  eventId: string,
  opts: DeliverOptions & { clock: () => number },
): Promise<EventDelivery> {
  const [{ getEvent }] = await loadDecisionStages();
  const event = await getEvent(db, eventId);
  let alerts = await alertsOfEvent(db, eventId);
  const wallNow = new Date(opts.clock()).toISOString();
  const unsent = alerts.filter((a) => a.state === "pending" || a.state === "claimed");
  if (!event) {
    const outcomes = await Promise.all(unsent.filter((a) => open(a, wallNow)).map((a) => drop(db, a, "event removed", wallNow)));
    return { outcomes, decided: true, version: null };
  }
  // An alert still unsent is sent first, with the event's current figures; new alerts are
  // decided only once every earlier one has gone out, so each is measured from what was sent.
  const outcomes: AlertOutcome[] = [];
  for (const a of unsent) {
    outcomes.push(open(a, wallNow) ? await deliver(db, publisher, event, a, alerts, opts) : outcome(a, "taken"));
  }
  if (outcomes.some((o) => o.status !== "sent")) {
    // Dropped (too old by now) settles the event; failed or taken waits for the next run.
    return { outcomes, decided: outcomes.every((o) => o.status === "sent" || o.status === "dropped"), version: event.version };
  }
  if (unsent.length > 0) alerts = await alertsOfEvent(db, eventId);

  const due = dueAlert(event, alerts, opts.rules);
  if (!due) return { outcomes, decided: true, version: event.version };
  if (isTooOld(event, opts.rules, opts.now)) {
    outcomes.push({ eventId, alertId: null, kind: due.kind, level: due.level, status: "suppressed", reason: "too old" });
    return { outcomes, decided: true, version: event.version };
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
  outcomes.push(await deliver(db, publisher, event, record, alerts, opts));
  // Decided either way: a failed publish leaves the record pending, and retries take it from there.
  return { outcomes, decided: true, version: event.version };
}

/** Claims, publishes and marks one alert sent; a failed publish puts it back to pending. */
async function deliver(
  db: Db,
  publisher: AlertPublisher,
  event: EventWithReports,
  alert: AlertRecord,
  alerts: readonly AlertRecord[],
  opts: DeliverOptions & { clock: () => number },
): Promise<AlertOutcome> {
  const now = opts.clock();
  if (isTooOld(event, opts.rules, opts.now)) return drop(db, alert, "too old", new Date(now).toISOString());
  // Loaded before the claim, so a failed import never leaves a claimed alert unsent.
  const [, { buildAlertMessage }] = await loadDecisionStages();
  const owner = randomUUID();
  const claimed = await claimAlert(db, alert, owner, new Date(now).toISOString(), new Date(now + ALERT_CLAIM_LEASE_MS).toISOString());
  if (!claimed) return outcome(alert, "taken");

  const message = buildAlertMessage(event, alert, alertedKilled(alerts));
  let messageId: string;
  try {
    ({ messageId } = await publisher.publish(message));
  } catch (error) {
    const detail = errorDetail(error, "ALERT_PUBLISH_FAILED");
    await releaseAlert(db, alert, owner, `${detail.code}: ${detail.message}`, new Date(opts.clock()).toISOString());
    return { ...outcome(alert, "failed"), error: detail };
  }
  // Published: even if the claim was lost meanwhile (a lease outlived), the message went out.
  await markAlertSent(db, alert, owner, {
    sentAt: new Date(opts.clock()).toISOString(),
    messageId,
    killedBest: message.attributes.killedBest,
    woundedBest: message.attributes.woundedBest,
  });
  return { ...outcome(alert, "sent"), messageId };
}

async function drop(db: Db, alert: AlertRecord, reason: string, wallNow: string): Promise<AlertOutcome> {
  const dropped = await dropAlert(db, alert, reason, wallNow);
  return dropped ? { ...outcome(alert, "dropped"), reason } : outcome(alert, "taken");
}

function outcome(alert: AlertRecord, status: AlertOutcome["status"]): AlertOutcome {
  return { eventId: alert.eventId, alertId: alert.id, kind: alert.kind, level: alert.level, status };
}

