import type { GazetteerMatch, Incident } from "../../lib/types";
import type { ArticleMeta, EventReport } from "../../lib/events";
import { startLocalDynamo, type LocalDynamo } from "../../lib/local/dynamo";
import { createDb, ensureTable, type Db } from "../../lib/store/client";

/** Gazetteer rows as the extractor returns them (shared/data/gazetteer/syria-places.tsv). */
export const PLACES = {
  sawana: { id: "unverified-sawana", name: "الصوانة", nameEn: "al-Sawana", lat: null, lon: null, admin1: "Homs", admin2: null, precision: "exact" },
  sukhnah: { id: "gn-172425", name: "السخنة", nameEn: "al-Sukhnah", lat: 34.88533, lon: 38.8711, admin1: "Homs", admin2: "Tadmur", precision: "exact" },
  taybah: { id: "gn-172329", name: "الطيبة", nameEn: "al-Taybah (east Homs)", lat: 35.08895, lon: 38.91597, admin1: "Homs", admin2: null, precision: "exact" },
  qaryatayn: { id: "gn-173361", name: "القريتين", nameEn: "al-Qaryatayn", lat: 34.22956, lon: 37.24066, admin1: "Homs", admin2: "Homs", precision: "exact" },
  mayadin: { id: "gn-173480", name: "الميادين", nameEn: "al-Mayadin", lat: 35.01982, lon: 40.45154, admin1: "Deir ez-Zor", admin2: "Mayadin", precision: "exact" },
} satisfies Record<string, GazetteerMatch>;

/** A hand-written incident: an ISIS attack in Homs on 2020-11-25 unless told otherwise. */
export function incident(fields: Partial<Incident> = {}): Incident {
  return {
    date: "2020-11-25",
    datePrecision: "day",
    places: [],
    governorate: "Homs",
    location: null,
    type: "attack",
    perpetrator: "ISIS",
    suspected: false,
    killed: null,
    wounded: null,
    killedOrWounded: null,
    captured: null,
    missing: null,
    targets: [],
    equipment: [],
    sources: [],
    evidence: [],
    fieldEvidence: [],
    ...fields,
  };
}

export const count = (min: number, max: number | null = min) => ({ min, max });

export function article(outlet: string, slug: string, published: string | null, title = "هجوم في البادية"): ArticleMeta {
  return { url: `https://${outlet}.example/${slug}`, outlet, title, published, fetchedAt: published ?? "2020-11-26T12:00:00Z" };
}

/** A dynalite table of its own for one test file. */
export async function localTable(): Promise<{ db: Db; dynamo: LocalDynamo }> {
  const dynamo = await startLocalDynamo(null);
  const db = createDb({ table: "rasd-test", endpoint: dynamo.endpoint });
  await ensureTable(db);
  return { db, dynamo };
}

/**
 * One attack told three ways (the ISIS attack near al-Sawana of 25 November 2020, seed-000):
 * different figures, place spellings, types and levels of attribution.
 */
export const SAWANA = {
  enab: {
    article: article("enab-baladi", "sawana", "2020-11-26T09:00:00Z", "قتلى وجرحى من قوات النظام بهجوم مباغت شرقي حمص"),
    incident: incident({
      places: ["وادي قصر الحلايات", "الصوانة", "بادية تدمر الجنوبية"],
      location: PLACES.sawana,
      suspected: true,
      killed: count(5, null),
      wounded: count(2, null),
      killedOrWounded: count(16, null),
      evidence: [
        "وأفادت شبكات محلية، أمس الأربعاء، بأن مجموعات تتبع تنظيم داعش شنت هجمات مباغتة استهدفت وادي قصر الحلايات ومواقع قرب منطقة الصوانة.",
        "وأكدت الشبكة، أن ما لا يقل عن 5 جثث لعناصر من قوات النظام وصلت إلى مشفى تدمر العسكري.",
      ],
    }),
  },
  sy24: {
    article: article("sy24", "sawana-ambush", "2020-11-25T18:30:00Z", "كمين لداعش في بادية حمص"),
    incident: incident({
      places: ["منطقة الصوانة", "بادية حمص الشرقية"],
      location: PLACES.sawana,
      type: "ambush",
      killed: count(9),
      wounded: count(22),
      evidence: ["قتل 9 عناصر من قوات النظام وأصيب 22 آخرون بكمين لخلايا داعش في منطقة الصوانة ببادية حمص الشرقية."],
    }),
  },
  araby: {
    article: article("alaraby", "homs-desert", "2020-11-26T11:00:00Z", "مقتل 14 عنصراً للنظام في البادية"),
    incident: incident({
      places: ["صوانه"],
      perpetrator: "unknown",
      killed: count(14),
      wounded: count(19),
      evidence: ["قُتل 14 عنصراً من قوات النظام وجُرح 19 في هجوم لمسلحين مجهولين على مواقعهم في صوانه."],
    }),
  },
};

/** An incident as a report of its article, the way attachReports stores it. */
export function reportOf(a: ArticleMeta, i: Incident, index = 0): EventReport {
  return { id: `${a.url}#${index}`, eventId: "", url: a.url, outlet: a.outlet, title: a.title, published: a.published, fetchedAt: a.fetchedAt, index, incident: i, attachedAt: a.fetchedAt };
}
