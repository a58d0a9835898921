import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachReports, getEvent, listEvents } from "../../lib/events";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { PLACES, SAWANA, article, count, incident, localTable } from "./fixtures";

let db: Db;
let dynamo: LocalDynamo;
const NOW = new Date("2020-11-26T12:00:00Z");

beforeAll(async () => ({ db, dynamo } = await localTable()));
afterAll(async () => dynamo.close());

/** Each test works in its own month so their events do not meet. */
const inMonth = (month: string, day: string) => `2021-${month}-${day}`;

describe("clustering reports into events", () => {
  it("makes one event of one attack reported by three outlets, with UCDP low/best/high", async () => {
    const ids = new Set<string>();
    for (const { article: a, incident: i } of [SAWANA.sy24, SAWANA.enab, SAWANA.araby]) {
      const changes = await attachReports(db, a, [i], NOW);
      changes.touched.forEach((id) => ids.add(id));
    }
    expect(ids.size).toBe(1);
    const event = (await getEvent(db, [...ids][0]))!;
    expect(event.reports.map((r) => r.outlet)).toEqual(["sy24", "enab-baladi", "alaraby"]);
    expect(event.sources).toBe(3);
    // Lower bounds 5, 9, 14: the median 9; Enab Baladi's "at least 5" leaves high open.
    expect(event.killed).toMatchObject({ low: 5, best: 9, high: null });
    expect(event.wounded).toMatchObject({ low: 2, best: 19, high: null });
    expect(event.killed!.bestReport).toBe(event.reports[0].id);
    expect(event).toMatchObject({ date: "2020-11-25", dated: true, governorate: "Homs", perpetrator: "ISIS", type: "attack" });
    expect(event.location?.id).toBe("unverified-sawana");
  });

  it("keeps two attacks of one day in one governorate apart when their places are far apart", async () => {
    const day = inMonth("01", "10");
    const sukhnah = await attachReports(db, article("sy24", "sukhnah", `${day}T10:00:00Z`), [
      incident({ date: day, places: ["السخنة"], location: PLACES.sukhnah, killed: count(6) }),
    ], NOW);
    const qaryatayn = await attachReports(db, article("enab-baladi", "qaryatayn", `${day}T12:00:00Z`), [
      incident({ date: day, places: ["القريتين"], location: PLACES.qaryatayn, killed: count(3) }),
    ], NOW);
    expect(sukhnah.created).toHaveLength(1);
    expect(qaryatayn.created).toHaveLength(1);
    expect(qaryatayn.created[0]).not.toBe(sukhnah.created[0]);
  });

  it("keeps an air strike and a ground attack at the same place and day apart", async () => {
    const day = inMonth("02", "03");
    const attack = await attachReports(db, article("sy24", "taybah-attack", `${day}T10:00:00Z`), [
      incident({ date: day, places: ["الطيبة"], location: PLACES.taybah, killed: count(4) }),
    ], NOW);
    const strike = await attachReports(db, article("alaraby", "taybah-strike", `${day}T12:00:00Z`), [
      incident({ date: day, places: ["الطيبة"], location: PLACES.taybah, type: "airstrike", perpetrator: "Russia", killed: count(2) }),
    ], NOW);
    expect(strike.created).toHaveLength(1);
    expect(strike.created[0]).not.toBe(attack.created[0]);
  });

  it("keeps attacks on different targets at one place apart", async () => {
    const day = inMonth("02", "14");
    const first = await attachReports(db, article("sy24", "mayadin-sdf", `${day}T10:00:00Z`), [
      incident({ date: day, governorate: "Deir ez-Zor", places: ["الميادين"], location: PLACES.mayadin, targets: [{ name: "SDF", alias: "قسد" }] }),
    ], NOW);
    const second = await attachReports(db, article("alaraby", "mayadin-ndf", `${day}T12:00:00Z`), [
      incident({ date: day, governorate: "Deir ez-Zor", places: ["الميادين"], location: PLACES.mayadin, targets: [{ name: "National Defence Forces", alias: "الدفاع الوطني" }] }),
    ], NOW);
    expect(second.created[0]).not.toBe(first.created[0]);
  });

  it("joins reports of neighbouring places within the distance threshold on adjacent days", async () => {
    // al-Sukhnah and al-Taybah are 23 km apart; outlets date the night attack either side of midnight.
    const first = await attachReports(db, article("sy24", "sukhnah-night", "2021-03-05T22:00:00Z"), [
      incident({ date: "2021-03-05", places: ["السخنة"], location: PLACES.sukhnah, killed: count(7) }),
    ], NOW);
    const second = await attachReports(db, article("enab-baladi", "taybah-night", "2021-03-06T08:00:00Z"), [
      incident({ date: "2021-03-06", places: ["محيط الطيبة"], location: PLACES.taybah, killed: count(8) }),
    ], NOW);
    expect(second.changed).toEqual(first.created);
    expect((await getEvent(db, first.created[0]))!.reportCount).toBe(2);
  });

  it("never puts two incidents of one article in one event", async () => {
    const day = inMonth("04", "02");
    const changes = await attachReports(db, article("sy24", "two-attacks", `${day}T10:00:00Z`), [
      incident({ date: day, places: ["السخنة"], location: PLACES.sukhnah, killed: count(2) }),
      incident({ date: day, places: ["السخنة"], location: PLACES.sukhnah, killed: count(3) }),
    ], NOW);
    expect(changes.created).toHaveLength(2);
  });

  it("lets an undated report join only by a shared place within its publication window", async () => {
    const dated = await attachReports(db, article("sy24", "dated", "2021-05-10T10:00:00Z"), [
      incident({ date: "2021-05-10", places: ["السخنة"], location: PLACES.sukhnah, killed: count(5) }),
    ], NOW);
    const samePlace = await attachReports(db, article("alaraby", "undated-same", "2021-05-12T10:00:00Z"), [
      incident({ date: null, datePrecision: "unknown", places: ["بلدة السخنة"], killed: count(6) }),
    ], NOW);
    const nearOnly = await attachReports(db, article("enab-baladi", "undated-near", "2021-05-12T11:00:00Z"), [
      incident({ date: null, datePrecision: "unknown", places: ["الطيبة"], location: PLACES.taybah, killed: count(6) }),
    ], NOW);
    const tooLate = await attachReports(db, article("sy24", "undated-late", "2021-05-20T10:00:00Z"), [
      incident({ date: null, datePrecision: "unknown", places: ["السخنة"], location: PLACES.sukhnah, killed: count(6) }),
    ], NOW);
    expect(samePlace.changed).toEqual(dated.created);
    expect(nearOnly.created).toHaveLength(1);
    expect(tooLate.created).toHaveLength(1);
  });

  it("lets a report naming no place join the one event of its day and governorate, but not one of two", async () => {
    const one = await attachReports(db, article("sy24", "one-attack", "2021-06-01T10:00:00Z"), [
      incident({ date: "2021-06-01", places: ["السخنة"], location: PLACES.sukhnah, killed: count(5) }),
    ], NOW);
    const vague = await attachReports(db, article("alaraby", "vague", "2021-06-01T15:00:00Z"), [
      incident({ date: "2021-06-01", places: ["ريف حمص الشرقي"], killed: count(6) }),
    ], NOW);
    expect(vague.changed).toEqual(one.created);

    await attachReports(db, article("sy24", "first-of-two", "2021-06-08T10:00:00Z"), [
      incident({ date: "2021-06-08", places: ["السخنة"], location: PLACES.sukhnah }),
    ], NOW);
    await attachReports(db, article("sy24", "second-of-two", "2021-06-08T11:00:00Z"), [
      incident({ date: "2021-06-08", places: ["القريتين"], location: PLACES.qaryatayn }),
    ], NOW);
    const ambiguous = await attachReports(db, article("alaraby", "vague-of-two", "2021-06-08T15:00:00Z"), [
      incident({ date: "2021-06-08", places: [], killed: count(6) }),
    ], NOW);
    expect(ambiguous.created).toHaveLength(1);
  });
});

describe("what real reports do", () => {
  it("keeps on each report why it joined its event", async () => {
    const day = "2022-01-20";
    const first = await attachReports(db, article("sy24", "why-1", `${day}T09:00:00Z`), [
      incident({ date: day, places: ["حي العمارة", "مدينة جبلة"], governorate: "Latakia", type: "explosive", evidence: ["انفجار في كراج حي العمارة بجبلة."] }),
    ], NOW);
    await attachReports(db, article("alaraby", "why-2", `${day}T11:00:00Z`), [
      incident({ date: day, places: ["جبلة"], governorate: "Latakia", type: "attack", evidence: ["هجوم على كراج جبلة."] }),
    ], NOW);
    const event = (await getEvent(db, first.created[0]))!;
    expect(event.reports.map((r) => r.joined)).toEqual([
      undefined,
      "place within: جبله; same target: transport; same day; types compatible: attack, explosive",
    ]);
  });

  it("joins a page that gives no publication day, by its place, when it is fetched the day it comes out", async () => {
    const day = "2022-01-24";
    const dated = await attachReports(db, article("sy24", "dated-1124", `${day}T08:00:00Z`), [
      incident({ date: day, places: ["بلدة السخنة"], killed: count(4) }),
    ], NOW);
    const undated = { ...article("alaraby", "no-date-1124", null), fetchedAt: `${day}T21:00:00Z` };
    const joined = await attachReports(db, undated, [incident({ date: null, datePrecision: "unknown", places: ["السخنة"], killed: count(40) })], NOW);
    expect(joined.changed).toEqual(dated.created);
    const event = (await getEvent(db, dated.created[0]))!;
    expect(event.reports[1].joined).toBe("same place: سخنه; undated report published 0 days after the event's day; types compatible: attack");
    // Tolls ten times apart: the estimate spans both.
    expect(event.killed).toMatchObject({ low: 4, best: 40 });
  });
});

describe("replacing an article's reports", () => {
  it("changes nothing when the same article is attached twice", async () => {
    const a = article("sy24", "twice", "2021-07-01T10:00:00Z");
    const incidents = [incident({ date: "2021-07-01", places: ["السخنة"], location: PLACES.sukhnah, killed: count(5) })];
    const first = await attachReports(db, a, incidents, NOW);
    const before = await getEvent(db, first.created[0]);
    const second = await attachReports(db, a, incidents, new Date("2020-11-27T00:00:00Z"));
    expect(second).toEqual({ created: [], changed: [], removed: [], touched: [] });
    expect(await getEvent(db, first.created[0])).toEqual(before);
  });

  it("makes one event when the same articles are attached concurrently", async () => {
    const a = article("sy24", "race-a", "2021-07-10T10:00:00Z");
    const b = article("enab-baladi", "race-b", "2021-07-10T11:00:00Z");
    const ia = [incident({ date: "2021-07-10", places: ["السخنة"], location: PLACES.sukhnah, killed: count(5) })];
    const ib = [incident({ date: "2021-07-10", places: ["سخنة"], killed: count(7) })];
    await Promise.all([attachReports(db, a, ia, NOW), attachReports(db, b, ib, NOW), attachReports(db, a, ia, NOW), attachReports(db, b, ib, NOW)]);
    const events = await listEvents(db, { since: "2021-07-10", until: "2021-07-10" });
    expect(events).toHaveLength(1);
    expect(events[0].reports.map((r) => r.outlet).sort()).toEqual(["enab-baladi", "sy24"]);
  });

  it("takes an outlet's updated toll in place of its earlier one", async () => {
    const early = article("sy24", "toll-early", "2021-08-01T08:00:00Z");
    const late = article("sy24", "toll-late", "2021-08-01T16:00:00Z");
    const first = await attachReports(db, early, [incident({ date: "2021-08-01", places: ["السخنة"], location: PLACES.sukhnah, killed: count(5) })], NOW);
    await attachReports(db, late, [incident({ date: "2021-08-01", places: ["السخنة"], location: PLACES.sukhnah, killed: count(12) })], NOW);
    const event = (await getEvent(db, first.created[0]))!;
    expect(event.reportCount).toBe(2);
    expect(event.sources).toBe(1);
    expect(event.killed).toMatchObject({ low: 12, best: 12, high: 12 });
  });

  it("removes a report the article no longer holds and deletes the event it leaves empty", async () => {
    const a = article("alaraby", "re-extracted", "2021-09-01T10:00:00Z");
    const first = await attachReports(db, a, [incident({ date: "2021-09-01", places: ["السخنة"], location: PLACES.sukhnah })], NOW);
    const again = await attachReports(db, a, [], NOW);
    expect(again.removed).toEqual(first.created);
    expect(await getEvent(db, first.created[0])).toBeNull();
    expect(await listEvents(db, { since: "2021-09-01", until: "2021-09-01" })).toEqual([]);
  });

  it("moves a corrected report to the event it now matches and recomputes both", async () => {
    const day = "2021-10-05";
    const other = await attachReports(db, article("sy24", "qaryatayn-1005", `${day}T09:00:00Z`), [
      incident({ date: day, places: ["القريتين"], location: PLACES.qaryatayn, killed: count(4) }),
    ], NOW);
    const base = await attachReports(db, article("enab-baladi", "sukhnah-1005", `${day}T09:30:00Z`), [
      incident({ date: day, places: ["السخنة"], location: PLACES.sukhnah, killed: count(5) }),
    ], NOW);
    const a = article("alaraby", "misplaced", `${day}T10:00:00Z`);
    await attachReports(db, a, [incident({ date: day, places: ["السخنة"], location: PLACES.sukhnah, killed: count(9) })], NOW);
    const moved = await attachReports(db, a, [incident({ date: day, places: ["القريتين"], location: PLACES.qaryatayn, killed: count(6) })], NOW);
    expect(moved.changed.sort()).toEqual([other.created[0], base.created[0]].sort());
    expect((await getEvent(db, base.created[0]))!.killed).toMatchObject({ best: 5 });
    expect((await getEvent(db, other.created[0]))!.killed).toMatchObject({ low: 4, best: 6, high: 6 });
  });
});

describe("listing events", () => {
  it("lists by day range through the month index, newest first", async () => {
    const events = await listEvents(db, { since: "2021-06-01", until: "2021-06-30" });
    expect(events.map((e) => e.date)).toEqual(["2021-06-08", "2021-06-08", "2021-06-08", "2021-06-01"]);
  });

  it("lists by governorate through the governorate index", async () => {
    const events = await listEvents(db, { governorate: "Deir ez-Zor" });
    expect(events.map((e) => e.date)).toEqual(["2021-02-14", "2021-02-14"]);
  });

  it("lists the latest events without a start day", async () => {
    const events = await listEvents(db, { until: "2021-12-31", limit: 2 });
    expect(events.map((e) => e.date)).toEqual(["2021-10-05", "2021-10-05"]);
  });

  it("refuses a malformed day", async () => {
    await expect(listEvents(db, { since: "5 May" })).rejects.toMatchObject({ code: "INVALID_EVENT_QUERY" });
  });
});

describe("bad input", () => {
  it("refuses an incident with a malformed day and writes nothing", async () => {
    const a = article("sy24", "bad-day", "2021-11-01T10:00:00Z");
    await expect(attachReports(db, a, [incident({ date: "2021-13-45" })], NOW)).rejects.toMatchObject({
      code: "INVALID_EVENT_INPUT",
      problems: ['incident 0: date "2021-13-45" is not a day'],
    });
    expect(await listEvents(db, { since: "2021-11-01", until: "2021-11-30" })).toEqual([]);
  });
});
