import { describe, expect, it } from "vitest";
import type { Incident } from "../../lib/types";
import type { EventProfile } from "../../lib/events/types";
import { chooseEvent, matchEvent } from "../../lib/events/match";
import { profileOf } from "../../lib/events/summary";
import { PLACES, article, count, incident, reportOf } from "./fixtures";

// Sentences are written for these tests; places are real, the attacks made up.
const DAY = "2023-05-10";
const NEXT_DAY = "2023-05-11";
let n = 0;

/** The profile of one report published on the day of its incident (or DAY). */
function profile(fields: Partial<Incident>): EventProfile {
  const i = incident({ date: DAY, ...fields });
  return profileOf([reportOf(article("sy24", `r${++n}`, `${i.date ?? DAY}T18:00:00Z`), i)]);
}

const JABLEH = { governorate: "Latakia" as const, type: "explosive" as const };

describe("places at different granularity", () => {
  it("joins a report naming only the city to an event naming a district in it", () => {
    const event = profile({ ...JABLEH, places: ["حي العمارة", "مدينة جبلة"] });
    const match = matchEvent(profile({ ...JABLEH, places: ["جبلة"] }), event);
    expect(match?.strength).toBe("within");
    expect(match?.reasons).toEqual(["place within: جبله", "same day", "types compatible: explosive"]);
  });

  it("keeps two neighbourhoods of one town apart", () => {
    const event = profile({ ...JABLEH, places: ["حي العمارة", "جبلة"] });
    expect(matchEvent(profile({ ...JABLEH, places: ["حي الفيض", "جبلة"] }), event)).toBeNull();
  });

  it("keeps a village apart from the event of another village its article listed", () => {
    // One outlet's report of a market strike also lists the villages struck that day.
    const event = profile({ governorate: "Idlib", type: "airstrike", places: ["جسر الشغور", "بينين", "سرجة"] });
    expect(matchEvent(profile({ governorate: "Idlib", type: "airstrike", places: ["بينين"] }), event)).toBeNull();
  });

  it("reads a name with the next word run into it, and a road told both ways, as one place", () => {
    const town = profile({ governorate: "Idlib", type: "airstrike", places: ["خان شيخون"] });
    expect(matchEvent(profile({ governorate: null, type: "airstrike", places: ["مدينة خان شيخون ب"] }), town)?.strength).toBe("place");
    const road = profile({ governorate: "Deir ez-Zor", places: ["طريق دير الزور - تدمر"] });
    expect(matchEvent(profile({ governorate: "Deir ez-Zor", places: ["الطريق بين تدمر ودير الزور"] }), road)?.strength).toBe("place");
  });

  it("measures distances only from a report's most specific place, not from a road's end", () => {
    // Both map the village by a different end of the road it lies on, 270 km apart.
    const event = profile({ governorate: "Deir ez-Zor", places: ["كباجب", "طريق دير الزور"], location: PLACES.mayadin });
    const report = profile({ governorate: "Deir ez-Zor", places: ["كباجب", "القريتين"], location: PLACES.qaryatayn });
    expect(matchEvent(report, event)?.strength).toBe("place");
    // A village pinned by the gazetteer is still kept apart from its namesake far away.
    const far = profile({ places: ["القريتين"], location: { ...PLACES.qaryatayn, lat: 35.9, lon: 40.1 } });
    expect(matchEvent(profile({ places: ["القريتين"], location: PLACES.qaryatayn }), far)).toBeNull();
  });
});

describe("targets", () => {
  it("joins a report naming no place to the event at the same kind of target", () => {
    const event = profile({ places: ["حي وادي الذهب"], type: "explosive", evidence: ["انفجار داخل مسجد في حي وادي الذهب."] });
    const match = matchEvent(profile({ places: [], type: "explosive", evidence: ["قتلى بتفجير في مسجد بحمص."] }), event);
    expect(match?.strength).toBe("site");
    expect(match?.reasons).toContain("same target: mosque");
  });

  it("keeps a school and a bakery of one town apart, a day apart", () => {
    const school = profile({ governorate: "Raqqa", type: "airstrike", places: ["المنصورة", "الطبقة"], evidence: ["غارة على مدرسة في المنصورة قرب الطبقة."] });
    const bakery = { governorate: "Raqqa" as const, type: "airstrike" as const, date: NEXT_DAY, places: ["الطبقة"] };
    expect(matchEvent(profile({ ...bakery, evidence: ["غارة على فرن في الطبقة."] }), school)).toBeNull();
    expect(matchEvent(profile({ ...bakery, evidence: ["حصيلة غارة المدرسة قرب الطبقة."] }), school)?.strength).toBe("within");
  });

  it("keeps a bakery strike apart from the school strike a later sentence of its report recalls", () => {
    // A tally of a campaign's strikes after the lead names the earlier school strike.
    const school = profile({ governorate: "Raqqa", type: "airstrike", places: ["المنصورة", "مدينة الطبقة"], evidence: ["غارة على مدرسة في المنصورة."] });
    const bakery = profile({
      governorate: "Raqqa", type: "airstrike", date: NEXT_DAY, places: ["مدينة الطبقة"],
      evidence: ["غارة على فرن في مدينة الطبقة.", "وبلغت حصيلة الغارات منذ أسبوعين 100 قتيل في الطبقة ومدرسة المنصورة."],
    });
    expect(matchEvent(bakery, school)).toBeNull();
  });

  it("takes a generic attack and an air strike on the same target as one attack, and not without it", () => {
    const strike = profile({ type: "airstrike", places: [], evidence: ["مسيرة تستهدف الكلية الحربية."] });
    expect(matchEvent(profile({ type: "attack", places: [], evidence: ["هجوم على الكلية الحربية في حمص."] }), strike)?.strength).toBe("site");
    expect(matchEvent(profile({ type: "attack", places: [], evidence: ["هجوم في حمص."] }), strike)).toBeNull();
  });

  it("joins a report that takes the attacked force for the attacker", () => {
    const event = profile({ places: ["السخنة"], perpetrator: "ISIS", targets: [{ name: "regime/government forces", alias: "قوات النظام" }] });
    const swapped = profile({ places: ["السخنة"], perpetrator: "Syrian government", targets: [{ name: "ISIS members", alias: "عناصر التنظيم" }] });
    expect(matchEvent(swapped, event)?.strength).toBe("place");
  });
});

describe("what outlets tell differently", () => {
  it("joins reports whose perpetrator is unknown, claimed, or blamed on another party", () => {
    const event = profile({ places: ["السخنة"], perpetrator: "ISIS" });
    for (const perpetrator of ["unknown", "opposition", "Syrian government"]) {
      expect(matchEvent(profile({ places: ["السخنة"], perpetrator }), event)?.strength, perpetrator).toBe("place");
    }
  });

  it("joins tolls that differ tenfold", () => {
    const event = profile({ places: ["السخنة"], killed: count(3) });
    expect(matchEvent(profile({ places: ["السخنة"], killed: count(40) }), event)).not.toBeNull();
  });

  it("takes the capital and its countryside as one governorate for one place", () => {
    const event = profile({ governorate: "Damascus", places: ["حي جوبر"] });
    expect(matchEvent(profile({ governorate: "Rif Dimashq", places: ["جوبر"] }), event)?.strength).toBe("place");
    expect(matchEvent(profile({ governorate: "Homs", places: ["جوبر"] }), event)).toBeNull();
  });

  it("joins a two-city bombing filed under either city's governorate, on a place both name", () => {
    // Jableh lies in Latakia, Tartus in Tartus: each outlet files the attack under one of them.
    const event = profile({ governorate: "Tartus", type: "explosive", places: ["مدينة جبلة", "مدينة طرطوس"] });
    const match = matchEvent(profile({ governorate: "Latakia", type: "explosive", places: ["جبلة", "طرطوس"] }), event);
    expect(match?.strength).toBe("place");
    expect(match?.reasons).toContain("places named in Latakia and Tartus");
  });

  it("keeps bombings of two cities in two governorates apart when neither report names the other's city", () => {
    const tartus = profile({ governorate: "Tartus", type: "explosive", places: ["مدينة طرطوس"] });
    expect(matchEvent(profile({ governorate: "Latakia", type: "explosive", places: ["مدينة جبلة"] }), tartus)).toBeNull();
  });

  it("does not join a report naming no place to an event in another governorate that names a place in its own", () => {
    const event = profile({ governorate: "Tartus", type: "explosive", places: ["مدينة جبلة", "مدينة طرطوس"] });
    expect(matchEvent(profile({ governorate: "Latakia", type: "explosive", places: [] }), event)).toBeNull();
  });

  it("counts a night attack dated either side of midnight as one day", () => {
    const match = matchEvent(profile({ places: ["السخنة"], date: NEXT_DAY }), profile({ places: ["السخنة"] }));
    expect(match?.reasons).toContain("1 day apart (a night across two days)");
  });
});

describe("recaps without a day", () => {
  const strike = { governorate: "Idlib" as const, type: "airstrike" as const, places: ["خان شيخون"] };
  const event = profile({ ...strike, killed: count(90) });
  /** An undated report fetched years later, without a publication day. */
  const later = (fields: Partial<Incident>) => {
    const a = { ...article("sy24", `r${++n}`, null), fetchedAt: "2026-04-04T08:00:00Z" };
    return profileOf([reportOf(a, incident({ ...strike, date: null, datePrecision: "unknown", ...fields }))]);
  };
  const anniversary = ["في الذكرى السنوية للغارة على خان شيخون."];

  it("joins an anniversary report to the earlier event at the same place when the tolls agree", () => {
    const match = matchEvent(later({ killed: count(100, null), evidence: anniversary }), event);
    expect(match?.strength).toBe("place");
    expect(match?.reasons).toContain("undated recap of an earlier attack: 100 killed against the event's 90");
  });

  it("keeps it apart from an earlier attack at the same place with another toll, at a wider place, or without a toll", () => {
    expect(matchEvent(later({ killed: count(9), evidence: anniversary }), event)).toBeNull();
    expect(matchEvent(later({ killed: count(100), places: ["ريف إدلب", "إدلب"], evidence: anniversary }), event)).toBeNull();
    expect(matchEvent(later({ killed: count(100), places: ["حي النور", "خان شيخون"], evidence: anniversary }), event)).toBeNull();
    expect(matchEvent(later({ evidence: anniversary }), event)).toBeNull();
  });

  it("does not take an undated report that marks no anniversary for a recap", () => {
    expect(matchEvent(later({ killed: count(90), evidence: ["غارة على خان شيخون."] }), event)).toBeNull();
  });
});

describe("choosing among events", () => {
  it("prefers the event naming the same neighbourhood to one naming only the city", () => {
    const candidates = [
      { id: "a-city", profile: profile({ ...JABLEH, places: ["مدينة جبلة"] }) },
      { id: "b-district", profile: profile({ ...JABLEH, places: ["حي العمارة", "جبلة"] }) },
    ];
    expect(chooseEvent(profile({ ...JABLEH, places: ["حي العمارة", "جبلة"] }), candidates)?.id).toBe("b-district");
  });

  it("prefers, between events that match as surely, the one that agrees on more", () => {
    const candidates = [
      { id: "a-no-governorate", profile: profile({ governorate: null, type: "airstrike", places: ["جسر الشغور"] }) },
      { id: "b-idlib", profile: profile({ governorate: "Idlib", type: "airstrike", places: ["جسر الشغور"] }) },
    ];
    expect(chooseEvent(profile({ governorate: "Idlib", type: "airstrike", places: ["جسر الشغور"] }), candidates)?.id).toBe("b-idlib");
  });
});
