import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Template } from "aws-cdk-lib/assertions";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { FUNCTION_DEFAULTS } from "../../stacks/index";
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
    // It also says whether Node's http2 was loaded: stacks/index.ts keeps undici from loading it.
    const script = `import(${JSON.stringify(pathToFileURL(bundles[0]).href)})
      .then((m) => m.handler({}))
      .then(() => console.log("accepted"), (e) => console.log("refused: " + e.message))
      .then(() => console.log("http2 loaded: " + process.moduleLoadList.some((m) => m.endsWith(" http2"))));`;
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
    expect(out.trim().split("\n")).toEqual(['refused: collect expects {"outletId": "<registry id>"}, got {}', "http2 loaded: false"]);
  });

  /** The folder of one handler's bundle. */
  function bundleDir(handlerFile: string): string {
    const id = readdirSync(artifactsDir()).find((d) => existsSync(path.join(artifactsDir(), d, handlerFile)));
    expect(id).toBeDefined();
    return path.join(artifactsDir(), id!, path.dirname(handlerFile));
  }

  /** The packages compiled into one handler's bundle, from the source maps written beside it (stacks/index.ts). */
  function bundledPackages(handlerFile: string): Set<string> {
    const packages = new Set<string>();
    const dir = bundleDir(handlerFile);
    for (const map of readdirSync(dir).filter((f) => f.endsWith(".mjs.map"))) {
      for (const source of JSON.parse(readFileSync(path.join(dir, map), "utf8")).sources as string[]) {
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
        if (name) packages.add(name);
      }
    }
    return packages;
  }

  /** The files a cold start of the handler reads: its bundle and the chunks that imports statically. */
  function filesReadAtStart(dir: string, file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    // esbuild writes static imports as `import{…}from"./chunk-X.mjs"` or `import"./x.mjs"`; import("…") is on demand.
    for (const m of readFileSync(path.join(dir, file), "utf8").matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.mjs)"/g)) {
      filesReadAtStart(dir, m[1], seen);
    }
    return seen;
  }

  test("a cold start of collect reads no SNS client: it is imported on the first publish", () => {
    const dir = bundleDir("functions/collect.mjs");
    // SST's build keeps class names (esbuild keepNames), so a client's name marks the file holding it.
    const holding = (name: string, files: Iterable<string>) =>
      [...files].filter((f) => readFileSync(path.join(dir, f), "utf8").includes(`"${name}"`));
    const atStart = filesReadAtStart(dir, "collect.mjs");
    expect(holding("DynamoClient", atStart)).toHaveLength(1);
    expect(holding("SNSClient", readdirSync(dir).filter((f) => f.endsWith(".mjs")))).toHaveLength(1);
    expect(holding("SNSClient", atStart)).toEqual([]);
  });

  test("the collect bundle carries neither the local database, the TypeScript tools, the world outlines, a schema library nor the SDK's DynamoDB clients", () => {
    const packages = bundledPackages("functions/collect.mjs");
    // DynamoDB is reached through lib/store/dynamo.ts, not the AWS SDK's DynamoDB clients.
    for (const absent of ["dynalite", "tsx", "esbuild", "world-atlas", "topojson-client", "zod", "iconv-lite", "@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb"]) {
      expect(packages).not.toContain(absent);
    }
  });
});

// stacks/index.ts gives the bundles an http2 that throws: undici must still fetch over HTTP/1.1.
describe("undici as the bundles carry it (without http2)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rasd-undici-bundle-"));
  const server = createServer((req, res) => res.end(`got ${req.method} ${req.url}`));
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("a request through the bundled pool answers, and Node's http2 is never loaded", async () => {
    const outfile = path.join(dir, "fetch.mjs");
    await build({
      stdin: {
        contents: `import { Agent, request } from "./lib/fetch/undici";
          const agent = new Agent({});
          const response = await request(process.argv[2], { method: "GET", dispatcher: agent });
          console.log(response.statusCode, await response.body.text());
          console.log("http2 loaded: " + process.moduleLoadList.some((m) => m.endsWith(" http2")));
          await agent.close();`,
        resolveDir: path.resolve(__dirname, "../.."),
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      format: "esm",
      outfile,
      // As SST's ESM build: bundled CommonJS (undici) requires Node's modules through this.
      banner: { js: `import { createRequire } from "node:module"; const require = createRequire(import.meta.url);` },
      // The plugin object works with either esbuild; its type is SST's esbuild's, which may be another version.
      plugins: FUNCTION_DEFAULTS.nodejs.esbuild.plugins as unknown as Plugin[],
      logLevel: "silent",
    });
    expect(readFileSync(outfile, "utf8")).toContain("node:http2 is left out of the Lambda bundles");
    const { port } = server.address() as AddressInfo;
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [outfile, `http://127.0.0.1:${port}/feed?page=2`], (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    expect(out.trim().split("\n")).toEqual(["200 got GET /feed?page=2", "http2 loaded: false"]);
  });
});
