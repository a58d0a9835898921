import type { AlertKind, AlertState } from "../store/keys";

export type { AlertKind, AlertState };

/** When an event alerts (README "Alerts"); thresholds come from the stage config at run time. */
export interface AlertRules {
  /** Killed best estimate at which an event is major. */
  killed: number;
  /** Killed plus wounded best estimates (or a combined killed-or-wounded figure) at which an event is major. */
  killedPlusWounded: number;
  /** Hours after the event (or its first report, when undated) past which nothing is sent; null: no limit. */
  maxAlertAgeHours: number | null;
  /** An escalation needs the killed best to reach this multiple of the figure last alerted… */
  escalationFactor: number;
  /** …and to rise by at least this many. */
  escalationMinRise: number;
  /** Killed best figures that escalate when first reached, each at most once. */
  escalationLevels: readonly number[];
}

/** One alert of an event as stored: claimed before publishing, marked sent after. */
export interface AlertRecord {
  id: string;
  eventId: string;
  kind: AlertKind;
  /** 0 for the major alert; the killed figure that triggered an escalation. */
  level: number;
  state: AlertState;
  createdAt: string;
  attempts: number;
  owner?: string;
  /** ISO time (wall clock) after which a claim is taken to be abandoned. */
  leaseUntil?: string;
  lastTriedAt?: string;
  lastError?: string;
  sentAt?: string;
  messageId?: string;
  /** The figures the sent message gave: what the next escalation is measured from. */
  killedBest?: number;
  woundedBest?: number;
  droppedReason?: string;
}

/** SNS message attributes; names and data types are `ALERT_ATTRIBUTES` in lib/config/stage.ts. */
export interface AlertAttributes {
  governorate: string;
  killedBest: number;
  woundedBest: number;
  perpetrator: string;
  type: string;
  /** A string: SNS filter policies cannot match a Boolean. */
  escalation: "true" | "false";
}

/** One alert rendered for every channel. */
export interface AlertMessage {
  alertId: string;
  eventId: string;
  kind: AlertKind;
  level: number;
  /** Email subject: ASCII, at most 100 characters (SNS limits). */
  subject: string;
  /** English summary line, Arabic evidence, every report with its link, the place, the event id. */
  email: string;
  /** One GSM-7 segment: at most 160 characters of the basic set, no Arabic. */
  sms: string;
  /** For any other protocol. */
  default: string;
  attributes: AlertAttributes;
}

/** What `deliverAlerts` did about one alert (or one alert it decided not to raise). */
export interface AlertOutcome {
  eventId: string;
  /** Null when no alert record was made (suppressed, or the decision failed). */
  alertId: string | null;
  /** Null when the decision itself failed (status "failed" with `error`). */
  kind: AlertKind | null;
  level: number | null;
  /**
   * sent: published now. failed: publishing failed, left pending for the next run; or, with no
   * kind, deciding failed (the event stays marked and the next run decides again).
   * taken: another run holds or has sent it. suppressed: due but the event is too old, nothing stored.
   * dropped: a pending alert given up (event too old by now, or removed).
   */
  status: "sent" | "failed" | "taken" | "suppressed" | "dropped";
  messageId?: string;
  error?: { code: string; message: string };
  reason?: string;
}
