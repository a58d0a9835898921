import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Template } from "aws-cdk-lib/assertions";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { artifactsDir, removeSynthOutput, synthesize } from "./synth";

const DEPLOY_BUILD_TIMEOUT_MS = 300_000;

// What `sst deploy` does after adding the stacks: finish the app, which bundles each handler with
// esbuild (offline). This fails whenever a handler or anything it imports does not bundle.
describe("deploy build", () => {
  let collector: Template;

  // The build bundles every handler, and SST then runs one `npm install` per bundle folder (even
  // with nothing to install): about 60 s of this hook on this 2-core machine alone at load 12,
  // above the suite's 60 s hook timeout once the rest of `npm test` runs beside it. Five minutes
  // leaves room for that load, and still stops a build that hangs.
  beforeAll(async () => {
    collector = (await synthesize("prod", {}, { build: true })).collector;
  }, DEPLOY_BUILD_TIMEOUT_MS);
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

  // The bundle is ESM with CommonJS dependencies inside (cheerio, undici, the AWS SDK): loading
  // and calling it in Node proves the deployed code starts, not only that esbuild finished.
  test("the collect bundle loads in Node and refuses a payload without an outlet id", async () => {
    const bundles = readdirSync(artifactsDir())
      .map((id) => path.join(artifactsDir(), id, "functions", "collect.mjs"))
      .filter((file) => existsSync(file));
    expect(bundles).toHaveLength(1);
    // A child Node process, as Lambda runs it (and out of reach of the test runner's module loader).
    const script = `import(${JSON.stringify(pathToFileURL(bundles[0]).href)})
      .then((m) => m.handler({}))
      .then(() => console.log("accepted"), (e) => console.log("refused: " + e.message));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      env: {
        ...process.env,
        RASD_TABLE: "prod-rasd-records",
        RASD_TOPIC_ARN: "arn:aws:sns:eu-central-1:123456789012:rasd-alerts",
        RASD_STAGE: "prod",
        RASD_ALERT_KILLED: "5",
        RASD_ALERT_KILLED_PLUS_WOUNDED: "10",
        RASD_MAX_ALERT_AGE_HOURS: "72",
        AWS_REGION: "eu-central-1",
      },
    });
    expect(out.trim()).toBe('refused: collect expects {"outletId": "<registry id>"}, got {}');
  });

  /** The packages compiled into one handler's bundle, from the source maps written beside it (stacks/index.ts). */
  function bundledPackages(handlerFile: string): Set<string> {
    const packages = new Set<string>();
    const id = readdirSync(artifactsDir()).find((d) => existsSync(path.join(artifactsDir(), d, handlerFile)));
    expect(id).toBeDefined();
    const dir = path.join(artifactsDir(), id!, path.dirname(handlerFile));
    for (const map of readdirSync(dir).filter((f) => f.endsWith(".mjs.map"))) {
      for (const source of JSON.parse(readFileSync(path.join(dir, map), "utf8")).sources as string[]) {
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
        if (name) packages.add(name);
      }
    }
    return packages;
  }

  test("the collect bundle carries neither the local database, the TypeScript tools, the world outlines nor a schema library", () => {
    const packages = bundledPackages("functions/collect.mjs");
    expect(packages).toContain("@aws-sdk/client-dynamodb"); // the pinned SDK is bundled
    for (const absent of ["dynalite", "tsx", "esbuild", "world-atlas", "topojson-client", "zod", "iconv-lite"]) {
      expect(packages).not.toContain(absent);
    }
  });
});
