import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Template } from "aws-cdk-lib/assertions";
import { removeSynthOutput, synthesize } from "./synth";

const DESK = { email: "desk@example.com", filterPolicy: { governorate: ["Deir ez-Zor"] } };
const ON_CALL = { phone: "+15555550123", filterPolicy: { killedBest: [{ numeric: [">=", 10] }] } };

function subscriptions(template: Template) {
  return Object.entries(template.findResources("AWS::SNS::Subscription")).map(([id, r]) => ({ id, ...r.Properties }));
}

function topicRef(template: Template) {
  const topics = Object.keys(template.findResources("AWS::SNS::Topic"));
  expect(topics).toHaveLength(1);
  return { Ref: topics[0] };
}

describe("Alerts stack", () => {
  let twoSubscribers: Template;
  let noSubscribers: Template;

  beforeAll(async () => {
    twoSubscribers = (await synthesize("prod", { subscribers: [DESK, ON_CALL] })).alerts;
    noSubscribers = (await synthesize("prod", {})).alerts;
  });
  afterAll(removeSynthOutput);

  test("creates one topic named after stage and app", () => {
    twoSubscribers.resourceCountIs("AWS::SNS::Topic", 1);
    twoSubscribers.hasResourceProperties("AWS::SNS::Topic", { TopicName: "prod-rasd-alerts" });
  });

  test("subscribes an email address with its filter on message attributes", () => {
    const email = subscriptions(twoSubscribers).filter((s) => s.Protocol === "email");
    expect(email).toHaveLength(1);
    expect(email[0]).toMatchObject({
      Endpoint: "desk@example.com",
      TopicArn: topicRef(twoSubscribers),
      FilterPolicy: { governorate: ["Deir ez-Zor"] },
      FilterPolicyScope: "MessageAttributes",
    });
  });

  test("subscribes a phone number by SMS with its numeric filter", () => {
    const sms = subscriptions(twoSubscribers).filter((s) => s.Protocol === "sms");
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({
      Endpoint: "+15555550123",
      TopicArn: topicRef(twoSubscribers),
      FilterPolicy: { killedBest: [{ numeric: [">=", 10] }] },
      FilterPolicyScope: "MessageAttributes",
    });
  });

  test("creates exactly one subscription per configured endpoint", () => {
    twoSubscribers.resourceCountIs("AWS::SNS::Subscription", 2);
  });

  test("creates no subscription when the stage has no subscribers", () => {
    noSubscribers.resourceCountIs("AWS::SNS::Topic", 1);
    noSubscribers.resourceCountIs("AWS::SNS::Subscription", 0);
  });

  test("sends everything to a subscriber without a filter policy", async () => {
    const { alerts } = await synthesize("prod", { subscribers: [{ email: "all@example.com" }] });
    const [only] = subscriptions(alerts);
    expect(only.Endpoint).toBe("all@example.com");
    expect(only.FilterPolicy).toBeUndefined();
    expect(only.FilterPolicyScope).toBeUndefined();
  });

  test("gives a subscriber with email and phone both subscriptions under one filter", async () => {
    const { alerts } = await synthesize("prod", {
      subscribers: [{ email: "both@example.com", phone: "+15555550124", filterPolicy: { escalation: ["true"] } }],
    });
    const found = subscriptions(alerts).map((s) => [s.Protocol, s.Endpoint, s.FilterPolicy]);
    expect(found).toEqual([
      ["email", "both@example.com", { escalation: ["true"] }],
      ["sms", "+15555550124", { escalation: ["true"] }],
    ]);
  });

  // A new logical id would replace the subscription, and an email subscriber would have to confirm again.
  test("keeps a subscription's logical id when an earlier subscriber is removed", async () => {
    const { alerts: onlyOnCall } = await synthesize("prod", { subscribers: [ON_CALL] });
    const before = subscriptions(twoSubscribers).find((s) => s.Endpoint === ON_CALL.phone)?.id;
    const after = subscriptions(onlyOnCall).find((s) => s.Endpoint === ON_CALL.phone)?.id;
    expect(after).toBeDefined();
    expect(after).toBe(before);
  });
});
