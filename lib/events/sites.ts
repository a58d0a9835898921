import { normalize } from "../text/normalize";

/**
 * Kinds of specific target an attack hits, by the nouns outlets use for them (normalized: ة → ه,
 * ى → ي, no ال). Two reports naming the same kind of target at one place and day are strong
 * evidence of one attack; a school and a bakery of one town are two. Adding a synonym is one
 * word here.
 */
const SITE_NOUNS: Record<string, readonly string[]> = {
  church: ["كنيسه", "كنائس"],
  mosque: ["مسجد", "جامع", "مساجد", "جوامع"],
  school: ["مدرسه", "مدارس"],
  market: ["سوق", "اسواق"],
  bakery: ["فرن", "افران", "مخبز", "مخابز"],
  hospital: ["مستشفي", "مشفي", "مشافي", "مستشفيات"],
  // The military academy: "الكلية الحربية", "الكلية العسكرية", "إحدى الكليات العسكرية".
  college: ["كليه", "كليات"],
  // A bus and the bus station are told interchangeably ("حافلة", "بولمان", "كراج", "محطة للحافلات").
  transport: ["حافله", "حافلات", "حافلتهم", "حافلتين", "باص", "بولمان", "كراج", "كراجات"],
  // Not camps: "مخيم الهول", "مخيم اليرموك" are places, and their names tell camps apart.
};

const KIND_OF = new Map(Object.entries(SITE_NOUNS).flatMap(([kind, nouns]) => nouns.map((n) => [n, kind] as const)));

/**
 * Words shortly before a site noun that make it something other than the target: where the
 * wounded were taken ("نقلوا إلى المشفى", "لتلقي العلاج في مشافي"), who spoke ("مدير مشفى",
 * "مصدر طبي في مستشفى"), or a landmark ("قرب مدرسة").
 */
const NOT_TARGET_BEFORE: ReadonlySet<string> = new Set(
  ["الى", "نقل", "نقلوا", "نقلهم", "لتلقي", "العلاج", "اسعاف", "الاسعاف", "مدير", "مصدر", "مصادر", "قرب", "بالقرب", "مقابل", "جانب", "بجانب"].map(normalize),
);
/** How many words back {@link NOT_TARGET_BEFORE} is looked for. */
const NOT_TARGET_WINDOW = 3;

/** Conjunctions, then prepositions and the article, a noun may carry ("وبالكنيسة", "للحافلات"). */
const CONJUNCTION = /^[وف]/;
const PREPOSITION_ARTICLE = /^(?:[بك]?ال|لل|[بلك])/;

/** The kind a written word names, if any: "بالكنيسة", "سوقاً" (accusative "سوقا"), "للحافلات". */
function kindOf(word: string): string | undefined {
  const bare = [word, word.replace(CONJUNCTION, "")];
  const stems = [...bare, ...bare.map((w) => w.replace(PREPOSITION_ARTICLE, ""))];
  for (const stem of stems) {
    const kind = KIND_OF.get(stem) ?? (stem.endsWith("ا") ? KIND_OF.get(stem.slice(0, -1)) : undefined);
    if (kind) return kind;
  }
  return undefined;
}

const WORDS = /[^\u0621-\u064A]+/;

/**
 * The kinds of target a report names as hit: those of the first of its sentences that names
 * any, without duplicates, in order of mention. A report tells its attack first; later
 * sentences recall others ("… the strikes since the 8th, which hit a school in another town").
 * @example targetSites(["قتلى بتفجير داخل كنيسة في حي الدويلعة", "بعد أيام من قصف مدرسة"]) // ["church"]
 */
export function targetSites(sentences: readonly string[]): string[] {
  for (const sentence of sentences) {
    const kinds: string[] = [];
    const words = normalize(sentence).split(WORDS).filter(Boolean);
    words.forEach((word, i) => {
      const kind = kindOf(word);
      if (!kind || kinds.includes(kind)) return;
      if (words.slice(Math.max(0, i - NOT_TARGET_WINDOW), i).some((w) => NOT_TARGET_BEFORE.has(w))) return;
      kinds.push(kind);
    });
    if (kinds.length > 0) return kinds;
  }
  return [];
}

/** Whether a place name starts with a site noun ("الكلية الحربية", "منطقة الكراجات" less its prefix): a target, not a place. */
export function namesSite(words: readonly string[]): boolean {
  return words.length > 0 && kindOf(words[0]) !== undefined;
}
