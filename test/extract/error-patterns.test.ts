import { describe, expect, it } from "vitest";
import { onlyIncident } from "../support/extract";

// Phrasing patterns the extractor misread (rasd issue 3). Every sentence here is written for
// the test; none is taken from an evaluation set.
describe("error patterns: casualty phrasing", () => {
  it("reads a denial after و as no casualties", () => {
    const i = onlyIncident("قصفت المدفعية بلدة الكرك الشرقي في ريف درعا، ولم ترد أنباء عن سقوط قتلى أو جرحى في القصف.");
    expect(i.killed).toBeNull();
    expect(i.wounded).toBeNull();
  });
  it("still counts the casualty told before a denial of others", () => {
    const i = onlyIncident("قصفت المدفعية بلدة الكرك الشرقي في ريف درعا، وقتل مدني ولم يصب أحد بجروح.");
    expect(i.killed).toEqual({ min: 1, max: 1 });
    expect(i.wounded).toBeNull();
  });
  it("reads قضى على as killing, counting those after على", () => {
    const i = onlyIncident("قضت القوات على العشرات من عناصر التنظيم في هجوم على بلدة السخنة في ريف حمص.");
    expect(i.killed).toEqual({ min: 20, max: null });
  });
  it("reads القضاء على with a number as that many killed", () => {
    const i = onlyIncident("تمكنت وحدات الجيش من القضاء على 5 إرهابيين بهجوم على بلدة السخنة في ريف حمص.");
    expect(i.killed).toEqual({ min: 5, max: 5 });
  });
  it("does not count a group wiped out with no number as one killed", () => {
    const i = onlyIncident("قضى الجيش على الخلية بهجوم في بلدة السخنة في ريف حمص.");
    expect(i.killed).toBeNull();
  });
  it("keeps قضى before a number as those who died", () => {
    const i = onlyIncident("قضى 3 عناصر على طريق السخنة بهجوم في ريف حمص.");
    expect(i.killed).toEqual({ min: 3, max: 3 });
  });
  it("reads N who were killed or wounded as a combined figure", () => {
    const i = onlyIncident("قصفت طائرة مسيرة سيارة في بلدة الكرك الشرقي بريف درعا، وقال مصدر إن خمسة كانوا في السيارة قتلوا أو أصيبوا.");
    expect(i.killed).toBeNull();
    expect(i.wounded).toBeNull();
    expect(i.killedOrWounded).toEqual({ min: 5, max: 5 });
  });
  it("reads a plural noun with the numeral two after it as exactly two", () => {
    const i = onlyIncident("انفجر لغم بجرار زراعي في بلدة الكرك الشرقي بريف درعا، ما أدى إلى إصابة مدنيين اثنين.");
    expect(i.wounded).toEqual({ min: 2, max: 2 });
  });
  it("reads one of a group of the living as exactly one when nothing else counts the role", () => {
    const i = onlyIncident("انفجر لغم بجرار زراعي في بلدة الكرك الشرقي بريف درعا، وأصيب أحد العمال.");
    expect(i.wounded).toEqual({ min: 1, max: 1 });
  });
  it("splits a singular subject before قتل وأصيب N آخرون into one killed and N wounded", () => {
    const i = onlyIncident("وأضاف أن جنديا قتل وأصيب ثلاثة آخرون بانفجار عبوة ناسفة قرب بلدة الكرك الشرقي بريف درعا.");
    expect(i.killed).toEqual({ min: 1, max: 1 });
    expect(i.wounded).toEqual({ min: 3, max: 3 });
    expect(i.killedOrWounded).toBeNull();
  });
  it("keeps قتل وأصيب N آخرون with no subject before it as a combined figure", () => {
    const i = onlyIncident("قتل وأصيب ثلاثة آخرون بانفجار عبوة ناسفة قرب بلدة الكرك الشرقي بريف درعا.");
    expect(i.killedOrWounded).toEqual({ min: 3, max: 3 });
  });
  it("reads a toll that ranges between two numbers as that range", () => {
    const i = onlyIncident("انفجرت عبوة ناسفة قرب بلدة الكرك الشرقي بريف درعا، وقال المصدر إن عدد الجرحى يتراوح بين أربعة وستة.");
    expect(i.wounded).toEqual({ min: 4, max: 6 });
  });
  it("drops a claimed combined figure when killed and wounded have numbers of their own", () => {
    const i = onlyIncident([
      "هاجم عناصر داعش حاجزا في بلدة الكرك الشرقي بريف درعا، ما أدى إلى مقتل 3 جنود وإصابة 7 آخرين.",
      "وزعم التنظيم في بيان مقتل وإصابة أكثر من 15 عنصرا.",
    ]);
    expect(i.killed).toEqual({ min: 3, max: 3 });
    expect(i.wounded).toEqual({ min: 7, max: 7 });
    expect(i.killedOrWounded).toBeNull();
  });
});

describe("error patterns: perpetrators", () => {
  it("reads the army's formal name after سلاح الجو as the Syrian government", () => {
    const i = onlyIncident("دمر سلاح الجو في الجيش العربي السوري رتلا لتنظيم داعش قرب بلدة السخنة بريف حمص.");
    expect(i.perpetrator).toBe("Syrian government");
  });
  it("reads قوات الحكومة as the subject of قصفت, the Syrian government", () => {
    const i = onlyIncident("قصفت قوات الحكومة قرية الكرك الشرقي بريف درعا.");
    expect(i.perpetrator).toBe("Syrian government");
  });
  it("keeps the army's formal name as the target when another doer is named", () => {
    const i = onlyIncident("قتل 3 من عناصر الجيش العربي السوري بهجوم لداعش قرب بلدة السخنة بريف حمص.");
    expect(i.perpetrator).toBe("ISIS");
  });
  it("reads the SDF as the doer of a drone attack it launched", () => {
    expect(onlyIncident("قتل مدني بهجوم بطائرات مسيرة شنته قسد على قرية أبو حمام بريف دير الزور.").perpetrator).toBe("SDF");
    expect(onlyIncident("قتل مدني بهجوم بمسيرات شنته قوات سوريا الديمقراطية على قرية أبو حمام بريف دير الزور.").perpetrator).toBe("SDF");
  });
  it("keeps the SDF as the target of shelling on its positions", () => {
    const i = onlyIncident("قصفت المدفعية التركية مواقع قسد في قرية أبو راسين بريف الحسكة.");
    expect(i.perpetrator).toBe("Turkey");
  });
});
