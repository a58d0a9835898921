import type { Outlet } from "../outlets/registry";
import { collectOutlet, type CollectDeps, type OutletReport } from "./collect";
import { mapLimit } from "./map-limit";
import { OUTLET_CONCURRENCY } from "../constants";

/**
 * One collection cycle over several outlets. Outlets run side by side (they are different
 * hosts); an outlet that fails as a whole is reported with its cause and the others go on.
 */
export async function collectOutlets(outlets: readonly Outlet[], deps: CollectDeps): Promise<OutletReport[]> {
  return mapLimit(outlets, OUTLET_CONCURRENCY, async (outlet) => {
    try {
      return await collectOutlet(outlet, deps);
    } catch (error) {
      const e = error as { code?: string; message?: string };
      deps.log(`${outlet.id}: run failed: ${e.message ?? String(error)}`);
      return {
        outlet: outlet.id,
        discovered: 0,
        rejected: 0,
        skipped: 0,
        deferred: 0,
        articles: [],
        alerts: [],
        errors: [{ code: e.code ?? "error", message: e.message ?? String(error) }],
      };
    }
  });
}
