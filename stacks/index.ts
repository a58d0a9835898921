import type { App, FunctionProps } from "sst/constructs";
import type { StageConfig } from "../lib/config/stage";
import { Alerts } from "./Alerts";
import { Api } from "./Api";
import { Collector } from "./Collector";
import { Storage } from "./Storage";
import { provideStageConfig } from "./stage";

/**
 * Adds rasd's stacks to an SST app with the given stage configuration. `sst.config.ts` calls
 * this for deploys; the stack tests call it with their own configuration.
 */
export function registerStacks(app: App, config: StageConfig): void {
  provideStageConfig(app, config);
  app.setDefaultFunctionProps(FUNCTION_DEFAULTS);
  app.stack(Storage).stack(Alerts).stack(Collector).stack(Api);
}

/**
 * Runtime and bundling of every function. Graviton (arm_64) costs less per GB-second for the same
 * work; ESM matches the source. Minified, a cold start reads and compiles a third less code;
 * split, what a handler imports only on demand (the map page's code, the SDK's SSO and STS
 * credential providers) stays in chunk files it never loads. The pinned AWS SDK is bundled rather
 * than taken from the runtime: README "Deploy" gives the measurements. Source maps are written
 * beside the bundles (not loaded) to decode a minified stack trace. `npm run bench:cold` builds
 * the handlers with these props.
 */
export const FUNCTION_DEFAULTS = {
  runtime: "nodejs22.x",
  architecture: "arm_64",
  nodejs: { format: "esm", minify: true, splitting: true, esbuild: { plugins: [withoutUndiciHttp2()] } },
} satisfies FunctionProps;

/** An esbuild plugin as SST's own esbuild types it (SST may bundle with an esbuild of its own). */
type Plugin = NonNullable<NonNullable<NonNullable<FunctionProps["nodejs"]>["esbuild"]>["plugins"]>[number];

/**
 * undici's client loads Node's `http2` module at import (5–8 ms CPU of collect's cold start,
 * README "Start-up") although the fetcher never offers HTTP/2 (undici's `allowH2` is off). undici
 * tolerates a Node without http2 (its `require` is in a try/catch), so in the bundles that
 * `require` gets a module that throws and undici goes on without it; a connection that did
 * negotiate HTTP/2 would fail rather than load it unnoticed.
 */
function withoutUndiciHttp2(): Plugin {
  const namespace = "rasd-without-http2";
  return {
    name: namespace,
    setup(build) {
      build.onResolve({ filter: /^(node:)?http2$/ }, (args) =>
        /undici[\\/]lib[\\/]dispatcher[\\/]client-h2\.js$/.test(args.importer) ? { path: "http2", namespace } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace }, () => ({
        contents: `throw new Error("node:http2 is left out of the Lambda bundles: the fetcher speaks HTTP/1.1 (stacks/index.ts)");`,
      }));
    },
  };
}
