/**
 * The named types each pipeline stage hands to the next:
 * discovered URL → FetchedPage → CleanedArticle → Article (extractor input) → Incident[]
 * → stored records → Alert.
 */

/** A registry outlet id, e.g. "enab-baladi". */
export type OutletId = string;

/** An article URL found by discovery, already canonicalised. */
export interface DiscoveredUrl {
  url: string;
  /** The outlet the article is stored as a report of. */
  outlet: OutletId;
  /** Publication time the feed or listing gave, ISO 8601, when it gave one. */
  published?: string | null;
  /** The article itself, when the source carries it whole (a channel post): nothing is fetched. */
  carried?: CarriedArticle;
}

/** An article a discovery source delivered whole, ready to store as the cleaner would hand it on. */
export interface CarriedArticle {
  cleaned: CleanedArticle;
  /** The markup it came in, kept as its raw page. */
  html: string;
  fetchedAt: string;
  /**
   * A forwarded copy of another channel's post, stored under the origin's URL: stored while the
   * origin is not, never over it (the origin's own channel keeps it up to date with its edits).
   */
  copy: boolean;
  /** The name of the channel it was forwarded from, stored with the article. */
  forwardedFrom: string | null;
}

/** A page as the fetcher received it, decoded to text. */
export interface FetchedPage {
  /** The URL that was asked for. */
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  /** The charset the body was decoded with. */
  charset: string;
  html: string;
  fetchedAt: string;
  etag?: string | null;
  lastModified?: string | null;
}

/**
 * How the cleaner found an article's body, from the most to the least trusted: an outlet's
 * body selector, the generic scoring, then the fallbacks in the order they are tried.
 */
export type CleanStrategy =
  | "outlet-hints"
  | "generic"
  | "json-ld"
  | "script-json"
  | "noscript"
  | "amp"
  | "paragraph-run"
  | "table-cell"
  | "description";

/** An article page with the boilerplate removed. */
export interface CleanedArticle {
  url: string;
  /** `<link rel=canonical>` when the page gives one. */
  canonicalUrl?: string | null;
  title: string;
  /** ISO 8601 publication time, or null when the page does not say. */
  published: string | null;
  /**
   * The body as a reader sees it: lead and body paragraphs in reading order, with the captions
   * of photos printed inside the body at their places (`captionParagraphs` says which).
   */
  paragraphs: string[];
  /** Indices into `paragraphs` of the photo captions printed in the body. */
  captionParagraphs: number[];
  /** Every image caption of the page, in the body or not. */
  captions: string[];
  /**
   * Title and paragraphs, captions left out, joined by newlines: what the extractor reads (an
   * archive photo's caption may tell of an older attack).
   */
  text: string;
  /** How the body was found (absent on articles cleaned before strategies were recorded). */
  strategy?: CleanStrategy;
  /** 0–1: how far the strategy is trusted to return the article body and nothing else. */
  confidence?: number;
}

/** The extractor's input (the same shape as an annotated article in shared/eval). */
export interface Article {
  text: string;
  /** Publication date, `YYYY-MM-DD`, or null. */
  published: string | null;
  url: string | null;
  outlet: string | null;
}

/** `{min, max}`; `max: null` where the text sets no upper bound (ANNOTATION.md). */
export interface Count {
  min: number;
  max: number | null;
}

export type IncidentType =
  | "attack"
  | "ambush"
  | "explosive"
  | "airstrike"
  | "shelling"
  | "clash"
  | "assassination"
  | "abduction"
  | "execution"
  | "other";

export type Governorate =
  | "Homs"
  | "Hama"
  | "Raqqa"
  | "Deir ez-Zor"
  | "Aleppo"
  | "Rif Dimashq"
  | "Damascus"
  | "Hasakah"
  | "Daraa"
  | "Suwayda"
  | "Quneitra"
  | "Idlib"
  | "Latakia"
  | "Tartus";

/** A span of the article text that a field value came from. */
export interface Evidence {
  field: string;
  sentence: string;
  /** Character offsets of the sentence in `Article.text`. */
  start: number;
  end: number;
}

export interface GazetteerMatch {
  id: string;
  name: string;
  nameEn: string;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
  admin2: string | null;
  precision: "exact" | "near" | "area" | "governorate";
}

export interface TargetMention {
  /** Canonical English name, e.g. "National Defence Forces". */
  name: string;
  /** The Arabic alias found in the text. */
  alias: string;
}

export interface EquipmentMention {
  /** Canonical kind, e.g. "tank", "vehicle", "weapons", "ammunition". */
  kind: string;
  alias: string;
  count: Count | null;
  fate: "destroyed" | "seized" | "damaged";
}

export interface SourceMention {
  /** Canonical name: "SOHR", "local sources", "state media", "ISIS claim" … */
  name: string;
  alias: string;
  killed?: Count | null;
  wounded?: Count | null;
}

/**
 * One violent event at one place and time, as `shared/eval/ANNOTATION.md` defines it,
 * plus the fields users need that the annotations do not score.
 */
export interface Incident {
  date: string | null;
  datePrecision: "day" | "range" | "unknown";
  places: string[];
  governorate: Governorate | null;
  location: GazetteerMatch | null;
  type: IncidentType;
  perpetrator: string;
  suspected: boolean;
  killed: Count | null;
  wounded: Count | null;
  killedOrWounded: Count | null;
  captured: Count | null;
  missing: Count | null;
  targets: TargetMention[];
  equipment: EquipmentMention[];
  sources: SourceMention[];
  /** The sentences that state the event, copied exactly (ANNOTATION.md `evidence`). */
  evidence: string[];
  /** Per-field provenance with character offsets. */
  fieldEvidence: Evidence[];
}
