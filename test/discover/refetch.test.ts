import { describe, expect, it } from "vitest";
import { shouldRefetch } from "../../lib/discover";

const NOW = new Date("2025-06-10T12:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

describe("shouldRefetch", () => {
  it("re-fetches a 5-hour-old article last fetched 2 hours ago (first tier: hourly)", () => {
    expect(shouldRefetch({ published: hoursAgo(5), fetchedAt: hoursAgo(2) }, NOW)).toBe(true);
  });
  it("does not re-fetch a 5-hour-old article fetched 30 minutes ago", () => {
    expect(shouldRefetch({ published: hoursAgo(5), fetchedAt: hoursAgo(0.5) }, NOW)).toBe(false);
  });
  it("re-fetches a 30-hour-old article last fetched 4 hours ago (second tier: every 3 h)", () => {
    expect(shouldRefetch({ published: hoursAgo(30), fetchedAt: hoursAgo(4) }, NOW)).toBe(true);
  });
  it("does not re-fetch a 30-hour-old article fetched 2 hours ago", () => {
    expect(shouldRefetch({ published: hoursAgo(30), fetchedAt: hoursAgo(2) }, NOW)).toBe(false);
  });
  it("never re-fetches an article older than 48 hours", () => {
    expect(shouldRefetch({ published: hoursAgo(49), fetchedAt: hoursAgo(40) }, NOW)).toBe(false);
  });
  it("never re-fetches an article without a publication time", () => {
    expect(shouldRefetch({ published: null, fetchedAt: hoursAgo(40) }, NOW)).toBe(false);
  });
  it("treats a publication time in the future as brand new", () => {
    expect(shouldRefetch({ published: hoursAgo(-2), fetchedAt: hoursAgo(1) }, NOW)).toBe(true);
  });
});
