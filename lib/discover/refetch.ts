import { REFETCH_SCHEDULE } from "../constants";

/**
 * Whether a stored article is due to be fetched again because its toll may have been updated:
 * by the tier of `schedule` (REFETCH_SCHEDULE for web pages, CHANNEL_REFETCH_SCHEDULE for channel
 * posts) its age falls in, when its last fetch is older than that tier's interval. An article
 * with no publication time is never re-fetched (its age is unknown, and re-fetching it forever
 * would be unbounded).
 *
 * @example
 * shouldRefetch({ published: "2025-06-10T08:00:00Z", fetchedAt: "2025-06-10T09:00:00Z" }, new Date("2025-06-10T13:00:00Z")); // true
 */
export function shouldRefetch(
  meta: { published: string | null; fetchedAt: string },
  now: Date,
  schedule: readonly { maxAgeMs: number; minIntervalMs: number }[] = REFETCH_SCHEDULE,
): boolean {
  if (!meta.published) return false;
  const published = Date.parse(meta.published);
  const fetchedAt = Date.parse(meta.fetchedAt);
  if (Number.isNaN(published) || Number.isNaN(fetchedAt)) return false;
  // A publication time in the future is clock skew: count the article as brand new.
  const age = Math.max(0, now.getTime() - published);
  const tier = schedule.find((t) => age < t.maxAgeMs);
  return tier !== undefined && now.getTime() - fetchedAt >= tier.minIntervalMs;
}
