import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/store/client";
import type { AlertPublisher } from "../../lib/alert/publisher";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { DEFAULT_ALERT_RULES } from "../../lib/alert";
import { createDb, ensureTable } from "../../lib/store/client";
import { startLocalDynamo } from "../../lib/local/dynamo";
import { startReplayServer, type ReplayServer } from "../../lib/local/replay-server";
import { RECORDED_PAGES } from "../../lib/cli/commands/demo";
import { createFetcher } from "../../lib/fetch";
import { collectOutlet } from "../../lib/pipeline/collect";
import { outletById } from "../../lib/outlets/registry";
import { ALERT_CLAIM_LEASE_MS } from "../../lib/constants";
import { crashingDb, scanTable, type Operation } from "../support/faults";

/**
 * The crash-point walk (README "Reliability"), shared by crash-writes.test.ts and
 * crash-reads.test.ts: one collection cycle over two outlets that report the same attack (SOHR
 * and Deir Ezzor 24, recorded pages on loopback, dynalite) is crashed at its 1st, 2nd, … N-th
 * DynamoDB write (or read), and the next cycle must leave exactly the table an uncrashed cycle
 * leaves, with each alert sent once — twice only in the documented case of a crash between
 * publishing and marking sent.
 */
const OUTLETS = ["sohr", "deirezzor24"].map(outletById);
const NOW = new Date("2026-11-26T12:00:00Z");

/** dynalite and the recorded pages on loopback, for one test file. */
interface Parts {
  dynamo: LocalDynamo;
  replay: ReplayServer;
}

async function startParts(): Promise<Parts> {
  return { dynamo: await startLocalDynamo(null), replay: await startReplayServer(RECORDED_PAGES) };
}

async function stopParts(parts: Parts): Promise<void> {
  await parts.replay.close();
  await parts.dynamo.close();
}

async function freshTable({ dynamo }: Parts): Promise<Db> {
  const db = createDb({ table: `crash-${randomUUID()}`, endpoint: dynamo.endpoint });
  await ensureTable(db);
  return db;
}

/** Records every published alert by id. */
class Outbox implements AlertPublisher {
  readonly sent: string[] = [];
  async publish(message: { alertId: string }) {
    this.sent.push(message.alertId);
    return { messageId: `m${this.sent.length}` };
  }
}

/**
 * One cycle: each outlet's scheduled run, one after another, one article at a time so every
 * crash point is the same write in every walk. `clock` is the wall clock of alert claims.
 */
async function cycle(parts: Parts, db: Db, outbox: Outbox, clock?: () => number): Promise<void> {
  for (const outlet of OUTLETS) {
    const fetcher = createFetcher({ replayOrigin: parts.replay.origin });
    try {
      await collectOutlet(outlet, {
        db,
        fetcher,
        publisher: outbox,
        // The recorded articles are years old: lift the age limit as the demo does.
        rules: { ...DEFAULT_ALERT_RULES, maxAlertAgeHours: null },
        now: () => NOW,
        log: () => {},
        articleConcurrency: 1,
        clock,
      });
    } catch {
      // A crashed process stops here; the next run starts from the table.
    } finally {
      await fetcher.close();
    }
  }
}

/**
 * Fields that differ between runs by nature: wall-clock times, run counters, lease owners, and an
 * event's write counter (a repaired article is fetched again, so its reports carry the new fetch
 * time and the event is written once more).
 */
const RUNTIME_FIELDS = new Set([
  "fetchedAt", "sentAt", "lastTriedAt", "leaseUntil", "owner", "messageId", "attempts", "lastError", "lastRunAt", "lastRun", "version",
]);

function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized);
  if (value instanceof Set) return [...value].sort();
  if (value instanceof Uint8Array) return `<${value.byteLength} bytes>`;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !RUNTIME_FIELDS.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, normalized(v)]),
    );
  }
  return value;
}

/**
 * The table without the lease item, alert index keys (they hold send times) and runtime fields.
 * With `resent`, also without the figures the alert's last message gave: after the documented
 * double send, the second message carries the figures of its own time.
 */
async function state(db: Db, resent = false): Promise<unknown[]> {
  const items = await scanTable(db);
  return items
    .filter((item) => item.pk !== "EVTLEASE")
    .map((item) => (item.record === "alert" ? { ...item, gsi1sk: undefined, ...(resent ? { killedBest: undefined, woundedBest: undefined } : {}) } : item))
    .map(normalized);
}

/** What one crash point left, once the next cycle (and, for an abandoned claim, one after its lease) ran. */
async function recover(parts: Parts, operation: Operation, at: number) {
  const db = await freshTable(parts);
  const outbox = new Outbox();
  const crashing = crashingDb(db, { operation, at });
  await cycle(parts, crashing.db, outbox);
  const crash = crashing.crashed();
  // Documented case: a crash between publishing an alert and marking it sent leaves a claim that
  // only its lease's end frees; the alert then goes out a second time.
  const resent = crash !== null && crash.command === "UpdateCommand" && outbox.sent.some((id) => crash.target === alertTarget(id));
  await cycle(parts, db, outbox);
  if ((await scanTable(db)).some((item) => item.record === "alert" && item.state === "claimed")) {
    const later = Date.now() + ALERT_CLAIM_LEASE_MS + 60_000;
    await cycle(parts, db, outbox, () => later);
  }
  return { crash, resent, state: await state(db, resent), sent: outbox.sent };
}

/** The key an alert id is stored under, as the crash log names it: `EVT#<event>/ALERT#<kind>#<level>`. */
const alertTarget = (alertId: string) => {
  const [eventId, kind, level] = alertId.split("#");
  return `EVT#${eventId}/ALERT#${kind}#${level}`;
};

async function baseline(parts: Parts) {
  const db = await freshTable(parts);
  const outbox = new Outbox();
  const counting = crashingDb(db, null);
  await cycle(parts, counting.db, outbox);
  const counts = { ...counting.counts };
  await cycle(parts, db, outbox);
  return { counts, state: await state(db), resentState: await state(db, true), sent: outbox.sent };
}

type Baseline = Awaited<ReturnType<typeof baseline>>;

/**
 * Crashes a fresh cycle at every `operation` from the first to the last the baseline made, lets
 * the next cycle run, and returns what differs from the baseline (empty when every crash point
 * was repaired).
 */
async function walkCrashPoints(parts: Parts, expected: Baseline, operation: Operation): Promise<string[]> {
  const failures: string[] = [];
  for (let at = 1; at <= expected.counts[operation]; at++) {
    const result = await recover(parts, operation, at);
    const where = `${operation} ${at} (${result.crash?.command} ${result.crash?.target})`;
    const want = result.resent ? expected.resentState : expected.state;
    if (JSON.stringify(result.state) !== JSON.stringify(want)) failures.push(`${where}: table differs: ${firstDifference(result.state, want)}`);
    const sent = [...new Set(result.sent)].sort();
    const once = JSON.stringify(sent) === JSON.stringify([...expected.sent].sort());
    if (!once || result.sent.length !== expected.sent.length + (result.resent ? 1 : 0)) failures.push(`${where}: sent ${result.sent.join(", ")}`);
  }
  return failures;
}

/** The first item that differs, and how: which key is missing or extra, or which fields differ. */
function firstDifference(actual: unknown[], expected: unknown[]): string {
  type Item = Record<string, unknown>;
  const key = (item: unknown) => `${(item as Item).pk}/${(item as Item).sk}`;
  const have = new Map(actual.map((i) => [key(i), i as Item]));
  const want = new Map(expected.map((i) => [key(i), i as Item]));
  for (const [k, w] of want) {
    const h = have.get(k);
    if (!h) return `missing ${k}`;
    const fields = [...new Set([...Object.keys(h), ...Object.keys(w)])].filter((f) => JSON.stringify(h[f]) !== JSON.stringify(w[f]));
    if (fields.length > 0) return `${k}: ${fields.map((f) => `${f} ${JSON.stringify(h[f])?.slice(0, 120)} ≠ ${JSON.stringify(w[f])?.slice(0, 120)}`).join("; ")}`;
  }
  for (const k of have.keys()) if (!want.has(k)) return `extra ${k}`;
  return "order";
}

/** The walk over every `operation` as a test suite: one per test file, so the two walks run side by side. */
export function describeCrashWalk(operation: Operation): void {
  let parts: Parts;
  let expected: Baseline;
  beforeAll(async () => {
    parts = await startParts();
    expected = await baseline(parts);
  });
  afterAll(() => stopParts(parts));

  describe(`a collection cycle crashed at any ${operation}`, () => {
    it("is repaired by the next cycle: the same table as an uncrashed cycle, each alert sent once", async () => {
      // The reference: the attack is stored and alerted once.
      expect(expected.sent).toHaveLength(1);
      expect(expected.counts[operation]).toBeGreaterThan(40);
      expect(await walkCrashPoints(parts, expected, operation)).toEqual([]);
    }, 1_200_000);
  });
}
