import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { MessageAttributeValue, PublishCommand, PublishCommandInput } from "@aws-sdk/client-sns";
import type { CliIO } from "../cli/command";
import type { AlertMessage } from "./types";
import { ALERT_ATTRIBUTES, type AlertAttribute } from "../config/env";

/** Where alert messages go: SNS on AWS, the outbox file locally, a fake in tests. */
export interface AlertPublisher {
  publish(message: AlertMessage): Promise<{ messageId: string }>;
}

/** Publishing failed; the alert stays pending and the next run retries it. */
export class AlertPublishError extends Error {
  readonly code = "ALERT_PUBLISH_FAILED";
  readonly retryable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AlertPublishError";
  }
}

/** The part of `SNSClient` the publisher uses, so tests can record commands. */
export interface SnsSender {
  send(command: PublishCommand): Promise<{ MessageId?: string }>;
}

/**
 * The exact SNS Publish request for an alert: one message per protocol (`MessageStructure:
 * "json"`), and the attributes that subscription filter policies match on.
 */
export function publishInput(message: AlertMessage, topicArn: string): PublishCommandInput {
  const attributes: Record<string, MessageAttributeValue> = {};
  for (const [name, dataType] of Object.entries(ALERT_ATTRIBUTES) as [AlertAttribute, string][]) {
    attributes[name] = { DataType: dataType, StringValue: String(message.attributes[name]) };
  }
  return {
    TopicArn: topicArn,
    Subject: message.subject,
    MessageStructure: "json",
    Message: JSON.stringify({ default: message.default, email: message.email, sms: message.sms }),
    MessageAttributes: attributes,
  };
}

/**
 * The stage's SNS client, created on the first publish rather than at import: most collection
 * runs send no alert, and the SNS client (with its XML protocol) added about 10 ms CPU to every
 * cold start; the first publish of a process now pays it instead (README "Start-up").
 */
export function snsClientOnFirstUse(): SnsSender {
  let client: SnsSender | undefined;
  return {
    async send(command) {
      client ??= new (await import("@aws-sdk/client-sns")).SNSClient({});
      return client.send(command);
    },
  };
}

/** Publishes alerts to the stage's SNS topic. */
export class SnsPublisher implements AlertPublisher {
  constructor(
    private readonly client: SnsSender,
    private readonly topicArn: string,
  ) {}

  async publish(message: AlertMessage): Promise<{ messageId: string }> {
    let output: { MessageId?: string };
    try {
      // Imported here, not at the top: see snsClientOnFirstUse. A failed import is a failed publish.
      const { PublishCommand } = await import("@aws-sdk/client-sns");
      output = await this.client.send(new PublishCommand(publishInput(message, this.topicArn)));
    } catch (error) {
      throw new AlertPublishError(`SNS publish of alert ${message.alertId} failed: ${(error as Error).message}`, { cause: error });
    }
    if (!output.MessageId) throw new AlertPublishError(`SNS accepted alert ${message.alertId} but returned no message id`);
    return { messageId: output.MessageId };
  }
}

/**
 * The local stand-in for SNS: appends one JSON line per alert to the outbox file (when there
 * is one) and prints a short block, so a local run shows what subscribers would receive.
 */
export class OutboxPublisher implements AlertPublisher {
  constructor(
    private readonly file: string | null,
    private readonly io: CliIO,
  ) {}

  async publish(message: AlertMessage): Promise<{ messageId: string }> {
    const messageId = `outbox-${randomUUID()}`;
    if (this.file) {
      await mkdir(path.dirname(this.file), { recursive: true });
      const line = {
        messageId,
        at: new Date().toISOString(),
        eventId: message.eventId,
        alertId: message.alertId,
        kind: message.kind,
        level: message.level,
        subject: message.subject,
        email: message.email,
        sms: message.sms,
        default: message.default,
        attributes: message.attributes,
      };
      await appendFile(this.file, JSON.stringify(line) + "\n", "utf8");
    }
    this.io.out(`── alert (${message.kind}) event ${message.eventId}`);
    this.io.out(`   ${message.subject}`);
    this.io.out(`   SMS: ${message.sms}`);
    return { messageId };
  }
}
