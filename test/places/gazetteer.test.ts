import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GazetteerFormatError, parseGazetteerTsv, renderGazetteerJson } from "../../lib/places/gazetteer-tsv";
import { governorateRow, lookup, nameKey } from "../../lib/places/gazetteer";
import { GOVERNORATES } from "../../lib/places/governorates";

const dataDir = fileURLToPath(new URL("../../lib/places/data/", import.meta.url));
const HEADER = "id\tname_ar\tvariants_ar\tname_en\tkind\tadmin1_en\tadmin2_en\tlat\tlon\tsource";

describe("gazetteer data", () => {
  it("keeps gazetteer.json in sync with the TSV (run scripts/build-gazetteer.ts)", () => {
    const tsv = readFileSync(`${dataDir}syria-places.tsv`, "utf8");
    expect(readFileSync(`${dataDir}gazetteer.json`, "utf8")).toBe(renderGazetteerJson(tsv));
  });
  it("has a row for every governorate", () => {
    expect(GOVERNORATES.filter((g) => !governorateRow(g))).toEqual([]);
    expect(governorateRow("Idlib")?.lat).toBe(35.93062);
  });
  it("maps admin1 spellings to governorate names", () => {
    const rows = parseGazetteerTsv(`${HEADER}\ngn-1\tالرقة\t\tRaqqa\tcity\tAr-Raqqah\t\t35.9\t39.0\tGeoNames`);
    expect(rows[0].admin1).toBe("Raqqa");
  });
  it("rejects a coordinate outside Syria with the line number", () => {
    expect(() => parseGazetteerTsv(`${HEADER}\ngn-1\tالرقة\t\tRaqqa\tcity\tAr-Raqqah\t\t95.9\t39.0\tGeoNames`)).toThrow(GazetteerFormatError);
    expect(() => parseGazetteerTsv(`${HEADER}\ngn-1\tالرقة\t\tRaqqa\tcity\tAr-Raqqah\t\t95.9\t39.0\tGeoNames`)).toThrow(/line 2/);
  });
  it("rejects a repeated id", () => {
    const row = "gn-1\tالرقة\t\tRaqqa\tcity\tAr-Raqqah\t\t35.9\t39.0\tGeoNames";
    expect(() => parseGazetteerTsv(`${HEADER}\n${row}\n${row}`)).toThrow(/duplicate id gn-1/);
  });
});

describe("gazetteer index", () => {
  it("finds a place by a normalized spelling variant", () => {
    expect(lookup(nameKey("ديرالزور"))[0].id).toBe("gn-170794");
    expect(lookup(nameKey("البوكمال"))[0].id).toBe("gn-174448");
    expect(lookup(nameKey("أبو كمال"))[0].id).toBe("gn-174448");
  });
  it("finds a place written without ال as the scorer compares", () => {
    expect(lookup(nameKey("سخنة"))[0].id).toBe("gn-172425");
  });
  it("reads hashtag underscores as spaces", () => {
    expect(nameKey("دير_الزور")).toBe("دير الزور");
  });
  it("finds nothing for a name it does not hold", () => {
    expect(lookup(nameKey("مكان مجهول"))).toEqual([]);
  });
});
