/**
 * Tunables, each with its unit and the reason for its value, grouped by area.
 */

// ── Storage and local runs (lib/store, lib/local) ───────────────────────────

/** Bytes. A DynamoDB item is at most 400 KB; the gzipped page must leave room for the cleaned text. */
export const MAX_STORED_HTML_BYTES = 250_000;

/**
 * Bytes, counted as DynamoDB does (UTF-8 names and values, lib/store/item-size.ts). DynamoDB
 * refuses items over 400 KB (409,600 bytes); every item the store writes stays under this,
 * which leaves room for rounding in the size rule.
 */
export const MAX_STORED_ITEM_BYTES = 400_000;

/** Characters of an article title stored; a longer "title" is a broken page's text, not a headline. */
export const STORED_TITLE_CHARS = 1_000;

/**
 * Bytes of one incident as stored, alone and inside its event report. Real incidents take at most
 * 13 KB (416 incidents of the dev, dev2 and events sets, measured with lib/store/item-size.ts), so
 * only runaway evidence is cut: the last per-field evidence first, then the last sentences.
 */
export const STORED_INCIDENT_BYTES = 64_000;

/** Evidence sentences kept per incident; real incidents quote at most 10 (same sets). */
export const STORED_EVIDENCE_SENTENCES = 20;

/** Per-field evidence entries kept per field name; real incidents give at most 7 (same sets). */
export const STORED_FIELD_EVIDENCE_PER_FIELD = 10;

/** Entries kept in an incident's lists (places, targets, equipment, sources); real incidents name at most 18 places (same sets). */
export const STORED_LIST_ENTRIES = 40;

/** Characters of one name in those lists (a place, a target's alias …). */
export const STORED_NAME_CHARS = 300;

/** Local data folder of `rasd` runs (dynalite files and the alert outbox). */
export const LOCAL_DATA_DIR = ".rasd";

/** Table name used by local runs. */
export const LOCAL_TABLE = "rasd-local";

/** Milliseconds a created local table may stay CREATING: dynalite turns it ACTIVE at once, later under load. */
export const LOCAL_TABLE_ACTIVE_TIMEOUT_MS = 10_000;

/** Milliseconds between two looks at a CREATING table. */
export const LOCAL_TABLE_POLL_MS = 20;

/**
 * Attempts per AWS call (lib/aws/json-api.ts: DynamoDB, SSM), the first included: the AWS SDK's
 * standard retry mode, which rasd relied on before it signed its own calls.
 */
export const AWS_CALL_MAX_ATTEMPTS = 3;

/**
 * Milliseconds: the ceiling of the first retry's random wait, doubled at each retry (full
 * jitter, as the SDK's standard mode); throttling waits from a higher base, as the SDK's does.
 */
export const AWS_CALL_RETRY_BASE_MS = 100;
export const AWS_CALL_THROTTLE_RETRY_BASE_MS = 500;

/**
 * Milliseconds one AWS call may take before it is abandoned and retried: DynamoDB and SSM answer
 * in tens of ms, so 10 s means a dead connection, well inside the functions' own time limits.
 */
export const AWS_CALL_TIMEOUT_MS = 10_000;

// ── Pipeline (lib/pipeline) ──────────────────────────────────────────────────

/** Outlets collected side by side in one local cycle; each is a different host, so this only bounds sockets and memory. */
export const OUTLET_CONCURRENCY = 4;

/** Articles fetched at once per outlet run; the fetcher still paces each host. */
export const ARTICLE_CONCURRENCY = 4;

/** Articles one outlet run fetches at most: a feed that suddenly lists hundreds of old items must not blow the Lambda timeout. */
export const MAX_ARTICLES_PER_RUN = 60;

/**
 * Milliseconds a collect run keeps back from its remaining time: after its deadline it starts no
 * article, and what is under way may still take one fetch attempt (connect + headers + body,
 * 45 s), a wait for the clustering lease (EVENT_LEASE_WAIT_MS, 60 s), then the alerts and the
 * outlet state (seconds).
 */
export const COLLECT_SAFETY_MARGIN_MS = 120_000;

// ── Extractor (lib/extract) ──────────────────────────────────────────────────

/** Largest number (count of people) read as a casualty figure; larger ones are money, years or IDs. */
export const MAX_COUNTED_NUMBER = 5000;
/** Tokens an anchor such as "مقتل" looks ahead for its number ("مقتل ما لا يقل عن 5 عناصر"). */
export const ANCHOR_FORWARD_TOKENS = 8;
/** Tokens a verb such as "قتلوا" looks back for its subject ("6 ضباط، جميعهم برتبة ملازم، … قتلوا"). */
export const ANCHOR_BACKWARD_TOKENS = 14;
/** Tokens a negation reaches forward ("دون ورود معلومات عن وقوع قتلى أو جرحى"). */
export const NEGATION_REACH_TOKENS = 8;
/**
 * Tokens after an arrest verb within which its subject stands ("اعتقلت قوات الاحتلال الإسرائيلي":
 * the verb, a force word and a two-word name); farther, Israel is named for another reason.
 */
export const ARREST_SUBJECT_REACH_TOKENS = 4;
/** Tokens before an air word within which support is named ("بدعم من طيران", "الإسناد الجوي لطيران"): the air force backed a fight, it did not strike. */
export const AIR_SUPPORT_REACH_TOKENS = 3;
/** Tokens "لقي" looks ahead for مصرع/حتف before it counts as a death ("لقي 4 عناصر من قوات … التابعة لـ"…" مصرعهم"). */
export const MET_DEATH_WINDOW_TOKENS = 14;
/** Tokens a toll word (حصيلة، تعداد) looks ahead for "إلى N". */
export const TOLL_WINDOW_TOKENS = 16;
/**
 * Tokens a toll that "rose" (ارتفعت حصيلة قتلى …) looks ahead for "إلى N": the attack it updates
 * is often told in full between them ("ارتفعت حصيلة قتلى قوات النظام جراء الهجوم الذي شنته … إلى 15").
 */
export const RISING_TOLL_WINDOW_TOKENS = 48;
/**
 * Sentences after an event's last one within which "the attack" still means that event
 * ("… ما أدى إلى مقتل عنصرين. ولم يتبن أحد الهجوم. ويعتقد أن داعش تقف وراء العملية").
 */
export const DOER_REACH_SENTENCES = 2;
/**
 * Sentences, headline lines included, in which an article's lead tells the day of its event
 * (headline, subtitle, first body sentence); an event told later with no day of its own
 * happened then (extract/index.ts byLeadDay). On dev2's odd and evenA files 2 found fewer
 * leads' days than 3, and 5 none more than 3.
 */
export const LEAD_SENTENCES = 3;
/**
 * People (killed or wounded) that fire opened at persons may hit for the killing to read as an
 * assassination ("أطلقوا النار على الشابين … ما أدى إلى مقتلهما"); more is an attack on a group.
 */
export const MAX_ASSASSINATION_VICTIMS = 2;
/**
 * Days. A day and month stated without a year up to this far after the page's date is read in
 * the page's year: a timezone or dateline slip ("الخميس 31 كانون الأول" on a page dated the 30th),
 * not the same day a year before.
 */
export const DATE_AFTER_PUBLICATION_SLIP_DAYS = 2;
/** Characters of one article the extractor reads; longer input is cut (a page is ~2–20 k). */
export const MAX_ARTICLE_CHARS = 200_000;
/** Characters of one sentence; a run without punctuation is cut into pieces of this size. */
export const MAX_SENTENCE_CHARS = 1_500;
/** Incidents an event looks back over when deciding which one it belongs to; articles tell a handful. */
export const MAX_DRAFTS_LOOKBACK = 24;
/**
 * Killed, at least (people): a toll this large told again for the incident just told, in a quote or by
 * another source placing it by the town nearby, is that incident; two incidents of one article rarely
 * have the same toll this large, small ones (1, 2, 3) often do.
 */
export const MIN_REPEATED_TOLL = 5;
/**
 * Operations. A clause that counts at least this many attacks ("وثق 27 عملية اغتيال", "ثلاث هجمات")
 * tells a total over a period, not one event; two ("هجومين") are still told one by one.
 */
export const MIN_COUNTED_OPERATIONS = 3;

// ── Deployment (stacks/, lib/config/stage.ts) ────────────────────────────────

/** EventBridge schedule expression. News sites publish a few items an hour; 15 minutes keeps alerts timely without re-reading unchanged feeds. */
export const DEFAULT_COLLECT_SCHEDULE = "rate(15 minutes)";

/** People killed (best estimate) at which an incident alerts, unless the stage config sets another. */
export const DEFAULT_ALERT_KILLED = 5;

/** People killed plus wounded (best estimates) at which an incident alerts, unless the stage config sets another. */
export const DEFAULT_ALERT_KILLED_PLUS_WOUNDED = 10;

/** Hours. An incident older than this is stored but not alerted: a late report of an old attack is not news to act on. */
export const DEFAULT_MAX_ALERT_AGE_HOURS = 72;

/** MB. One collect run parses ~20 pages with cheerio and runs the extractor; 1024 MB also buys the CPU share that keeps parsing quick. */
export const COLLECT_MEMORY_MB = 1024;

/** Seconds. ~20 fetches paced at ≥1 s per host with retries and Retry-After waits fit well inside 5 minutes; a hung outlet must not run for 15. The run stops starting articles COLLECT_SAFETY_MARGIN_MS before it. */
export const COLLECT_TIMEOUT_SECONDS = 300;

/** Milliseconds a local `rasd collect` starts articles for unless `--budget` says otherwise: what a Lambda run has. */
export const COLLECT_LOCAL_BUDGET_MS = COLLECT_TIMEOUT_SECONDS * 1_000 - COLLECT_SAFETY_MARGIN_MS;

/** MB. Re-extraction reads stored articles in batches and re-runs the extractor, the same CPU-bound work as collect. */
export const REEXTRACT_MEMORY_MB = 1024;

/** Seconds. Lambda's maximum: re-extraction works through batches and stops, with a cursor, before this runs out. */
export const REEXTRACT_TIMEOUT_SECONDS = 900;

// ── Fetching and discovery (lib/fetch, lib/discover) ─────────────────────────

/** Page that tells site owners who is crawling and how to reach us. Placeholder domain (RFC 2606) until the project has a public page. */
export const CRAWLER_CONTACT_URL = "https://rasd.example.org/crawler";

/** Product token matched against `User-agent:` lines of robots.txt (RFC 9309 §2.2.1). */
export const CRAWLER_TOKEN = "rasd";

/** Sent on every request: names the crawler, its purpose and the contact page, so an outlet can reach us before blocking us. */
export const USER_AGENT = `${CRAWLER_TOKEN}/0.1 (+${CRAWLER_CONTACT_URL}; news monitoring for civilian-harm analysts)`;

/** Milliseconds. TCP + TLS set-up; a news site that cannot connect in 10 s is down for this run. */
export const FETCH_CONNECT_TIMEOUT_MS = 10_000;

/** Milliseconds from request sent to response headers; slow WordPress sites render pages in a few seconds under load. */
export const FETCH_HEADERS_TIMEOUT_MS = 15_000;

/** Milliseconds of silence between two chunks of a body: a stalled connection is given up before the request deadline ends it. */
export const FETCH_BODY_TIMEOUT_MS = 10_000;

/**
 * Milliseconds from sending a request to the last byte of its answer, whatever the status
 * (connection, headers and the body, read or discarded): 15 s of headers and 20 s of body. A
 * server that trickles a page, a redirect or an error page holds one try no longer than this.
 */
export const FETCH_REQUEST_TIMEOUT_MS = 35_000;

/** Milliseconds an unwanted body (a redirect's, an error page's) may take to drain so its connection is reused; a slower one is cut. */
export const FETCH_DISCARD_GRACE_MS = 1_000;

/** Bytes, before and after decompression. Arabic news pages weigh 100 KB–1.5 MB; 5 MiB admits heavy themes and refuses archives, PDFs or gzip bombs. */
export const FETCH_MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Redirect hops per request. Outlets chain at most http→https→www→slash; more is a loop. */
export const FETCH_MAX_REDIRECTS = 5;

/** Retries after the first attempt for transient errors (network, timeouts, 5xx, 429): three tries in all. */
export const FETCH_MAX_RETRIES = 2;

/** Milliseconds. First backoff delay; doubles per retry, with jitter so parallel runs do not retry in step. */
export const FETCH_RETRY_BASE_DELAY_MS = 1_000;

/** Milliseconds. Longest backoff delay between two tries. */
export const FETCH_RETRY_MAX_DELAY_MS = 8_000;

/** Milliseconds. A `Retry-After` longer than this is not waited for: the request fails as throttled and the next run tries again, so one outlet cannot hold a Lambda run. */
export const FETCH_MAX_RETRY_AFTER_MS = 30_000;

/** Bytes of robots.txt read; RFC 9309 §2.5 asks crawlers to parse at least 500 KiB. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

/** Child sitemaps of a sitemap index read per run, newest first: the newest one or two hold every recent article. */
export const DISCOVERY_MAX_CHILD_SITEMAPS = 3;

/** Milliseconds. Sitemap entries dated older than this are skipped: plain sitemaps list the whole archive, and 3 days covers a weekend outage. Feeds and listings are short by nature and are not filtered. */
export const DISCOVERY_SITEMAP_MAX_AGE_MS = 3 * 24 * 3_600_000;

/** Article URLs taken from one feed, sitemap or listing page: bounds the work a broken or huge source can cause. */
export const DISCOVERY_MAX_URLS_PER_SOURCE = 500;

/** Levels of sitemap index followed (index → index → urlset): news sites nest at most one index in another; more is a loop or a trap. */
export const DISCOVERY_MAX_SITEMAP_DEPTH = 2;

/**
 * When a stored article is fetched again because its toll may be updated ("rose to 12 dead").
 * Tiers by article age (from its publication time): the first tier whose `maxAgeMs` covers the
 * age applies, and the article is re-fetched when its last fetch is older than `minIntervalMs`.
 * Tolls are revised mostly in the first hours, rarely after two days.
 */
export const REFETCH_SCHEDULE: readonly { maxAgeMs: number; minIntervalMs: number }[] = [
  { maxAgeMs: 12 * 3_600_000, minIntervalMs: 1 * 3_600_000 },
  { maxAgeMs: 48 * 3_600_000, minIntervalMs: 3 * 3_600_000 },
];

// ── Telegram channels (lib/telegram) ─────────────────────────────────────────

/** Minutes between two polls of a channel unless its registry entry or the stage sets another: breaking items appear there first, and a preview page costs one request. */
export const TELEGRAM_DEFAULT_POLL_MINUTES = 3;

/** Preview pages (about 20 posts each) one run reads at most while paging back to the newest post already stored: a channel posts a few items an hour, so more means a long outage, reported as a gap rather than read for minutes. */
export const TELEGRAM_MAX_PAGES_PER_RUN = 5;

/**
 * Post ids. A stored post missing from a page is judged deleted only when the page's posts span
 * at most this many ids around it: a sparser page (a channel that deleted hundreds of posts) is
 * not checked, so one run never tries more than this many URLs per page.
 */
export const TELEGRAM_MAX_DELETION_SPAN = 200;

/**
 * When a stored channel post is compared again with the page's text. The post is on a page the
 * run fetched anyway, so a comparison costs no request: every post under 48 hours old is compared
 * at every poll that reads its page (tolls are edited in place during the first hours), older never.
 */
export const CHANNEL_REFETCH_SCHEDULE: readonly { maxAgeMs: number; minIntervalMs: number }[] = [{ maxAgeMs: 48 * 3_600_000, minIntervalMs: 0 }];

/** Minutes east of UTC of Syrian time (permanently UTC+3 since October 2022): a post's UTC time is stored as the Syrian day it was posted on, as outlets date their own articles. */
export const SYRIA_UTC_OFFSET_MINUTES = 180;

// ── Cleaner (lib/clean) ──────────────────────────────────────────────────────
/** Characters below which a text block adds nothing to its container's score (menus, labels). */
export const CLEAN_MIN_SCORED_BLOCK_CHARS = 25;
/** Link characters / text characters above which a block is navigation, not prose. */
export const CLEAN_MAX_LINK_DENSITY = 0.5;
/** Score added or taken for a content-like / widget-like class or id (Readability uses 25). */
export const CLEAN_CLASS_WEIGHT = 25;
/** A sibling of the best container joins it when its score reaches this share of the best. */
export const CLEAN_SIBLING_SCORE_SHARE = 0.2;
/** …and at least this absolute score, so tiny siblings of a weak container do not join. */
export const CLEAN_SIBLING_MIN_SCORE = 10;
/** Link characters / text characters below which a paragraph beside the container (or a card of the body's shape) joins it whatever its score: prose, not a teaser. */
export const CLEAN_PROSE_SIBLING_MAX_LINK_DENSITY = 0.25;
/**
 * Share of its score a block keeps when it stands alone beside an image (a caption with no
 * caption class): a photo caption full of commas and names would outscore a short article.
 */
export const CLEAN_CAPTION_SCORE_SHARE = 0.5;
/** Characters of body an outlet's body selector must hold before it overrides the generic choice. */
export const CLEAN_MIN_HINT_BODY_CHARS = 200;
/** Below this many characters of kept paragraphs the page has no article body (listings, errors). */
export const CLEAN_MIN_BODY_CHARS = 80;
/** Share of Arabic letters among all letters above which a page is read as Arabic. */
export const CLEAN_ARABIC_PAGE_SHARE = 0.3;
/**
 * Longest cell (characters) of a table row read as one line of data; longer cells are a layout
 * table's columns of text. Stat lines ("7 tackles, 3 assists (10 combined)") stay well below.
 */
export const CLEAN_MAX_TABLE_CELL_CHARS = 200;
/**
 * Share (0–1) of the words of the longer of two titles found in the other, from which the
 * page's printed `<h1>` is taken as a rewording of its shared title (words reordered, a
 * place name moved to the front): one word in four may differ.
 */
export const CLEAN_TITLE_SAME_WORDS_SHARE = 0.75;
/**
 * Characters outside links from which a `<p>` mostly made of a link is still prose: a clause
 * of its own around the link (about eight words), more than a "Read also:" label holds.
 */
export const CLEAN_MIN_UNLINKED_CLAUSE_CHARS = 40;
/** …or this many, when the paragraph ends as a sentence and holds no colon ("X faces <a>a charge of …</a>."): a "Read also:" label announces its link with a colon. */
export const CLEAN_MIN_UNLINKED_LEAD_IN_CHARS = 20;
/**
 * ... and the share (0–1) of its text that must lie outside links: a paragraph three quarters
 * link is a link card (a name link that opens a biography card in place), not a sentence.
 */
export const CLEAN_MIN_UNLINKED_SHARE = 0.25;
/** Blocks shorter than this with no Arabic letter on an Arabic page are labels ("Facebook", "SY24"). */
export const CLEAN_MAX_NON_ARABIC_LABEL_CHARS = 40;
/** A line shorter than this that holds a date or clock time is a byline / date stamp, not prose. */
export const CLEAN_MAX_DATELINE_CHARS = 70;
/** A line shorter than this holding a byline, a date and two field separators is the article's meta line ("Site | date • updated date | By name"). */
export const CLEAN_MAX_META_LINE_CHARS = 200;
/** Characters from which a block between the headline and the body, in the article, is its lead (standfirst) though no class says so; bylines and date lines are shorter. */
export const CLEAN_MIN_LEAD_CHARS = 60;
/** …and link characters / text characters below which it is prose, not a teaser of another article. */
export const CLEAN_LEAD_MAX_LINK_DENSITY = 0.2;
/** Characters of prose printed before a "Related" or "Comments" label for its section to be dropped: the article comes first, so a label at the top of the page (a sidebar printed before the article) never takes the article with it. */
export const CLEAN_MIN_PROSE_BEFORE_SECTION_CHARS = 200;
/** Levels of nesting kept; tags opening deeper are dropped before parsing. The deepest real page measured (Scrapinghub AEB, ../shared/eval/html) nests 52 levels; the parser's work and every tree walk grow with depth (30,000 levels took 17 s or overflowed the stack). */
export const CLEAN_MAX_DEPTH = 256;
/** Elements, comments and declarations parsed per page; the page is cut before the next. The largest real page measured has 3,200; 50,000 keep the parse of a 5 MiB page of bare tags to about a second and 150 MB. */
export const CLEAN_MAX_TAGS = 50_000;
/** JSON values read from one page's JSON-LD and data scripts; a Next.js page holds a few thousand. */
export const CLEAN_MAX_JSON_NODES = 200_000;
/** Share of the page's prose letters a table cell must hold to be taken as the body by the table-cell fallback ("most of the page"). */
export const CLEAN_CELL_PAGE_SHARE = 0.5;
/** A body read from the page's data (JSON-LD, script JSON, noscript) must hold this share of the letters of the visible page's prose, else it is a teaser or a quote and the visible page is read instead. */
export const CLEAN_DATA_BODY_PAGE_SHARE = 0.5;
/** Milliseconds. A page's cleaning budget: no further fallback strategy starts after it. Real pages clean in 5–50 ms; one still without a body after a second is broken or hostile. */
export const CLEAN_CPU_BUDGET_MS = 1_000;
/** Share of a saved page's characters that may fail to decode (or be C0 controls) before `rasd clean` refuses it as binary: real pages have none, random bytes read as UTF-8 about half. */
export const CLEAN_MAX_UNDECODABLE_SHARE = 0.01;

// ── Events and alerts (lib/events, lib/alert) ────────────────────────────────

/** Days. Reports whose event days differ by at most this are one event: outlets resolve "yesterday" against their own publication time, and late-night attacks are dated either side of midnight. */
export const EVENT_DAY_TOLERANCE_DAYS = 1;

/** Days before publication an undated report ("days ago", no day given) may describe: outlets report attacks within a few days or name the day. */
export const EVENT_UNDATED_WINDOW_DAYS = 3;

/** Days between an attack and a report of it after which the report is a recap, not news: outlets report an attack within days, and recall it on anniversaries. */
export const EVENT_RECAP_DAYS = 30;

/** Ratio. An undated recap joins an earlier event at its place only when its killed figure and the event's best lie at most this factor apart: a recap quotes the settled toll of a memorable attack, and the event's best is the median outlet's latest figure; a toll twice or half that is another attack at the same place. */
export const EVENT_RECAP_TOLL_RATIO = 2;

/** Events. The most earlier events of its governorate, newest first, an undated recap (no day stated, no publication day) is compared with: such recaps are rare, and one query page holds about 300 events. */
export const EVENT_RECAP_CANDIDATES = 5_000;

/** Kilometres. Two reports whose gazetteer points lie this close describe the same place: a village and the desert area or road next to it that another outlet names. */
export const EVENT_NEAR_KM = 25;

/** Kilometres. Two reports whose gazetteer points lie further apart are never one event, even when they share a name (several Syrian villages share one: two al-Salihiyah in Deir ez-Zor lie 90 km apart). */
export const EVENT_FAR_KM = 50;

/** Milliseconds. A run holding the clustering lease this long without renewing it is taken to have crashed; one attach takes tens of milliseconds and renews the lease when half of it has passed, so a dead run blocks the others only this long. */
export const EVENT_LEASE_MS = 5_000;

/** Milliseconds. Longest wait for the clustering lease before the article fails (and is retried by the next run). */
export const EVENT_LEASE_WAIT_MS = 60_000;

/** Milliseconds. Pause between two tries to take the clustering lease; jittered ×0.5–1.5 so waiting runs do not retry in step. */
export const EVENT_LEASE_POLL_MS = 50;

/** Events a listing returns unless asked for another number. */
export const EVENT_LIST_DEFAULT_LIMIT = 50;

/** An escalation alert needs the killed best estimate to reach this multiple of the figure last alerted… */
export const ALERT_ESCALATION_FACTOR = 1.5;

/** …and to rise by at least this many people, so that 2 → 3 killed does not page anyone. */
export const ALERT_ESCALATION_MIN_RISE = 5;

/** Killed best estimates that always escalate when first reached, each at most once: they match the thresholds subscribers filter on (`killedBest >= 10` …), so a subscriber with a higher threshold hears of the event when it crosses theirs. */
export const ALERT_ESCALATION_LEVELS: readonly number[] = [10, 25, 50, 100];

/** Milliseconds. A claimed alert not marked sent within this is taken to belong to a crashed run and may be claimed again; one SNS publish takes well under a second. */
export const ALERT_CLAIM_LEASE_MS = 5 * 60_000;

/** Alerts left pending by earlier runs retried per run; the rest wait for the next run. */
export const ALERT_RETRY_BATCH = 50;

/** Events marked for an alert decision taken up per run besides the run's own: normally only the few a crashed run left; after an outage the rest wait for the next runs. */
export const ALERT_SWEEP_BATCH = 100;

/** Arabic evidence sentences quoted per report in an alert email: enough to check the figures, short enough to read on a phone. */
export const ALERT_EMAIL_EVIDENCE_PER_REPORT = 3;

/** Characters in one GSM-7 SMS segment; a longer message is split and may arrive out of order or cost double. */
export const SMS_MAX_CHARS = 160;

/** Characters SNS accepts in an email subject. */
export const SNS_SUBJECT_MAX_CHARS = 100;

// ── Places and dates (lib/places, lib/extract/dates.ts) ──────────────────────

/** Words. An unknown place name after a head noun ("كوع سليمان المخلف") ends here at the latest: Arabic place names rarely run longer, and a verb may follow with no punctuation. */
export const MAX_UNKNOWN_PLACE_WORDS = 3;
/** Head nouns read inside one another ("منطقة بادية مدينة تدمر" has three); a longer chain is not a place name and reading it would cost time that grows with its square. */
export const MAX_PLACE_NESTING = 4;
/** Places a road or triangle phrase joins ("مثلث الرقة-حمص-دير الزور" has three). */
export const MAX_ROAD_ENDPOINTS = 3;
/** Places read in one list under a plural head ("أحياء أ وب وج"); a longer run is a list of something else. */
export const MAX_LISTED_PLACES = 6;
/** Longest image caption; a longer "caption"-classed block is a content wrapper with an unlucky class name. */
export const CLEAN_MAX_CAPTION_CHARS = 400;
/** Non-link characters from which a widget-named element is read as a layout wrapper holding the article, and kept. */
export const CLEAN_PROTECTED_PROSE_CHARS = 800;
/** …provided its link density stays under this (related lists with excerpts are link-heavy). */
export const CLEAN_PROTECTED_MAX_LINK_DENSITY = 0.3;
/** …or, whatever its links, holds this share of the page's non-link text (a wrapper around article and widgets). */
export const CLEAN_PROTECTED_PAGE_SHARE = 0.4;

// ── Exports, map and read API (lib/export, lib/map, lib/api) ─────────────────

/** Events read per page while exporting everything: each costs one Query for its reports, and a page keeps the index reads large. */
export const EXPORT_PAGE_EVENTS = 200;

/** Events one page request reads at most while `minKilled` leaves most of them out; the cursor resumes from there, so one request stays well inside the API's 29 s limit. */
export const EXPORT_MAX_EXAMINED_EVENTS = 1_000;

/** Events per API page unless `limit` asks for another number. */
export const API_DEFAULT_LIMIT = 50;

/** Largest API page. An event with its reports and evidence is ~3–10 KB of JSON; 200 stay well under Lambda's 6 MB response limit. */
export const API_MAX_LIMIT = 200;

/** Events the map page (`rasd map`, `GET /map`) embeds at most: beyond a few thousand circles an SVG map stops being readable or quick; narrow the dates instead. */
export const MAP_MAX_EVENTS = 5_000;

/** Pixels. Width of the map drawing; the height follows Syria's shape. */
export const MAP_WIDTH_PX = 900;

/** Pixels. Circle radius of an event with no one reported killed, and of the largest toll; area grows with the killed best estimate up to {@link MAP_RADIUS_FULL_AT_KILLED}. */
export const MAP_MIN_RADIUS_PX = 4;
export const MAP_MAX_RADIUS_PX = 26;

/** Killed (best estimate) at which a circle reaches its largest size: Syrian desert attacks rarely kill more than a hundred, and larger tolls must not hide their neighbours. */
export const MAP_RADIUS_FULL_AT_KILLED = 100;

/** MB and seconds of the API functions: one page reads up to a few hundred small items from DynamoDB. API Gateway gives up after 29 s. */
export const API_MEMORY_MB = 512;
export const API_TIMEOUT_SECONDS = 28;

/** Days from `since` to `until` one API request may cover (about ten years): a wider range is answered 400, so no request walks decades of month partitions. */
export const API_MAX_RANGE_DAYS = 3_660;

/** Features per `GET /events.geojson` page at most: with properties and Arabic evidence a feature is ~2–4 KB, so 1000 stay under Lambda's 6 MB response limit. */
export const API_GEOJSON_MAX_FEATURES = 1_000;

/** Events `GET /map` embeds at most, for the same 6 MB limit (~2–4 KB of page per event); the CLI's map holds MAP_MAX_EVENTS. */
export const API_MAP_MAX_EVENTS = 1_500;

/** Requests per second (steady) and burst the read API accepts per stage: a few analysts and dashboards, not a public service; bounds the DynamoDB bill of a runaway client. */
export const API_THROTTLE_RATE_PER_SECOND = 10;
export const API_THROTTLE_BURST = 20;

/** Seconds API Gateway keeps an API key authorizer's yes or no per key: one Lambda call per key every five minutes, not per request. */
export const API_AUTHORIZER_CACHE_SECONDS = 300;

// ── Re-extraction (lib/reextract, functions/reextract.ts, rasd reextract) ────

/** Articles read per outlet-index query page. An article item weighs 10–60 KB (gzipped page + text), so 25 keep a page far under DynamoDB's 1 MB, and a run that stops mid-page re-reads at most 24 articles. */
export const REEXTRACT_PAGE_SIZE = 25;

/** URLs one payload may name: each is one GetItem, and the cursor carries the list, which must stay far below Lambda's 256 KB payload limit. */
export const REEXTRACT_MAX_URLS = 500;

/** Milliseconds the Lambda keeps back from its remaining time when re-extracting stored pages: one article may wait up to EVENT_LEASE_WAIT_MS (60 s) for the clustering lease, and the alerts of the batch still have to go out. */
export const REEXTRACT_SAFETY_MARGIN_MS = 90_000;

/** Milliseconds kept back with `refetch`: one page may take three tries of connect + headers + body timeouts (45 s each) with backoff, on top of the lease wait. */
export const REEXTRACT_REFETCH_SAFETY_MARGIN_MS = 240_000;

/** Milliseconds of work per `rasd reextract` batch before the CLI takes the cursor and goes on: the same resumable path the Lambda uses, with progress between batches. */
export const REEXTRACT_CLI_BATCH_MS = 60_000;

/** Before → after examples an answer gives: enough to check a rule change by eye, small enough to read in a terminal. */
export const REEXTRACT_MAX_EXAMPLES = 20;

/** Failed articles an answer lists by URL (all are counted): a run failing everywhere fails for a few reasons, not for thousands of URLs. */
export const REEXTRACT_MAX_FAILURES_LISTED = 50;
