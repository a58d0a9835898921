import { randomUUID } from "node:crypto";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { Incident } from "../../lib/types";
import type { Extractor } from "../../lib/reextract";
import { createDb, ensureTable, type Db } from "../../lib/store/client";
import { cleanArticle } from "../../lib/clean";
import { outletById } from "../../lib/outlets/registry";
import { toExtractorInput } from "../../lib/pipeline/collect";
import { attachReports } from "../../lib/events";
import { compressHtml, contentHash, saveArticle } from "../../lib/store/articles";
import { replaceIncidents } from "../../lib/store/incidents";
import { CURRENT_EXTRACTOR } from "../../lib/reextract";

/** A fresh rasd table on the file's dynalite, so each test starts empty. */
export async function freshTable(dynamo: LocalDynamo): Promise<Db> {
  const db = createDb({ table: `reextract-${randomUUID()}`, endpoint: dynamo.endpoint });
  await ensureTable(db);
  return db;
}

/** The commands that change the table. */
const WRITES = new Set(["PutCommand", "UpdateCommand", "DeleteCommand", "BatchWriteCommand"]);

/** The same table through a client that counts every command it sends, by name. */
export function countingDb(db: Db): { db: Db; sent: string[]; writes: () => string[] } {
  const sent: string[] = [];
  const doc = {
    send: (command: { constructor: { name: string } }) => {
      sent.push(command.constructor.name);
      return (db.doc.send as (c: unknown) => Promise<unknown>)(command);
    },
  } as unknown as Db["doc"];
  return { db: { table: db.table, doc }, sent, writes: () => sent.filter((name) => WRITES.has(name)) };
}

export interface TestPage {
  url: string;
  outlet: string;
  published: string;
  title: string;
  paragraphs: string[];
}

/** An article page as outlets publish them: navigation, the article, a footer. */
export function html(page: Pick<TestPage, "title" | "paragraphs" | "published">): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${page.title}</title>
<meta property="article:published_time" content="${page.published}"></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/syria">سوريا</a></nav></header>
<article><h1>${page.title}</h1>${page.paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article>
<footer>جميع الحقوق محفوظة</footer></body></html>`;
}

const FILLER = [
  "وأفادت شبكات محلية بأن الهجوم وقع على موقع عسكري، فيما لم يعلن أي طرف مسؤوليته عنه حتى ساعة إعداد هذا الخبر.",
  "وتشهد البادية السورية هجمات متكررة تستهدف مواقع قوات النظام والميليشيات الموالية لها رغم الحملات العسكرية المتواصلة.",
];

/** An ISIS attack near al-Sukhnah (Homs) "yesterday": `killed` soldiers of the regime. */
export function sukhnahAttack(url: string, outlet: string, published: string, killed: number): TestPage {
  return {
    url,
    outlet,
    published,
    title: "مقتل عناصر من قوات النظام بهجوم لتنظيم داعش شرقي حمص",
    paragraphs: [
      `قتل ${killed} عناصر من قوات النظام، أمس، بهجوم شنه تنظيم داعش على موقع عسكري قرب بلدة السخنة في بادية حمص الشرقية.`,
      ...FILLER,
    ],
  };
}

/** An article with no attack in it. */
export function quietArticle(url: string, outlet: string, published: string): TestPage {
  return {
    url,
    outlet,
    published,
    title: "افتتاح مدرسة جديدة في ريف دمشق",
    paragraphs: [
      "افتتحت مديرية التربية مدرسة جديدة في بلدة ببيلا بريف دمشق تستقبل أكثر من ثلاثمئة طالب وطالبة مع بداية العام الدراسي.",
      "وقال مدير المدرسة إن الصفوف جُهّزت بمقاعد جديدة وإن الدوام سيبدأ صباح الأحد المقبل في جميع المراحل.",
    ],
  };
}

/**
 * Stores a page as a collect run does (lib/pipeline/collect.ts): cleaned, extracted by
 * `extractor`, incidents, events, then the article. Returns the incidents stored.
 */
export async function storePage(db: Db, page: TestPage, extractor: Extractor = CURRENT_EXTRACTOR): Promise<Incident[]> {
  const outlet = outletById(page.outlet);
  const raw = html(page);
  const cleaned = cleanArticle(raw, { url: page.url, outlet });
  const incidents = extractor.extract(toExtractorInput(cleaned, page.url, outlet));
  const article = {
    url: page.url,
    outlet: page.outlet,
    title: cleaned.title,
    published: cleaned.published,
    fetchedAt: page.published,
    contentHash: contentHash(cleaned.text),
    text: cleaned.text,
    extractorVersion: extractor.version,
    incidentCount: incidents.length,
    rawHtmlGz: compressHtml(raw),
  };
  await replaceIncidents(db, article, incidents);
  await attachReports(db, article, incidents, new Date(page.published));
  await saveArticle(db, article);
  return incidents;
}

/**
 * A rule change as a new extractor version would bring it: the current extractor, but
 * reading `extra` more killed in every incident that states a killed figure.
 */
export function tollRuleChange(extra: number, version = "test-next"): Extractor {
  return {
    version,
    extract: (article) =>
      CURRENT_EXTRACTOR.extract(article).map((incident) =>
        incident.killed
          ? { ...incident, killed: { min: incident.killed.min + extra, max: incident.killed.max === null ? null : incident.killed.max + extra } }
          : incident,
      ),
  };
}

/** ISO time `hours` before now. */
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
