/**
 * Perpetrators outside ANNOTATION.md's named list ("other"), artillery named by nationality,
 * post-December-2024 state forces, and the feud and kidnapping types. Sentences are written for
 * the test, with places and numbers of their own.
 */
import { describe, expect, it } from "vitest";
import { onlyIncident as one } from "../support/extract";
import { extractIncidents } from "../../lib/extract";


describe("perpetrators outside the named list", () => {
  it("names another state's air force as other", () => {
    const i = one("شن سلاح الجو الأردني غارات على مزرعة في بلدة صلخد بريف السويداء، ما أدى إلى مقتل ثلاثة أشخاص.");
    expect([i.type, i.perpetrator]).toEqual(["airstrike", "other"]);
  });
  it("names gunmen drawn from the tribes as other", () => {
    const i = one("هاجم مسلحون من العشائر نقطة عسكرية قرب بلدة الشحيل بريف دير الزور، ما أدى إلى مقتل عنصرين.");
    expect(i.perpetrator).toBe("other");
  });
  it("names remnants of the fallen regime as other", () => {
    const i = one("قتل عنصران من الأمن العام بهجوم شنته مجموعة من فلول النظام البائد على حاجز قرب مدينة السلمية بريف حماة.");
    expect(i.perpetrator).toBe("other");
  });
  it("reads a family feud as a clash between others", () => {
    const i = one("أصيب ثلاثة مدنيين برصاص طائش خلال اشتباك بين عائلتين في بلدة محكان بريف دير الزور.");
    expect([i.type, i.perpetrator]).toEqual(["clash", "other"]);
  });
  it("does not make a neighbouring country named as a border the doer", () => {
    const i = one("قتل عنصر بانفجار لغم أرضي قرب المثلث الحدودي السوري – العراقي – الأردني في بادية حمص.");
    expect(i.perpetrator).toBe("unknown");
  });
});

describe("doers named by their guns", () => {
  it("names the state whose artillery shelled a village", () => {
    const i = one("قصفت مدفعية الجيش التركي قرية تل تمر بريف الحسكة، ما أدى إلى إصابة مدنيين اثنين.");
    expect([i.type, i.perpetrator]).toEqual(["shelling", "Turkey"]);
  });
  it("names post-2024 General Security as the government when it opens fire", () => {
    const i = one("قتل شاب برصاص الأمن العام عند حاجز قرب مدينة تدمر بريف حمص الشرقي.");
    expect(i.perpetrator).toBe("Syrian government");
  });
});

describe("kidnapping", () => {
  it("types a kidnapping as abduction even when the headline speaks of an attack elsewhere", () => {
    const found = extractIncidents({
      text: "اختطاف شابين قرب القريتين وإصابة عنصر بهجوم على حاجز\nأقدمت مجموعة مسلحة على اختطاف شابين قرب مدينة القريتين بريف حمص الشرقي.",
      published: null, url: null, outlet: null,
    });
    expect(found.map((i) => i.type)).toContain("abduction");
    expect(found.map((i) => i.type)).not.toContain("other");
  });
  it("keeps an abduction attempted during an attack the attack", () => {
    const i = one("نفذ مسلحون هجوما على عمال قرب بلدة السخنة بريف حمص في محاولة اختطاف العمال، ما أدى إلى مقتل عامل.");
    expect(i.type).toBe("attack");
  });
});
