import type { Db } from "../../lib/store/client";
import { attachReports } from "../../lib/events";
import { PLACES, SAWANA, article, count, incident } from "../events/fixtures";

/** Evidence that needs every RFC 4180 rule: a quote, a comma, a line break; and one a spreadsheet would run as a formula. */
export const TRICKY_EVIDENCE = 'قال "المرصد"، إن 7 عناصر، بينهم ضابط,\nقتلوا في انفجار لغم.';
export const FORMULA_EVIDENCE = '=HYPERLINK("https://evil.example","قتلى")';

/**
 * Four events in three governorates, Nov 2020 to Mar 2024:
 * - al-Sawana, Homs, 2020-11-25: three outlets, killed 5+/9/14 (best 9)
 * - al-Mayadin, Deir ez-Zor, 2024-01-22: air strike, 4 killed, tricky evidence
 * - al-Sukhnah, Homs, 2024-03-20: explosion, 4 killed, 2 wounded
 * - Raqqa (governorate only), 2024-02-27: shelling, no toll, formula-like evidence
 * - "north-west Syria" (no governorate, no point), 2022-04-16: attack, 1 killed
 */
export async function storeEvents(db: Db): Promise<void> {
  const now = new Date("2024-03-21T00:00:00Z");
  for (const { article: a, incident: i } of [SAWANA.sy24, SAWANA.enab, SAWANA.araby]) await attachReports(db, a, [i], now);
  await attachReports(db, article("orient-net", "mayadin", "2024-01-22T10:00:00Z", "غارة على الميادين"), [
    incident({
      date: "2024-01-22",
      governorate: "Deir ez-Zor",
      places: ["مدينة الميادين"],
      location: PLACES.mayadin,
      type: "airstrike",
      perpetrator: "unknown",
      killed: count(4),
      evidence: [TRICKY_EVIDENCE],
    }),
  ], now);
  await attachReports(db, article("syria-tv", "sukhnah", "2024-03-20T13:15:00+03:00", "مقتل أربعة مدنيين بانفجار لغم"), [
    incident({
      date: "2024-03-20",
      places: ["بادية السخنة"],
      location: { ...PLACES.sukhnah, precision: "area" },
      type: "explosive",
      perpetrator: "unknown",
      killed: count(4),
      wounded: count(2),
      targets: [{ name: "civilians", alias: "مدنيين" }],
      evidence: ["قُتل أربعة مدنيين وأصيب اثنان آخران جراء انفجار لغم أرضي في بادية السخنة."],
    }),
  ], now);
  await attachReports(db, article("enab-baladi", "raqqa", "2024-02-27T09:00:00Z", "قصف على الرقة"), [
    incident({
      date: "2024-02-27",
      governorate: "Raqqa",
      places: ["الرقة"],
      type: "shelling",
      perpetrator: "Syrian government",
      evidence: [FORMULA_EVIDENCE],
    }),
  ], now);
  await attachReports(db, article("sohr", "northwest", "2022-04-16T08:00:00Z", "مقتل عنصر شمال غربي سوريا"), [
    incident({
      date: "2022-04-16",
      governorate: null,
      places: ["شمال غربي سوريا"],
      perpetrator: "unknown",
      killed: count(1),
      evidence: ["قتل عنصر برصاص مجهولين شمال غربي سوريا."],
    }),
  ], now);
}
