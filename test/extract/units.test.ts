import { describe, expect, it } from "vitest";
import { readSentence, unitsOf } from "../../lib/extract/units";

/** Event units of one body sentence, each as the figures it holds. */
const units = (text: string) => {
  const sentence = { text, start: 0, end: text.length, line: 1, header: false };
  return unitsOf(readSentence(sentence, null)).map((u) => ({
    figures: u.figures.map((f) => `${f.role} ${f.count.min}`),
    places: u.places.map((p) => p.text),
    startsNew: u.startsNew,
  }));
};

describe("event units of a sentence", () => {
  it("keeps a result clause with the attack it follows", () => {
    const u = units("مسلحين هاجموا حاجزا في ريف حمص الشرقي، ما أسفر عن مقتل 4 عناصر.");
    expect(u).toHaveLength(1);
    expect(u[0].figures).toEqual(["killed 4"]);
  });
  it("opens a second event at فيما with a place of its own", () => {
    const u = units("قتل عنصر في هجوم على بادية الميادين، فيما قتل ضابط في هجوم آخر قرب مدينة السخنة.");
    expect(u).toHaveLength(2);
    expect(u[1].startsNew).toBe(true);
  });
  it("keeps a فيما clause with no place in the same event", () => {
    const u = units("قتل عنصر في هجوم على بادية الميادين فيما أصيب آخر بجروح.");
    expect(u).toHaveLength(1);
    expect(u[0].figures).toEqual(["killed 1", "wounded 1"]);
  });
  it("drops a yearly toll", () => {
    expect(units("حصيلة القتلى بلغت 400 قتيل منذ مطلع العام.")).toEqual([]);
  });
  it("drops a habitual statement", () => {
    expect(units("خلايا التنظيم تشن هجمات متكررة في البادية.")).toEqual([]);
  });
  it("drops a deployment with no one hit", () => {
    expect(units("القوات أرسلت تعزيزات إلى ريف حمص الشرقي.")).toEqual([]);
  });
  it("keeps a sweep in which soldiers were killed", () => {
    const u = units("قوات النظام كانت في عمليات تمشيط، ما أدى إلى مقتل 3 عناصر بانفجار لغم.");
    expect(u.map((x) => x.figures)).toEqual([["killed 3"]]);
  });
  it("keeps an event told after a total when it brings its own figures and place", () => {
    const u = units("هذه الحوادث تتكرر في المنطقة، حيث لقي 5 مدنيين مصرعهم بانفجار لغم قرب بلدة السخنة.");
    expect(u).toHaveLength(1);
    expect(u[0].startsNew).toBe(true);
  });
  it("drops the breakdown of a total", () => {
    expect(units("الحصيلة بلغت 90 قتيلا منذ بداية العام، وهم: 50 مدنيا قتلوا بهجمات، و40 عنصرا.")).toEqual([]);
  });
  it("does not let an aside about habitual attacks undo the event", () => {
    const u = units("الهجوم أسفر عن مقتل 6 عناصر، مشيرين إلى أن القوات تتعرض باستمرار لهجمات.");
    expect(u.map((x) => x.figures)).toEqual([["killed 6"]]);
  });
});
