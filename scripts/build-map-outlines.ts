/**
 * Regenerates lib/map/data/outlines.json (the map's projected outlines) from world-atlas.
 *   npx tsx scripts/build-map-outlines.ts
 * Run after changing the view or the world-atlas version; test/map/outlines.test.ts fails until then.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import countriesJson from "world-atlas/countries-10m.json";
import { renderOutlinesJson, type CountriesTopology } from "../lib/map/outlines";

const file = fileURLToPath(new URL("../lib/map/data/outlines.json", import.meta.url));
const json = renderOutlinesJson(countriesJson as unknown as CountriesTopology);
writeFileSync(file, json);
console.log(`wrote ${file}: ${json.length} characters`);
