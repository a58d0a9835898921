/**
 * Regenerates lib/places/data/gazetteer.json from lib/places/data/syria-places.tsv.
 *   npx tsx scripts/build-gazetteer.ts
 * The TSV is the source of truth; the JSON is what the Lambda bundle imports.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderGazetteerJson } from "../lib/places/gazetteer-tsv";

const dataDir = fileURLToPath(new URL("../lib/places/data/", import.meta.url));
const json = renderGazetteerJson(readFileSync(`${dataDir}syria-places.tsv`, "utf8"));
writeFileSync(`${dataDir}gazetteer.json`, json);
console.log(`wrote ${dataDir}gazetteer.json: ${JSON.parse(json).length} places`);
