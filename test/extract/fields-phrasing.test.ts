/**
 * Date, type and perpetrator phrasings of real Arabic news writing (issue 10), each tested on
 * short sentences written for the test: names, places and figures are invented.
 */
import { describe, expect, it } from "vitest";
import { onlyIncident as one, extractLines } from "../support/extract";
import { findDates } from "../../lib/extract/dates";

describe("perpetrator names", () => {
  it("reads PKK and YPG as SDF, also after the word تنظيم", () => {
    const i = one('قتل 4 مدنيين بانفجار سيارة مفخخة في مدينة الباب، ورجحت مصادر أمنية وقوف تنظيم "PKK/YPG" وراء التفجير.');
    expect([i.type, i.perpetrator]).toEqual(["explosive", "SDF"]);
  });
  it("reads the bracketed name of a force: Asayish are SDF", () => {
    const i = one("قصفت قوات الأمن الداخلي (الأسايش) قرية تل حميس بريف الحسكة، ما أدى إلى إصابة ثلاثة مدنيين.");
    expect(i.perpetrator).toBe("SDF");
  });
  it("reads remnants of ISIS as ISIS, not as the old regime's remnants", () => {
    const i = one("قتل 7 جنود بهجوم نفذته مجموعة من فلول تنظيم داعش على حافلة في بادية السخنة.");
    expect(i.perpetrator).toBe("ISIS");
  });
  it("names the old regime's remnants as the doers even without a verb", () => {
    const i = one("قتل عنصران من الأمن العام في كمين قرب بلدة بيت ياشوط بريف جبلة، واتهمت مصادر محلية الفلول بالمسؤولية.");
    expect(i.perpetrator).toBe("other");
  });
  it("does not read al-Qaeda's former branch as ISIS", () => {
    const i = one('قتل ثلاثة جنود في هجوم شنه مقاتلون من "هيئة تحرير الشام"، الفرع السابق لتنظيم القاعدة، على نقطة قرب بلدة كفرنبل.');
    expect(i.perpetrator).toBe("opposition");
  });
  it("reads the occupation's aircraft as Israel", () => {
    const i = one("شنت طائرات الاحتلال الصهيوني غارات على مواقع قرب مدينة الكسوة بريف دمشق، ما أدى إلى مقتل عنصرين.");
    expect([i.type, i.perpetrator]).toEqual(["airstrike", "Israel"]);
  });
  it("names the doer of shelling carried out by men of a force", () => {
    const i = one('قتل ثلاثة مدنيين في قرية المنصورة بقصف شنه "عناصر من الجيش السوري".');
    expect(i.perpetrator).toBe("Syrian government");
  });
  it("reads forces that went in and led people away as the doers ('توغلت … واقتادت')", () => {
    const i = one("وذكر الأهالي أن القوات الإسرائيلية توغلت شرقي بلدة الحميدية واقتادت أحد المزارعين نحو الجولان.");
    expect([i.type, i.perpetrator]).toEqual(["abduction", "Israel"]);
    const j = one("وقال شهود إن القوات الإسرائيلية اقتادت أحد المزارعين من أطراف بلدة جباتا الخشب.");
    expect([j.type, j.perpetrator]).toEqual(["abduction", "Israel"]);
  });
  it("reads aircraft believed to be a state's ('يرجح أنها روسية') as that state's, suspected", () => {
    const i = one("قتل ستة مدنيين جراء غارة شنتها طائرة حربية يعتقد أنها روسية على مدينة أريحا.");
    expect([i.type, i.perpetrator, i.suspected]).toEqual(["airstrike", "Russia", true]);
    const j = one("استهدفت طائرات حربية يرجح أنها تركية قرية الدردارة بريف تل تمر، ما أدى إلى مقتل مدنيين.");
    expect([j.perpetrator, j.suspected]).toEqual(["Turkey", true]);
  });
  it("reads 'تتبع لـ' as belonging, not tracking: a group believed to be ISIS's", () => {
    const i = one("هاجمت مجموعة مسلحة يعتقد أنها تتبع لتنظيم داعش نقطة في بلدة الشحيل، ما أدى إلى مقتل عنصرين.");
    expect([i.perpetrator, i.suspected]).toEqual(["ISIS", true]);
    // Tracking ISIS's cells makes ISIS the one pursued, not the doer.
    const j = one("قتل عنصران من قسد بانفجار عبوة خلال حملة تتبع خلايا داعش قرب بلدة الشحيل.");
    expect(j.perpetrator).toBe("unknown");
  });
  it("reads fire that came from an actor's areas ('مصدره مناطق سيطرة') as that actor's", () => {
    const i = one("أصيب ثلاثة مدنيين جراء قصف صاروخي مصدره مناطق سيطرة قسد على مدينة منبج.");
    expect([i.type, i.perpetrator]).toEqual(["shelling", "SDF"]);
    const j = one("قتل طفل بقذائف مصدرها مواقع سيطرة قوات النظام على قرية البارة.");
    expect(j.perpetrator).toBe("Syrian government");
  });
  it("reads gunmen of a clan ('مسلحين من عشيرة') as other", () => {
    const i = one("قتل عنصر من الأمن الداخلي برصاص مسلحين من عشيرة في قرية الصورة الكبيرة بريف السويداء.");
    expect(i.perpetrator).toBe("other");
  });
  it("reads a nationality after an attack noun as the doer", () => {
    const i = one("قتل عنصران بقصف تركي على قرية الدردارة بريف تل تمر.");
    expect(i.perpetrator).toBe("Turkey");
  });
  it("names the air force an air strike's sentence names, even with no verb next to it", () => {
    const i = one("كثفت إسرائيل هجماتها على مدينة القنيطرة، وشنت غارات على مقرات عسكرية فيها، ما أدى إلى مقتل جنديين.");
    expect([i.type, i.perpetrator]).toEqual(["airstrike", "Israel"]);
  });
  it("does not make a reporting agency's nationality the doer of an air strike", () => {
    const i = one("أعلن المركز الروسي للمصالحة إصابة جنديين بهجوم طائرة مسيرة على نقطة في ريف اللاذقية.");
    expect(i.perpetrator).toBe("unknown");
  });
  it("does not make the force ruling the area the doer", () => {
    const i = one("قتل 3 عناصر من الميليشيات بضربة طائرة مسيرة مجهولة قرب الميادين، ضمن مناطق سيطرة الجيش السوري.");
    expect(i.perpetrator).toBe("unknown");
  });
  it("keeps a counted group of a force as the one hit ('40 من قوات …')", () => {
    const i = one("أعلن تنظيم داعش مقتل 40 عنصرا وإصابة 10 من قوات النظام، بكمين استهدف حافلتين في بادية الميادين.");
    expect(i.perpetrator).toBe("ISIS");
  });
  it("reads the warplanes 'of the regime and Russia' as the regime's, named first", () => {
    const i = one("شنت الطائرات الحربية التابعة للنظام وروسيا غارات على قرية الرصافة بريف الرقة.");
    expect([i.type, i.perpetrator]).toEqual(["airstrike", "Syrian government"]);
  });
  it("reads a claim of responsibility by any group", () => {
    const i = one("قتل ثلاثة جنود أتراك بهجوم على قاعدة قرب بلدة مارع، وأعلنت قسد مسؤوليتها عن الهجوم.");
    expect(i.perpetrator).toBe("SDF");
  });
  it("reads the group blamed by the authorities as the suspected doer", () => {
    const i = one("قتل 5 أشخاص بانفجار سيارة مفخخة في سوق مدينة جرابلس، وحملت السلطات المحلية المسؤولية لـ وحدات حماية الشعب.");
    expect([i.perpetrator, i.suspected]).toEqual(["SDF", true]);
  });
  it("does not make the coalition whose base was hit the doer", () => {
    const i = one("أصيب جنديان باستهداف قاعدة التحالف الدولي في حقل العمر بقذائف صاروخية.");
    expect(i.perpetrator).not.toBe("US-led coalition");
  });
  it("reads a unit of a force named after the verb as the force ('قامت به دورية تابعة لـ …')", () => {
    const i = one("قتل راع في الاعتداء الذي قامت به دورية تابعة لجيش الاحتلال الإسرائيلي قرب بلدة جباتا الخشب.");
    expect(i.perpetrator).toBe("Israel");
  });
  it("reads the subject of a targeting noun, then what it hit ('استهداف الاحتلال التركي قافلة')", () => {
    const i = one("قتل شخص وأصيب خمسة في استهداف الاحتلال التركي قافلة مدنيين قرب سد تشرين.");
    expect(i.perpetrator).toBe("Turkey");
  });
  it("reads counted fighters of a group as its losses ('مقتل 5 من مسلحي قسد')", () => {
    const i = one("فجر انتحاري سيارة مفخخة قرب رتل في بلدة الصور، ما أدى إلى مقتل 5 من مسلحي قسد.");
    expect(i.perpetrator).not.toBe("SDF");
  });
  it("does not read a war plane's adjective in 'الإعلام الحربي' as an air force", () => {
    const i = one("أعلن الإعلام الحربي التابع للجيش السوري أن مجموعة من تنظيم داعش نفذت هجوما على موقع قرب الميادين، ما أدى إلى مقتل 4 جنود.");
    expect(i.perpetrator).toBe("ISIS");
  });
  it("counts men of a force killed ('مقاتلين من …') as its losses, not as its attack", () => {
    const i = one("قتل مقاتلان من قوى الأمن الداخلي بهجوم لخلايا داعش على حاجز في ريف الرقة.");
    expect(i.perpetrator).toBe("ISIS");
  });
  it("reads the force a shelling came from as its doer", () => {
    const i = one("قتل مدنيان بقصف مدفعي من قوات النظام على بلدة كفرعويد.");
    expect(i.perpetrator).toBe("Syrian government");
  });
  it("reads the regime's militiamen (شبيحة) as the government side", () => {
    const i = one("قتل شاب برصاص شبيحة النظام عند حاجز في حي الوعر.");
    expect(i.perpetrator).toBe("Syrian government");
  });
  it("reads counted gunmen of a force as its losses, not its act", () => {
    const i = one("قتل 4 مسلحين من قسد في هجوم على حاجز قرب بلدة الصور.");
    expect(i.perpetrator).not.toBe("SDF");
  });
  it("does not make the force whose men's post a blast was near the doer", () => {
    const i = one("قتل شخص بانفجار سيارة مفخخة قرب أحد مقرات مرتزقة الاحتلال التركي في مدينة الباب.");
    expect(i.perpetrator).toBe("unknown");
  });
  it("still reads men of a force who abducted others as the doers", () => {
    const i = one("خطف عناصر من تنظيم داعش خمسة رعاة في بادية الشولا.");
    expect(i.perpetrator).toBe("ISIS");
  });
});

describe("the article's one named doer", () => {
  it("gives attacks listed after a lead that names their doer to that doer", () => {
    const found = extractLines([
      "شن مقاتلو داعش هجومين متتاليين على قوات النظام في البادية.",
      "واستهدف الهجوم الأول نقطة في بادية السخنة بريف حمص، فيما طال الهجوم الثاني حاجزا قرب بلدة معدان بريف الرقة.",
    ]);
    expect(found.length).toBe(2);
    expect(found.map((i) => i.perpetrator)).toEqual(["ISIS", "ISIS"]);
  });
  it("gives the article's attacks to the group a sentence believes behind them", () => {
    const found = extractLines([
      "قتل ثلاثة عناصر من قسد بهجوم على سيارة عسكرية قرب بلدة الشدادي.",
      "وأصيب عنصران بانفجار عبوة ناسفة بدورية قرب قرية العريشة.",
      "ويعتقد أن خلايا داعش تقف خلف هذه الهجمات.",
    ]);
    expect(found.map((i) => [i.perpetrator, i.suspected])).toEqual([["ISIS", true], ["ISIS", true]]);
  });
  it("keeps a side attack told beside a claimed one unknown", () => {
    const found = extractLines([
      "تبنى تنظيم داعش هجوما على حاجز قرب مدينة الميادين قتل فيه 5 عناصر.",
      "وفي سياق منفصل، أصيب عنصر بانفجار عبوة ناسفة بسيارته قرب بلدة العشارة.",
    ]);
    expect(found.map((i) => i.perpetrator)).toEqual(["ISIS", "unknown"]);
  });
  it("does not give a mine left by the war to the article's named group", () => {
    const found = extractLines([
      "قتل مدنيان بانفجار لغم أرضي من مخلفات الحرب قرب بلدة عقيربات.",
      "وتنتشر خلايا داعش في بادية حماة الشرقية.",
    ]);
    expect(found.map((i) => i.perpetrator)).toEqual(["unknown"]);
  });
  it("keeps an attack unknown when the text says no one claimed it", () => {
    const i = one(["قتل 4 عناصر بتفجير سيارة مفخخة قرب حاجز في مدينة البوكمال، ولم تتبن أي جهة التفجير.", "وكان تنظيم داعش قد نفذ هجمات في المدينة العام الماضي."]);
    expect(i.perpetrator).toBe("unknown");
  });
  it("gives an assault told as similar to the one before ('اعتداء مماثل') to the same doer", () => {
    const found = extractLines(["قتل مدنيان جراء قصف مسلحي هيئة تحرير الشام بالقذائف على بلدة سلحب.", "وأصيب طفل بجروح في اعتداء مماثل على قرية الشيخ حديد."]);
    expect(found.map((i) => i.perpetrator)).toEqual(["opposition", "opposition"]);
    const other = extractLines(["قتل شاب برصاص قوات النظام قرب بلدة كفرنبل.", "وأصيبت امرأة في اعتداء آخر على قرية حاس."]);
    expect(other.map((i) => i.perpetrator)).toEqual(["Syrian government", "Syrian government"]);
  });
  it("does not give a similar assault told as an earlier one to the doer of the one before", () => {
    const found = extractLines(["قتل جندي بهجوم نفذه عناصر من داعش على حاجز قرب بلدة معدان.", "ويأتي الهجوم بعد أيام من اعتداء مماثل في العاشر من آذار الماضي قتل فيه عنصران بانفجار عبوة قرب بلدة الكسرة."], "2021-04-10");
    expect(found.map((i) => i.perpetrator)).toEqual(["ISIS", "unknown"]);
  });
  it("keeps unknown gunmen unknown", () => {
    const i = one(["هاجم مسلحون مجهولون رعاة أغنام قرب قرية الكرين بريف الرقة، ما أدى إلى مقتل راع.", "وتنشط خلايا داعش في بادية الرقة."]);
    expect(i.perpetrator).toBe("unknown");
  });
});

describe("incident types", () => {
  it("types an attack carried out by drones as an air strike, whoever flew them", () => {
    const i = one("قالت مصادر إن مقاتلين هاجموا عبر طائرتين مسيرتين حاجزا عند مدخل بلدة مسكنة، فأصيب أربعة حراس.");
    expect(i.type).toBe("airstrike");
    const j = one("وقال مصدر إن مسلحين استهدفوا بطائرة مسيرة سيارة قرب قرية الصالحية، ما أدى إلى مقتل عنصرين.");
    expect(j.type).toBe("airstrike");
  });
  it("types an aggression told as similar to a shelling ('اعتداء مماثل') as shelling, not a 'هجوم مماثل'", () => {
    const found = extractLines(["قتل مدنيان جراء قصف مسلحي هيئة تحرير الشام بالقذائف على بلدة سلحب.", "وأصيب طفل بجروح في اعتداء مماثل على قرية الشيخ حديد."]);
    expect(found.map((i) => i.type)).toEqual(["shelling", "shelling"]);
    const attack = extractLines(["قتل 12 عنصرا بكمين لخلايا داعش قرب منطقة الكوم في بادية حمص.", "ويأتي الكمين بعد أيام من هجوم مماثل للتنظيم استهدف حافلة قرب مدينة تدمر وأسفر عن مقتل 10 عناصر."]);
    expect(attack.map((i) => i.type)).toEqual(["ambush", "attack"]);
  });
  it("reads fire opened 'directly' at two people as their assassination", () => {
    const i = one("فتح مسلحان النار بشكل مباشر على أخوين أمام منزلهما في بلدة الحارة، فقتلا على الفور.");
    expect(i.type).toBe("assassination");
    const j = one("أطلق ملثمون النار مباشرة على تاجرين قرب بلدة طفس، ما أدى إلى مقتلهما.");
    expect(j.type).toBe("assassination");
  });
  it("types a bomber who blew himself up as explosive", () => {
    const i = one("قتل عنصر من الأمن الداخلي حين فجر مهاجم نفسه عند حاجز في مدينة البوكمال.");
    expect(i.type).toBe("explosive");
  });
  it("types a blast of a shell left by earlier shelling as explosive, by the shelling's doer", () => {
    const i = one("قتل طفلان بانفجار قنبلة عنقودية من مخلفات قصف سابق لقوات النظام في بلدة سرمين.");
    expect([i.type, i.perpetrator]).toEqual(["explosive", "Syrian government"]);
  });
  it("does not read a blow dealt by a ground force as an air strike", () => {
    const i = one("قتل ثلاثة عناصر من قسد في ضربة جديدة وجهها تنظيم داعش لنقطة قرب بلدة الهول.");
    expect([i.type, i.perpetrator]).toEqual(["attack", "ISIS"]);
  });
  it("reads a blow said to be from the air as an air strike", () => {
    const i = one("قتل قيادي في ضربة جوية استهدفت سيارته قرب مدينة سرمدا.");
    expect(i.type).toBe("airstrike");
  });
  it("types an assault by shells as shelling", () => {
    const i = one("قتل مدنيان باعتداء إرهابي بالقذائف الصاروخية على مدينة محردة.");
    expect(i.type).toBe("shelling");
  });
  it("keeps a clash fought with drones a clash", () => {
    const i = one("قتل ستة مقاتلين في اشتباكات بالطيران المسير والأسلحة الثقيلة اندلعت قرب بلدة دير حافر.");
    expect(i.type).toBe("clash");
  });
  it("types sniping as an attack", () => {
    const i = one("قتل مدنيان بعمليات قنص في حي الشيخ مقصود بمدينة حلب.");
    expect(i.type).toBe("attack");
  });
  it("types a kamikaze drone as an air strike, not a suicide bombing", () => {
    const i = one("قتل جندي بهجوم طائرات مسيرة انتحارية على نقطة قرب بلدة مسكنة.");
    expect(i.type).toBe("airstrike");
  });
  it("does not read the disengagement agreement as a clash", () => {
    const i = one("توغلت قوة إسرائيلية في قرية الحميدية بريف القنيطرة واختطفت راعيا، في خرق لاتفاق فض الاشتباك.");
    expect(i.type).toBe("abduction");
  });
  it("types a strike by helicopters as an air strike", () => {
    expect(one("قتل مدنيان بقصف مروحيات على قرية كفرنبودة.").type).toBe("airstrike");
  });
  it("types executions told with a suffixed noun ('جرى إعدامهما')", () => {
    expect(one("عثر على جثتين في قرية الشيحة بريف حماة جرى إعدامهما على يد مسلحين.").type).toBe("execution");
  });
  it("types a quarrel that turned to gunfire as a clash between others", () => {
    const i = one("قتلت امرأة نتيجة مشاجرة بين أقارب في قرية الغارية بريف درعا.");
    expect([i.type, i.perpetrator]).toEqual(["clash", "other"]);
  });
  it("types one person shot dead by gunmen as an assassination", () => {
    const i = one("قتل مختار بلدة نمر برصاص مسلحين مجهولين أمام منزله في ريف درعا الشمالي.");
    expect(i.type).toBe("assassination");
  });
  it("keeps an attack on a post that wounded one man an attack", () => {
    const i = one("أصيب عنصر بعد استهداف حاجز بلدة الصورة بالرصاص من قبل مسلحين.");
    expect(i.type).toBe("attack");
  });
  it("types an attack by an air power with no ground word as an air strike", () => {
    const i = one("قتل ثلاثة عناصر في هجمات إسرائيلية جديدة على مواقع قرب مطار المزة.");
    expect(i.type).toBe("airstrike");
  });
  it("gives the second incident of an announced series of executions the same kind", () => {
    const found = extractLines([
      "قام مسلحان بإعدام رجلين في ريف حماة الشرقي في حادثتين منفصلتين.",
      "ففي قرية الشيحة أطلقا النار على رجل أمام منزله، ما أدى إلى مقتله.",
      "وفي الحادثة الثانية في قرية الصبورة أطلقا النار على رجل آخر فقتلاه.",
    ]);
    expect(found.map((i) => i.type)).toEqual(["execution", "execution"]);
  });
  it("types fire opened at two people, one killed and one wounded, as an assassination", () => {
    const i = one("أطلق مسلحون النار على شابين في بلدة الجيزة، ما أدى إلى مقتل أحدهما وإصابة الآخر.");
    expect(i.type).toBe("assassination");
  });
  it("keeps one killed and one wounded by gunmen's bullets an attack", () => {
    const i = one("قتل عنصر وأصيب آخر برصاص مسلحين في بلدة الجيزة.");
    expect(i.type).toBe("attack");
  });
  it("types an assault by counted shells as shelling ('بعدد من القذائف')", () => {
    const i = one("قتل مدنيان جراء اعتداء المسلحين بعدد من القذائف الصاروخية على بلدة كرناز.");
    expect(i.type).toBe("shelling");
  });
  it("types fire opened at one member of a group ('أحد عناصر …') as an assassination", () => {
    const i = one("وأصيب أحد عناصر الفصائل سابقا جراء إطلاق النار عليه في حي المطار بمدينة درعا.");
    expect(i.type).toBe("assassination");
  });
  it("types an armed robbery that killed a man as an attack", () => {
    const i = one("قتل رجل خلال عملية سطو مسلح على محل صرافة في مدينة إعزاز.");
    expect(i.type).toBe("attack");
  });
});

describe("dates", () => {
  describe("the lead's day for events told after it with no day of their own", () => {
    // 2024-01-09 is a Tuesday.
    const lead = "هاجمت خلايا داعش اليوم الثلاثاء نقطة للجيش في بادية الميادين، ما أدى إلى مقتل عنصرين.";
    it("dates an air strike told beside the lead's attack by the lead's day", () => {
      const found = extractLines([lead, "وأرسل الجيش تعزيزات إلى المنطقة، في ظل غارات شنتها طائرات روسية على بادية الشولا."], "2024-01-09");
      expect(found.map((i) => [i.type, i.date])).toEqual([["attack", "2024-01-09"], ["airstrike", "2024-01-09"]]);
    });
    it("dates another attack told after the lead by the lead's day", () => {
      const found = extractLines([lead, "وقالت مصادر إن مسلحين هاجموا أيضا حاجزا قرب بلدة معدان، ما أدى إلى إصابة عنصر."], "2024-01-09");
      expect(found.map((i) => [i.places[0], i.date])).toEqual([["بادية الميادين", "2024-01-09"], ["معدان", "2024-01-09"]]);
    });
    it("leaves an event told as an earlier one undated", () => {
      const found = extractLines([lead, "وكان مسلحون قد قتلوا شابين قرب بلدة جاسم بريف درعا."], "2024-01-09");
      expect(found.map((i) => [i.places[0], i.date])).toEqual([["بادية الميادين", "2024-01-09"], ["جاسم", null]]);
    });
    it("leaves undated events undated when the article dates another event to another day", () => {
      const found = extractLines([lead, "وقتل مسلحون يوم الجمعة الماضي شابا في بلدة جاسم.", "كما قتل مسلحون شابين آخرين في بلدة نوى بريف درعا."], "2024-01-09");
      expect(found.map((i) => i.date)).toEqual(["2024-01-09", "2024-01-05", null]);
    });
    it("leaves a ground event told with no toll undated (a mention more often than an event)", () => {
      const found = extractLines([lead, "كما هاجم مسلحون حاجزا قرب بلدة معدان بريف الرقة."], "2024-01-09");
      expect(found.map((i) => [i.places[0], i.date])).toEqual([["بادية الميادين", "2024-01-09"], ["معدان", null]]);
    });
    it("leaves an event at a place the dated one names undated (that event told again)", () => {
      const found = extractLines([lead, "وقالت مصادر إن طائرات روسية شنت غارات على بادية الميادين."], "2024-01-09");
      expect(found.filter((i) => i.type === "airstrike").map((i) => i.date)).toEqual([null]);
    });
    it("leaves undated an event told as days or weeks before the lead's ('days ago' gives no day)", () => {
      const dated = (lines: string[], published: string) => extractLines(lines, published).map((i) => [i.places[0], i.date]);
      expect(dated([lead, "ويأتي الهجوم بعد أسبوع من مقتل ثلاثة جنود بانفجار لغم قرب بلدة معدان."], "2024-01-09")).toEqual([["بادية الميادين", "2024-01-09"], ["معدان", null]]);
      expect(dated(["قتل مسلحون مجهولون قياديا أمنيا في بلدة طفس بريف درعا مساء الأربعاء.", "وتأتي عملية الاغتيال بعد أيام من مقتل عنصر أمني برصاص مجهولين قرب بلدة ناحتة."], "2024-01-11"))
        .toEqual([["طفس", "2024-01-10"], ["ناحتة", null]]);
      expect(dated(["أصيب ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل صباح اليوم.", "ويأتي ذلك بعد أيام قليلة على مقتل طفل بقصف مماثل على قرية حاس."], "2024-01-11"))
        .toEqual([["كفرنبل", "2024-01-11"], ["حاس", null]]);
    });
    it("does not take the day of an earlier event told after a lead that gives no day", () => {
      const found = extractLines(["قتل جندي بهجوم نفذه عناصر من داعش على حاجز قرب بلدة معدان.", "ويأتي الهجوم بعد أيام من اعتداء مماثل في العاشر من آذار الماضي قتل فيه عنصران بانفجار عبوة قرب بلدة الكسرة."], "2021-04-10");
      expect(found.map((i) => i.date)).toEqual([null, "2021-03-10"]);
    });
    it("does not date by a lead sentence that tells no event", () => {
      const found = extractLines(["أعلنت وزارة الدفاع اليوم نتائج التحقيق.", "وقالت مصادر إن مسلحين هاجموا حاجزا قرب بلدة معدان، ما أدى إلى إصابة عنصر."], "2024-01-09");
      expect(found.map((i) => i.date)).toEqual([null]);
    });
  });
  it("reads 'اليوم الأربعاء' on a page dated Thursday as the Wednesday", () => {
    expect(findDates("قتل مسلحون شابا اليوم الأربعاء", "2025-09-25").map((d) => d.date)).toEqual(["2025-09-24"]);
    expect(findDates("قتل 4 مدنيين اليوم (الأربعاء) بعمليات قنص", "2025-09-25").map((d) => d.date)).toEqual(["2025-09-24"]);
  });
  it("keeps 'اليوم' with the publication's own weekday the publication date", () => {
    expect(findDates("قتل مسلحون شابا اليوم الخميس", "2025-09-25").map((d) => d.date)).toEqual(["2025-09-25"]);
  });
  it("reads 'اليوم الجمعة' on a page dated Thursday as the next day (a page dated by the clock)", () => {
    expect(findDates("قصف اليوم الجمعة", "2025-09-25").map((d) => d.date)).toEqual(["2025-09-26"]);
  });
  it("trusts the weekday when it and the stated date disagree by a day", () => {
    // 21 June 2022 was a Tuesday.
    expect(findDates("قتل جنود الاثنين 21 حزيران 2022 بهجوم", null).map((d) => d.date)).toEqual(["2022-06-20"]);
  });
  it("counts relative words from a full date stated before them when the page has no date", () => {
    // 31 December 2020 was a Thursday.
    expect(findDates("أعلن التنظيم، الخميس، (31 كانون الأول 2020)، مسؤوليته عن هجوم يوم الأربعاء", null).map((d) => d.date)).toEqual(["2020-12-31", "2020-12-30"]);
  });
  it("dates the event told after the source's own date by the event's day", () => {
    const i = one("أعلن تنظيم داعش، الخميس، (31 كانون الأول 2020)، مسؤوليته عن هجوم على حافلة قرب الشولا يوم الأربعاء، قتل فيه 20 جنديا.");
    expect(i.date).toBe("2020-12-30");
  });
  it("counts 'today' from the article's dateline when the page has no date", () => {
    const i = one(["حمص 14 آذار 2021 (وكالات)", "قتل 3 عناصر اليوم بهجوم على حاجز قرب مدينة تدمر."]);
    expect(i.date).toBe("2021-03-14");
  });
  it("reads 'أمس الأربعاء' on a page dated that Wednesday as the page's day, not a week before", () => {
    // 2025-09-24 is a Wednesday.
    expect(findDates("قتل عنصران أمس الأربعاء", "2025-09-24").map((d) => d.date)).toEqual(["2025-09-24"]);
    expect(findDates("قتل عنصران أمس الأربعاء", "2025-09-25").map((d) => d.date)).toEqual(["2025-09-24"]);
    expect(findDates("قتل عنصران أمس الأربعاء", "2025-09-26").map((d) => d.date)).toEqual(["2025-09-24"]);
  });
  it("takes the date stated after 'أمس' and its weekday", () => {
    expect(findDates("استهدفت الغارة البلدة أمس الأربعاء الـ 24 من أيلول", "2025-09-24").map((d) => d.date)).toEqual(["2025-09-24"]);
    expect(findDates("قتل ثلاثة اليوم الخميس 25 أيلول", "2025-09-24").map((d) => d.date)).toEqual(["2025-09-25"]);
  });
  it("reads a day and month just after the page's date in the page's year (a timezone slip)", () => {
    // 31 December 2020 was a Thursday.
    expect(findDates("كمين يوم الخميس 31 كانون الأول", "2020-12-30").map((d) => d.date)).toEqual(["2020-12-31"]);
    expect(findDates("قتل 3 في 1 كانون الثاني", "2020-12-31").map((d) => d.date)).toEqual(["2021-01-01"]);
    // Further after the page's date it is the year before.
    expect(findDates("قتل 3 في 20 كانون الثاني", "2020-12-30").map((d) => d.date)).toEqual(["2020-01-20"]);
  });
  it("does not date events by the bounds of a period ('منذ الـ 8 من آذار … وحتى …')", () => {
    expect(findDates("قتل 40 مدنيا في الغارات منذ الـ 8 من آذار وحتى الـ 20 منه", "2021-03-21")).toEqual([]);
    expect(findDates("قتل 40 مدنيا اعتبارا من 8 آذار", "2021-03-21")).toEqual([]);
    // What began this morning happened today; "حتى" alone ends the fighting on that day.
    expect(findDates("قتل 5 منذ صباح اليوم", "2021-03-21").map((d) => d.date)).toEqual(["2021-03-21"]);
    expect(findDates("في المعارك التي استمرت حتى الثلاثاء الماضي", "2021-03-21").map((d) => d.date)).toEqual(["2021-03-16"]);
  });
  it("dates a strike by its own day, not by the period it closed", () => {
    const i = one(["قتل 12 مدنيا بغارة على سوق مدينة الطبقة أمس الأربعاء، ليرتفع إلى 90 عدد القتلى منذ الـ 8 من آذار الجاري."], "2017-03-22");
    expect(i.date).toBe("2017-03-22");
  });
  it("reads the spelling الثلثاء as Tuesday", () => {
    expect(findDates("هاجم التنظيم ليلة الاثنين – الثلثاء نقطة", "2023-11-15").map((d) => d.date)).toEqual(["2023-11-13", "2023-11-14"]);
  });
  it("counts days told by number ('قبل ثلاثة أيام')", () => {
    expect(findDates("قتل قبل ثلاثة أيام", "2025-09-25").map((d) => d.date)).toEqual(["2025-09-22"]);
    expect(findDates("قتل قبل 4 أيام", "2025-09-25").map((d) => d.date)).toEqual(["2025-09-21"]);
    expect(findDates("مستمرة منذ يومين", "2025-09-25")).toEqual([]);
  });
  it("reads 'الـ 25' with a space left by the tatweel", () => {
    expect(findDates("قتل في الـ 25 من الشهر الجاري", "2025-09-28").map((d) => d.date)).toEqual(["2025-09-25"]);
  });
  it("counts 'today' from the date of a post the page embeds when the page has no date", () => {
    // 15 October 2020 was a Thursday.
    const i = one(["قتل 3 أشخاص بغارة لطيران التحالف استهدفت اليوم الخميس سيارة قرب بلدة كفرلوسين.", "— شبكة محلية (@localnet) October 15, 2020"]);
    expect(i.date).toBe("2020-10-15");
  });
  it("finds the year of 'today, Monday 3 February' from the article's other years and the weekday", () => {
    // 3 February 2025 was a Monday.
    const i = one(["قتل 6 أشخاص بانفجار سيارة مفخخة اليوم، الاثنين 3 من شباط، في مدينة جرابلس.", "وهو التفجير الثالث في المدينة منذ كانون الأول 2024."]);
    expect(i.date).toBe("2025-02-03");
  });
  it("dates each place of a wave of air strikes by the day of the first", () => {
    const found = extractLines([
      "شنت طائرات إسرائيلية غارات على مطار الضبعة يوم الجمعة.",
      "وقالت مصادر محلية إن الغارات الأخرى ضربت محيط بلدة القصير.",
    ], "2019-01-12");
    expect(found.map((i) => [i.type, i.date])).toEqual([["airstrike", "2019-01-11"], ["airstrike", "2019-01-11"]]);
  });
  it("does not date an air strike told as an earlier one by the wave before it", () => {
    const found = extractLines([
      "شنت طائرات إسرائيلية غارات على مطار الضبعة يوم الجمعة.",
      "وكانت طائرات إسرائيلية قد قصفت محيط بلدة القصير في كانون الأول الماضي.",
    ], "2019-01-12");
    expect(found.map((i) => i.date)).toEqual(["2019-01-11", null]);
  });
  it("reads a night spanning two days as the first of them", () => {
    expect(findDates("هاجم مسلحون ليل الأربعاء - الخميس نقطة", "2025-09-26").map((d) => d.date)[0]).toBe("2025-09-24");
  });
});
