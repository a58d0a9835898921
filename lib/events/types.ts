import type { GazetteerMatch, Governorate, Incident, IncidentType } from "../types";

/** The article a set of incidents came from, as the pipeline stored it. */
export interface ArticleMeta {
  /** Canonical URL. */
  url: string;
  /** Registry outlet id. */
  outlet: string;
  title: string;
  /** ISO 8601 publication time, or null when the page does not say. */
  published: string | null;
  fetchedAt: string;
}

/**
 * UCDP-style estimates of one figure over an event's reports (README "Events"): `low` and
 * `high` bound what the outlets currently say, `best` is the figure to act on.
 */
export interface Estimate {
  low: number;
  best: number;
  /** Largest stated upper bound; null when any current report leaves its figure open ("at least 5"). */
  high: number | null;
  /** The report `best` was taken from, so its Arabic sentence can be quoted. */
  bestReport: string;
}

/** One incident of one article, kept in the event it was clustered into. */
export interface EventReport {
  /** `<url hash>#<nnn>` (lib/store/keys.ts `reportId`). */
  id: string;
  eventId: string;
  url: string;
  outlet: string;
  title: string;
  published: string | null;
  fetchedAt: string;
  /** Position of the incident in its article. */
  index: number;
  incident: Incident;
  /** When this report was first stored with its current content. */
  attachedAt: string;
  /**
   * Why the report is in this event: the matching rules that held when it joined ("same
   * place: وادي ذهب; same day; types compatible: explosive"). Absent on the report that
   * started the event.
   */
  joined?: string;
}

/** What clustering compares: derived from an event's reports and kept on the event. */
export interface EventProfile {
  /** Days the event may have happened on, `YYYY-MM-DD`, inclusive. A dated event has from = to. */
  from: string;
  to: string;
  dated: boolean;
  governorate: Governorate | null;
  /**
   * Every governorate the reports give or name a place in (places.ts `namedGovernorates`): a
   * two-city attack lies in two. Absent on events stored before it was kept.
   */
  governorates?: Governorate[];
  /** Normalized names of the specific places (not "countryside of …"). */
  placeKeys: string[];
  /**
   * Each report's most specific place: its first place key, else its gazetteer id as
   * `gz:<id>`. Absent on events stored before it was kept.
   */
  topKeys?: string[];
  /**
   * Where each report puts its most specific place: the first later place covering more
   * ground ("دمشق" in "حي الدويلعة بمدينة دمشق", the road a village lies on; places.ts
   * `widerPlace`). Absent on events stored before it was kept.
   */
  widerKeys?: string[];
  /** Every report recalls an attack long past (recap.ts `isRecap`); absent on events stored before. */
  recap?: boolean;
  /** The best killed figure (figures.ts), null when no report states one; absent on events stored before. */
  killed?: number | null;
  /** Kinds of target the reports name as hit (lib/events/sites.ts); absent on events stored before. */
  sites?: string[];
  /** How many reports the profile sums up; absent on events stored before. */
  reports?: number;
  /** Gazetteer ids of specific places. */
  gazetteerIds: string[];
  /** `[lat, lon]` of gazetteer matches precise enough to measure distances from, of reports whose match is their most specific place. */
  points: [number, number][];
  types: IncidentType[];
  /** Named perpetrators; "unknown" and "other" are left out, as they contradict nobody. */
  perpetrators: string[];
  targets: string[];
}

/** One attack as several outlets reported it. */
export interface EventRecord {
  id: string;
  /** `YYYY-MM-DD`: the day most reports give, or the first publication day when none gives one. */
  date: string;
  /** False when no report gave a day. */
  dated: boolean;
  governorate: Governorate | null;
  type: IncidentType;
  perpetrator: string;
  suspected: boolean;
  /** Arabic place names as the most precisely placed report wrote them. */
  places: string[];
  location: GazetteerMatch | null;
  targets: string[];
  killed: Estimate | null;
  wounded: Estimate | null;
  killedOrWounded: Estimate | null;
  /** Distinct outlets among the reports. */
  sources: number;
  reportCount: number;
  /** Earliest publication (or fetch, when unpublished) time among the reports. */
  firstPublished: string;
  /**
   * Every report tells of an attack long past: its day lies more than EVENT_RECAP_DAYS before
   * the report, or an undated report marks an anniversary ("الذكرى السنوية"). Never alerted.
   * Absent (false) on events stored before it was kept.
   */
  recap?: boolean;
  profile: EventProfile;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every write; updates are conditional on it. */
  version: number;
}

export interface EventWithReports extends EventRecord {
  /** Oldest first. */
  reports: EventReport[];
}

/** Event ids an `attachReports` call created, changed or removed. */
export interface EventChanges {
  created: string[];
  changed: string[];
  removed: string[];
  /** `created` and `changed`: the events whose alerts may now be due. */
  touched: string[];
}
