import { buildCli } from "../../scripts/build-cli";

// vitest globalSetup: the CLI tests run the real bin/rasd.mjs, which runs dist/cli; building it
// first means they always test the current sources (bin refuses a stale build anyway).
export default async function setup(): Promise<void> {
  await buildCli();
}
