/**
 * robots.txt matching on hostile rules: one Disallow line with many `*` against long paths.
 *
 *   npm run bench:fetch
 *
 * Prints the time of one `allows()` call per case (the median of several). The same rules
 * compiled to one regex, as rasd did before, took 65.6 s for 10 wildcards against a 40-character
 * path and did not finish 12 wildcards in 335 s (README "Collection"). Rules and paths are
 * written here to be hostile; they are not from any site.
 */
import { parseRobots } from "../lib/fetch";

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

console.log("wildcards  path chars  anchored  answer      ms per check");
for (const stars of [10, 12, 50]) {
  for (const length of [40, 2_000, 100_000]) {
    for (const anchored of [false, true]) {
      const rules = parseRobots(`User-agent: *\nDisallow: /${"*a".repeat(stars)}*b${anchored ? "$" : ""}\n`, "rasd");
      // No "b": every placement of the runs fails, the worst case for a backtracking matcher.
      const path = `/${"a".repeat(length)}`;
      let answer = false;
      const ms = time(() => {
        answer = rules.allows(path);
      });
      const row = [String(stars).padStart(9), String(length).padStart(10), String(anchored).padStart(8), (answer ? "allowed" : "disallowed").padStart(10)];
      console.log(`${row.join("  ")}  ${ms.toFixed(3).padStart(14)}`);
    }
  }
}
