/**
 * Phrasings of real news writing that the real development articles (dev, dev2) showed the
 * extractor misreading, by kind. Every sentence is written for the test; any article phrased the
 * same way must be read the same way.
 */
import { describe, expect, it } from "vitest";
import { normalize } from "../../lib/text/normalize";
import { findFigures } from "../../lib/extract/counts";
import { segment } from "../../lib/extract/segment";
import { tokenize } from "../../lib/extract/tokens";
import { extractLines as extract, onlyIncident as one } from "../support/extract";

/** Figures of a sentence as "role min-max" strings, with "~" for vague and "!" for a final toll. */
const figs = (s: string) =>
  findFigures(tokenize(normalize(s))).map((f) => `${f.role} ${f.count.min}-${f.count.max ?? "∞"}${f.vague ? "~" : ""}${f.final ? "!" : ""}`);

describe("text forms", () => {
  it("joins a word split by a dot between tatweels", () => {
    expect(normalize("هجـ.ـوم مسلـ.ـح ومقـ*ـتل عنصر")).toBe("هجوم مسلح ومقتل عنصر");
  });
  it("reads a hashtag as its words", () => {
    expect(normalize("قصف على #ريف_إدلب")).toBe("قصف علي ريف ادلب");
  });
  it("drops emoji", () => {
    expect(normalize("🔴 عاجل: مقتل عنصرين")).toBe(" عاجل: مقتل عنصرين");
  });
  it("ends a sentence at a full stop glued to the next word", () => {
    const s = segment("قتل عنصر في هجوم على حاجز قرب البلدة اليوم.وأوضح المصدر أن المهاجمين فروا إلى جهة مجهولة بعد الهجوم.");
    expect(s.map((x) => x.text)).toEqual(["قتل عنصر في هجوم على حاجز قرب البلدة اليوم.", "وأوضح المصدر أن المهاجمين فروا إلى جهة مجهولة بعد الهجوم."]);
  });
  it("reads an article written with dots between tatweels as one sentence and its figures", () => {
    const text = "أسفر هجـ.ـوم على حاجز قرب البلدة صباح اليوم عن مقـ.ـتل ثلاثة عناصر وإصـ.ـابة اثنين.";
    expect(segment(text)).toHaveLength(1);
    const i = one(text, "2025-03-01");
    expect([i.killed, i.wounded]).toEqual([{ min: 3, max: 3 }, { min: 2, max: 2 }]);
  });
  it("keeps an initial with its dot inside a sentence", () => {
    expect(segment("قال د.سمير إن عنصرين قتلا في الهجوم على الحاجز")).toHaveLength(1);
  });
  it("reads an outlet's name that opens with و as a header line", () => {
    const body = "قالت مصادر محلية إن مسلحين مجهولين هاجموا نقطة عسكرية في ريف المدينة الشرقي فجر اليوم ما أدى إلى مقتل عنصرين وإصابة ثلاثة آخرين.";
    expect(segment(`وكالة الأنباء المحلية\nعنوان الخبر عن الهجوم\n${body}`).map((x) => x.header)).toEqual([true, true, false]);
  });
});

describe("casualty words", () => {
  it("counts the pronoun of مقتله as one killed", () => {
    expect(figs("أطلقا عليه النار ما أدى إلى مقتله على الفور")).toEqual(["killed 1-1"]);
  });
  it("reads ارتقاء as killed", () => {
    expect(figs("أدى الانفجار إلى ارتقاء 9 مدنيين")).toEqual(["killed 9-9"]);
  });
  it("reads people found killed", () => {
    expect(figs("عثر الأهالي على الزوجين مقتولين داخل منزلهما")).toEqual(["killed 2-2"]);
  });
  it("reads a number of dead and wounded together as a combined figure", () => {
    expect(figs("20 قتيلاً وجريحاً بانفجار في السوق")).toEqual(["killedOrWounded 20-20"]);
  });
  it("reads a count that went missing after فقد", () => {
    expect(figs("فقد أربعة رعاة في البادية وأصيب آخرون")).toEqual(["missing 4-4", "wounded 2-∞~"]);
  });
  it("reads a count that lost their lives as killed", () => {
    expect(figs("أعلنت الجهة فقدان ثلاثة أشخاص حياتهم")).toEqual(["killed 3-3"]);
    expect(figs("فقد عنصران حياتهما بالقصف")).toEqual(["killed 2-2"]);
  });
  it("finds مصرعهم far after لقي across a long subject", () => {
    expect(figs('لقي 4 عناصر من قوات الفوج التابعة لقوات "الجيش" في المنطقة مصرعهم')).toEqual(["killed 4-4"]);
  });
  it("reads a thousands separator", () => {
    expect(figs("ارتفعت الحصيلة إلى 1,200 قتيل")).toEqual(["killed 1200-1200!"]);
  });
  it("does not count one dead after a number it cannot read", () => {
    expect(figs("قرابة 1.5 قتيل في الحرب")).toEqual([]);
  });
});

describe("victim groups that add up", () => {
  it("adds the wounded told after إضافة إلى", () => {
    expect(figs("أدى التفجير إلى مقتل عنصر وجرح آخر، إضافة إلى إصابة طفل كان قرب المكان")).toEqual(["killed 1-1", "wounded 2-2"]);
  });
  it("adds the wounded told after فضلاً عن", () => {
    expect(figs("أصيب ثلاثة مدنيين فضلاً عن إصابة عنصرين")).toEqual(["wounded 5-5"]);
  });
  it("counts a bomber who blew himself up among the dead", () => {
    const i = one(["هاجم انتحاري حاجزاً في بلدة الصور بريف دير الزور، فقتل عنصرين قبل أن يفجر نفسه."]);
    expect(i.killed).toEqual({ min: 3, max: 3 });
  });
  it("adds a second bomber to an attacker shot dead in the same sentence", () => {
    expect(figs("تمكن الحراس من قتل أحد المهاجمين فيما فجّر الثاني نفسه")).toEqual(["killed 2-2"]);
  });
});

describe("tolls that rose", () => {
  it("takes the figure a toll rose to, not the one it rose from", () => {
    const i = one(["ارتفع من 12 إلى 14 قتيلاً عدد ضحايا التفجير في مدينة منبج بريف حلب."]);
    expect(i.killed).toEqual({ min: 14, max: 14 });
  });
  it("takes the wounded told with a risen toll as the latest wounded figure", () => {
    const i = one([
      "قتل 10 أشخاص وأصيب 12 آخرون في حصيلة أولية لانفجار سيارة مفخخة في مدينة منبج بريف حلب.",
      "وارتفع عدد ضحايا التفجير في مدينة منبج إلى 13 قتيلاً، فضلاً عن 15 مصاباً.",
    ]);
    expect(i.killed).toEqual({ min: 13, max: 13 });
    expect(i.wounded).toEqual({ min: 15, max: 15 });
  });
});

describe("one event told with a generic attack word", () => {
  it("joins a report of an assault to the ambush told before it in the same area", () => {
    const found = extract([
      "نصبت خلايا التنظيم كميناً لرتل عسكري قرب منطقة الكوم في بادية حمص الشرقية، ما أدى إلى مقتل 7 عناصر.",
      "في المقابل، نعت صفحات موالية 5 عسكريين قالت إنهم قتلوا إثر اعتداء على رتلهم في بادية حمص.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 5, max: 7 });
  });
});

describe("clauses that tell another event, or the same", () => {
  it("reads the instance after a trend clause opened by حيث as an event", () => {
    const i = one(["تشهد منطقة اللجاة توتراً متصاعداً، حيث قتل 6 عناصر بهجوم على حاجز في بلدة المسمية بريف درعا."]);
    expect(i.killed).toEqual({ min: 6, max: 6 });
  });
  it("keeps the event when a background trend follows it after وسط", () => {
    const i = one(["استهدف مسلحون مجهولون مختار بلدة الصور بريف دير الزور، ما أدى لإصابته، وذلك وسط تصاعد حالات الاغتيال في الآونة الأخيرة."]);
    expect(i.wounded).toEqual({ min: 1, max: 1 });
  });
  it("opens another event at وكانت after a comma", () => {
    const found = extract([
      "قتل 4 أشخاص بانفجار سيارة مفخخة قرب دوار الجوزة في مدينة رأس العين بريف الحسكة، وكانت مدينة تل أبيض شهدت انفجاراً أدى إلى مقتل 6 أشخاص.",
    ]);
    expect(found.map((i) => i.killed)).toEqual([{ min: 4, max: 4 }, { min: 6, max: 6 }]);
  });
  it("opens another event for a casualty told in a similar attack elsewhere", () => {
    const found = extract([
      "قتل 3 مدنيين بقذائف صاروخية على قرية جورين بريف حماة وأصيبت امرأة بجروح في اعتداء مماثل على مدينة محردة.",
    ]);
    expect(found.map((i) => [i.places[0], i.killed, i.wounded])).toEqual([
      ["جورين", { min: 3, max: 3 }, null],
      ["مدينة محردة", null, { min: 1, max: 1 }],
    ]);
  });
  it("reads the strikes told with كما after a troop movement", () => {
    const found = extract(["حشد الجيش قواته على طريق حمص، كما شنت الطائرات الحربية غارات على بادية الرصافة بريف الرقة."]);
    expect(found.map((i) => i.type)).toEqual(["airstrike"]);
  });
  it("does not read a ceasefire as an attack", () => {
    expect(extract(["أعلن الطرفان التوصل إلى اتفاق لوقف إطلاق النار في مدينة الحسكة عقب اجتماع في قاعدة حميميم."])).toEqual([]);
  });
});

describe("totals over separate events", () => {
  it("gives each event told apart its share of a toll over two separate attacks", () => {
    const found = extract([
      "قتل 6 عناصر من قوات النظام في هجومين منفصلين في بادية تدمر بريف حمص وبادية الرصافة بريف الرقة.",
    ]);
    expect(found.map((i) => [i.governorate, i.killed])).toEqual([
      ["Homs", { min: 1, max: 5 }],
      ["Raqqa", { min: 1, max: 5 }],
    ]);
  });
  it("lets the figure told for one of the events win over the share", () => {
    const found = extract([
      "أعدم مسلحون رجلين في ريف حماة الشرقي في حادثتين منفصلتين.",
      "وفي الحادثة الأولى، أطلق المسلحون النار على رجل في قرية الشيحة بريف حماة، ما أدى إلى مقتله.",
    ]);
    expect(found[0].killed).toEqual({ min: 1, max: 1 });
  });
});

describe("assembling one event told in several sentences", () => {
  it("keeps one bombardment of several villages as one shelling incident", () => {
    const found = extract(["قصفت المدفعية قريتي جورين وعين سليمو بريف حماة، ما أدى إلى مقتل 3 مدنيين."]);
    expect(found).toHaveLength(1);
    expect(found[0].places).toEqual(expect.arrayContaining(["جورين", "عين سليمو"]));
  });
  it("splits shells that fell in two governorates", () => {
    const found = extract(["سقطت قذيفتان في منطقة الشيخ مقصود بمدينة حلب، وقذيفة في ريف محافظة إدلب."]);
    expect(found.map((i) => i.governorate)).toEqual(["Aleppo", "Idlib"]);
  });
  it("goes back to the event being told after a recounted one", () => {
    const found = extract([
      "قتل عنصران بهجوم لخلايا التنظيم على مقرات في محيط مدينة الشولا جنوبي دير الزور.",
      "وقبل يومين قتل عناصر بهجوم للتنظيم في بادية تدمر بريف حمص الشرقي.",
      "وقال مصدر إن مسلحي التنظيم هاجموا مقر قيادة الفصيل في محيط مدينة الشولا.",
      "وأضاف أن الهجوم أسفر عن مقتل عنصرين وإصابة اثنين آخرين.",
    ]);
    expect(found.map((i) => [i.governorate, i.wounded])).toEqual([
      ["Deir ez-Zor", { min: 2, max: 2 }],
      ["Homs", null],
    ]);
  });
  it("joins an unplaced report of the strike to the strike told before, whatever word it uses", () => {
    const found = extract([
      "قتل ثلاثة أشخاص باستهداف طائرة مسيرة سيارة في قرية قرب مدينة القامشلي بريف الحسكة.",
      "وقال مصدر إن الطائرة استهدفت سيارة، ما أدى إلى مقتل السائق وامرأتين كانتا برفقته.",
    ]);
    expect(found).toHaveLength(1);
  });
});

describe("places", () => {
  it("reads every place of a list under a plural head", () => {
    const i = one(["قصفت القوات أحياء الشيخ مقصود والأشرفية وبني زيد في مدينة حلب، ما أدى إلى مقتل شخصين."]);
    expect(i.places).toEqual(expect.arrayContaining(["الشيخ مقصود", "الأشرفية", "بني زيد"]));
  });
  it("does not take a plural head with a word after it as a place", () => {
    const found = extract(["قتل شخصان في هجوم على أحياء سكنية في مدينة الحسكة."]);
    expect(found[0].places).not.toContain("سكنية");
  });
  it("reads a road named by the two towns it links", () => {
    const i = one(["قتل مسلحون مجهولون قيادياً على الطريق الواصل بين بلدتي اليادودة والمزيريب بريف درعا الغربي."]);
    expect(i.places).toEqual(expect.arrayContaining(["الطريق الواصل بين بلدتي اليادودة والمزيريب", "اليادودة", "المزيريب"]));
  });
  it("does not read a verb or an adjective after a town as part of its name", () => {
    const i = one(["انفجار سيارة مفخخة وسط مدينة عفرين توقع عشرات القتلى"]);
    expect(i.places).toContain("مدينة عفرين");
    expect(i.governorate).toBe("Aleppo");
  });
  it("does not read 'وأدى' as a valley", () => {
    const i = one(["انفجرت عبوة في بلدة الحوايج بريف دير الزور. وأدى التفجير لاحتراق سيارتين ومقتل عنصر."]);
    expect(i.places.some((p) => p.includes("التفجير"))).toBe(false);
  });
  it("knows towns of the north-west and the coast", () => {
    expect(one(["قتل 5 مدنيين بغارة على مدينة سراقب."]).governorate).toBe("Idlib");
    expect(one(["قتل عنصر بهجوم على حاجز في مدينة جبلة."]).governorate).toBe("Latakia");
  });
  it("reads ريف حما as Hama's countryside", () => {
    expect(one(["قتل رجل برصاص مجهولين في ريف حما الشرقي."]).governorate).toBe("Hama");
  });
  it("places a village in the governorate of the town the text locates it in", () => {
    expect(one(["قتل شيخ برصاص مسلحين في قرية نوى بمنطقة السلمية."]).governorate).toBe("Hama");
  });
});

describe("what is not an incident", () => {
  it("leaves out an event told with neither a place nor a day", () => {
    expect(extract(["وقد هاجمت خلايا التنظيم العديد من الورشات وقتلت العشرات من العمال أثناء عملهم."])).toEqual([]);
  });
  it("keeps an unplaced event told with its day", () => {
    expect(extract(["وفي 23 من تشرين الثاني، قتل 5 عناصر بانفجار لغم."], "2020-11-26")).toHaveLength(1);
  });
  it("does not take the people of a region as the place of the event", () => {
    const found = extract(["قصفت مسيرة قافلة مدنيين من أهالي شمال وشرق سوريا، ما أدى إلى سقوط قتلى وجرحى."]);
    expect(found).toEqual([]);
  });
});

describe("one strike told with different words", () => {
  it("reads قصف جوي as an air strike told again by its غارات", () => {
    const found = extract([
      "قتل سبعة مدنيين في قصف جوي استهدف إحدى بلدات محافظة إدلب.",
      "وأوضح المرصد أن القتلى سقطوا في غارات شنتها طائرات حربية على بلدة كفرومة في ريف إدلب الجنوبي.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].type).toBe("airstrike");
  });
  it("keeps one strike whose places are examples after بينها", () => {
    const found = extract(["غارات استهدفت مناطق عدة، بينها مدينة سراقب ومخيم للنازحين شمالها، ما أسفر عن مقتل 9 مدنيين."]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 9, max: 9 });
  });
  it("joins a report that says only what was targeted to the strike told before", () => {
    const found = extract([
      "استهدفت طائرة مسيرة سيارة عسكرية بريف القامشلي، ما أدى لسقوط قتلى.",
      "وقالت مصادر إن ثلاثة عناصر قتلوا جراء القصف الذي استهدف السيارة على الطريق جنوب شرق القامشلي.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 3, max: 3 });
  });
  it("joins an assault on a quarter to the bombardment of that quarter", () => {
    const found = extract([
      "قتل 4 أشخاص بقصف استهدف حيي الأشرفية والشيخ مقصود في مدينة حلب.",
      "وقالت الجهة إن الفصائل شنت هجوماً بالأسلحة الثقيلة على أحياء الشيخ مقصود والأشرفية وبني زيد.",
    ]);
    expect(found).toHaveLength(1);
  });
});

describe("round-ups and recounted events", () => {
  it("tells the events of a round-up apart even when the later names a narrower place", () => {
    const found = extract([
      "شهدت محافظة درعا ثلاث عمليات اغتيال خلال أربع وعشرين ساعة.",
      "وأطلق مسلحون مجهولون النار على مختار بريف درعا، ما أسفر عن مقتله.",
      "وأصيب أحد عناصر الفصائل جراء إطلاق النار عليه في منطقة درعا البلد بمدينة درعا.",
    ]);
    expect(found.map((i) => [i.killed, i.wounded])).toEqual([
      [{ min: 1, max: 1 }, null],
      [null, { min: 1, max: 1 }],
    ]);
  });
  it("does not read a number of victims before بهجوم as a count of attacks", () => {
    const found = extract(["مقتل جندي وإصابة 3 بهجوم مسيرات قرب بلدة دير حافر"]);
    expect(found).toHaveLength(1);
  });
  it("reads 'the same day' after a reporting frame as another event", () => {
    const found = extract([
      "قتل عنصر برصاص مسلحين قرب مدرسة في مدينة الميادين بريف دير الزور.",
      "وأكد المرصد أنه في اليوم ذاته، هاجم التنظيم نقاطاً للجيش في منطقة الكوم شمال مدينة السخنة بريف حمص الشرقي.",
    ]);
    expect(found).toHaveLength(2);
  });
  it("keeps an event told in a month already past apart from today's at the same place", () => {
    const found = extract([
      "قتل 12 شخصاً اليوم بانفجار لغم في قرية المشيرفة قرب منطقة وادي العزيب شرق مدينة حماة.",
      "وقتل خمسة مدنيين يوم 8 كانون الثاني الفائت بانفجار لغم في منطقة وادي العزيب.",
    ]);
    expect(found.map((i) => i.killed)).toEqual([{ min: 12, max: 12 }, { min: 5, max: 5 }]);
  });
  it("does not date a background mention of a death years ago at the publication", () => {
    const text = ["أعلن التنظيم اليوم تعيين زعيم جديد خلفاً لزعيمه الذي قُتل في غارة أمريكية في شباط 2022."];
    expect(extract(text, "2024-03-01")).toEqual([]);
  });
  it("keeps a background death with a place undated, and apart from today's event", () => {
    const found = extract(
      [
        "قتل 3 عناصر بهجوم على حاجز في بلدة الصور بريف دير الزور اليوم.",
        "ويذكر أن قائد الفصيل قُتل في غارة أمريكية على بلدة أطمة بريف إدلب في شباط 2022.",
      ],
      "2024-03-01",
    );
    expect(found.map((i) => [i.date, i.governorate])).toEqual([
      ["2024-03-01", "Deir ez-Zor"],
      [null, "Idlib"],
    ]);
  });
  it("does not join a background death with no place to today's event", () => {
    const found = extract(
      ["قتل 3 عناصر بهجوم على حاجز في بلدة الصور بريف دير الزور اليوم.", "ويذكر أن قائد الفصيل قُتل في غارة أمريكية في شباط 2022."],
      "2024-03-01",
    );
    expect(found.map((i) => i.killed)).toEqual([{ min: 3, max: 3 }]);
  });
});

describe("places of victims and towns", () => {
  it("reads the town of a municipality's head as a place", () => {
    expect(one(["أطلق مسلحون النار على رئيس بلدية المسيفرة بريف درعا، ما أسفر عن مقتله."]).places).toContain("المسيفرة");
  });
  it("reads the place after عند even after an official's title", () => {
    const i = one(["استهدف مسلحون مدير منطقة نوى عند منطقة الكراج القديم، ما أدى لإصابته."]);
    expect(i.places).toContain("الكراج القديم");
  });
});

describe("more tolls and groups", () => {
  it("takes the toll a count grew to after تزداد", () => {
    const i = one(["أدى الانفجار في مدينة الباب بريف حلب إلى مقتل 6 مدنيين على الفور، قبل أن تزداد حصيلة الضحايا لتصل إلى 11."]);
    expect(i.killed).toEqual({ min: 11, max: 11 });
  });
  it("keeps the event told with a description of its place", () => {
    const i = one(["انفجرت شاحنة قرب مسجد في مدينة الباب بريف حلب، في منطقة تشهد اكتظاظاً سكانياً، ما أدى إلى مقتل 4."]);
    expect(i.killed).toEqual({ min: 4, max: 4 });
  });
  it("does not read the particle فقد as a loss", () => {
    expect(figs("وبحسب الوزارة، فقد تم توقيف أكثر من 20 شخصاً")).toEqual([]);
  });
  it("adds a group told by its side only to the group told the same way before it", () => {
    expect(figs("أوقعت الاشتباكات سبعة جرحى في صفوف الفصيل وأربعة في صفوف القوات")).toEqual(["wounded 11-11"]);
  });
  it("counts victims named one by one, each with an age", () => {
    expect(figs("وأسفر القصف عن مقتل كل من: سعيد (40 عاماً)، وسمير (35 عاماً)، وسلمى (20 عاماً)")).toEqual(["killed 3-3"]);
  });
});

describe("events recounted inside a trend", () => {
  it("reads an earlier attack told after إذ سبق أن within a trend", () => {
    const found = extract([
      "قتل 9 أشخاص بانفجار في مسجد بحي وادي الذهب في مدينة حمص.",
      "ويأتي الانفجار في سياق هجمات متفرقة تشهدها المناطق السورية، إذ سبق أن وقع هجوم على كنيسة مار إلياس في دمشق في 22 حزيران 2025، مما أسفر عن مقتل 25 شخصاً.",
    ]);
    expect(found.map((i) => i.killed)).toEqual([{ min: 9, max: 9 }, { min: 25, max: 25 }]);
  });
  it("leaves out the dead of several campaigns", () => {
    expect(extract(["وسبق أن قتل وجرح العشرات من عناصر القوات خلال الحملات العسكرية في البادية السورية."])).toEqual([]);
  });
});

describe("earlier reports of the same event", () => {
  it("reads 'earlier, activists spoke of' as an earlier toll of the strike whose toll rose, with its village and day", () => {
    const i = one(
      [
        "ارتفعت حصيلة ضحايا الغارة على مدرسة في ريف حلب إلى 40 قتيلاً.",
        "وفي وقت سابق تحدث ناشطون عن مقتل 25 شخصاً بغارة على مدرسة في قرية الزربة فجر الاثنين.",
      ],
      "2024-03-06",
    );
    expect([i.date, i.places.includes("الزربة"), i.killed]).toEqual(["2024-03-04", true, { min: 40, max: 40 }]);
  });
  it("does not date a risen toll by the day it was announced", () => {
    const i = one(
      [
        "أعلن ناشطون، الأربعاء، ارتفاع حصيلة ضحايا القصف على سوق في ريف إدلب إلى 18 قتيلاً.",
        "وفي وقت سابق، أفاد المرصد بمقتل 11 مدنياً بقصف على سوق بلدة سرمين يوم الثلاثاء.",
      ],
      "2024-03-06",
    );
    expect([i.date, i.killed]).toEqual(["2024-03-05", { min: 18, max: 18 }]);
  });
  it("keeps an earlier event told with an event verb apart", () => {
    const found = extract(
      [
        "قتل 5 عناصر بهجوم على حاجز في بلدة الصور بريف دير الزور اليوم.",
        "وفي وقت سابق، قتل 3 عناصر بهجوم على حاجز قرب بلدة البصيرة بريف دير الزور.",
      ],
      "2024-03-06",
    );
    expect(found.map((i) => i.killed)).toEqual([{ min: 5, max: 5 }, { min: 3, max: 3 }]);
  });
  it("keeps apart an earlier report with no figures, which may tell another strike", () => {
    const found = extract(
      [
        "قتل مدنيان بقصف مسيرة تركية على قافلة قرب سد تشرين اليوم.",
        "وفي وقت سابق اليوم، ذكر مراسل أن طائرة مسيرة ضربت آلية عسكرية في ريف عين العرب بريف حلب الشرقي.",
      ],
      "2024-03-06",
    );
    expect(found).toHaveLength(2);
  });
  it("reads a year after 'من العام' and after 'الجاري'", () => {
    const i = one("قتل 5 مدنيين بغارة على فرن في مدينة الطبقة يوم الأربعاء الـ 22 من آذار / مارس الجاري من العام 2017.");
    expect(i.date).toBe("2017-03-22");
  });
});
