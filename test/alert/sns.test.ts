import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PublishCommand } from "@aws-sdk/client-sns";
import { OutboxPublisher, SnsPublisher, type SnsSender } from "../../lib/alert/publisher";
import { buildAlertMessage } from "../../lib/alert/message";
import { isGsm7 } from "../../lib/alert/gsm";
import { DEFAULT_ALERT_RULES, deliverAlerts } from "../../lib/alert";
import { attachReports } from "../../lib/events";
import { alertsOfEvent } from "../../lib/store/alerts";
import type { CliIO } from "../../lib/cli/command";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { PLACES, SAWANA, article, count, incident, localTable } from "../events/fixtures";
import { eventFrom } from "./helpers";

const TOPIC = "arn:aws:sns:eu-west-1:123456789012:rasd-prod-alerts";
const NOW = new Date("2020-11-26T12:00:00Z");

/** An SNS client stand-in at the SDK-command level: records each command, answers like SNS. */
class FakeSns implements SnsSender {
  readonly commands: PublishCommand[] = [];
  constructor(private failures = 0) {}
  async send(command: PublishCommand) {
    this.commands.push(command);
    if (this.failures > 0) {
      this.failures--;
      throw Object.assign(new Error("Rate exceeded"), { name: "ThrottledException" });
    }
    return { MessageId: `sns-${this.commands.length}` };
  }
}

const sawana = () => eventFrom("3f9a0c1d2b4e5f60", [SAWANA.sy24, SAWANA.enab, SAWANA.araby]);
const major = (id: string) => ({ id: `${id}#major#0000`, kind: "major" as const, level: 0 });

describe("SnsPublisher", () => {
  it("publishes one JSON message per protocol with the filterable attributes", async () => {
    const sns = new FakeSns();
    const message = buildAlertMessage(sawana(), major("3f9a0c1d2b4e5f60"), 0);
    const { messageId } = await new SnsPublisher(sns, TOPIC).publish(message);

    expect(messageId).toBe("sns-1");
    expect(sns.commands).toHaveLength(1);
    expect(sns.commands[0]).toBeInstanceOf(PublishCommand);
    const input = sns.commands[0].input;
    expect(input).toEqual({
      TopicArn: TOPIC,
      Subject: "[rasd] 9 killed, 19 wounded: ISIS attack, al-Sawana",
      MessageStructure: "json",
      Message: JSON.stringify({ default: message.default, email: message.email, sms: message.sms }),
      MessageAttributes: {
        governorate: { DataType: "String", StringValue: "Homs" },
        killedBest: { DataType: "Number", StringValue: "9" },
        woundedBest: { DataType: "Number", StringValue: "19" },
        perpetrator: { DataType: "String", StringValue: "ISIS" },
        type: { DataType: "String", StringValue: "attack" },
        escalation: { DataType: "String", StringValue: "false" },
      },
    });
    expect(Object.keys(JSON.parse(input.Message!))).toEqual(["default", "email", "sms"]);
  });

  it("turns an SNS failure into a retryable publish error with the cause", async () => {
    const publisher = new SnsPublisher(new FakeSns(1), TOPIC);
    const error = await publisher.publish(buildAlertMessage(sawana(), major("x"), 0)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ALERT_PUBLISH_FAILED", retryable: true, cause: { name: "ThrottledException" } });
  });

  describe("through deliverAlerts", () => {
    let db: Db;
    let dynamo: LocalDynamo;
    beforeAll(async () => ({ db, dynamo } = await localTable()));
    afterAll(async () => dynamo.close());

    it("leaves a throttled publish pending and sends it on the next run with the same command", async () => {
      const sns = new FakeSns(1);
      const publisher = new SnsPublisher(sns, TOPIC);
      const { touched } = await attachReports(db, SAWANA.sy24.article, [SAWANA.sy24.incident], NOW);
      const first = await deliverAlerts(db, publisher, { eventIds: touched, rules: DEFAULT_ALERT_RULES, now: NOW });
      const second = await deliverAlerts(db, publisher, { eventIds: [], rules: DEFAULT_ALERT_RULES, now: NOW });
      expect(first.map((o) => o.status)).toEqual(["failed"]);
      expect(second.map((o) => [o.status, o.messageId])).toEqual([["sent", "sns-2"]]);
      expect(sns.commands[1].input).toEqual(sns.commands[0].input);
      expect((await alertsOfEvent(db, touched[0]))[0]).toMatchObject({ state: "sent", messageId: "sns-2" });
    });
  });
});

describe("alert message", () => {
  it("writes the SMS in English within one GSM-7 segment", () => {
    const { sms } = buildAlertMessage(sawana(), major("e"), 0);
    expect(sms).toBe("rasd: ISIS attack, al-Sawana (Homs), 25 Nov: 9 killed, 19 wounded, 3 sources");
  });

  it("keeps every SMS within 160 GSM-7 characters, long Arabic place names included", () => {
    const longPlace = "مفرق الشحمي على طريق أثريا خناصر جنوب شرق مدينة السلمية قرب حقل الشاعر للغاز";
    const events = [
      sawana(),
      eventFrom("e-long", [{
        article: article("alaraby", "long", "2020-11-25T10:00:00Z"),
        incident: incident({ places: [longPlace], governorate: "Hama", perpetrator: "Iran-backed militias", suspected: true, type: "assassination", killed: count(120), wounded: count(245, null), killedOrWounded: count(365, null) }),
      }]),
      eventFrom("e-undated", [{
        article: article("sy24", "undated", "2020-11-25T10:00:00Z"),
        incident: incident({ date: null, places: ["الباغوز فوقاني"], governorate: "Deir ez-Zor", type: "explosive", perpetrator: "unknown", killedOrWounded: count(20, null) }),
      }]),
      eventFrom("e-accents", [{
        article: article("sy24", "hasrat", "2020-11-25T10:00:00Z"),
        incident: incident({ places: ["حسرات"], governorate: "Deir ez-Zor", location: { ...PLACES.mayadin, id: "gn-169808", nameEn: "Al Ḩasrāt — “north of Abu Kamal” {€}" }, killed: count(6) }),
      }]),
    ];
    for (const event of events) {
      for (const kind of ["major", "escalation"] as const) {
        const { sms } = buildAlertMessage(event, { id: `${event.id}#${kind}`, kind, level: 0 }, 50);
        expect(sms.length, sms).toBeLessThanOrEqual(160);
        expect(isGsm7(sms), sms).toBe(true);
        expect(sms).not.toMatch(/[\u0600-\u06FF]/);
      }
    }
    const long = buildAlertMessage(events[1], { id: "x", kind: "escalation", level: 180 }, 50).sms;
    expect(long).toMatch(/^rasd UPDATE: 120 killed \(was 50\)\. Iran-backed militias \(suspected\) assassination, Mfrq al-Shhmi [^,]* \(Hama\), 25 Nov: /);
    expect(long).toMatch(/, 25 Nov: 120 killed, 245 wounded, 1 source$/);
  });

  it("gives the email an English summary, the Arabic evidence, every report, the place on a map and the event id", () => {
    const event = eventFrom("e-sukhnah", [
      { article: article("sy24", "sukhnah", "2020-11-25T18:00:00Z"), incident: incident({ places: ["السخنة"], location: PLACES.sukhnah, killed: count(6), evidence: ["قتل 6 عناصر بهجوم لداعش على السخنة."] }) },
      { article: article("enab-baladi", "sukhnah-2", "2020-11-26T08:00:00Z"), incident: incident({ places: ["بلدة السخنة"], killed: count(7), wounded: count(3), evidence: ["مقتل سبعة عناصر وإصابة ثلاثة في السخنة."] }) },
    ]);
    const lines = buildAlertMessage(event, major("e-sukhnah"), 0).email.split("\n");
    expect(lines[0]).toBe("ISIS attack in al-Sukhnah (Homs), 25 Nov 2020: 7 killed, 3 wounded (2 sources)");
    expect(lines).toContain("«مقتل سبعة عناصر وإصابة ثلاثة في السخنة.» (Enab Baladi)");
    expect(lines).toContain("«قتل 6 عناصر بهجوم لداعش على السخنة.» (SY24)");
    expect(lines).toContain("Killed: 7 (reports: 6 to 7). Wounded: 3.");
    expect(lines).toContain("- SY24, published 2020-11-25 18:00: killed 6, wounded -");
    expect(lines).toContain("  first report of the event");
    expect(lines).toContain("  https://enab-baladi.example/sukhnah-2");
    expect(lines).toContain("Coordinates: 34.88533, 38.87110 (gazetteer gn-172425, exact)");
    expect(lines).toContain("Map: https://www.openstreetmap.org/?mlat=34.88533&mlon=38.87110#map=11/34.88533/38.87110");
    expect(lines[lines.length - 1]).toBe("Event: e-sukhnah");
  });

  it("says in the email why each report joined the event", () => {
    const event = sawana();
    event.reports[1].joined = "place within: صوانه; same day; types compatible: attack, ambush";
    const lines = buildAlertMessage(event, major("e"), 0).email.split("\n");
    const enab = lines.findIndex((l) => l.startsWith("- Enab Baladi, published"));
    expect(lines[enab + 1]).toBe("  joined: place within: صوانه; same day; types compatible: attack, ambush");
  });
});

describe("OutboxPublisher", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rasd-outbox-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("appends one JSON line per alert and prints a short block", async () => {
    const file = path.join(dir, "nested", "outbox.jsonl");
    const out: string[] = [];
    const io: CliIO = { out: (l) => out.push(l), err: () => {}, isTTY: false };
    const publisher = new OutboxPublisher(file, io);
    const message = buildAlertMessage(sawana(), major("3f9a0c1d2b4e5f60"), 0);
    await publisher.publish(message);
    await publisher.publish({ ...message, kind: "escalation" });

    const lines = readFileSync(file, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.eventId, l.kind, l.subject, l.sms])).toEqual([
      ["3f9a0c1d2b4e5f60", "major", message.subject, message.sms],
      ["3f9a0c1d2b4e5f60", "escalation", message.subject, message.sms],
    ]);
    expect(lines[0].attributes).toEqual({ governorate: "Homs", killedBest: 9, woundedBest: 19, perpetrator: "ISIS", type: "attack", escalation: "false" });
    expect(lines[0].email).toBe(message.email);
    expect(out.slice(0, 3)).toEqual([
      "── alert (major) event 3f9a0c1d2b4e5f60",
      `   ${message.subject}`,
      `   SMS: ${message.sms}`,
    ]);
  });

  it("only prints when there is no outbox file", async () => {
    const out: string[] = [];
    await new OutboxPublisher(null, { out: (l) => out.push(l), err: () => {}, isTTY: false }).publish(buildAlertMessage(sawana(), major("e"), 0));
    expect(out).toHaveLength(3);
  });
});
