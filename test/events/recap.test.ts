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

  it("joins an undated anniversary report to the earlier event at its place whose toll agrees", async () => {
    // No day stated and none published: the recap cannot be placed in its year.
    const page = { ...article("enab", "sarin-3-years", null), fetchedAt: "2020-04-04T08:00:00Z" };
    const told = incident({ ...KHAN_SHAYKHUN, date: null, datePrecision: "unknown", killed: count(101, null), evidence: ["تمر الذكرى السنوية الثالثة لقصف خان شيخون بالسارين الذي قتل أكثر من مئة مدني."] });
    const recap = await attachReports(db, page, [told], new Date(page.fetchedAt));
    expect(recap.created).toEqual([]);
    const event = (await getEvent(db, recap.changed[0]))!;
    expect(event.date).toBe("2017-04-04");
    expect(event.reports.find((r) => r.url === page.url)?.joined).toBe(
      "same place: خان شيخون; undated recap of an earlier attack: 101 killed against the event's 100; types compatible: airstrike",
    );
    const outcomes = await deliverAlerts(db, new RecordingPublisher(), { eventIds: recap.touched, rules: DEFAULT_ALERT_RULES, now: new Date(page.fetchedAt) });
    expect(outcomes.map((o) => o.status)).toEqual(["suppressed"]);
    // The same recap attached again (a re-extraction) stays where it is and writes nothing.
    const again = await attachReports(db, page, [told], new Date(page.fetchedAt));
    expect(again).toEqual({ created: [], changed: [], removed: [], touched: [] });
  });

  it("keeps an undated anniversary report whose toll is another attack's apart from the earlier event", async () => {
    const page = { ...article("sy24", "other-anniversary", null), fetchedAt: "2021-02-01T08:00:00Z" };
    const recap = await attachReports(db, page, [
      incident({ ...KHAN_SHAYKHUN, date: null, datePrecision: "unknown", killed: count(12), evidence: ["في ذكرى غارة قتلت 12 مدنياً في خان شيخون."] }),
    ], new Date(page.fetchedAt));
    expect(recap.created).toHaveLength(1);
  });

  it("keeps an undated anniversary report that states no toll in an event of its own that never alerts", async () => {
    const today = new Date("2023-04-04T09:00:00Z");
    const changes = await attachReports(db, article("sy24", "anniversary", today.toISOString()), [
      incident({ ...KHAN_SHAYKHUN, date: null, datePrecision: "unknown", evidence: ["تحل اليوم الذكرى السادسة لمجزرة خان شيخون."] }),
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
