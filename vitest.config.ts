import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Stack synthesis and dynalite start-up take a few seconds each on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
