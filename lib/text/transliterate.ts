import { normalize } from "./normalize";

/**
 * Arabic letters to Latin, for place names the gazetteer has no English name for. Arabic
 * writes no short vowels, so the result is a readable approximation ("الصوانة" → "al-Swana"),
 * good enough to tell a reader which place is meant in an SMS, which cannot carry Arabic.
 * Letters are those `normalize` leaves (أ→ا, ة→ه, ى→ي).
 */
const LETTERS: Record<string, string> = {
  "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
  "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'",
  "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'",
  "ئ": "'", "ؤ": "'",
};

/** Letters that read as long vowels between consonants and as consonants next to a vowel. */
const VOWEL_LETTERS: Record<string, { vowel: string; consonant: string }> = {
  "و": { vowel: "u", consonant: "w" },
  "ي": { vowel: "i", consonant: "y" },
};

const isVowelish = (c: string | undefined) => c === "ا" || c === "و" || c === "ي";

function word(w: string): string {
  let body = w;
  let prefix = "";
  if (body.startsWith("ال") && body.length > 3) {
    prefix = "al-";
    body = body.slice(2);
  }
  let out = "";
  const chars = [...body];
  chars.forEach((c, i) => {
    const vowelLetter = VOWEL_LETTERS[c];
    if (vowelLetter) {
      out += i === 0 || isVowelish(chars[i + 1]) || isVowelish(chars[i - 1]) ? vowelLetter.consonant : vowelLetter.vowel;
    } else if (c === "ه" && i === chars.length - 1 && i > 0) {
      // A final ه is mostly a ta marbuta written plain ("صوانه").
      out += "a";
    } else {
      out += LETTERS[c] ?? c;
    }
  });
  // Capitalise the first letter, after a leading ' (ع) if there is one: "'Ayn".
  const cased = out.replace(/^('?)(.)/, (_m, mark: string, first: string) => mark + first.toUpperCase());
  return prefix + cased;
}

/**
 * A Latin spelling of an Arabic place name; Latin text and digits pass through.
 * @example transliterate("وادي قصر الحلايات") === "Wadi Qsr al-Hlayat"
 */
export function transliterate(arabic: string): string {
  return normalize(arabic)
    .split(/\s+/)
    .filter(Boolean)
    .map(word)
    .join(" ");
}
