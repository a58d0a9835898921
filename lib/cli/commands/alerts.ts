import { parseArgs } from "node:util";
import type { CliIO, Command } from "../command";
import { oneOf, UsageError } from "../command";
import type { Db } from "../../store/client";
import type { AlertRecord } from "../../alert/types";
import type { AlertState } from "../../store/keys";
import { alertsInState, alertsOfEvent } from "../../store/alerts";
import { deliverAlerts } from "../../alert";
import { OutboxPublisher } from "../../alert/publisher";
import { getEvent, type EventWithReports } from "../../events";
import { placeInLatin } from "../../events/describe";
import { withLocalSession } from "../../local/session";
import { dataOptions, limitOption } from "../options";
import { localAlertRules } from "../rules";
import { plural, renderTable } from "../table";
import { ALERT_CLAIM_LEASE_MS } from "../../constants";

/** The states an alert record is stored in (lib/store/keys.ts), newest activity first in the listing. */
const STATES: readonly AlertState[] = ["pending", "claimed", "sent", "dropped"];
const DEFAULT_LIMIT = 50;
const EVENT_ID = /^[0-9a-f]{16}$/;
const ALERT_ID = /^[0-9a-f]{16}#(?:major|escalation)#\d{4}$/;

const usage = `Usage: rasd alerts [--state STATE] [--event ID] [--limit N] [--format table|json] [--data DIR]
       rasd alerts --resend ALERT_ID [--data DIR]

Lists the alerts rasd decided, newest first, with their state:
  pending   decided but not sent: publishing failed (the error is shown) or the run stopped
            first. The next collection retries it; --resend sends it now.
  claimed   a run is publishing it now; a claim older than ${ALERT_CLAIM_LEASE_MS / 60_000} minutes was abandoned by
            a crashed run and is retried like a pending one.
  sent      published (locally: written to .rasd/outbox.jsonl), with its message id.
  dropped   given up: the event grew older than the age limit before it went out, or was removed.
An alert that was due for an event already older than the age limit (maxAlertAgeHours) is
"suppressed": nothing is stored for it, so it is not listed; the run that decided it says so.
  --state STATE     only alerts in this state (${STATES.join(", ")})
  --event ID        the alerts of one event (rasd events shows the ids)
  --limit N         at most N alerts (default ${DEFAULT_LIMIT})
  --resend ID       send a pending alert now (ids as listed: EVENT#kind#level), through the outbox
                    and the same claim as a collection run, so it is never sent twice; the other
                    alerts earlier runs left pending are retried with it, as the next run would
  --data DIR        data folder (default .rasd)`;

/** The state's time, as the state index orders it. */
function stateTime(a: AlertRecord): string {
  if (a.state === "sent") return a.sentAt ?? a.createdAt;
  if (a.state === "claimed") return a.leaseUntil ?? a.createdAt;
  return a.lastTriedAt ?? a.createdAt;
}

function note(a: AlertRecord): string {
  switch (a.state) {
    case "pending":
      return a.lastError ? `last try failed: ${a.lastError}` : "not tried yet";
    case "claimed":
      return `being sent; claim ends ${a.leaseUntil ?? "?"}`;
    case "sent":
      return `message ${a.messageId ?? "?"} (${a.killedBest ?? 0} killed, ${a.woundedBest ?? 0} wounded)`;
    case "dropped":
      return a.droppedReason ?? "";
  }
}

/** Reads alerts by key or index, never a scan: one event's partition, or each state's index partition. */
async function readAlerts(db: Db, opts: { event?: string; state?: AlertState; limit: number }): Promise<AlertRecord[]> {
  if (opts.event) return (await alertsOfEvent(db, opts.event)).filter((a) => !opts.state || a.state === opts.state);
  const states = opts.state ? [opts.state] : STATES;
  const lists = await Promise.all(states.map((s) => alertsInState(db, s, opts.limit)));
  return lists.flat().sort((a, b) => stateTime(b).localeCompare(stateTime(a))).slice(0, opts.limit);
}

/** "2024-03-14 al-Shula, Deir ez-Zor": which attack an alert is about. */
function describeEvent(e: EventWithReports | null): string {
  if (!e) return "(event removed)";
  const where = [...new Set([placeInLatin(e), e.governorate].filter(Boolean))].join(", ");
  return `${e.date}${e.dated ? "" : "?"} ${where || "place unknown"}`;
}

async function printAlerts(db: Db, io: CliIO, alerts: AlertRecord[], format: "table" | "json"): Promise<void> {
  if (format === "json") {
    io.out(JSON.stringify(alerts, null, 2));
    return;
  }
  const events = new Map(
    await Promise.all([...new Set(alerts.map((a) => a.eventId))].map(async (id) => [id, await getEvent(db, id)] as const)),
  );
  const rows = alerts.map((a) => {
    return [a.state, a.id, describeEvent(events.get(a.eventId) ?? null), a.kind === "major" ? "major" : `escalation ${a.level}`, stateTime(a).slice(0, 19).replace("T", " "), a.attempts, note(a)];
  });
  renderTable(["state", "alert", "event", "kind", "at (UTC)", "tries", "note"], rows).forEach((l) => io.out(l));
  io.out(plural(alerts.length, "alert"));
}

/** Sends one pending alert now, through deliverAlerts: the claim keeps a concurrent run from sending it too. */
async function resend(db: Db, io: CliIO, id: string, outboxPath: string | null): Promise<number> {
  if (!ALERT_ID.test(id)) throw new UsageError(`--resend takes an alert id as listed (EVENT#kind#level), not "${id}"`);
  const eventId = id.slice(0, 16);
  const alert = (await alertsOfEvent(db, eventId)).find((a) => a.id === id);
  if (!alert) {
    io.err(`rasd alerts: no alert ${id}`);
    return 1;
  }
  const now = new Date();
  const abandoned = alert.state === "claimed" && (alert.leaseUntil ?? "") < now.toISOString();
  if (alert.state !== "pending" && !abandoned) {
    const why = {
      sent: `was sent at ${alert.sentAt} (message ${alert.messageId}); an alert is sent once`,
      dropped: `was dropped (${alert.droppedReason ?? "no reason recorded"}) and is not sent`,
      claimed: `is being sent by another run (claim ends ${alert.leaseUntil})`,
      pending: "",
    }[alert.state];
    io.err(`rasd alerts: alert ${id} ${why}`);
    return 1;
  }
  const outcomes = await deliverAlerts(db, new OutboxPublisher(outboxPath, io), { eventIds: [eventId], rules: localAlertRules(), now });
  const mine = outcomes.find((o) => o.alertId === id);
  const others = outcomes.filter((o) => o !== mine && o.status === "sent").length;
  if (others > 0) io.out(`${plural(others, "other pending alert")} retried and sent with it`);
  if (mine?.status === "sent") {
    io.out(`alert ${id} sent (message ${mine.messageId})`);
    return 0;
  }
  const detail = mine ? `${mine.status}${mine.error ? `: ${mine.error.code}: ${mine.error.message}` : ""}${mine.reason ? `: ${mine.reason}` : ""}` : "not attempted";
  io.err(`rasd alerts: alert ${id} not sent: ${detail}`);
  return 1;
}

export const command: Command = {
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        state: { type: "string" },
        event: { type: "string" },
        limit: { type: "string" },
        resend: { type: "string" },
        format: { type: "string", default: "table" },
        data: { type: "string" },
        help: { type: "boolean" },
      },
    });
    if (values.help) return io.out(usage), 0;
    const format = oneOf("format", values.format, ["table", "json"] as const);
    const state = values.state === undefined ? undefined : oneOf("state", values.state, STATES);
    if (values.event !== undefined && !EVENT_ID.test(values.event)) {
      throw new UsageError(`--event takes an event id (16 hex digits, as rasd events shows), not "${values.event}"`);
    }
    const limit = limitOption(values.limit) ?? DEFAULT_LIMIT;
    return withLocalSession(dataOptions("alerts", values, "read"), async ({ db, outboxPath }) => {
      if (values.resend !== undefined) return resend(db, io, values.resend, outboxPath);
      await printAlerts(db, io, await readAlerts(db, { event: values.event, state, limit }), format);
      return 0;
    });
  },
};
