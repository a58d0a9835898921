/**
 * Measures findPlaces / placesForIncident / resolveGovernorate / findDates on the gold
 * incidents of the shared dev set, reading each incident's evidence sentences.
 *   npx tsx scripts/eval-places-dates.ts [--verbose]
 * The dev articles are read from ../shared at run time and never copied into the project.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findPlaces, placesForIncident, resolveGovernorate } from "../lib/places/index";
import { findDates } from "../lib/extract/dates";

interface GoldIncident {
  date: string | null;
  places: string[];
  governorate: string | null;
  evidence: string[];
}
interface GoldArticle {
  published: string | null;
  incidents: GoldIncident[];
}

const devDir = fileURLToPath(new URL("../../shared/eval/dev/", import.meta.url));
const verbose = process.argv.includes("--verbose");

/** The scorer's place normalization (shared/eval/score.mjs normalizePlace). */
function normalizePlace(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/[–—\-_"“”'‘’«»().,،:]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w))
    .filter((w) => w !== "ال")
    .join(" ");
}

const n = { incidents: 0, withPlaces: 0, anyPlace: 0, firstPlace: 0, withGov: 0, gov: 0, withDate: 0, date: 0, nullDate: 0, spuriousDate: 0 };
for (const file of readdirSync(devDir).filter((f) => f.endsWith(".json")).sort()) {
  const article = JSON.parse(readFileSync(devDir + file, "utf8")) as GoldArticle;
  for (const g of article.incidents) {
    n.incidents++;
    const mentions = g.evidence.flatMap((s) => findPlaces(s));
    const places = placesForIncident(mentions);
    const governorate = resolveGovernorate(mentions);
    const dates = g.evidence.flatMap((s) => findDates(s, article.published)).map((d) => d.date);
    const gold = g.places.map(normalizePlace);
    const found = places.map(normalizePlace);
    const problems: string[] = [];
    if (gold.length) {
      n.withPlaces++;
      if (found.some((p) => gold.includes(p))) n.anyPlace++;
      else problems.push("any");
      if (found[0] !== undefined && found[0] === gold[0]) n.firstPlace++;
      else problems.push("first");
    }
    if (g.governorate) {
      n.withGov++;
      if (governorate === g.governorate) n.gov++;
      else problems.push("gov");
    } else if (governorate) problems.push("gov(null)");
    if (g.date) {
      n.withDate++;
      if (dates.includes(g.date)) n.date++;
      else problems.push("date");
    } else if (article.published) {
      n.nullDate++;
      if (dates.length) { n.spuriousDate++; problems.push("date(null)"); }
    }
    if (verbose && problems.length) {
      console.log(`${file} [${problems.join(",")}]\n  gold  ${JSON.stringify(g.places)} ${g.governorate} ${g.date}\n  found ${JSON.stringify(places)} ${governorate} ${JSON.stringify(dates)}`);
    }
  }
}
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : "n/a");
console.log(`incidents ${n.incidents} (with places ${n.withPlaces}, governorate ${n.withGov}, date ${n.withDate})`);
console.log(`(a) some place matches gold      ${ratio(n.anyPlace, n.withPlaces)}  (${n.anyPlace}/${n.withPlaces})`);
console.log(`(b) first place = gold first      ${ratio(n.firstPlace, n.withPlaces)}  (${n.firstPlace}/${n.withPlaces})`);
console.log(`(c) governorate = gold            ${ratio(n.gov, n.withGov)}  (${n.gov}/${n.withGov})`);
console.log(`(d) some date = gold date         ${ratio(n.date, n.withDate)}  (${n.date}/${n.withDate})`);
console.log(`    dates found where gold has none (published known): ${n.spuriousDate}/${n.nullDate}`);

// Scaling: time per character on adversarial input at two sizes; equal figures mean linear time.
const ADVERSARIAL = ["بادية ", "منطقة بادية مدينة ", "طريق تدمر - ", "بين 20 و ", "الـ25 من ", "أمس الأربعاء ", "\"", "ـ ", "دير_الزور#"];
for (const unit of ADVERSARIAL) {
  const perChar = [20_000, 200_000].map((size) => {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const t0 = performance.now();
    findPlaces(text);
    findDates(text, "2020-11-26");
    return ((performance.now() - t0) * 1000) / size;
  });
  console.log(`scaling ${JSON.stringify(unit).padEnd(24)} µs/char at 20k: ${perChar[0].toFixed(2)}  at 200k: ${perChar[1].toFixed(2)}`);
}
