import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Template } from "aws-cdk-lib/assertions";
import { removeSynthOutput, synthesize } from "./synth";

// What `sst deploy` does after adding the stacks: finish the app, which bundles each handler with
// esbuild (offline). This fails whenever a handler or anything it imports does not bundle.
describe("deploy build", () => {
  let collector: Template;

  beforeAll(async () => {
    collector = (await synthesize("prod", {}, { build: true })).collector;
  });
  afterAll(removeSynthOutput);

  function byHandler(handler: string) {
    const found = Object.values(collector.findResources("AWS::Lambda::Function")).filter(
      (r) => r.Properties.Handler === handler,
    );
    expect(found).toHaveLength(1);
    return found[0].Properties;
  }

  // Before the build SST gives every function an inline placeholder on nodejs22.x whatever was
  // asked for, so only a built template shows the runtime the functions really get.
  test("bundles collect and reextract for Node.js 22 on arm64", () => {
    for (const handler of ["functions/collect.handler", "functions/reextract.handler"]) {
      const props = byHandler(handler);
      expect(props.Runtime).toBe("nodejs22.x");
      expect(props.Architectures).toEqual(["arm64"]);
      expect(props.Code).toHaveProperty("S3Key");
    }
  });
});
