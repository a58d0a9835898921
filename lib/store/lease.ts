import { randomUUID } from "node:crypto";
import { DeleteCommand, PutCommand, UpdateCommand } from "./dynamo";
import { isConditionFailure, type Db } from "./client";
import { clusterLeaseKey } from "./keys";
import { EVENT_LEASE_MS, EVENT_LEASE_POLL_MS, EVENT_LEASE_WAIT_MS } from "../constants";

/** The clustering lease stayed taken for longer than {@link EVENT_LEASE_WAIT_MS}. */
export class ClusterBusyError extends Error {
  readonly code = "CLUSTER_BUSY";
  readonly retryable = true;
  constructor(waitedMs: number) {
    super(`the event clustering lease stayed taken for ${waitedMs} ms`);
    this.name = "ClusterBusyError";
  }
}

/** The lease ran out while its holder worked and another run took it: the holder must stop writing. */
export class ClusterLeaseLostError extends Error {
  readonly code = "CLUSTER_LEASE_LOST";
  readonly retryable = true;
  constructor() {
    super("the event clustering lease was taken over by another run while this one worked");
    this.name = "ClusterLeaseLostError";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Owners of leases this process left behind because giving them back failed (the table was
 * unreachable): their holders are over, so the next taker need not wait for the expiry.
 * Only the latest few are remembered; an older one simply expires.
 */
const abandoned: string[] = [];
const ABANDONED_REMEMBERED = 20;

/**
 * The one lease that serialises clustering (README "Events", "Reliability"): without it, two runs
 * reading the same attack from two outlets at once would each start an event.
 *
 * It is short ({@link EVENT_LEASE_MS}) and renewed by its holder while it works, so the lease of
 * a run that died is free again within seconds; a lease this process failed to give back is
 * taken at once. Times are wall-clock (not the run's `now`): they are about this process, not the news.
 */
export class ClusterLease {
  private renewedAt: number;

  private constructor(
    private readonly db: Db,
    readonly owner: string,
    takenAt: number,
  ) {
    this.renewedAt = takenAt;
  }

  /** Takes the lease, waiting while another run holds it; throws {@link ClusterBusyError} after {@link EVENT_LEASE_WAIT_MS}. */
  static async acquire(db: Db): Promise<ClusterLease> {
    const started = Date.now();
    for (;;) {
      const lease = await ClusterLease.tryAcquire(db);
      if (lease) return lease;
      if (Date.now() - started > EVENT_LEASE_WAIT_MS) throw new ClusterBusyError(Date.now() - started);
      await sleep(EVENT_LEASE_POLL_MS * (0.5 + Math.random()));
    }
  }

  /** Takes the lease if it is free (or expired, or abandoned by this process) now; null when another run holds it. */
  static async tryAcquire(db: Db): Promise<ClusterLease | null> {
    const owner = randomUUID();
    const now = Date.now();
    const left = abandoned.map((_, i) => `:a${i}`);
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: { ...clusterLeaseKey(), kind: "lease", owner, leaseUntil: now + EVENT_LEASE_MS },
          ConditionExpression: `attribute_not_exists(pk) OR leaseUntil < :now${left.length > 0 ? ` OR #owner IN (${left.join(", ")})` : ""}`,
          ...(left.length > 0 ? { ExpressionAttributeNames: { "#owner": "owner" } } : {}),
          ExpressionAttributeValues: { ":now": now, ...Object.fromEntries(abandoned.map((o, i) => [`:a${i}`, o])) },
        }),
      );
      return new ClusterLease(db, owner, now);
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  /**
   * Call before each write made under the lease: once half of it has passed, extends it (only
   * while this holder still owns it). Throws {@link ClusterLeaseLostError} when another run took it.
   */
  async keep(): Promise<void> {
    const now = Date.now();
    if (now - this.renewedAt < EVENT_LEASE_MS / 2) return;
    try {
      await this.db.doc.send(
        new UpdateCommand({
          TableName: this.db.table,
          Key: clusterLeaseKey(),
          UpdateExpression: "SET leaseUntil = :until",
          ConditionExpression: "#owner = :owner",
          ExpressionAttributeNames: { "#owner": "owner" },
          ExpressionAttributeValues: { ":owner": this.owner, ":until": now + EVENT_LEASE_MS },
        }),
      );
      this.renewedAt = now;
    } catch (error) {
      throw isConditionFailure(error) ? new ClusterLeaseLostError() : error;
    }
  }

  /** Gives the lease back; one taken over after expiring is left alone. A failed release is remembered (see {@link abandoned}). */
  async release(): Promise<void> {
    try {
      await this.db.doc.send(
        new DeleteCommand({
          TableName: this.db.table,
          Key: clusterLeaseKey(),
          ConditionExpression: "#owner = :owner",
          ExpressionAttributeNames: { "#owner": "owner" },
          ExpressionAttributeValues: { ":owner": this.owner },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) return;
      abandoned.push(this.owner);
      if (abandoned.length > ABANDONED_REMEMBERED) abandoned.shift();
      throw error;
    }
  }
}
