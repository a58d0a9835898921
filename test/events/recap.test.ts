import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachReports, getEvent } from "../../lib/events";
import { DEFAULT_ALERT_RULES, deliverAlerts } from "../../lib/alert";
import { isRecap } from "../../lib/events/recap";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { RecordingPublisher } from "../alert/helpers";
import { article, count, incident, localTable, reportOf } from "./fixtures";

let db: Db;
let dynamo: LocalDynamo;
beforeAll(async () => ({ db, dynamo } = await localTable()));
afterAll(async () => dynamo.close());

const KHAN_SHAYKHUN = { governorate: "Idlib" as const, type: "airstrike" as const, perpetrator: "Syrian government", places: ["خان شيخون"] };

describe("recaps of an attack long past", () => {
  it("joins a recap that names the old day to the old event, and never alerts on it", async () => {
    const attackDay = "2017-04-04";
    const first = await attachReports(db, article("sy24", "sarin", `${attackDay}T10:00:00Z`), [
      incident({ ...KHAN_SHAYKHUN, date: attackDay, killed: count(70) }),
    ], new Date(`${attackDay}T12:00:00Z`));

    const anniversary = new Date("2022-04-04T09:00:00Z");
    const recap = await attachReports(db, article("alaraby", "sarin-5-years", anniversary.toISOString()), [
      incident({ ...KHAN_SHAYKHUN, date: attackDay, killed: count(100), evidence: ["في الرابع من نيسان 2017 قصفت طائرات مدينة خان شيخون."] }),
    ], anniversary);
    expect(recap.changed).toEqual(first.created);
    const event = (await getEvent(db, first.created[0]))!;
    expect(event.reports).toHaveLength(2);
    expect(event.date).toBe(attackDay);

    const publisher = new RecordingPublisher();
    const outcomes = await deliverAlerts(db, publisher, { eventIds: recap.touched, rules: DEFAULT_ALERT_RULES, now: anniversary });
    expect(publisher.sent).toEqual([]);
    expect(outcomes.map((o) => o.status)).toEqual(["suppressed"]);
  });

  it("keeps an undated anniversary report in an event of its own that never alerts", async () => {
    const today = new Date("2023-04-04T09:00:00Z");
    const changes = await attachReports(db, article("sy24", "anniversary", today.toISOString()), [
      incident({ ...KHAN_SHAYKHUN, date: null, datePrecision: "unknown", killed: count(100), evidence: ["تحل اليوم الذكرى السادسة لمجزرة خان شيخون التي قتل فيها 100 مدني."] }),
    ], today);
    expect(changes.created).toHaveLength(1);
    expect((await getEvent(db, changes.created[0]))!.recap).toBe(true);

    // No age limit at all: being a recap is what keeps it quiet.
    const publisher = new RecordingPublisher();
    const outcomes = await deliverAlerts(db, publisher, { eventIds: changes.touched, rules: { ...DEFAULT_ALERT_RULES, maxAlertAgeHours: null }, now: today });
    expect(publisher.sent).toEqual([]);
    expect(outcomes.map((o) => o.status)).toEqual(["suppressed"]);
  });

  it("takes a report of yesterday's attack for news, and one of an attack two months before for a recap", () => {
    const a = article("sy24", "news", "2023-06-02T10:00:00Z");
    expect(isRecap(reportOf(a, incident({ date: "2023-06-01" })))).toBe(false);
    expect(isRecap(reportOf(a, incident({ date: "2023-04-01" })))).toBe(true);
    expect(isRecap(reportOf(a, incident({ date: null, evidence: ["قتل ثلاثة في هجوم على حاجز."] })))).toBe(false);
  });
});
