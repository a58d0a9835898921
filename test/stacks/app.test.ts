import { afterAll, afterEach, describe, expect, test } from "vitest";
import { Stack } from "aws-cdk-lib";
import sstConfig from "../../sst.config";
import { createApp, removeSynthOutput, templatesOf } from "./synth";

const saved = { AWS_REGION: process.env.AWS_REGION, RASD_CONFIG: process.env.RASD_CONFIG };

function restore(name: keyof typeof saved): void {
  if (saved[name] === undefined) delete process.env[name];
  else process.env[name] = saved[name];
}

describe("sst.config.ts", () => {
  afterEach(() => {
    restore("AWS_REGION");
    restore("RASD_CONFIG");
  });
  afterAll(removeSynthOutput);

  test("names the app rasd and takes the region from --region, then AWS_REGION, then eu-central-1", async () => {
    delete process.env.AWS_REGION;
    expect(await sstConfig.config({})).toEqual({ name: "rasd", region: "eu-central-1" });
    process.env.AWS_REGION = "eu-west-1";
    expect(await sstConfig.config({})).toEqual({ name: "rasd", region: "eu-west-1" });
    expect(await sstConfig.config({ region: "me-south-1" })).toEqual({ name: "rasd", region: "me-south-1" });
  });

  test("deploys Storage, Alerts, Collector and Api with the stage configuration from RASD_CONFIG", async () => {
    const app = await createApp("prod");
    process.env.RASD_CONFIG = JSON.stringify({ subscribers: [{ email: "desk@example.com" }] });
    await sstConfig.stacks(app);
    const stackNames = app.node.children.filter((c) => c instanceof Stack).map((s) => (s as Stack).stackName);
    expect(stackNames).toEqual(["prod-rasd-Storage", "prod-rasd-Alerts", "prod-rasd-Collector", "prod-rasd-Api"]);
    const { alerts } = templatesOf();
    alerts.hasResourceProperties("AWS::SNS::Subscription", { Protocol: "email", Endpoint: "desk@example.com" });
  });

  test("refuses to synthesize with an invalid stage configuration", async () => {
    const app = await createApp("prod");
    process.env.RASD_CONFIG = JSON.stringify({ subscribers: [{ phone: "0555" }] });
    expect(() => sstConfig.stacks(app)).toThrow("invalid stage configuration (RASD_CONFIG):\n  - subscribers.0.phone: ");
  });
});
