import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { Db } from "../../lib/store/client";
import type { IncidentType } from "../../lib/types";
import type { EventWithReports } from "../../lib/events";
import type { GazetteerMatch } from "../../lib/types";
import { ACLED_TYPES, PERPETRATOR_INTER, TARGET_INTER, interaction, selectEvents, toGeoJson, toRow } from "../../lib/export";
import { TARGET_ALIASES, TARGET_OF_PERPETRATOR } from "../../lib/extract/actors";
import { startTestDb } from "../support/db";
import { FORMULA_EVIDENCE, TRICKY_EVIDENCE, storeEvents } from "./fixtures";

let db: Db;
let dynamo: LocalDynamo;
let events: EventWithReports[];
const byDate = (day: string) => events.find((e) => e.date === day)!;

beforeAll(async () => {
  ({ db, dynamo } = await startTestDb());
  await storeEvents(db);
  events = await selectEvents(db, {});
});
afterAll(() => dynamo.close());

describe("ACLED mapping", () => {
  it("gives every rasd type an ACLED event type and sub-event type from the codebook", () => {
    const EVENT_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"];
    for (const type of Object.keys(ACLED_TYPES) as IncidentType[]) expect(EVENT_TYPES).toContain(ACLED_TYPES[type].eventType);
    expect(ACLED_TYPES.airstrike).toEqual({ eventType: "Explosions/Remote violence", subEventType: "Air/drone strike", disorderType: "Political violence" });
    expect(ACLED_TYPES.abduction).toEqual({ eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance", disorderType: "Political violence" });
    expect(ACLED_TYPES.other.disorderType).toBe("Strategic developments");
  });

  it("codes every perpetrator and every target the extractor names with an ACLED inter code from 1 to 8", () => {
    expect(Object.keys(PERPETRATOR_INTER).sort()).toEqual(Object.keys(TARGET_OF_PERPETRATOR).sort());
    for (const name of new Set(TARGET_ALIASES.map((a) => a.name))) expect([1, 2, 3, 4, 5, 6, 7, 8], name).toContain(TARGET_INTER[name]);
    expect([PERPETRATOR_INTER["Syrian government"], PERPETRATOR_INTER.ISIS, PERPETRATOR_INTER.Russia, PERPETRATOR_INTER.unknown]).toEqual([1, 2, 8, 3]);
  });

  it("writes the interaction as both inter codes, the lower first, or ten times a lone actor's", () => {
    expect([interaction(3, 7), interaction(7, 1), interaction(2, 2), interaction(2, null), interaction(null, 7)]).toEqual([37, 17, 22, 20, null]);
  });
});

describe("ACLED columns of a row", () => {
  /** Ithriya lies in Hama: an outlet that files the event under Raqqa puts a Hama district beside it. */
  const ITHRIYA: GazetteerMatch = { id: "wikipedia-ithriya", name: "أثريا", nameEn: "Ithriya", lat: 35.3692, lon: 37.7859, admin1: "Hama", admin2: "Al-Salamiyah", precision: "near" };
  const RESAFA: GazetteerMatch = { id: "wikipedia-resafa", name: "الرصافة", nameEn: "al-Rusafa (Resafa)", lat: 35.62778, lon: 38.75639, admin1: "Raqqa", admin2: "Ar-Raqqah", precision: "area" };
  const placed = (event: EventWithReports, locations: GazetteerMatch[]): EventWithReports => ({
    ...event,
    governorate: "Raqqa",
    location: locations[0],
    reports: locations.map((location, i) => ({ ...event.reports[0], url: `${event.reports[0].url}/${i}`, incident: { ...event.reports[0].incident, location } })),
  });

  it("fills country, year, disorder type, and the actors with their types and interaction", () => {
    expect(toRow(byDate("2024-03-20"))).toMatchObject({
      year: 2024,
      country: "Syria",
      iso: 760,
      disorder_type: "Political violence",
      actor1: "Unidentified Armed Group (Syria)",
      assoc_actor_1: "",
      inter1: 3,
      actor2: "civilians",
      assoc_actor_2: "",
      inter2: 7,
      interaction: 37,
      admin3: null,
    });
    expect(toRow(byDate("2020-11-25"))).toMatchObject({ inter1: 2, inter2: null, interaction: 20 });
  });

  it("takes admin2 only from a place in admin1's governorate: another report's, or none", () => {
    const sukhnah = byDate("2024-03-20");
    expect(toRow(placed(sukhnah, [ITHRIYA]))).toMatchObject({ admin1: "Raqqa", admin2: null });
    expect(toRow(placed(sukhnah, [ITHRIYA, RESAFA]))).toMatchObject({ admin1: "Raqqa", admin2: "Ar-Raqqah" });
  });

  it("gives no fatalities to a strategic development, and keeps the reports' killed figures beside it", () => {
    expect(toRow({ ...byDate("2024-03-20"), type: "other" })).toMatchObject({
      disorder_type: "Strategic developments",
      event_type: "Strategic developments",
      fatalities: 0,
      killed_best: 4,
    });
  });
});

describe("one row per event", () => {
  it("carries the three estimates, every report and the Arabic evidence of a multi-outlet event", () => {
    const row = toRow(byDate("2020-11-25"));
    expect(row).toMatchObject({
      event_date: "2020-11-25",
      time_precision: 1,
      event_type: "Battles",
      sub_event_type: "Armed clash",
      actor1: "ISIS",
      admin1: "Homs",
      location: "al-Sawana",
      // The gazetteer has no point for al-Sawana: the Homs seat stands in, as ACLED codes a province.
      latitude: 34.72682,
      longitude: 36.72339,
      geo_precision: 3,
      fatalities: 9,
      killed_low: 5,
      killed_best: 9,
      killed_high: null,
      wounded_best: 19,
      reports: 3,
      source: "SY24; Enab Baladi; Al-Araby Al-Jadeed",
      urls: "https://sy24.example/sawana-ambush https://enab-baladi.example/sawana https://alaraby.example/homs-desert",
    });
    expect(row.evidence_ar.split("\n")).toHaveLength(4);
    expect(row.notes).toBe("ISIS attack in al-Sawana (Homs), 25 Nov 2020: 9 killed (reports: 5 or more), 19 wounded (reports: 2 or more). 3 outlets.");
  });

  it("writes an unnamed perpetrator as ACLED does and uses the gazetteer point with its precision", () => {
    expect(toRow(byDate("2024-03-20"))).toMatchObject({
      actor1: "Unidentified Armed Group (Syria)",
      actor2: "civilians",
      event_type: "Explosions/Remote violence",
      sub_event_type: "Remote explosive/landmine/IED",
      latitude: 34.88533,
      longitude: 38.8711,
      geo_precision: 2,
      admin2: "Tadmur",
      fatalities: 4,
      wounded_best: 2,
    });
  });

  it("places an event known only by its governorate at the seat with geo_precision 3, and reports no deaths as 0 fatalities", () => {
    expect(toRow(byDate("2024-02-27"))).toMatchObject({
      admin1: "Raqqa",
      latitude: 35.95283,
      longitude: 39.00788,
      geo_precision: 3,
      fatalities: 0,
      killed_best: null,
      evidence_ar: FORMULA_EVIDENCE,
    });
  });
});

describe("GeoJSON (RFC 7946)", () => {
  it("is a FeatureCollection of one feature per event: a [lon, lat] Point, or null geometry without coordinates", () => {
    const collection = JSON.parse(JSON.stringify(toGeoJson(events.map(toRow))));
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features).toHaveLength(5);
    for (const f of collection.features) {
      expect(Object.keys(f).sort()).toEqual(["geometry", "id", "properties", "type"]);
      expect(f.type).toBe("Feature");
      expect(typeof f.id).toBe("string");
      expect(f.properties.event_id).toBe(f.id);
      if (f.geometry !== null) {
        expect(f.geometry.type).toBe("Point");
        const [lon, lat] = f.geometry.coordinates;
        expect(f.geometry.coordinates).toHaveLength(2);
        expect(lon).toBeGreaterThanOrEqual(-180);
        expect(lon).toBeLessThanOrEqual(180);
        expect(lat).toBeGreaterThanOrEqual(-90);
        expect(lat).toBeLessThanOrEqual(90);
      }
    }
    const mayadin = collection.features.find((f: { properties: { event_date: string } }) => f.properties.event_date === "2024-01-22");
    expect(mayadin.geometry).toEqual({ type: "Point", coordinates: [40.45154, 35.01982] });
    expect(mayadin.properties.evidence_ar).toBe(TRICKY_EVIDENCE);
    const unplaced = collection.features.find((f: { properties: { event_date: string } }) => f.properties.event_date === "2022-04-16");
    expect(unplaced.geometry).toBeNull();
    expect(unplaced.properties.latitude).toBeNull();
  });
});
