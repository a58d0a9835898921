import { describe, expect, it } from "vitest";
import { DEFAULT_ALERT_RULES, alertRulesFrom } from "../../lib/alert/rules-config";
import { dueAlert, isMajor, isTooOld, nextEscalationLevel } from "../../lib/alert/rules";
import type { AlertRecord } from "../../lib/alert";
import { article, count, incident } from "../events/fixtures";
import { eventFrom } from "./helpers";

const rules = DEFAULT_ALERT_RULES;
const eventWith = (fields: Parameters<typeof incident>[0], published = "2020-11-25T12:00:00Z") =>
  eventFrom("e1", [{ article: article("sy24", "x", published), incident: incident(fields) }]);
const sent = (kind: "major" | "escalation", level: number, killedBest: number): AlertRecord => ({
  id: `e1#${kind}#${level}`, eventId: "e1", kind, level, state: "sent", createdAt: "", attempts: 1, killedBest,
});

describe("the major rule", () => {
  it("is major at 5 killed", () => expect(isMajor(eventWith({ killed: count(5) }), rules)).toBe(true));
  it("is not major at 4 killed", () => expect(isMajor(eventWith({ killed: count(4) }), rules)).toBe(false));
  it("is major at 4 killed and 6 wounded", () =>
    expect(isMajor(eventWith({ killed: count(4), wounded: count(6) }), rules)).toBe(true));
  it("is not major at 4 killed and 5 wounded", () =>
    expect(isMajor(eventWith({ killed: count(4), wounded: count(5) }), rules)).toBe(false));
  it("is major on a combined killed-or-wounded figure of 10", () =>
    expect(isMajor(eventWith({ killedOrWounded: count(10, null) }), rules)).toBe(true));
  it("uses the stage's thresholds", () => {
    const strict = alertRulesFrom({ thresholds: { killed: 10, killedPlusWounded: 20 }, maxAlertAgeHours: 24 });
    expect(isMajor(eventWith({ killed: count(9) }), strict)).toBe(false);
    expect(strict).toMatchObject({ killed: 10, killedPlusWounded: 20, maxAlertAgeHours: 24, escalationFactor: 1.5 });
  });
});

describe("escalation levels", () => {
  it("escalates from 5 at the fixed level 10", () => expect(nextEscalationLevel(5, rules)).toBe(10));
  it("escalates from 12 at 1.5× (18) before the level 25", () => expect(nextEscalationLevel(12, rules)).toBe(18));
  it("escalates from 18 at the level 25 before 1.5× (27)", () => expect(nextEscalationLevel(18, rules)).toBe(25));
  it("needs a rise of at least 5 from small figures", () => expect(nextEscalationLevel(2, rules)).toBe(7));
  it("escalates past the last level by 1.5× only", () => expect(nextEscalationLevel(120, rules)).toBe(180));

  it("is due once the killed best reaches the next level", () => {
    expect(dueAlert(eventWith({ killed: count(10) }), [sent("major", 0, 5)], rules)).toEqual({ kind: "escalation", level: 10 });
    expect(dueAlert(eventWith({ killed: count(9) }), [sent("major", 0, 5)], rules)).toBeNull();
  });

  it("measures from the last figure sent, so a level is never alerted twice", () => {
    const alerts = [sent("major", 0, 5), sent("escalation", 10, 12)];
    expect(dueAlert(eventWith({ killed: count(12) }), alerts, rules)).toBeNull();
    expect(dueAlert(eventWith({ killed: count(18) }), alerts, rules)).toEqual({ kind: "escalation", level: 18 });
  });
});

describe("the age limit", () => {
  const event = eventWith({ date: "2020-11-25", killed: count(5) });
  it("counts a dated event's age from the end of its day", () => {
    expect(isTooOld(event, rules, new Date("2020-11-28T23:59:00Z"))).toBe(false);
    expect(isTooOld(event, rules, new Date("2020-11-29T00:01:00Z"))).toBe(true);
  });
  it("counts an undated event's age from its first report", () => {
    const undated = eventWith({ date: null, killed: count(5) }, "2020-11-25T12:00:00Z");
    expect(isTooOld(undated, rules, new Date("2020-11-28T11:00:00Z"))).toBe(false);
    expect(isTooOld(undated, rules, new Date("2020-11-28T13:00:00Z"))).toBe(true);
  });
  it("has no limit when the rules lift it", () =>
    expect(isTooOld(event, { ...rules, maxAlertAgeHours: null }, new Date("2030-01-01T00:00:00Z"))).toBe(false));
});
