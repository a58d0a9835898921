import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/build-cli.ts"],
    // The second says at the end how many browser tests a machine without Chromium skipped.
    reporters: ["default", "./test/support/browser-skips.ts"],
    // Stack synthesis and dynalite start-up take a few seconds each on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests run on Node 20; the SDK's notice about its future Node 22 floor is noise here.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
