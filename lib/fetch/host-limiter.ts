import { setTimeout as sleep } from "node:timers/promises";
import type { Politeness } from "../outlets/registry";

interface HostState {
  active: number;
  /** Epoch ms before which no new request may start on this host. */
  nextStartAt: number;
  waiting: (() => void)[];
}

/**
 * Per-host politeness: at most `concurrency` requests in flight and at least `minDelayMs`
 * between two request starts. `paceScale` multiplies every delay (0 in replay mode and tests).
 */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly paceScale: number) {}

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStartAt: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    return state;
  }

  /**
   * Wait for a slot on `host`; call the returned function once the response is read. Null, without
   * taking a slot, when pacing would start the request after `notAfter` (epoch ms).
   */
  async acquire(host: string, politeness: Politeness): Promise<() => void>;
  async acquire(host: string, politeness: Politeness, notAfter: number | undefined): Promise<(() => void) | null>;
  async acquire(host: string, politeness: Politeness, notAfter = Infinity): Promise<(() => void) | null> {
    const state = this.state(host);
    const limit = Math.max(1, politeness.concurrency);
    while (state.active >= limit) await new Promise<void>((resolve) => state.waiting.push(resolve));

    const now = Date.now();
    const startAt = Math.max(now, state.nextStartAt);
    if (startAt > notAfter) {
      // The slot this waiter was woken for goes to the next one.
      state.waiting.shift()?.();
      return null;
    }
    state.active += 1;
    state.nextStartAt = startAt + politeness.minDelayMs * this.paceScale;
    if (startAt > now) await sleep(startAt - now);

    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.active -= 1;
      state.waiting.shift()?.();
    };
  }

  /** Hold back every later request to `host` by `ms` (a 429's Retry-After applies to the host, not one URL). */
  defer(host: string, ms: number): void {
    const state = this.state(host);
    state.nextStartAt = Math.max(state.nextStartAt, Date.now() + ms);
  }
}
