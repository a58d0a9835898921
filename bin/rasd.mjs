#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx rasd` works without a build step.
import { register } from "tsx/esm/api";

// Local runs may use Node 20; the SDK's notice about its future Node 22 floor is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
register();
const { main } = await import("../lib/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
