import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SignatureV4 } from "@smithy/signature-v4";
import { signRequest } from "../../lib/aws/sigv4";

// AWS's Signature Version 4 test suite (the "post-vanilla" and "get-vanilla-query-order-key-case"
// groups): its example credentials, date, region and service, and its published signatures.
const SUITE_CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const SUITE_SCOPE = { region: "us-east-1", service: "service" };
const SUITE_DATE = new Date("2015-08-30T12:36:00Z");

/** SHA-256 (keyed: HMAC) in the shape the SDK's signer takes. */
class Sha256 {
  private readonly hash: Hash | Hmac;
  // The signer passes strings and Uint8Arrays only.
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash("sha256") : createHmac("sha256", secret as string | Uint8Array);
  }
  update(data: string | ArrayBuffer | ArrayBufferView) {
    this.hash.update(data as string | Uint8Array);
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

describe("signRequest", () => {
  it("gives the suite's published signature for a POST", () => {
    const headers = signRequest({ method: "POST", url: new URL("https://example.amazonaws.com/"), headers: {}, body: "" }, SUITE_CREDENTIALS, SUITE_SCOPE, SUITE_DATE);
    expect(headers["x-amz-date"]).toBe("20150830T123600Z");
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, " +
        "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
    );
  });

  it("gives the suite's published signature for a GET with its query out of order", () => {
    const url = new URL("https://example.amazonaws.com/?Param2=value2&Param1=value1");
    const headers = signRequest({ method: "GET", url, headers: {}, body: "" }, SUITE_CREDENTIALS, SUITE_SCOPE, SUITE_DATE);
    expect(headers.authorization).toMatch(/Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500$/);
  });

  // A known answer computed independently: the AWS SDK's own signer, same request, same inputs.
  it("signs a DynamoDB call with a session token as the AWS SDK's signer does", async () => {
    const credentials = { accessKeyId: "AKIATESTKEY", secretAccessKey: "test/secret+key", sessionToken: "token/with+chars=" };
    const body = JSON.stringify({ TableName: "t", Key: { pk: { S: "مدينة حلب" }, sk: { S: "A#1" } } });
    const target = { "content-type": "application/x-amz-json-1.0", "x-amz-target": "DynamoDB_20120810.GetItem" };
    const date = new Date("2026-12-07T10:11:12.345Z");
    const ours = signRequest(
      { method: "POST", url: new URL("https://dynamodb.eu-central-1.amazonaws.com/"), headers: target, body },
      credentials,
      { region: "eu-central-1", service: "dynamodb" },
      date,
    );
    const sdk = new SignatureV4({ credentials, region: "eu-central-1", service: "dynamodb", sha256: Sha256, applyChecksum: false });
    const signed = await sdk.sign(
      { method: "POST", protocol: "https:", hostname: "dynamodb.eu-central-1.amazonaws.com", path: "/", query: {}, headers: { ...target, host: "dynamodb.eu-central-1.amazonaws.com" }, body },
      { signingDate: date },
    );
    expect(ours.authorization).toBe(signed.headers.authorization);
    expect(ours["x-amz-security-token"]).toBe(credentials.sessionToken);
  });
});
