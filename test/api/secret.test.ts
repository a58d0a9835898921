import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readStageSecret } from "../../lib/api/secret";

/** A loopback SSM stand-in holding `parameters`; records the parameter names asked for and the targets. */
async function fakeSsm(parameters: Record<string, string>, failFirst = 0) {
  const asked: { target: string; names: string[]; decrypt: boolean }[] = [];
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const input = JSON.parse(body) as { Names: string[]; WithDecryption: boolean };
      asked.push({ target: String(req.headers["x-amz-target"]), names: input.Names, decrypt: input.WithDecryption });
      if (asked.length <= failFirst) {
        res.writeHead(400, { "content-type": "application/x-amz-json-1.1" }).end(JSON.stringify({ __type: "ThrottlingException", message: "Rate exceeded" }));
        return;
      }
      const found = input.Names.filter((name) => name in parameters);
      res.writeHead(200, { "content-type": "application/x-amz-json-1.1" }).end(
        JSON.stringify({
          Parameters: found.map((name) => ({ Name: name, Value: parameters[name] })),
          InvalidParameters: input.Names.filter((name) => !(name in parameters)),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("AWS_ENDPOINT_URL_SSM", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return asked;
}
let server: Server | undefined;

/** The environment SST gives a function bound to the secret RASD_API_KEY of app "rasd", stage "prod". */
function boundEnvironment(value: string) {
  for (const [name, v] of Object.entries({
    SST_APP: "rasd",
    SST_STAGE: "prod",
    SST_REGION: "eu-central-1",
    SST_SSM_PREFIX: "/sst/rasd/prod/",
    SST_Secret_value_RASD_API_KEY: value,
    AWS_ACCESS_KEY_ID: "AKIATEST",
    AWS_SECRET_ACCESS_KEY: "secret",
  }))
    vi.stubEnv(name, v);
}

afterEach(async () => {
  vi.unstubAllEnvs();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

describe("readStageSecret (an SST v2 secret without the SDK's SSM client)", () => {
  it("takes a value SST put in the environment as it is", async () => {
    boundEnvironment("key-in-env");
    await expect(readStageSecret("RASD_API_KEY")).resolves.toBe("key-in-env");
  });

  it("fetches the stage's SSM parameter, decrypted, when SST says to", async () => {
    boundEnvironment("__FETCH_FROM_SSM__");
    const asked = await fakeSsm({ "/sst/rasd/prod/Secret/RASD_API_KEY/value": "key-of-prod" });
    await expect(readStageSecret("RASD_API_KEY")).resolves.toBe("key-of-prod");
    expect(asked).toEqual([{ target: "AmazonSSM.GetParameters", names: ["/sst/rasd/prod/Secret/RASD_API_KEY/value"], decrypt: true }]);
  });

  it("falls back to the app-wide value when the stage has none", async () => {
    boundEnvironment("__FETCH_FROM_SSM__");
    const asked = await fakeSsm({ "/sst/rasd/.fallback/Secret/RASD_API_KEY/value": "key-of-all-stages" });
    await expect(readStageSecret("RASD_API_KEY")).resolves.toBe("key-of-all-stages");
    expect(asked.map((a) => a.names[0])).toEqual(["/sst/rasd/prod/Secret/RASD_API_KEY/value", "/sst/rasd/.fallback/Secret/RASD_API_KEY/value"]);
  });

  it("retries a throttled call (many cold starts at once)", async () => {
    boundEnvironment("__FETCH_FROM_SSM__");
    const asked = await fakeSsm({ "/sst/rasd/prod/Secret/RASD_API_KEY/value": "key-of-prod" }, 1);
    await expect(readStageSecret("RASD_API_KEY")).resolves.toBe("key-of-prod");
    expect(asked).toHaveLength(2);
  });

  it("says in one line which secret is missing and how to set it", async () => {
    boundEnvironment("__FETCH_FROM_SSM__");
    await fakeSsm({});
    await expect(readStageSecret("RASD_API_KEY")).rejects.toThrow(/^the secret RASD_API_KEY is not set in stage prod: npx sst secrets set RASD_API_KEY <value>$/);
  });

  it("says so when the secret is not bound to the function", async () => {
    vi.stubEnv("SST_Secret_value_OTHER", undefined as unknown as string);
    await expect(readStageSecret("OTHER")).rejects.toThrow(/not bound to this function/);
  });
});
