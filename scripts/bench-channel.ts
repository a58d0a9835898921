/**
 * What a channel poll costs and how long a new post takes to become an alert.
 *
 *   npm run bench:channel
 *
 * One channel preview (20 posts, written for the bench) is served from a loopback HTTP server
 * and collected with the real fetcher, pipeline and dynalite, one new fetcher per run as the
 * Lambda makes one per invocation. Prints, per run kind: milliseconds (median and p95 of the
 * runs), HTTP requests and DynamoDB calls by command. The figures leave out the network to t.me
 * and to DynamoDB (both on loopback here): add their round trips to the time.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_ALERT_RULES } from "../lib/alert";
import { createFetcher } from "../lib/fetch";
import { startLocalDynamo } from "../lib/local/dynamo";
import { collectOutlet } from "../lib/pipeline/collect";
import { createDb, ensureTable, type Db } from "../lib/store/client";
import type { ChannelOutlet } from "../lib/outlets/registry";
import { beforeOf, channelPage, type PostSpec } from "../test/support/telegram";

// The SDK's notice about its future Node floor is noise in a figure printout.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const HANDLE = "bench_chan";
const NO_CHANGE_RUNS = 30;
const NEW_POST_RUNS = 10;

const channel: ChannelOutlet = {
  kind: "telegram",
  id: "bench-channel",
  name: "Bench",
  nameAr: "قناة القياس",
  home: `https://t.me/s/${HANDLE}`,
  hosts: ["t.me"],
  articlePattern: new RegExp(String.raw`^https://t\.me/${HANDLE}/(?<id>\d+)$`),
  politeness: { minDelayMs: 0, concurrency: 1 },
  channel: { handle: HANDLE, language: "ar", pollMinutes: 3, verified: true, evidence: "bench" },
};

const utc = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString().replace(/\.\d+Z$/, "+00:00");
const posts: PostSpec[] = Array.from({ length: 20 }, (_, i) => ({
  id: 1000 + i,
  time: utc(60 - i),
  html: `نشرة رقم ${i} عن أسعار الخبز والمحروقات في أسواق المدينة اليوم`,
}));
let pageBytes = 0;

const server = createServer((req, res) => {
  if (!req.url?.startsWith(`/t.me/s/${HANDLE}`)) return void res.writeHead(404).end();
  const body = channelPage(HANDLE, posts, beforeOf(req.url));
  pageBytes = Buffer.byteLength(body);
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
});
await new Promise<void>((ready) => server.listen(0, "127.0.0.1", () => ready()));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const dynamo = await startLocalDynamo(null);

/** A fresh table behind a client that counts the commands it sends. */
async function countedTable(name: string): Promise<{ db: Db; calls: string[] }> {
  const real = createDb({ table: name, endpoint: dynamo.endpoint });
  await ensureTable(real);
  const calls: string[] = [];
  const doc = {
    send: (command: { constructor: { name: string } }) => {
      calls.push(command.constructor.name.replace(/Command$/, ""));
      return (real.doc.send as (c: unknown) => Promise<unknown>)(command);
    },
  } as unknown as Db["doc"];
  return { db: { table: real.table, doc }, calls };
}

interface Run {
  ms: number;
  /** Milliseconds from the run's start to the alert's publish call, when one was sent. */
  alertMs: number | null;
  requests: number;
  calls: string[];
}

async function poll(db: Db, calls: string[]): Promise<Run> {
  const fetcher = createFetcher({ replayOrigin: origin });
  calls.length = 0;
  const started = performance.now();
  let alertMs: number | null = null;
  const publisher = { publish: async () => ((alertMs ??= performance.now() - started), { messageId: "m" }) };
  try {
    await collectOutlet(channel, { db, fetcher, publisher, rules: DEFAULT_ALERT_RULES, now: () => new Date(), log: () => {} });
    return { ms: performance.now() - started, alertMs, requests: fetcher.stats().responses, calls: [...calls] };
  } finally {
    await fetcher.close();
  }
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
function callsOf(run: Run): string {
  const counts = new Map<string, number>();
  for (const c of run.calls) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${name} ${n}`).join(", ");
}
function report(kind: string, runs: Run[]): void {
  const ms = runs.map((r) => r.ms);
  console.log(`${kind}: ${runs.length} runs, median ${quantile(ms, 0.5).toFixed(0)} ms, p95 ${quantile(ms, 0.95).toFixed(0)} ms`);
  const alerts = runs.map((r) => r.alertMs).filter((x): x is number => x !== null);
  if (alerts.length) console.log(`  run start → alert published: median ${quantile(alerts, 0.5).toFixed(0)} ms, p95 ${quantile(alerts, 0.95).toFixed(0)} ms (${alerts.length} alerts)`);
  console.log(`  HTTP requests per run: ${runs[runs.length - 1].requests} (robots.txt + preview pages); DynamoDB calls: ${callsOf(runs[runs.length - 1])}`);
}

// No change: the first run stores the page; the next ones find the same posts.
const quiet = await countedTable("bench-quiet");
await poll(quiet.db, quiet.calls);
const noChange: Run[] = [];
for (let i = 0; i < NO_CHANGE_RUNS; i++) noChange.push(await poll(quiet.db, quiet.calls));
report("no-change poll", noChange);
console.log(`  preview page: ${(pageBytes / 1024).toFixed(1)} KiB of HTML for 20 posts`);

// A new post that crosses the alert threshold, each in a table of its own so each makes a new event.
const fresh: Run[] = [];
for (let i = 0; i < NEW_POST_RUNS; i++) {
  const table = await countedTable(`bench-new-${i}`);
  posts.splice(0, posts.length, ...posts.filter((p) => p.id < 1020));
  await poll(table.db, table.calls);
  posts.push({ id: 1020 + i, time: utc(0), html: "عاجل | مقتل 7 عناصر من قوات النظام بهجوم لخلايا داعش على حاجز قرب بلدة معدان بريف الرقة" });
  fresh.push(await poll(table.db, table.calls));
}
report("poll with one new post over the alert threshold", fresh);

await dynamo.close();
await new Promise<void>((done) => server.close(() => done()));
