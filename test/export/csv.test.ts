import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { EVENT_COLUMNS, UTF8_BOM, csvField, toCsv, type EventRow } from "../../lib/export";
import { FORMULA_EVIDENCE, TRICKY_EVIDENCE } from "./fixtures";

function row(fields: Partial<EventRow>): EventRow {
  return {
    event_id: "e1", event_date: "2024-01-22", year: 2024, time_precision: 1, disorder_type: "Political violence",
    event_type: "Battles", sub_event_type: "Armed clash", actor1: "ISIS", assoc_actor_1: "", inter1: 2, actor2: "",
    assoc_actor_2: "", inter2: null, interaction: 20, iso: 760, country: "Syria", admin1: "Homs", admin2: null, admin3: null,
    location: "Palmyra", latitude: 34.56, longitude: 38.27,
    geo_precision: 1, source: "SOHR", notes: "n", fatalities: 0, killed_low: null, killed_best: null, killed_high: null,
    wounded_low: null, wounded_best: null, wounded_high: null, reports: 1, urls: "https://a.example/1", evidence_ar: "",
    ...fields,
  };
}

describe("CSV fields (RFC 4180)", () => {
  it("leaves plain text and numbers bare and writes null as an empty field", () => {
    expect([csvField("Deir ez-Zor"), csvField(34.5), csvField(0), csvField(null)]).toEqual(["Deir ez-Zor", "34.5", "0", ""]);
  });

  it("quotes a field holding a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField("one\ntwo")).toBe('"one\ntwo"');
    expect(csvField("one\r\ntwo")).toBe('"one\r\ntwo"');
  });

  it("makes a cell a spreadsheet would run as a formula into text with a leading apostrophe", () => {
    expect(csvField("=1+2")).toBe("'=1+2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-5")).toBe("'-5");
    expect(csvField(-5)).toBe("-5");
  });
});

describe("CSV document", () => {
  it("starts with a UTF-8 byte order mark and the header, and ends every line with CRLF", () => {
    const csv = toCsv([row({})]);
    expect(csv.startsWith(UTF8_BOM + "event_id,event_date,year,time_precision,disorder_type,event_type,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("reads back through a standard parser with Arabic quotes, commas and line breaks intact", () => {
    const csv = toCsv([row({ evidence_ar: TRICKY_EVIDENCE, notes: "4 killed, 2 wounded" }), row({ event_id: "e2", evidence_ar: FORMULA_EVIDENCE })]);
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(Object.keys(records[0])).toEqual(EVENT_COLUMNS);
    expect(records.map((r) => r.event_id)).toEqual(["e1", "e2"]);
    expect(records[0].evidence_ar).toBe(TRICKY_EVIDENCE);
    expect(records[0].notes).toBe("4 killed, 2 wounded");
    expect(records[1].evidence_ar).toBe(`'${FORMULA_EVIDENCE}`);
    expect(records[0].killed_best).toBe("");
  });
});
