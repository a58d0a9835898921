import { createHash } from "node:crypto";
import * as sns from "aws-cdk-lib/aws-sns";
import type { Construct } from "constructs";
import type { StackContext } from "sst/constructs";
import { useStageConfig } from "./stage";

type Protocol = "email" | "sms";

/** The alert topic and one subscription per configured email address or phone number. */
export function Alerts({ stack, app }: StackContext) {
  const topic = new sns.Topic(stack, "Topic", {
    topicName: app.logicalPrefixedName("alerts"),
    // Shown as the sender of SMS messages and in the email "From" name.
    displayName: "rasd",
  });
  for (const subscriber of useStageConfig(app).subscribers) {
    if (subscriber.email) subscribe(stack, topic, "email", subscriber.email, subscriber.filterPolicy);
    if (subscriber.phone) subscribe(stack, topic, "sms", subscriber.phone, subscriber.filterPolicy);
  }
  stack.addOutputs({ TopicArn: topic.topicArn });
  return { topic };
}

function subscribe(
  scope: Construct,
  topic: sns.Topic,
  protocol: Protocol,
  endpoint: string,
  filterPolicy: Record<string, unknown> | undefined,
): void {
  // Keyed by endpoint, not list position: removing one subscriber must not replace the others'
  // subscriptions (an email subscription would have to be confirmed again).
  const digest = createHash("sha256").update(endpoint.toLowerCase()).digest("hex").slice(0, 12);
  // The L1 resource takes the filter policy as SNS's own JSON, exactly as the stage config states it.
  new sns.CfnSubscription(scope, `${protocol === "email" ? "Email" : "Sms"}${digest}`, {
    topicArn: topic.topicArn,
    protocol,
    endpoint,
    ...(filterPolicy && { filterPolicy, filterPolicyScope: "MessageAttributes" }),
  });
}
