import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ALERT_RULES, deliverAlerts } from "../../lib/alert";
import { AlertPublishError, type AlertPublisher } from "../../lib/alert/publisher";
import { listEvents } from "../../lib/events";
import { withLocalSession } from "../../lib/local/session";
import { storePage, sukhnahAttack } from "../reextract/helpers";
import { lines, rasd } from "../support/cli";

const dir = mkdtempSync(path.join(tmpdir(), "rasd-alerts-cli-"));
const data = path.join(dir, "data");
const outbox = path.join(data, "outbox.jsonl");

/** SNS down: every publish fails, so the alert stays pending with the error. */
const down: AlertPublisher = {
  publish: async (message) => {
    throw new AlertPublishError(`SNS publish of alert ${message.alertId} failed: connect ETIMEDOUT`);
  },
};

let eventId: string;
let alertId: string;

beforeAll(async () => {
  // Published two hours ago, "yesterday" in the text: inside the 72-hour alert age limit.
  const published = new Date(Date.now() - 2 * 3_600_000).toISOString();
  await withLocalSession({ dataDir: data }, async ({ db }) => {
    await storePage(db, sukhnahAttack("https://www.enabbaladi.net/archives/9001", "enab-baladi", published, 7));
    const [event] = await listEvents(db, { limit: 1 });
    eventId = event.id;
    const [outcome] = await deliverAlerts(db, down, { eventIds: [event.id], rules: DEFAULT_ALERT_RULES, now: new Date() });
    expect(outcome.status).toBe("failed");
    alertId = outcome.alertId!;
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rasd alerts", () => {
  it("lists a failed alert as pending with the error of its last try", async () => {
    const result = await rasd(["alerts", "--data", data]);
    expect(result.code).toBe(0);
    const [header, , row, count] = lines(result.stdout);
    expect(header.split(/\s{2,}/)).toEqual(["state", "alert", "event", "kind", "at (UTC)", "tries", "note"]);
    expect(row).toMatch(new RegExp(`^pending +${alertId} +\\d{4}-\\d\\d-\\d\\d al-Sukhnah, Homs +major +.* +1 +last try failed: ALERT_PUBLISH_FAILED: SNS publish of alert .* failed: connect ETIMEDOUT$`));
    expect(count).toBe("1 alert");
  });

  it("resends it through the outbox once, and refuses to send it again", async () => {
    const sent = await rasd(["alerts", "--resend", alertId, "--data", data]);
    expect(sent.code).toBe(0);
    expect(lines(sent.stdout).at(-1)).toMatch(new RegExp(`^alert ${alertId} sent \\(message outbox-[0-9a-f-]+\\)$`));
    const again = await rasd(["alerts", "--resend", alertId, "--data", data]);
    expect(again.code).toBe(1);
    expect(lines(again.stderr)).toEqual([expect.stringMatching(new RegExp(`^rasd alerts: alert ${alertId} was sent at \\S+ \\(message outbox-.*\\); an alert is sent once$`))]);
    const written = readFileSync(outbox, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { alertId: string; eventId: string });
    expect(written.map((m) => m.alertId)).toEqual([alertId]);
  });

  it("shows one event's alerts, read by its key, as JSON with the state sent and both tries", async () => {
    const result = await rasd(["alerts", "--event", eventId, "--format", "json", "--data", data]);
    expect(result.code).toBe(0);
    const [alert] = JSON.parse(result.stdout) as { id: string; state: string; attempts: number; messageId: string }[];
    expect([alert.id, alert.state, alert.attempts]).toEqual([alertId, "sent", 2]);
    expect(alert.messageId).toMatch(/^outbox-/);
  });
});
