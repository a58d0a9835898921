import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import countriesJson from "world-atlas/countries-10m.json";
import { renderOutlinesJson, type CountriesTopology } from "../../lib/map/outlines";
import { mapGeography } from "../../lib/map";

const committed = readFileSync(new URL("../../lib/map/data/outlines.json", import.meta.url), "utf8");

describe("the map's outlines, projected at build time", () => {
  // After a change of view, constants or world-atlas: npx tsx scripts/build-map-outlines.ts
  test("outlines.json is what world-atlas gives today", () => {
    expect(committed).toBe(renderOutlinesJson(countriesJson as unknown as CountriesTopology));
  });

  test("places Syrian towns inside the view, west to east and north to south in order", () => {
    const { width, height, project } = mapGeography();
    // Damascus, Palmyra, Abu Kamal (west to east); Qamishli is the northernmost, Daraa the southernmost.
    const [damascus, palmyra, abuKamal, qamishli, daraa] = [
      [36.29, 33.51], [38.27, 34.56], [40.92, 34.45], [41.23, 37.05], [36.1, 32.62],
    ].map(([lon, lat]) => project(lon, lat));
    for (const [x, y] of [damascus, palmyra, abuKamal, qamishli, daraa]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
    expect(damascus[0] < palmyra[0] && palmyra[0] < abuKamal[0]).toBe(true);
    expect(qamishli[1] < palmyra[1] && palmyra[1] < daraa[1]).toBe(true);
  });
});
