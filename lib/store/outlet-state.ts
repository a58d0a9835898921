import { GetCommand, PutCommand } from "./dynamo";
import type { Db } from "./client";
import { outletStateKey } from "./keys";

/** What an outlet's runs remember: feed validators for conditional GET, and the last run's counters. */
export interface OutletState {
  /** Per discovery URL: the validators of its last answer. */
  feeds: Record<string, { etag?: string | null; lastModified?: string | null }>;
  lastRunAt?: string;
  lastRun?: Record<string, number>;
}

export async function readOutletState(db: Db, outlet: string): Promise<OutletState> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: outletStateKey(outlet) }));
  return { feeds: (Item?.feeds as OutletState["feeds"] | undefined) ?? {}, lastRunAt: Item?.lastRunAt as string | undefined, lastRun: Item?.lastRun as OutletState["lastRun"] };
}

export async function writeOutletState(db: Db, outlet: string, state: OutletState): Promise<void> {
  await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...outletStateKey(outlet), kind: "outlet-state", outlet, ...state } }));
}
