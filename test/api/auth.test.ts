import { describe, expect, it } from "vitest";
import { checkApiKey, parseApiKeys, refusal } from "../../lib/api";
import { StageConfigError } from "../../lib/config/env";
import { apiAuthMode, parseStageConfig } from "../../lib/config/stage";

const KEY = "k".repeat(24);

describe("API key check (the authorizer's and the local adapter's rule)", () => {
  it("says missing without the header, wrong for another key, ok for one of the stage's keys", () => {
    expect(checkApiKey({}, [KEY])).toBe("missing");
    expect(checkApiKey({ "x-api-key": "" }, [KEY])).toBe("missing");
    expect(checkApiKey({ "x-api-key": KEY.slice(1) }, [KEY])).toBe("wrong");
    expect(checkApiKey({ "x-api-key": KEY }, ["other-key-".padEnd(24, "x"), KEY])).toBe("ok");
  });

  it("answers 401 for a missing key and 403 for a wrong one", () => {
    expect(refusal("missing").status).toBe(401);
    expect(refusal("wrong").status).toBe(403);
  });

  it("takes comma-separated keys and refuses a short one", () => {
    expect(parseApiKeys(` ${KEY} ,${KEY}2`)).toEqual([KEY, `${KEY}2`]);
    expect(() => parseApiKeys("short")).toThrow("at least 24 characters");
    expect(() => parseApiKeys("")).toThrow("RASD_API_KEY");
  });
});

describe("stage configuration of the API", () => {
  it("is IAM when the configuration says nothing about the API", () => {
    expect(apiAuthMode(parseStageConfig({}, "test"))).toBe("iam");
    expect(apiAuthMode(parseStageConfig({ api: {} }, "test"))).toBe("iam");
  });

  it("takes apiKey when asked", () => {
    expect(apiAuthMode(parseStageConfig({ api: { auth: "apiKey" } }, "test"))).toBe("apiKey");
  });

  it("refuses any other mode: the API is never open", () => {
    let error: unknown;
    try {
      parseStageConfig({ api: { auth: "none" } }, "test");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StageConfigError);
    expect((error as StageConfigError).problems).toHaveLength(1);
    expect((error as StageConfigError).problems[0]).toMatch(/^api\.auth: /);
    expect(() => parseStageConfig({ api: { auth: "iam", open: true } }, "test")).toThrow("api: ");
  });
});
