import type { SSTConfig } from "sst";
import { loadStageConfig } from "./lib/config/stage";
import { registerStacks } from "./stacks";

/** Used when neither `--region` nor AWS_REGION says otherwise; SNS sends SMS from this region. */
const DEFAULT_REGION = "eu-central-1";

export default {
  config(input) {
    return {
      name: "rasd",
      region: input.region ?? process.env.AWS_REGION ?? DEFAULT_REGION,
    };
  },
  stacks(app) {
    // SST synthesizes from the project root, where `rasd.config.<stage>.json` lives.
    registerStacks(app, loadStageConfig(app.stage, { root: process.cwd(), env: process.env }));
  },
} satisfies SSTConfig;
