import type { ChannelOutlet } from "../../lib/outlets/registry";

/** A channel outlet on t.me with no pacing, for tests. */
export function testChannel(id: string, handle: string, outletOf?: string): ChannelOutlet {
  return {
    kind: "telegram",
    id,
    name: id,
    nameAr: id,
    home: `https://t.me/s/${handle}`,
    hosts: ["t.me"],
    articlePattern: new RegExp(String.raw`^https://t\.me/${handle}/(?<id>\d+)$`, "i"),
    politeness: { minDelayMs: 0, concurrency: 1 },
    channel: { handle, outletOf, language: "ar", pollMinutes: 3, verified: true, evidence: "written for the tests" },
  };
}

/** A UTC time `minutes` before now, as the preview writes it. */
export const minutesAgo = (minutes: number): string => new Date(Date.now() - minutes * 60_000).toISOString().replace(/\.\d+Z$/, "+00:00");
