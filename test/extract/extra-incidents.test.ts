import { describe, expect, it } from "vitest";
import { extractLines, onlyIncident } from "../support/extract";
import { extractIncidents } from "../../lib/extract";

// ANNOTATION.md's "not an incident" list, read back from sentences written for this test (none is
// taken from an evaluation set): an event must be reported as having happened, not threatened,
// expected, denied or stopped before it went off.
const PUBLISHED = "2025-01-10";
const none = (line: string) => expect(extractLines([line], PUBLISHED)).toEqual([]);

describe("extra incidents: warned of, imminent or in the future tense", () => {
  it("reads no incident from a warning of an attack, with its subject between", () => {
    none("ويحذر ناشطون من هجوم على بلدة الصنمين بعد وصول مسلحين إليها.");
    none("حذرت مصادر محلية من هجمات لخلايا التنظيم على قرى ريف دير الزور الشرقي.");
  });
  it("reads no incident from an attack said to be imminent", () => {
    none("يرجح ناشطون هجوماً وشيكاً لخلايا التنظيم على بلدة السخنة.");
    none("وتدور أنباء عن غارات وشيكة للطيران التركي على قرى ريف الحسكة.");
  });
  it("reads no incident from an attack verb in the future tense", () => {
    none("ستشن القوات هجوماً واسعاً على مواقع التنظيم في بادية حمص.");
    none("وأكد المصدر أن الطيران سيستهدف مواقع الفصائل في ريف اللاذقية الشمالي.");
  });
  it("keeps an attack told after a warning given days before, and a warning said as an aside", () => {
    expect(onlyIncident("هاجمت خلايا التنظيم حاجزاً في بلدة السخنة، بعد أيام من تحذيرات أطلقها ناشطون، وقتل عنصران.", PUBLISHED).killed).toEqual({ min: 2, max: 2 });
    expect(onlyIncident("قتل أربعة مدنيين بقصف على قرية البارة، محذراً من تصعيد في المنطقة.", PUBLISHED).killed).toEqual({ min: 4, max: 4 });
  });
});

describe("extra incidents: a report denied", () => {
  it("reads no incident when a denial names its source before the truth it denies", () => {
    none("نفت وزارة الدفاع صحة الأنباء عن هجوم على مطار حماة العسكري.");
    none("ونفت قيادة الأمن الداخلي في درعا صحة الأنباء عن اغتيال ضابط في مدينة نوى.");
    none("نفى مصدر عسكري صحة ما تداولته صفحات عن انفجار في مطار المزة.");
  });
  it("keeps an event whose casualties among others a source denies", () => {
    const i = onlyIncident("قتل 3 عناصر من الأمن العام بهجوم على حاجز في بلدة الصنمين، ونفى مصدر وقوع إصابات بين المدنيين.", PUBLISHED);
    expect(i.killed).toEqual({ min: 3, max: 3 });
  });
});

describe("extra incidents: a bomb defused, seized or stopped", () => {
  it("reads no incident from a bomb defused", () => {
    none("فككت فرق الهندسة عبوة ناسفة زرعت على طريق دير الزور الميادين.");
    none("تمكنت فرق الهندسة من تفكيك لغم أرضي على طريق تدمر السخنة.");
    none("أبطلت وحدة الهندسة مفعول عبوة ناسفة زرعت قرب دوار الساعة في مدينة إدلب.");
  });
  it("reads no incident from a car bomb seized or a bombing stopped", () => {
    none("ضبطت دورية للأمن العام سيارة مفخخة في مدينة منبج قبل تفجيرها.");
    none("أحبطت قوات الأمن محاولة تفجير سيارة مفخخة في مدينة الباب.");
    none("أحبط الأمن الداخلي محاولة تفجير عبوة ناسفة أمام كنيسة في مدينة حمص.");
  });
  it("keeps a bomb that went off while defused, and an attack stopped with dead", () => {
    expect(onlyIncident("انفجرت عبوة ناسفة أثناء محاولة تفكيكها في بلدة الصنمين ما أدى إلى مقتل عنصرين من الهندسة.", PUBLISHED).killed).toEqual({ min: 2, max: 2 });
    expect(onlyIncident("أحبطت قوات الأمن هجوماً لخلايا التنظيم على حاجز في قرية الطيبة، وقتلت 3 من المهاجمين.", PUBLISHED).killed).toEqual({ min: 3, max: 3 });
  });
});

describe("extra incidents: the event mentioned again by its noun takes no later sentence's place", () => {
  // "لحين انتهاء الهجوم", "إلى موقع التفجير": the event just told, not one the next sentence places.
  it("leaves out the town of the unrelated sentence after a mention of the attack", () => {
    const i = onlyIncident(
      ["هاجم مسلحون حاجزاً في قرية الطيبة بريف درعا وقتلوا عنصرين.", "وفر الأهالي من الحي لحين انتهاء الهجوم.", "وفي سياق آخر، اختفى شابان في بلدة داعل بريف درعا."].join(" "),
      PUBLISHED,
    );
    expect(i.places).not.toContain("داعل");
    expect(i.places).toContain("الطيبة");
  });
  it("leaves it out after a mention of the blast or of the strike", () => {
    const blast = onlyIncident("انفجرت سيارة مفخخة في مدينة الباب بريف حلب وقتل 5 مدنيين. وهرع الأهالي إلى موقع التفجير. وفي سياق آخر، افتتحت مدرسة جديدة في بلدة مارع بريف حلب الشمالي.", PUBLISHED);
    expect(blast.places).not.toContain("مارع");
    const strike = onlyIncident("شنت طائرة مسيرة غارة على سيارة في قرية كفرنبل بريف إدلب ما أدى إلى مقتل مدنيين. وبقي الأهالي في منازلهم لحين انتهاء الغارة. وعلى صعيد آخر، افتتح سوق شعبي في مدينة أريحا بريف إدلب.", PUBLISHED);
    expect(strike.places).not.toContain("أريحا");
  });
});

describe("extra incidents: the same killing told again as an earlier find", () => {
  const incidentsOf = (text: string, published: string) => extractIncidents({ text, published, url: null, outlet: null });
  it("reads one incident, on the recount's day, when 'وكان … قد' tells the same toll with no place of its own", () => {
    const found = incidentsOf("أعلنت الشرطة، الأحد، القبض على المتهم بقتل رجلين في بلدة كفرنبودة بريف حماة.\nوكانت دورية قد وجدت جثتي الرجلين قرب النهر في 3 آذار.", "2024-03-10");
    expect(found.map((i) => [i.date, i.killed])).toEqual([["2024-03-03", { min: 2, max: 2 }]]);
    const twice = incidentsOf("أعلن الأمن الداخلي يوم الثلاثاء اعتقال منفذ جريمة قتل شقيقين في مدينة السلمية بريف حماة.\nوكان جيران قد سمعوا إطلاق نار وقتل الشقيقان في 20 شباط.", "2024-03-05");
    expect(twice.map((i) => [i.date, i.type])).toEqual([["2024-02-20", "attack"]]);
  });
  it("keeps two incidents when the recount tells another toll or another place", () => {
    const toll = incidentsOf("أعلنت الشرطة، الأحد، القبض على المتهم بقتل رجلين في بلدة كفرنبودة بريف حماة.\nوكانت دورية قد وجدت جثث ثلاثة رجال قرب النهر في 3 آذار.", "2024-03-10");
    expect(toll).toHaveLength(2);
    const place = incidentsOf("أعلن المرصد، الأربعاء، مقتل عنصرين بهجوم على حاجز في بلدة الصنمين بريف درعا.\nوكان مسلحون قد قتلوا في 2 آذار شابين في مدينة جاسم بريف درعا.", "2024-03-06");
    expect(place).toHaveLength(2);
  });
});

describe("extra incidents: accidents are no violent events, whatever their toll", () => {
  it("reads no incident from a road accident", () => {
    none("قتل 5 أشخاص وأصيب 3 آخرون بحادث سير على طريق حمص تدمر.");
    none("انقلبت حافلة تقل ركاباً على طريق دمشق درعا ما أدى إلى وفاة 8 أشخاص.");
  });
  it("reads no incident from a gas cylinder, a collapse, a fire, drowning or electrocution", () => {
    none("توفي 4 أطفال بانفجار أسطوانة غاز داخل منزل في مدينة جبلة.");
    none("لقي ستة عمال حتفهم إثر انهيار مبنى في حي الشعار بمدينة حلب.");
    none("اندلع حريق في سوق مدينة إدلب ما أدى إلى مقتل شخصين وإصابة 7.");
    none("قضى ثلاثة شبان غرقاً في نهر الفرات قرب مدينة الميادين.");
    none("قتل شاب بصعقة كهربائية أثناء عمله في بلدة الصنمين.");
  });
  it("keeps a blast or a fire that a strike or a bomb caused", () => {
    expect(onlyIncident("قتل 3 مدنيين بانفجار أسطوانة غاز إثر قصف مدفعي على بلدة كفرنبل.", PUBLISHED).type).toBe("shelling");
    expect(onlyIncident("اندلع حريق في سوق مدينة الباب بعد انفجار سيارة مفخخة أدى إلى مقتل 6 مدنيين.", PUBLISHED).killed).toEqual({ min: 6, max: 6 });
  });
});

describe("extra incidents: totals since the fall of the regime, what a place keeps seeing, plots", () => {
  it("reads no incident from a total since the regime fell", () => {
    none("قتل أكثر من 300 شخص في عمليات انتقامية منذ سقوط النظام في ريف حمص.");
    none("وثقت الشبكة مقتل 120 مدنياً على يد مجهولين منذ سقوط نظام الأسد في محافظة حماة.");
  });
  it("reads no incident from a toll over two weeks, a quarter or a half of the year", () => {
    none("قتل 18 شخصاً برصاص مجهولين في محافظة حمص خلال الأسبوعين الماضيين.");
    none("قتل 35 مدنياً في غارات روسية على ريف إدلب خلال الربع الأول من العام.");
    none("وسجل النصف الأول من عام 2024 مقتل 60 عنصراً بهجمات في بادية الرقة.");
  });
  it("keeps the event told before a running count over half a year", () => {
    const i = onlyIncident("قصفت المدفعية التركية قرية أم الكيف بريف تل تمر ما أدى إلى مقتل مدنيين، الأمر الذي أوقف محطة المياه للمرة العاشرة في النصف الأول من العام.", PUBLISHED);
    expect(i.type).toBe("shelling");
  });
  it("reads no incident from the attacks a place keeps seeing", () => {
    none("استنكرت فعاليات مدينة السويداء عمليات الخطف التي تشهدها المحافظة.");
    none("وطالب الأهالي بوضع حد للاغتيالات التي يشهدها ريف درعا الغربي.");
  });
  it("reads no incident from a plot confessed", () => {
    none("اعترف الموقوفون بالتخطيط لاغتيال قيادي في مدينة درعا.");
    none("وكشفت التحقيقات عن التخطيط لتفجير عبوة ناسفة قرب كنيسة في حي القصاع بدمشق.");
  });
});

describe("extra incidents: another source placing the victims already counted", () => {
  const incidentsOf = (text: string) => extractIncidents({ text, published: "2025-01-12", url: null, outlet: null });
  it("joins a report that finds 'the victims' (a definite noun, no number) at a nearby village", () => {
    const found = incidentsOf("قتل 6 عناصر من الجيش بكمين قرب بلدة كنسبا في ريف اللاذقية، الأحد.\nوكانت مصادر محلية ذكرت أن جثث القتلى وجدت قرب قرية الحفة بريف اللاذقية بعد اقتيادهم.");
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 6, max: 6 });
    expect(found[0].places).toContain("الحفة");
  });
  it("dates the event by the sentence that tells what was done, not by the day the bodies came", () => {
    const found = incidentsOf("وصلت جثامين 7 عناصر من الأمن العام إلى مدينة سرمدا بريف إدلب، اليوم الأحد، كانوا قد قضوا بهجوم في ريف مدينة جبلة.\nوكان مصدر أمني قال إن جثامين الضحايا عثر عليها قرب قرية بيت ياشوط بريف اللاذقية، وقد تم إعدامهم أمس السبت.");
    expect(found.map((i) => [i.date, i.type, i.killed])).toEqual([["2025-01-11", "execution", { min: 7, max: 7 }]]);
  });
  it("keeps another source's victims with a number of their own as another incident", () => {
    expect(incidentsOf("قتل 6 عناصر من الجيش بكمين قرب بلدة كنسبا في ريف اللاذقية، الأحد.\nوكانت مصادر محلية ذكرت أن 3 عناصر قتلوا بهجوم قرب قرية الحفة بريف اللاذقية.")).toHaveLength(2);
  });
});
