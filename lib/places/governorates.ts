/**
 * The fourteen governorates: the English names the annotations use, the Arabic names the
 * news use for them, and the gazetteer's admin1 spellings.
 */
import type { Governorate } from "../types";
import { normalize } from "../text/normalize";

/** Arabic names of each governorate as news write them (also the seat city's name). */
const ARABIC_NAMES: Record<Governorate, readonly string[]> = {
  Homs: ["حمص"],
  // ("ريف حما": the ta marbuta is often dropped.)
  Hama: ["حماة", "حماه", "حما"],
  Raqqa: ["الرقة"],
  "Deir ez-Zor": ["دير الزور", "ديرالزور"],
  Aleppo: ["حلب"],
  "Rif Dimashq": ["ريف دمشق"],
  Damascus: ["دمشق"],
  Hasakah: ["الحسكة"],
  Daraa: ["درعا"],
  Suwayda: ["السويداء", "السويدا"],
  Quneitra: ["القنيطرة"],
  Idlib: ["إدلب", "ادلب"],
  Latakia: ["اللاذقية"],
  Tartus: ["طرطوس"],
};

/** The gazetteer's admin1 spellings that differ from the Governorate names. */
const ADMIN1_ALIASES: Record<string, Governorate> = {
  "Ar-Raqqah": "Raqqa",
  "As-Suwayda": "Suwayda",
  "Al-Hasakah": "Hasakah",
};

export const GOVERNORATES = Object.keys(ARABIC_NAMES) as Governorate[];

/** Normalized Arabic governorate name → governorate, longest names first for matching. */
export const GOVERNORATE_BY_NAME: ReadonlyMap<string, Governorate> = new Map(
  GOVERNORATES.flatMap((g) => ARABIC_NAMES[g].map((n) => [normalize(n), g] as const)).sort(
    (a, b) => b[0].length - a[0].length,
  ),
);

/** The gazetteer row that stands for each governorate as a whole (see SOURCES.md "Third pass"). */
export const GOVERNORATE_ROW_ID: Record<Governorate, string> = {
  Homs: "adm1-homs",
  Hama: "adm1-hama",
  Raqqa: "adm1-raqqa",
  "Deir ez-Zor": "adm1-deir-ez-zor",
  Aleppo: "adm1-aleppo",
  "Rif Dimashq": "adm1-rif-dimashq",
  Damascus: "adm1-damascus",
  Hasakah: "adm1-hasakah",
  Daraa: "adm1-daraa",
  Suwayda: "adm1-suwayda",
  Quneitra: "adm1-quneitra",
  Idlib: "adm1-idlib",
  Latakia: "adm1-latakia",
  Tartus: "adm1-tartus",
};

/** The governorate a gazetteer admin1 value names, or null when it names none. */
export function governorateOfAdmin1(admin1: string | null | undefined): Governorate | null {
  if (!admin1) return null;
  if (admin1 in ADMIN1_ALIASES) return ADMIN1_ALIASES[admin1];
  return (GOVERNORATES as string[]).includes(admin1) ? (admin1 as Governorate) : null;
}
