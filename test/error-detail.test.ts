import { describe, expect, it } from "vitest";
import { errorDetail } from "../lib/error-detail";

describe("errorDetail", () => {
  it("keeps an error's own code", () => {
    const error = Object.assign(new Error("Rate exceeded"), { code: "ThrottlingException" });
    expect(errorDetail(error, "FALLBACK")).toEqual({ code: "ThrottlingException", message: "Rate exceeded" });
  });

  it("gives the fallback to an error without a code, and text to a thrown value that is no error", () => {
    expect(errorDetail(new Error("boom"), "ALERT_PUBLISH_FAILED")).toEqual({ code: "ALERT_PUBLISH_FAILED", message: "boom" });
    expect(errorDetail("plain text", "ERROR")).toEqual({ code: "ERROR", message: "plain text" });
    expect(errorDetail(null, "ERROR")).toEqual({ code: "ERROR", message: "null" });
  });
});
