/**
 * The cleaner's rules as data: which tags never hold article text, which class/id names mark
 * boilerplate or content, and which whole lines are widget remains. Adding a synonym is a
 * one-line change here.
 */
import type { CleanStrategy } from "../types";

/**
 * How far each cleaning strategy is trusted (0–1) to return the article body and nothing else,
 * from what it reads: a selector written for the outlet, the scored container, the publisher's
 * own article data, then ever cruder guesses. The description fallback is a summary plus one
 * block: often only part of the article.
 */
export const STRATEGY_CONFIDENCE: Readonly<Record<CleanStrategy, number>> = {
  "outlet-hints": 0.95,
  generic: 0.9,
  "json-ld": 0.85,
  "script-json": 0.75,
  noscript: 0.7,
  amp: 0.7,
  "paragraph-run": 0.6,
  "table-cell": 0.5,
  description: 0.3,
};

/**
 * Tags removed with their subtree before scoring: they never carry article prose. Not
 * `<head>`: an HTML 4 page may omit both `</head>` and `<body>`, and the parser then puts the
 * whole page inside the head; what a head really holds (title, metas, scripts) is listed here.
 */
export const JUNK_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
  "button", "input", "select", "textarea", "option", "nav", "footer", "aside", "header",
  "menu", "dialog", "link", "meta", "base", "title", "video", "audio", "map",
  // AMP's widgets: ads, tracking, the slide-in menu, share bars, consent and notices, embeds.
  "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel", "amp-sidebar",
  "amp-social-share", "amp-consent", "amp-user-notification", "amp-iframe", "amp-video", "amp-youtube",
  "amp-install-serviceworker", "amp-web-push", "amp-geo",
]);

/** Tags that start a new text block when segmenting; inline tags do not. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt",
  "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
  "figure", "figcaption", "form", "fieldset", "address", "hr", "center", "details", "summary",
  "body", "html", "caption", "picture",
]);

/** Blocks whose score belongs to their parent (a `<p>` is evidence about its container). */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set([
  "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "tr",
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Never removed by a class-name rule, whatever their class says. */
export const PROTECTED_TAGS: ReadonlySet<string> = new Set(["html", "body", "article", "main"]);

/**
 * Class/id names of widgets a theme wraps around (or puts inside) the article: share bars,
 * comments, related and most-read lists, newsletter and app boxes, ads, tags, author boxes.
 * An element matching this and not {@link CONTENT_CLASS} is removed outright.
 */
export const BOILERPLATE_CLASS = new RegExp(
  "(?:^|[\\s_-])(?:" +
    [
      "share", "shares", "sharing", "sharedaddy", "social", "sociable", "addthis", "sharethis", "a2a",
      "comment", "comments", "commentlist", "disqus", "respond", "fb-comments", "reply",
      "related", "yarpp", "relatedposts", "similar", "more-on", "most-read", "mostread", "mostviewed",
      "most-viewed", "popular", "trending", "recommendations", "recommended", "top-stories", "read-also", "readalso", "see-also", "more-news",
      "newsletter", "subscribe", "subscription", "signup", "app-box", "apps", "app-promo",
      "advert", "advertisement", "ad", "ads", "adsbygoogle", "adslot", "ad-slot", "dfp", "banner",
      "sponsor", "sponsored", "promo", "outbrain", "taboola",
      "tags", "tag", "tagcloud", "tag-cloud", "post-tags", "keywords",
      "author-box", "about-author", "author-bio", "authorbox", "author-info", "bio", "byline",
      "breadcrumb", "breadcrumbs", "pagination", "pager", "nav", "navbar", "navigation", "menu",
      "sidebar", "widget", "footer", "masthead", "cookie", "consent", "popup", "modal",
      "post-navigation", "next-post", "prev-post", "entry-meta", "post-meta", "meta-info",
      "time-to-read", "reading-time", "print", "rating", "skip-link", "screen-reader-text", "sr-only",
      "weather", "ticker", "stream-item",
    ].join("|") +
    ")(?=$|[\\s_-])",
  "i",
);

/** Comment sections: removed even when they hold much prose (readers' comments are prose). */
export const COMMENT_CLASS = /(?:^|[\s_-])(?:comments?|commentlist|comment-list|disqus|respond|fb-comments)(?=$|[\s_-])/i;

/**
 * WordPress `post_class()` tokens ("tag-deir-ezzor", "category-news") name the post's taxonomy,
 * not a widget; they are ignored when matching class names.
 */
export const TAXONOMY_CLASS_TOKEN = /^(?:tag|category|format|status|type|post|author|postid|page-id)-/i;

/** Class/id names of the article body; they protect an element from {@link BOILERPLATE_CLASS}. */
export const CONTENT_CLASS =
  /(?:^|[\s_-])(?:article-?body|articlebody|article-?content|content-article|entry-content|post-content|post-body|story-?body|story-content|main-content|article-text|news-text|wysiwyg|field-name-body|longdesc|the-post)(?=$|[\s_-])/i;

/**
 * Class names of a post embedded in the article (a tweet, an Instagram post, the theme's
 * wrapper around either): the statement the article quotes, kept whatever "social" the
 * wrapper's name also holds.
 */
export const EMBED_CLASS = /(?:^|[\s_-])(?:embed|embedded|twitter-tweet|instagram-media|tiktok-embed)(?=$|[\s_-])/i;

/** Weak hints used in scoring: +/- a fixed weight, as Readability's class weight. */
export const POSITIVE_HINT =
  /article|body|content|entry|main|page|post|text|blog|story|hentry|wysiwyg|news|details|matn|nass/i;
export const NEGATIVE_HINT =
  /comment|related|share|social|sidebar|widget|footer|foot|side|sponsor|promo|meta|masthead|media|scroll|tool|nav|menu|tag|author|date|most|popular|hidden|banner|ad-|-ad\b|advert|subscribe|newsletter/i;

/** A lead or standfirst printed above the body, outside its container. */
export const LEAD_CLASS =
  /(?:^|[\s_-])(?:lead|excerpt|subtitle|sub-title|subhead|standfirst|summary|intro|dek|strapline|article-desc|post-excerpt|entry-excerpt|article-summary)(?=$|[\s_-])/i;

/** Highlights and pull quotes: copies of sentences of the body printed apart. */
export const COPY_CLASS = /(?:^|[\s_-])(?:highlights?|pull-?quote|pullout|key-?points)(?=$|[\s_-])/i;

/**
 * Image captions. The class match is loose ("imgCaption", "vce-photo-caption",
 * "single-post-caption", "img-cap"); `prune` keeps only those next to an image.
 */
export const CAPTION_SELECTOR = 'figcaption, [class*="caption" i], [class$="-cap" i], [class*="-cap " i], [itemprop=caption]';

/** Class or id of a gallery or slideshow: its captions stay apart from the body, wherever it is printed. */
export const GALLERY_CLASS = /gallery|slideshow|slider|carousel|swiper/i;

/** A caption that only labels or credits its photo ("أرشيف", "صورة أرشيفية", "File photo"): never a line of the body. */
export const CAPTION_LABEL = /^(?:صور(?:ة)?\s+)?[أا]رشيف(?:ية)?$|^(?:file|archive|stock)(?:\s+(?:photo|image|picture))?$/i;

/** Tags that make a nearby caption-classed element an image caption. */
export const MEDIA_TAGS: ReadonlySet<string> = new Set(["img", "picture", "video", "figure", "svg", "iframe", "amp-img", "amp-video"]);

/** Elements whose text names the publication time, searched for visible dates. */
export const DATE_CLASS = /date|time|publish|posted|timestamp|tarikh|byline|meta/i;

/**
 * Whole lines that are widget remains, not prose: share labels, comment counters,
 * "most read" and "read also" headings, newsletter and follow prompts. Matched after trimming
 * leading symbols and emoji.
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  // No \b after Arabic words: JavaScript's \b knows only ASCII letters, so it never matches
  // there. Prompts followed by text are bounded in length: a paragraph of prose is never one.
  /^(?:[اإ]قر[أا]|طالع|شاهد)\s*(?:[أا]يض[اًً]*|المزيد|كذلك)(?!\p{L}).{0,200}$/u,
  /^(?:التعليقات|تعليقات|عدد التعليقات|[أا]ضف تعليق[اًً]*|[إا]ضافة تعليق(?: جديد)?|اترك تعليق[اًً]*|لا توجد تعليقات)\s*[:(]?\s*\d*\s*\)?$/,
  /^(?:شارك|شاركها|شارك المقال|شارك الخبر|مشاركة|انشر|نشر)(?:\s+(?:على|عبر)\s+.{0,30})?\s*:?$/,
  /^(?:الأكثر|الاكثر)\s+(?:قراءة|مشاهدة|تداول[اًً]*|شعبية)$/,
  /^(?:[أا]خبار|مواضيع|مقالات|مواد|قصص|تقارير)?\s*ذات صلة\s*:?$/,
  /^(?:[أا]هم|آخر|[اأ]حدث|المزيد من)\s+(?:المواضيع|التصنيفات|الأخبار|الاخبار|المقالات)\s*:?$/,
  /^(?:تابعنا|تابعونا|تابعوا)\s+(?:على|عبر|في)(?!\p{L}).{0,80}$/u,
  /^(?:اشترك|اشتركوا|انضم|انضموا)(?!\p{L}).{0,60}(?:النشرة|القناة|قناتنا|البريد|بريدك|تطبيق|التطبيق).{0,80}$/u,
  /^(?:حمل|حمّل|نزل)\s+تطبيق/,
  /^(?:الوسوم|وسوم|كلمات مفتاحية|الكلمات المفتاحية|الكلمات الدالة|مواضيع)\s*:?$/,
  /^(?:facebook|twitter|whatsapp|telegram|linkedin|email|e-mail|print|copy link|messenger|pinterest|reddit|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليجرام|تلجرام|طباعة|نسخ الرابط|البريد الإلكتروني)$/i,
  /^\d+$/,
  /^(?:إعلان|اعلان|إعلانات|مساحة إعلانية|محتوى مدعوم|advertisement|advertising|advert|sponsored)$/i,
  /^(?:share|tweet|comments?\s*\(?\d*\)?|advertisement|related (?:articles|stories|posts)|read more|most read)$/i,
  // Section labels of related, trending and subscription boxes; reading-time and text-size tools.
  /^(?:you may also like|you might also like|related(?: news| content)?|trending(?: now| news| stories)?|tags|topics|subscribe(?: now)?|don'?t miss|read next|more stories|text size|iklan)\s*[.:!]*$/i,
  /^(?:\d+\s*min(?:ute)?s?\s+read|(?:reading time|lesezeit|tempo de leitura|temps de lecture)\s*:?\s*\d+\s*\p{L}*)$/iu,
  // Gallery and player controls, and photo credits on a line of their own.
  /^(?:caption|close|back to gallery|next|previous|play|pause|replay|mute|unmute|full ?screen|enlarge this image|toggle caption)$/i,
  /^(?:photo|image|picture|credit|foto|bild|source|صورة|الصورة|تصوير)\s*:\s*.{1,60}$/i,
  // A one-word label whose value is printed apart ("المصدر:", "الموضوع:", "Source:").
  /^\p{L}+\s*:$/u,
  // Follow prompts naming social networks ("Follow Newsbeat on Instagram, Facebook and YouTube.").
  /^(?:follow|like|find|join) (?:us|(?:\S+ ){0,6}\S+) on (?:instagram|facebook|twitter|x|youtube|tiktok|linkedin|threads|telegram|whatsapp)\b.{0,100}$/i,
  /^(?:folgen sie uns|folge uns|suivez-nous|síguenos|siga-nos|seguici) (?:auf|sur|en|no|su) .{0,100}$/i,
  // Newsletter prompts: a sign-up word and a newsletter or inbox in one short line.
  /^(?=.{0,250}$)(?=.*\b(?:sign up|signup|subscribe|abonnieren|anmelden|abonnez-vous|inscrivez-vous|suscríbete)\b)(?=.*\b(?:newsletters?|inbox|e-?mail updates)\b)/i,
  // Contact lines: an e-mail address alone, or with a verb that invites to write or follow.
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
  /^(?=.{0,300}$)(?=.*[\w.+-]+@[\w-]+\.\w)(?=.*\b(?:e-?mail|reached|reach|contact|let us know|write to|follow)\b)/i,
  // Gallery counters, image credits, and the reporting credits closing agency copy.
  /^(?:image|photo|picture|slide|bild|foto)\s+\d+\s+(?:of|von|de|di|sur|\/)\s+\d+$/i,
  /^(?:main )?(?:image|photo|picture|foto|bild)\s+credits?\s*:.{1,80}$/i,
  /^(?:additional )?(?:reporting|writing) by\b[^.]{0,300}\b(?:editing|edited) by\b.{0,200}$/i,
  /^(?:[Aa]dditional )?[Rr]eporting by(?:,? (?:and |with )?\p{Lu}[\p{L}.'’-]*){1,12}\.?\)?$/u,
  /^.{0,200}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$/i,
  // German news widgets (the language of much of the web the cleaner is measured on).
  /^(?:anzeige|werbung|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|das könnte sie auch interessieren|artikel teilen|teilen|kommentare|zur startseite|jetzt abonnieren)\s*:?$/i,
];

/**
 * Headings of the sections printed after an article that are not part of it: related and
 * most-read lists, and readers' comments, in the languages of the pages measured. A section
 * that starts with one of them is dropped whole (`./sections`). Matched on the whole line
 * after trailing punctuation and arrows are trimmed ({@link SECTION_LABEL_TAIL}).
 */
export const SECTION_LABELS: readonly RegExp[] = [
  /^(?:related|similar|recommended|popular|trending)(?: (?:articles|stories|posts|news|content|reading|coverage|videos|links|topics))?(?: for you)?$/i,
  /^(?:you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)|read (?:next|also)|also read|see also|don'?t miss|editor'?s picks|top stories|most (?:read|popular|viewed|shared))$/i,
  // "More from The Hill", "More Great WIRED Stories", "More news", "Popular on IndieWire", "Mehr aus Berlin".
  /^more (?:from (?:\S+ ){0,2}\S+|(?:\S+ ){0,2}(?:stories|articles|news|posts|videos))$/i,
  /^(?:(?:popular|trending|most read|top stories) (?:on|at|in)|mehr (?:aus|von|zu)) (?:\S+ ){0,2}\S+$/i,
  /^(?:das könnte (?:sie|dich) auch interessieren|mehr zum thema|passend zum thema|weitere (?:artikel|beiträge|nachrichten|meldungen|themen)|(?:ähnliche|verwandte) (?:artikel|beiträge|themen)|lesen sie auch|auch interessant|meistgelesen|meist gelesen|beliebte (?:artikel|beiträge)|empfehlungen)$/i,
  /^(?:(?:à )?lire aussi|sur le même sujet|articles? (?:similaires|liés)|vous aimerez aussi|les plus lus|te puede interesar|también te puede interesar|(?:noticias|artículos) relacionad[oa]s|lo más leído|você (?:também )?pode gostar|veja também|leia também|(?:posts|notícias|artigos) relacionad[oa]s|articoli correlati|potrebbe interessarti|ti potrebbe interessare)$/i,
  /^(?:(?:[أا]خبار|مواضيع|مقالات|تقارير) ذات صلة|قد يهمك|قد يعجبك|ننصحك بقراءة|الأكثر قراءة|الاكثر قراءة)$/,
  // Comment sections: "12 Comments", "Top Rated Comments", "Readers' comments", "Leave a Reply", "Kommentare (3)".
  /^(?:\d+ )?(?:(?:top|best|latest|newest|recent|featured|readers?'?|users?'?|(?:top|highest|most) (?:rated|recent|popular|liked)) )?(?:comments?|responses?|replies|kommentare?|leserkommentare|commentaires?|comentarios?|comentários?|commenti|التعليقات|تعليقات)(?: \(\d+\))?$/i,
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|join the discussion|schreibe einen kommentar|kommentar schreiben|laisser un commentaire|deja un comentario|deixe um comentário|lascia un commento|[أا]ضف تعليق[اًً]*|اترك تعليق[اًً]*)$/i,
];

/** Trailing colons, ellipses, arrows and the like a section heading ends with. */
export const SECTION_LABEL_TAIL = /[\s.:!…»›>→\u2192-\u21ff]+$/u;

/**
 * A dateline printed on a line of its own, before the paragraph it opens: a place, perhaps an
 * agency and a date, then a dash ("LONDON (Reuters) -", "دمشق - ", "حلب، 3 آذار (سانا) –").
 */
export const DATELINE_ALONE = /^[^.!?؟]{2,}?\s*[-–—]$/u;

/** A date or clock time in a line: short lines carrying one are bylines and date stamps. */
export const DATE_IN_LINE =
  /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}:\d{2}(?!\d)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b/i;

/**
 * A byline word of a meta line ("Le Monde | 04.05.2015 • … | Par Martin U.", "05/10/2018 -
 * Publicado por: … - Categoria: …"): with a date and {@link META_SEPARATOR}s, the line is
 * the article's meta line, not a sentence that says "by".
 */
export const BYLINE_WORD = /(?:^|[\s|•·])(?:by|par|von|por|posted by|published by|publicado por|written by|autor|autorin|author|بقلم|كتب|كتبه|إعداد)(?=[\s:])/i;
/** The separators of a meta line's fields. */
export const META_SEPARATOR = /\s[-–|•·]\s|[|•·]/g;

/** Leading symbols and emoji stripped before matching {@link BOILERPLATE_LINES}. */
export const LEADING_SYMBOLS = /^[\s\p{S}\p{P}\u200B-\u200F\uFE0F]+/u;

export const HAS_LETTER = /\p{L}/u;
export const HAS_ARABIC_LETTER = /[\u0621-\u064A]/;
export const COMMAS = /[,،]/g;
