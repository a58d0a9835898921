import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { attachReports } from "../../lib/events";
import { DEFAULT_ALERT_RULES, deliverAlerts } from "../../lib/alert";
import { alertsOfEvent, claimAlert, createAlert } from "../../lib/store/alerts";
import { alertId } from "../../lib/store/keys";
import { createDb, ensureTable, type Db } from "../../lib/store/client";
import { startLocalDynamo, type LocalDynamo } from "../../lib/local/dynamo";
import { PLACES, SAWANA, article, count, incident } from "../events/fixtures";
import { RecordingPublisher } from "./helpers";

let dynamo: LocalDynamo;
let db: Db;
let tables = 0;
const NOW = new Date("2020-11-26T12:00:00Z");
const rules = DEFAULT_ALERT_RULES;

beforeAll(async () => {
  dynamo = await startLocalDynamo(null);
});
afterAll(async () => dynamo.close());
// A table per test: alerts left pending by one test must not be retried by the next.
beforeEach(async () => {
  db = createDb({ table: `alerts-${++tables}`, endpoint: dynamo.endpoint });
  await ensureTable(db);
});

const sukhnah = (outlet: string, slug: string, killed: number, published = "2020-11-25T15:00:00Z") => ({
  article: article(outlet, slug, published),
  incident: incident({ places: ["السخنة"], location: PLACES.sukhnah, killed: count(killed) }),
});

async function attach(item: { article: ReturnType<typeof article>; incident: ReturnType<typeof incident> }, now = NOW) {
  return (await attachReports(db, item.article, [item.incident], now)).touched;
}

describe("deliverAlerts", () => {
  it("alerts once when an event first becomes major, and not again on the next run", async () => {
    const publisher = new RecordingPublisher();
    const eventIds = await attach(SAWANA.sy24);
    const first = await deliverAlerts(db, publisher, { eventIds, rules, now: NOW });
    const second = await deliverAlerts(db, publisher, { eventIds, rules, now: NOW });
    expect(first.map((o) => [o.kind, o.status])).toEqual([["major", "sent"]]);
    expect(second).toEqual([]);
    expect(publisher.sent).toHaveLength(1);
    expect(publisher.sent[0].attributes).toMatchObject({ killedBest: 9, woundedBest: 22, escalation: "false" });
  });

  it("does not alert an event below both thresholds", async () => {
    const publisher = new RecordingPublisher();
    const eventIds = await attach(sukhnah("sy24", "small", 4));
    expect(await deliverAlerts(db, publisher, { eventIds, rules, now: NOW })).toEqual([]);
  });

  it("sends exactly one escalation when another report raises the toll", async () => {
    const publisher = new RecordingPublisher();
    const ids = await attach(sukhnah("sy24", "five", 5));
    await deliverAlerts(db, publisher, { eventIds: ids, rules, now: NOW });
    // Outlets now say 5 and 12: best 12 ≥ 10, the first fixed level above the alerted 5.
    const raised = await attach(sukhnah("enab-baladi", "twelve", 12, "2020-11-25T20:00:00Z"));
    const outcomes = await deliverAlerts(db, publisher, { eventIds: raised, rules, now: NOW });
    // A third outlet repeating 12 changes the event but is no new escalation.
    const repeated = await attach(sukhnah("alaraby", "twelve-too", 12, "2020-11-25T21:00:00Z"));
    const after = await deliverAlerts(db, publisher, { eventIds: repeated, rules, now: NOW });

    expect(outcomes.map((o) => [o.kind, o.level, o.status])).toEqual([["escalation", 10, "sent"]]);
    expect(after).toEqual([]);
    expect(publisher.sent.map((m) => [m.kind, m.attributes.killedBest, m.attributes.escalation])).toEqual([
      ["major", 5, "false"],
      ["escalation", 12, "true"],
    ]);
    expect(publisher.sent[1].sms).toMatch(/^rasd UPDATE: 12 killed \(was 5\)\. /);
  });

  it("sends one alert when the same article is attached twice", async () => {
    const publisher = new RecordingPublisher();
    for (let run = 0; run < 2; run++) {
      const eventIds = await attach(SAWANA.sy24);
      await deliverAlerts(db, publisher, { eventIds, rules, now: NOW });
    }
    expect(publisher.sent).toHaveLength(1);
  });

  it("sends one alert when two runs attach and deliver the same articles at once", async () => {
    const publisher = new RecordingPublisher();
    const run = async () => {
      const ids = new Set<string>();
      for (const item of [SAWANA.sy24, SAWANA.enab, SAWANA.araby]) (await attach(item)).forEach((id) => ids.add(id));
      return deliverAlerts(db, publisher, { eventIds: [...ids], rules, now: NOW });
    };
    const outcomes = (await Promise.all([run(), run(), run()])).flat();
    expect(publisher.sent).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "sent")).toHaveLength(1);
  });

  it("sends one alert when two deliveries over the same events run at once", async () => {
    const publisher = new RecordingPublisher();
    const eventIds = await attach(SAWANA.sy24);
    const outcomes = (await Promise.all([1, 2, 3].map(() => deliverAlerts(db, publisher, { eventIds, rules, now: NOW })))).flat();
    expect(publisher.sent).toHaveLength(1);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["sent", "taken", "taken"]);
  });

  it("retries a failed publish on the next call and then sends it once", async () => {
    const publisher = new RecordingPublisher(1);
    const eventIds = await attach(SAWANA.sy24);
    const failed = await deliverAlerts(db, publisher, { eventIds, rules, now: NOW });
    expect(failed).toMatchObject([{ kind: "major", status: "failed", error: { code: "ALERT_PUBLISH_FAILED" } }]);
    expect((await alertsOfEvent(db, eventIds[0]))[0]).toMatchObject({ state: "pending", attempts: 1 });

    // The next run has no new events: the pending alert is found through the state index.
    const retried = await deliverAlerts(db, publisher, { eventIds: [], rules, now: NOW });
    const later = await deliverAlerts(db, publisher, { eventIds, rules, now: NOW });
    expect(retried.map((o) => o.status)).toEqual(["sent"]);
    expect(later).toEqual([]);
    expect(publisher.attempts).toBe(2);
    expect(publisher.sent).toHaveLength(1);
    expect((await alertsOfEvent(db, eventIds[0]))[0]).toMatchObject({ state: "sent", attempts: 2, killedBest: 9 });
  });

  it("sends the figures current at retry time and escalates from them", async () => {
    const publisher = new RecordingPublisher(1);
    const ids = await attach(sukhnah("sy24", "five", 5));
    await deliverAlerts(db, publisher, { eventIds: ids, rules, now: NOW });
    const raised = await attach(sukhnah("enab-baladi", "twelve", 12, "2020-11-25T20:00:00Z"));
    const outcomes = await deliverAlerts(db, publisher, { eventIds: raised, rules, now: NOW });
    expect(outcomes.map((o) => [o.kind, o.status])).toEqual([["major", "sent"]]);
    expect(publisher.sent.map((m) => m.attributes.killedBest)).toEqual([12]);
    expect(await deliverAlerts(db, publisher, { eventIds: raised, rules, now: NOW })).toEqual([]);
  });

  it("does not alert an event older than the age limit", async () => {
    const publisher = new RecordingPublisher();
    const fourDaysLater = new Date("2020-11-29T12:00:00Z");
    const eventIds = await attach(SAWANA.sy24, fourDaysLater);
    const outcomes = await deliverAlerts(db, publisher, { eventIds, rules, now: fourDaysLater });
    expect(outcomes).toEqual([{ eventId: eventIds[0], alertId: null, kind: "major", level: 0, status: "suppressed", reason: "too old" }]);
    expect(publisher.sent).toEqual([]);
    expect(await alertsOfEvent(db, eventIds[0])).toEqual([]);
  });

  it("drops a pending alert whose event has grown too old by the retry", async () => {
    const publisher = new RecordingPublisher(1);
    const eventIds = await attach(SAWANA.sy24);
    await deliverAlerts(db, publisher, { eventIds, rules, now: NOW });
    const outcomes = await deliverAlerts(db, publisher, { eventIds: [], rules, now: new Date("2020-12-01T00:00:00Z") });
    expect(outcomes.map((o) => [o.status, o.reason])).toEqual([["dropped", "too old"]]);
    expect(publisher.sent).toEqual([]);
  });

  it("takes over a claim abandoned by a crashed run once its lease has run out, but not before", async () => {
    const publisher = new RecordingPublisher();
    const eventIds = await attach(SAWANA.sy24);
    const record = {
      id: alertId(eventIds[0], "major" as const, 0), eventId: eventIds[0], kind: "major" as const, level: 0,
      state: "pending" as const, createdAt: NOW.toISOString(), attempts: 0,
    };
    await createAlert(db, record);
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    // Claimed ten minutes ago with a five-minute lease: the run died before marking it sent.
    await claimAlert(db, record, "crashed-run", tenMinutesAgo.toISOString(), new Date(tenMinutesAgo.getTime() + 5 * 60_000).toISOString());
    const outcomes = await deliverAlerts(db, publisher, { eventIds: [], rules, now: NOW });
    expect(outcomes.map((o) => o.status)).toEqual(["sent"]);

    const liveIds = await attach(sukhnah("sy24", "live-claim", 8));
    const live = { ...record, id: alertId(liveIds[0], "major", 0), eventId: liveIds[0] };
    await createAlert(db, live);
    await claimAlert(db, live, "running-run", new Date().toISOString(), new Date(Date.now() + 5 * 60_000).toISOString());
    expect((await deliverAlerts(db, publisher, { eventIds: liveIds, rules, now: NOW })).map((o) => o.status)).toEqual(["taken"]);
    expect(publisher.sent).toHaveLength(1);
  });

  it("drops a pending alert of an event that no longer exists", async () => {
    const publisher = new RecordingPublisher(1);
    const a = SAWANA.sy24.article;
    const eventIds = await attach(SAWANA.sy24);
    await deliverAlerts(db, publisher, { eventIds, rules, now: NOW });
    await attachReports(db, a, [], NOW);
    const outcomes = await deliverAlerts(db, publisher, { eventIds: [], rules, now: NOW });
    expect(outcomes.map((o) => [o.status, o.reason])).toEqual([["dropped", "event removed"]]);
  });
});
