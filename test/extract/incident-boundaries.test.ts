// Where one incident ends and the next begins (issue 10; sentences written for the test).
import { describe, expect, it } from "vitest";
import { extractLines } from "../support/extract";

const killedAt = (found: ReturnType<typeof extractLines>, place: string) => found.find((x) => x.places.includes(place))?.killed ?? null;
const woundedAt = (found: ReturnType<typeof extractLines>, place: string) => found.find((x) => x.places.includes(place))?.wounded ?? null;

describe("'كما' before a casualty opens another event inside the sentence (ANNOTATION.md: different places, two incidents)", () => {
  it("after a comma, at another village", () => {
    const found = extractLines(["قتل خمسة مدنيين بقصف مدفعي على بلدة كفرنبودة بريف حماة، كما أصيب عنصران بانفجار لغم في قرية الحويز."]);
    expect(found).toHaveLength(2);
    expect(killedAt(found, "كفرنبودة")).toEqual({ min: 5, max: 5 });
    expect(woundedAt(found, "الحويز")).toEqual({ min: 2, max: 2 });
    expect(killedAt(found, "الحويز")).toBeNull();
  });

  it("after an attack told with no victims, the victims are the second event's only", () => {
    const found = extractLines(["هاجم مسلحون مجهولون حاجزاً لقوات الأمن في بلدة الجيزة بريف درعا، كما قتل مدنيان برصاص مسلحين في بلدة المسيفرة."]);
    expect(found).toHaveLength(2);
    expect(killedAt(found, "المسيفرة")).toEqual({ min: 2, max: 2 });
    expect(killedAt(found, "الجيزة")).toBeNull();
  });

  it("with no mark before it, after a closing quote", () => {
    const found = extractLines(["هاجم مسلحون حاجزاً للجيش قرب “مدينة نوى” ما أدى إلى مقتل جنديين كما أصيب ثلاثة مدنيين بانفجار عبوة في بلدة داعل."]);
    expect(found).toHaveLength(2);
    expect(killedAt(found, "نوى")).toEqual({ min: 2, max: 2 });
    expect(woundedAt(found, "داعل")).toEqual({ min: 3, max: 3 });
    expect(killedAt(found, "داعل")).toBeNull();
  });

  it("the event told after it is by the hand of the one before when it names none", () => {
    const found = extractLines(["هاجم عناصر من داعش حاجزاً لقسد قرب بلدة الصور ما أدى إلى مقتل عنصرين كما أصيب ثلاثة عناصر بانفجار عبوة في قرية الحريجية."]);
    expect(found).toHaveLength(2);
    expect(found.map((x) => x.perpetrator)).toEqual(["ISIS", "ISIS"]);
    const own = extractLines(["هاجم عناصر من داعش حاجزاً لقسد قرب بلدة الصور، كما لقي مدنيان حتفهما في قصف مدفعي لقوات النظام استهدف قرية الحريجية."]);
    expect(own.find((x) => x.places.includes("الحريجية"))?.perpetrator).toBe("Syrian government");
  });

  it("stays in the event before when it names no place of its own", () => {
    const found = extractLines(["قتل ثلاثة عناصر بهجوم على حاجز في بلدة الصنمين، كما أصيب خمسة عناصر في الهجوم."]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 3, max: 3 });
    expect(found[0].wounded).toEqual({ min: 5, max: 5 });
  });

  it("does not cut at 'كما' that attributes the report", () => {
    const found = extractLines(["قتل أربعة عناصر بهجوم على حاجز في بلدة الصنمين بريف درعا كما أفاد المرصد في مدينة درعا."]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 4, max: 4 });
  });
});

describe("victims of its own in another town are another incident (ANNOTATION.md: attacks at different places)", () => {
  it("a car bomb in one town, then wounded by a car blast in another town of the governorate", () => {
    const found = extractLines([
      "انفجار في ريف حلب",
      "قتل ستة أشخاص بانفجار سيارة مفخخة في مدينة الباب بريف حلب.",
      "وفي مدينة عفرين أصيب أربعة مدنيين بانفجار دراجة مفخخة قرب السوق.",
    ]);
    expect(found).toHaveLength(2);
    expect(killedAt(found, "مدينة الباب")).toEqual({ min: 6, max: 6 });
    expect(woundedAt(found, "مدينة عفرين")).toEqual({ min: 4, max: 4 });
    expect(killedAt(found, "مدينة عفرين")).toBeNull();
  });

  it("gunmen in one town, then another shooting in the next town", () => {
    const found = extractLines([
      "قتل عنصران من الأمن برصاص مسلحين مجهولين في مدينة الميادين بريف دير الزور.",
      "وقتل مدني برصاص مسلحين مجهولين في مدينة البوكمال.",
    ]);
    expect(found).toHaveLength(2);
    expect(killedAt(found, "مدينة الميادين")).toEqual({ min: 2, max: 2 });
    expect(killedAt(found, "مدينة البوكمال")).toEqual({ min: 1, max: 1 });
  });

  it("another source's figure placed by a town's desert is the same incident", () => {
    const found = extractLines([
      "قتل 8 جنود بكمين لخلايا داعش قرب منطقة الكوم في بادية حمص الشرقية.",
      "في المقابل، نعت صفحات موالية 6 عسكريين قتلوا بهجوم على رتلهم في بادية السخنة.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 6, max: 8 });
  });

  it("the same toll told again by a nearby town is the same incident", () => {
    const found = extractLines([
      "قتل 12 شخصاً بانفجار سيارة مفخخة في مدينة الباب بريف حلب.",
      "وقالت مصادر محلية إن 12 شخصاً قتلوا بانفجار سيارة مفخخة قرب مدينة عفرين.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 12, max: 12 });
  });
});

describe("ground fighting told with no victims, no day and only a region wider than a governorate is background", () => {
  it.each([
    ["fights of the desert", ["تعزيزات إلى البادية", "وشارك مقاتلون من الفصائل المحلية في معارك البادية السورية ضد خلايا التنظيم."]],
    ["clashes in the country's east", ["توتر في شرق سوريا", "واندلعت اشتباكات بين مقاتلي العشائر وقوات قسد في شرق سوريا."]],
    ["an attack on a force in the north-east", ["ترقب في الشمال", "وشنت الفصائل هجوماً على مواقع قسد في شمال شرقي سوريا."]],
  ])("%s", (_name, lines) => {
    expect(extractLines(lines)).toEqual([]);
  });

  it("keeps strikes from the air on the same region (ANNOTATION.md: an incident per place named)", () => {
    const found = extractLines(["غارات على البادية", "وشنت طائرات روسية غارات على البادية السورية."]);
    expect(found.map((x) => x.type)).toEqual(["airstrike"]);
  });

  it("keeps fighting in a governorate, or with victims", () => {
    expect(extractLines(["اشتباكات في دير الزور", "واندلعت اشتباكات بين مقاتلي العشائر وقوات قسد في ريف دير الزور الشرقي."])).toHaveLength(1);
    expect(extractLines(["اشتباكات في الشرق", "وقتل ثلاثة مقاتلين في اشتباكات بين العشائر وقوات قسد في شرق سوريا."])).toHaveLength(1);
  });
});

describe("a statistics report of a period's toll: only the attacks it places precisely are incidents (ANNOTATION.md: aggregates excluded)", () => {
  it("keeps the strike on a named town inside a monthly report", () => {
    const found = extractLines([
      "مكتب التوثيق في إدلب",
      "نشرت منظمة محلية إحصائية تفيد بمقتل 40 شخصاً في إدلب خلال شهر أيار.",
      "وبحسب الإحصائية قتل 12 منهم بقذائف على قرى في محافظة إدلب، في حين قتل 5 مدنيين بغارة جوية على بلدة كفرنبل.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].places).toContain("كفرنبل");
    expect(found[0].killed).toEqual({ min: 5, max: 5 });
  });

  it.each([
    ["a toll by governorate", ["حصيلة آب", "قتل 60 مدنياً خلال شهر آب بحسب فريق رصد محلي.", "ومن بينهم 20 قتيلاً في محافظة درعا، و15 قتيلاً في محافظة حلب."]],
    ["a monthly report by doer", ["التقرير الشهري", "وذكرت المنظمة في تقريرها الشهري أن 35 شخصاً قتلوا في المحافظات الشرقية.", "وقتل 9 منهم بهجمات لخلايا التنظيم في محافظة دير الزور."]],
  ])("leaves out %s", (_name, lines) => {
    expect(extractLines(lines)).toEqual([]);
  });

  it("a lead that ranks its attack within the year is no report", () => {
    const found = extractLines([
      "ارتفاع حصيلة الهجوم على الحافلة",
      "ارتفعت حصيلة قتلى الهجوم على حافلة عسكرية في بادية تدمر إلى 20 قتيلاً في الهجوم الأعنف خلال العام الحالي.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 20, max: 20 });
  });

  it("an event lead placed precisely is no report, whatever the month's count said after it", () => {
    const found = extractLines([
      "هجوم على حاجز في الصنمين",
      "قتل 4 عناصر بهجوم على حاجز في بلدة الصنمين.",
      "وبلغ عدد قتلى الهجمات في المحافظة 30 قتيلاً خلال الشهر الجاري.",
      "وفي سياق آخر، قتل عنصران من الشرطة بهجوم على دورية في محافظة حماة.",
    ], "2025-05-10");
    expect(found).toHaveLength(2);
    expect(found.find((x) => x.places.includes("الصنمين"))?.killed).toEqual({ min: 4, max: 4 });
    expect(found.find((x) => x.governorate === "Hama")?.killed).toEqual({ min: 2, max: 2 });
  });
});

describe("the village a victim lives in is not where the event was ('من سكان قرية')", () => {
  it.each([
    ["a medic names the dead", ["قصف على زركان", "قتل مدني بقصف مدفعي على بلدة زركان بريف الحسكة.", "وقال مصدر طبي إن الذي قتل هو أحمد علي، من سكان قرية الدردارة، وأصيب شقيقه."], "زركان", "الدردارة"],
    ["the wounded named with their villages", ["قصف في ريف الحسكة", "أصيب مدنيان بقصف مدفعي على قرية تل طويل بريف الحسكة.", "وأوضح المصدر أن المصابين هما خالد، من سكان قرية الدردارة، ومحمد، من سكان بلدة أبو راسين."], "تل طويل", "أبو راسين"],
  ])("%s", (_name, lines, scene, home) => {
    const found = extractLines(lines);
    expect(found).toHaveLength(1);
    expect(found[0].places).toContain(scene);
    expect(found[0].places.some((p) => p.includes(home))).toBe(false);
  });

  it("keeps a village whose residents were attacked", () => {
    const found = extractLines(["هجوم في ريف الرقة", "هاجم مسلحون مجهولون سكان قرية الكرامة بريف الرقة ما أدى إلى مقتل مدنيين."]);
    expect(found).toHaveLength(1);
    expect(found[0].places).toContain("الكرامة");
  });
});

describe("a plural head's list of villages in brackets (ANNOTATION.md: an air-strike series is one incident per place named)", () => {
  it.each([
    ["after a town, commas", "قصفت الطائرات الحربية محيط مدينة سراقب وبلدات (كفرلاتة، بسامس، وأورم الجوز) في ريف إدلب.", ["سراقب", "كفرلاتة", "بسامس", "أورم الجوز"]],
    ["alone, joined by و", "شنت طائرات روسية غارات على قرى (تلمنس وجرجناز) بريف إدلب الجنوبي.", ["تلمنس", "جرجناز"]],
  ])("an air strike on each village (%s)", (_how, line, places) => {
    const found = extractLines([line]);
    expect(found).toHaveLength(places.length);
    for (const place of places) expect(found.some((x) => x.places.includes(place) && x.type === "airstrike")).toBe(true);
  });

  it("artillery on the bracketed villages stays one bombardment", () => {
    const found = extractLines(["قصفت قوات النظام بالمدفعية قرى (تلمنس، جرجناز، والتح) في ريف إدلب."]);
    expect(found).toHaveLength(1);
    expect(found[0].type).toBe("shelling");
  });
});

describe("a fight the aircraft only accompanied ('تخللتها غارات') is told in lead and body as one incident at the body's town", () => {
  it.each([
    ["تخللتها", "سقط 14 قتيلا من مسلحي داعش خلال مواجهات مع قوات الحكومة تخللتها غارات للطيران الحربي في شرق سوريا.", "وكان مسلحو التنظيم قد هاجموا نقاطا للقوات قرب مدينة السخنة بريف حمص."],
    ["رافقتها", "قتل 9 مقاتلين في معارك مع قوات النظام رافقتها غارات روسية في شرق سوريا.", "وكان التنظيم قد شن هجوما على نقاط للقوات قرب بلدة الطيبة بريف حمص."],
  ])("the lead's region holds the body's town (%s)", (_word, lead, body) => {
    const found = extractLines([lead, body]);
    expect(found).toHaveLength(1);
    expect(found[0].type).not.toBe("airstrike");
    expect(found[0].governorate).toBe("Homs");
  });

  it("air strikes told on their own in the lead stay air strikes", () => {
    const found = extractLines(["قتل 14 عنصرا من داعش في غارات جوية على البادية السورية."]);
    expect(found.map((x) => x.type)).toEqual(["airstrike"]);
  });
});

describe("a later plain sentence places an unplaced event only within a governorate", () => {
  it.each([
    ["وتتحصن خلايا التنظيم منذ سنوات في البادية السورية."],
    ["ويتحصن مقاتلو التنظيم منذ سنوات في شرق سوريا."],
  ])("a region wider than a governorate is background (%s)", (background) => {
    const found = extractLines(["وأفاد المرصد بمقتل 7 عناصر من قوات النظام في هجوم للتنظيم.", background]);
    expect(found.flatMap((x) => x.places)).not.toContain("البادية السورية");
    expect(found.flatMap((x) => x.places)).not.toContain("شرق سوريا");
  });

  it("a governorate's town still places it", () => {
    const found = extractLines(["وأفاد المرصد بمقتل 7 عناصر من قوات النظام في هجوم للتنظيم.", "وأضاف أنهم كانوا على حاجز قرب مدينة السخنة بريف حمص."]);
    expect(found).toHaveLength(1);
    expect(found[0].killed).toEqual({ min: 7, max: 7 });
    expect(found[0].places).toContain("السخنة");
  });
});

describe("bodies arriving in a town are the attack told, not an event there (ANNOTATION.md: one event, one incident)", () => {
  it.each([
    ["verb after the bodies", "وقالت المصادر إن جثامين العناصر وصلت مساء مدينة سراقب وسط حزن كبير."],
    ["verb before the bodies", "ووصلت جثث القتلى الخمسة بلدة معرة النعمان ليلاً."],
  ])("the arrival town opens no incident (%s)", (_how, arrival) => {
    const found = extractLines(["قتل خمسة عناصر من الأمن العام بكمين نصبه مسلحون في قرية بيت ياشوط بريف جبلة.", arrival]);
    expect(found).toHaveLength(1);
    expect(found[0].places).toContain("بيت ياشوط");
    expect(found.flatMap((x) => x.places).some((p) => p.includes("سراقب") || p.includes("معرة النعمان"))).toBe(false);
  });

  it("armed men arriving at a village are where they struck", () => {
    const found = extractLines(["وصل مسلحون بلدة تل حميس وقتلوا ثلاثة مدنيين."]);
    expect(found).toHaveLength(1);
    expect(found[0].places).toContain("تل حميس");
  });
});

describe("a site the gazetteer does not know, told with no town and no victims of its own, is where the incident being told happened", () => {
  const lead = ["انفجار في مارع", "قتل ثلاثة مدنيين بانفجار سيارة مفخخة في بلدة مارع بريف حلب."];

  it.each([
    ["وذكرت مصادر محلية أن انفجاراً عنيفاً وقع قرب دوار الساعة.", "دوار الساعة"],
    ["وأفاد ناشطون بأن سيارة مفخخة انفجرت عند ساحة البلدية.", "ساحة البلدية"],
    ["وأظهرت صور دماراً كبيراً في مبنى البريد إثر تفجير سيارة.", "مبنى البريد"],
  ])("a landmark in the town of the lead (%s)", (line, site) => {
    const found = extractLines([...lead, line]);
    expect(found).toHaveLength(1);
    expect(found[0].places).toEqual(expect.arrayContaining([site, "بلدة مارع"]));
    expect(found[0].killed).toEqual({ min: 3, max: 3 });
  });

  it("a church named in two spellings is one place", () => {
    const girgis = extractLines([
      "هجوم على كنيسة في حمص",
      "قتل 12 شخصاً في هجوم انتحاري استهدف كنيسة مار جرجس في حي القصور بمدينة حمص.",
      "وقالت الوزارة إن انتحارياً دخل كنيسة مار جريس وفجر نفسه بحزام ناسف.",
    ]);
    expect(girgis).toHaveLength(1);
    expect(girgis[0].places).toEqual(expect.arrayContaining(["كنيسة مار جرجس", "كنيسة مار جريس"]));
    const yuhanna = extractLines([
      "هجوم على كنيسة في اللاذقية",
      "قتل خمسة مصلين بتفجير عبوة ناسفة داخل كنيسة مار يوحنا في حي الأميركان باللاذقية.",
      "وأظهرت صور أضراراً كبيرة في كنيسة القديس يوحنا بعد التفجير.",
    ]);
    expect(yuhanna).toHaveLength(1);
    expect(yuhanna[0].killed).toEqual({ min: 5, max: 5 });
  });

  it("with victims of its own, or told as another attack, the site is another incident", () => {
    const own = extractLines([...lead, "وأصيب أربعة عناصر من الشرطة بانفجار عبوة قرب ساحة البلدية."]);
    expect(own).toHaveLength(2);
    expect(woundedAt(own, "ساحة البلدية")).toEqual({ min: 4, max: 4 });
    const another = extractLines([...lead, "وفي حادثة أخرى، انفجرت عبوة ناسفة قرب دوار الساعة دون وقوع إصابات."]);
    expect(another).toHaveLength(2);
  });
});

describe("more victims told at the place of an incident already told are more of it (ANNOTATION.md: one event, one incident)", () => {
  it.each([
    [["قتلى بقصف", "قتل أربعة مدنيين بقصف مدفعي على قرية معرة حرمة بريف إدلب.", "وقال ناشطون إن طفلاً آخر قتل متأثراً بجراحه بعد القصف على قرية معرة حرمة."], "معرة حرمة", "killed", { min: 5, max: 5 }], // one more died of the wounds (count-variants, xcount4)
    [["غارة على كفرنبل", "قتل ستة مدنيين بغارة جوية على بلدة كفرنبل بريف إدلب، كما أصيب 15 آخرون في كفرنبل."], "كفرنبل", "wounded", { min: 15, max: 15 }],
    [["انفجار لغم", "قتل رجل بانفجار لغم في قرية الحويز بريف حماة، فيما أصيب ثلاثة آخرون في قرية الحويز."], "الحويز", "wounded", { min: 3, max: 3 }],
  ] as const)("%j", (lines, place, role, count) => {
    const found = extractLines([...lines]);
    expect(found).toHaveLength(1);
    expect(found[0].places).toContain(place);
    expect(found[0][role]).toEqual(count);
  });

  it("at another place they stay another incident", () => {
    expect(extractLines(["قصف", "قتل أربعة مدنيين بقصف مدفعي على قرية معرة حرمة بريف إدلب.", "وقتل طفل آخر بقصف على قرية الهبيط."])).toHaveLength(2);
    const other = extractLines(["غارة", "قتل ستة مدنيين بغارة جوية على بلدة كفرنبل بريف إدلب، كما أصيب 15 آخرون في بلدة حاس."]);
    expect(other).toHaveLength(2);
    expect(woundedAt(other, "حاس")).toEqual({ min: 15, max: 15 });
  });
});

describe("the place the doers set out from is not where they struck ('تسللوا من', 'انطلاقاً من' … 'في قرية')", () => {
  it.each([
    [["هجوم على حاجز", "هاجم عناصر من التنظيم حاجزاً للجيش في بلدة الشولا، انطلاقاً من مواقعهم في بادية كباجب، ما أدى إلى مقتل جنديين."], "بلدة الشولا", "كباجب"],
    [["هجوم", "قتل ثلاثة عناصر من الجيش بهجوم على نقطة عسكرية في بلدة الشولا.", "وقالت مصادر إن المهاجمين انطلقوا من مخابئهم في قرية كباجب بعد منتصف الليل."], "بلدة الشولا", "كباجب"],
    [["هجوم على رعاة", "قتل مسلحون ثلاثة رعاة في قرية الحمراء.", "وقال شهود إن منفذي الهجوم المسلح تسللوا من مواقع لهم في قرية السعن المجاورة."], "قرية الحمراء", "السعن"],
  ])("%j", (lines, scene, origin) => {
    const found = extractLines(lines);
    expect(found).toHaveLength(1);
    expect(found[0].places).toContain(scene);
    expect(found[0].places).not.toContain(origin);
  });

  it("where they went or struck after it stays the scene", () => {
    const found = extractLines(["غارات", "شنت طائرات حربية قادمة من اتجاه البحر غارات باتجاه محيط مدينة جبلة."]);
    expect(found).toHaveLength(1);
    expect(found[0].places).toContain("جبلة");
  });
});
