import { describe, expect, it } from "vitest";
import { extractIncidents } from "../../lib/extract";

const first = (text: string) => extractIncidents({ text, published: null, url: null, outlet: null })[0];

describe("targets", () => {
  it("names the units hit by their canonical names", () => {
    const i = first("قتل 4 عناصر من الدفاع الوطني والفيلق الخامس بهجوم لداعش في بادية الميادين.");
    expect(i.targets.map((t) => t.name)).toEqual(["National Defence Forces", "Fifth Corps"]);
  });
  it("names post-2024 actors", () => {
    const i = first("قتل 4 من عناصر الأمن العام بهجوم لداعش في ريف إدلب.");
    expect(i.targets.map((t) => t.name)).toContain("General Security");
  });
  it("names truffle hunters", () => {
    const i = first("قتل 3 مدنيين أثناء جمع الكمأة بانفجار لغم في بادية الرقة.");
    expect(i.targets.map((t) => t.name)).toEqual(["civilians", "truffle hunters"]);
  });
});

describe("equipment", () => {
  it("counts destroyed tanks and vehicles and seized weapons", () => {
    const i = first("هاجم التنظيم موقعا في بادية تدمر ما أدى إلى مقتل 5 عناصر وتدمير دبابتين وعدة آليات والاستيلاء على أسلحة.");
    expect(i.equipment).toEqual([
      { kind: "tank", alias: "دبابتين", count: { min: 2, max: 2 }, fate: "destroyed" },
      { kind: "vehicle", alias: "آليات", count: { min: 2, max: null }, fate: "destroyed" },
      { kind: "weapons", alias: "أسلحة", count: null, fate: "seized" },
    ]);
  });
  it("reads a numbered vehicle count", () => {
    const i = first("أحرق المهاجمون 3 آليات بعد مقتل عنصرين في بادية الميادين، حيث تم تدمير 3 سيارات.");
    expect(i.equipment.find((e) => e.alias === "سيارات")?.count).toEqual({ min: 3, max: 3 });
  });
});

describe("sources", () => {
  it("keeps each source's own figures", () => {
    const text = [
      "قالت مصادر محلية إن 9 عناصر قتلوا بهجوم على حافلة في بادية تدمر.",
      "وقال المرصد السوري إن 14 عنصرا قتلوا بالهجوم على الحافلة في بادية تدمر.",
    ].join("\n");
    const i = first(text);
    expect(i.killed).toEqual({ min: 9, max: 14 });
    expect(i.sources.map((s) => [s.name, s.killed])).toEqual([
      ["local sources", { min: 9, max: 9 }],
      ["SOHR", { min: 14, max: 14 }],
    ]);
  });
});

describe("field evidence", () => {
  it("points each field to its sentence by offsets into the text", () => {
    const text = "عنوان عن هجوم جديد في البادية\nقتل 3 عناصر بهجوم لداعش في بادية الميادين.";
    const i = first(text);
    const killed = i.fieldEvidence.find((e) => e.field === "killed")!;
    expect(text.slice(killed.start, killed.end)).toBe(killed.sentence);
    expect(killed.sentence).toBe("قتل 3 عناصر بهجوم لداعش في بادية الميادين.");
    expect(i.evidence).toContain("قتل 3 عناصر بهجوم لداعش في بادية الميادين.");
  });
});
