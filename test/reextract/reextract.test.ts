import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UpdateCommand } from "../../lib/store/dynamo";
import type { LocalDynamo } from "../../lib/local/dynamo";
import type { Db } from "../../lib/store/client";
import { parseReextractPayload, reextract, type ReextractAnswer, type ReextractDeps } from "../../lib/reextract";
import { DEFAULT_ALERT_RULES } from "../../lib/alert";
import { getArticle, compressHtml } from "../../lib/store/articles";
import { incidentsOfArticle } from "../../lib/store/incidents";
import { getArticleEvents } from "../../lib/store/events";
import { getEvent } from "../../lib/events";
import { startLocalDynamo } from "../../lib/local/dynamo";
import { articleKey } from "../../lib/store/keys";
import { RecordingPublisher } from "../alert/helpers";
import { countingDb, freshTable, hoursAgo, html, quietArticle, storePage, sukhnahAttack, tollRuleChange } from "./helpers";

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startLocalDynamo(null);
});
afterAll(() => dynamo.close());

const ENAB = "https://www.enabbaladi.net/archives/433512";
const SY24 = "https://www.sy-24.com/news/185372";
const QUIET = "https://www.enabbaladi.net/archives/433600";
const OLD = "2020-11-26T09:00:00Z";

const deps = (db: Db, extra: Partial<ReextractDeps> = {}): ReextractDeps => ({
  db,
  publisher: new RecordingPublisher(),
  rules: DEFAULT_ALERT_RULES,
  ...extra,
});
const run = (db: Db, payload: unknown, extra: Partial<ReextractDeps> = {}, budget = 60_000) =>
  reextract(parseReextractPayload(payload), deps(db, extra), { timeBudgetMs: budget });

/** The stored items of an article, its incidents and its events, as plain JSON for comparing. */
async function snapshot(db: Db, urls: string[]) {
  const out = [];
  for (const url of urls) {
    const events = await getArticleEvents(db, url);
    out.push({
      article: await getArticle(db, url),
      incidents: await incidentsOfArticle(db, url),
      events: await Promise.all(events.map((id) => getEvent(db, id))),
    });
  }
  return JSON.parse(JSON.stringify(out));
}

describe("re-extraction with a changed extractor", () => {
  it("updates the affected incidents and events and reports each difference before → after", async () => {
    const db = await freshTable(dynamo);
    await storePage(db, sukhnahAttack(ENAB, "enab-baladi", OLD, 3));
    await storePage(db, quietArticle(QUIET, "enab-baladi", "2020-11-27T09:00:00Z"));
    const [eventId] = await getArticleEvents(db, ENAB);
    expect((await getEvent(db, eventId))!.killed!.best).toBe(3);

    const answer = await run(db, { outlet: "enab-baladi" }, { extractor: tollRuleChange(2) });

    expect(answer.articles).toEqual({ selected: 2, processed: 2, changed: 2, unchanged: 0, failed: 0 });
    expect(answer.incidents).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(answer.events).toEqual({ created: 0, changed: 1, removed: 0, affected: 1 });
    expect(answer.examples).toEqual([
      {
        url: ENAB,
        index: 0,
        change: "changed",
        place: "السخنة",
        date: "2020-11-25",
        killed: { before: "3", after: "5" },
        wounded: { before: "—", after: "—" },
        fields: ["killed"],
      },
    ]);
    expect(answer.done).toBe(true);
    expect(answer.cursor).toBeUndefined();
    expect((await incidentsOfArticle(db, ENAB)).map((i) => i.killed)).toEqual([{ min: 5, max: 5 }]);
    expect((await getEvent(db, eventId))!.killed!.best).toBe(5);
    // Both articles now carry the new version, the quiet one too: it is current, with no incident.
    expect((await getArticle(db, ENAB))!.extractorVersion).toBe("test-next");
    expect((await getArticle(db, QUIET))!.extractorVersion).toBe("test-next");
  });

  it("takes an incident the new rules no longer find out of its event, and deletes the emptied event", async () => {
    const db = await freshTable(dynamo);
    await storePage(db, sukhnahAttack(ENAB, "enab-baladi", OLD, 3));
    const [eventId] = await getArticleEvents(db, ENAB);
    const forgetful = { version: "test-none", extract: () => [] };

    const answer = await run(db, { urls: [ENAB] }, { extractor: forgetful });

    expect(answer.incidents).toEqual({ added: 0, removed: 1, changed: 0 });
    expect(answer.events).toEqual({ created: 0, changed: 0, removed: 1, affected: 1 });
    expect(answer.examples.map((e) => [e.change, e.killed])).toEqual([["removed", { before: "3", after: null }]]);
    expect(await incidentsOfArticle(db, ENAB)).toEqual([]);
    expect(await getEvent(db, eventId)).toBeNull();
  });

  it("reads an updated toll from the stored page when an outlet's page was replaced", async () => {
    const db = await freshTable(dynamo);
    await storePage(db, sukhnahAttack(ENAB, "enab-baladi", OLD, 3));
    const updated = html(sukhnahAttack(ENAB, "enab-baladi", OLD, 12));
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: articleKey(ENAB),
        UpdateExpression: "SET rawHtmlGz = :gz",
        ExpressionAttributeValues: { ":gz": compressHtml(updated) },
      }),
    );

    const answer = await run(db, { urls: [ENAB] });

    expect(answer.examples.map((e) => [e.change, e.killed, e.fields])).toEqual([["changed", { before: "3", after: "12" }, expect.arrayContaining(["killed", "evidence"])]]);
    const [eventId] = await getArticleEvents(db, ENAB);
    expect((await getEvent(db, eventId))!.killed!.best).toBe(12);
    expect((await getArticle(db, ENAB))!.text).toContain("قتل 12 عناصر");
  });

  it("uses the stored text when no page was kept", async () => {
    const db = await freshTable(dynamo);
    await storePage(db, sukhnahAttack(ENAB, "enab-baladi", OLD, 3));
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: articleKey(ENAB),
        UpdateExpression: "REMOVE rawHtmlGz",
      }),
    );
    const answer = await run(db, { urls: [ENAB] }, { extractor: tollRuleChange(1) });
    expect(answer.examples.map((e) => e.killed)).toEqual([{ before: "3", after: "4" }]);
  });
});

describe("re-extraction with the extractor that stored the articles", () => {
  it("writes nothing and counts every article unchanged", async () => {
    const table = await freshTable(dynamo);
    await storePage(table, sukhnahAttack(ENAB, "enab-baladi", OLD, 3));
    await storePage(table, sukhnahAttack(SY24, "sy24", "2020-11-26T10:00:00Z", 4));
    await storePage(table, quietArticle(QUIET, "enab-baladi", "2020-11-27T09:00:00Z"));
    const before = await snapshot(table, [ENAB, SY24, QUIET]);
    const { db, writes, sent } = countingDb(table);

    const answer = await run(db, { all: true });

    expect(answer.articles).toEqual({ selected: 3, processed: 3, changed: 0, unchanged: 3, failed: 0 });
    expect(answer.examples).toEqual([]);
    expect(writes()).toEqual([]);
    expect(sent.length).toBeGreaterThan(0);
    expect(await snapshot(table, [ENAB, SY24, QUIET])).toEqual(before);
  });
});

describe("dry run", () => {
  it("changes nothing and reports what would change", async () => {
    const table = await freshTable(dynamo);
    await storePage(table, sukhnahAttack(ENAB, "enab-baladi", OLD, 3));
    await storePage(table, quietArticle(QUIET, "enab-baladi", "2020-11-27T09:00:00Z"));
    const before = await snapshot(table, [ENAB, QUIET]);
    const { db, writes } = countingDb(table);

    const answer = await run(db, { outlet: "enab-baladi", dryRun: true }, { extractor: tollRuleChange(2) });

    expect(writes()).toEqual([]);
    expect(await snapshot(table, [ENAB, QUIET])).toEqual(before);
    expect(answer.dryRun).toBe(true);
    expect(answer.articles).toEqual({ selected: 2, processed: 2, changed: 2, unchanged: 0, failed: 0 });
    expect(answer.incidents).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(answer.events).toEqual({ created: 0, changed: 0, removed: 0, affected: 1 });
    expect(answer.examples.map((e) => [e.url, e.killed])).toEqual([[ENAB, { before: "3", after: "5" }]]);
  });
});

describe("failures", () => {
  it("records a URL that is not stored and goes on with the others", async () => {
    const db = await freshTable(dynamo);
    await storePage(db, sukhnahAttack(ENAB, "enab-baladi", OLD, 3));
    const missing = "https://www.sy-24.com/news/1";
    const answer = await run(db, { urls: [missing, ENAB] }, { extractor: tollRuleChange(1) });
    expect(answer.articles).toEqual({ selected: 2, processed: 1, changed: 1, unchanged: 0, failed: 1 });
    expect(answer.failures).toEqual([{ url: missing, code: "NOT_STORED", message: `no article is stored under ${missing}` }]);
  });
});

describe("cursor", () => {
  /** Runs invocation after invocation from each answer's `next`, as a caller of the Lambda does. */
  async function runToEnd(db: Db, payload: unknown, extra: Partial<ReextractDeps>, limits: { timeBudgetMs: number; pageSize: number }) {
    const seen: string[] = [];
    const answers: ReextractAnswer[] = [];
    let request = parseReextractPayload(payload);
    for (let i = 0; i < 50; i++) {
      const answer = await reextract(request, { ...deps(db, extra), onArticle: (r) => seen.push(r.url) }, limits);
      answers.push(answer);
      if (answer.done) break;
      request = parseReextractPayload(JSON.parse(JSON.stringify(answer.next)));
    }
    return { seen, answers };
  }

  const urls = {
    enab: ["https://www.enabbaladi.net/archives/1", "https://www.enabbaladi.net/archives/2", "https://www.enabbaladi.net/archives/3"],
    sohr: ["https://www.syriahr.com/1", "https://www.syriahr.com/2"],
  };

  async function seed(db: Db) {
    for (const [i, url] of urls.enab.entries()) await storePage(db, quietArticle(url, "enab-baladi", `2021-0${i + 1}-10T09:00:00Z`));
    for (const [i, url] of urls.sohr.entries()) await storePage(db, quietArticle(url, "sohr", `2021-0${i + 1}-11T09:00:00Z`));
  }

  it("resumes a run cut by the time budget and processes every article exactly once", async () => {
    const db = await freshTable(dynamo);
    await seed(db);
    // A budget of 0 ms: one article per invocation, pages of 2, across two outlets' partitions.
    const { seen, answers } = await runToEnd(db, { all: true }, { extractor: tollRuleChange(0, "test-v2") }, { timeBudgetMs: 0, pageSize: 2 });

    expect(seen).toEqual([...urls.enab, ...urls.sohr]);
    expect(answers.map((a) => [a.articles.changed, a.done])).toEqual([[1, false], [1, false], [1, false], [1, false], [1, true]]);
    expect(answers[0].message).toMatch(/invoke again with "next"/);
    expect(answers[0].next).toEqual({ cursor: answers[0].cursor });
  });

  it("resumes an outlet's date range and a URL list the same way", async () => {
    const db = await freshTable(dynamo);
    await seed(db);
    const ranged = await runToEnd(db, { outlet: "enab-baladi", since: "2021-02-01", until: "2021-03-31" }, {}, { timeBudgetMs: 0, pageSize: 1 });
    expect(ranged.seen).toEqual(urls.enab.slice(1));
    const listed = await runToEnd(db, { urls: [urls.sohr[1], urls.enab[0], urls.sohr[1]] }, {}, { timeBudgetMs: 0, pageSize: 1 });
    expect(listed.seen).toEqual([urls.sohr[1], urls.enab[0]]);
  });

  it("finishes in one invocation when the budget allows", async () => {
    const db = await freshTable(dynamo);
    await seed(db);
    const { answers } = await runToEnd(db, { all: true, dryRun: true }, {}, { timeBudgetMs: 60_000, pageSize: 2 });
    expect(answers.map((a) => [a.articles.selected, a.done])).toEqual([[5, true]]);
  });

  it("keeps the flags in the next payload", async () => {
    const db = await freshTable(dynamo);
    await seed(db);
    const answer = await reextract(parseReextractPayload({ outlet: "sohr", dryRun: true }), deps(db), { timeBudgetMs: 0 });
    expect(answer.next).toEqual({ cursor: answer.cursor, dryRun: true });
    expect(parseReextractPayload(answer.next).selection).toEqual({ kind: "outlet", outlet: "sohr" });
  });
});

describe("alerts", () => {
  it("sends no alert for an old event, even with alert: true", async () => {
    const db = await freshTable(dynamo);
    await storePage(db, sukhnahAttack(ENAB, "enab-baladi", OLD, 3));
    const publisher = new RecordingPublisher();
    const answer = await run(db, { urls: [ENAB], alert: true }, { extractor: tollRuleChange(4), publisher });
    expect(answer.examples.map((e) => e.killed)).toEqual([{ before: "3", after: "7" }]);
    expect(answer.alerts).toEqual({ sent: 0, suppressed: 1, failed: 0 });
    expect(publisher.attempts).toBe(0);
  });

  it("keeps the age limit even when the rules given lift it", async () => {
    const db = await freshTable(dynamo);
    await storePage(db, sukhnahAttack(ENAB, "enab-baladi", OLD, 3));
    const publisher = new RecordingPublisher();
    const rules = { ...DEFAULT_ALERT_RULES, maxAlertAgeHours: null };
    const answer = await run(db, { urls: [ENAB], alert: true }, { extractor: tollRuleChange(4), publisher, rules });
    expect(answer.alerts.sent).toBe(0);
    expect(publisher.attempts).toBe(0);
  });

  it("alerts a recent event that the new figures make major, with alert: true", async () => {
    const db = await freshTable(dynamo);
    await storePage(db, sukhnahAttack(ENAB, "enab-baladi", hoursAgo(6), 3));
    const publisher = new RecordingPublisher();
    const answer = await run(db, { urls: [ENAB], alert: true }, { extractor: tollRuleChange(4), publisher });
    expect(answer.alerts).toEqual({ sent: 1, suppressed: 0, failed: 0 });
    expect(publisher.sent.map((m) => [m.kind, m.attributes.killedBest])).toEqual([["major", 7]]);
  });

  it("sends nothing for the same recent event without alert: true", async () => {
    const db = await freshTable(dynamo);
    await storePage(db, sukhnahAttack(ENAB, "enab-baladi", hoursAgo(6), 3));
    const publisher = new RecordingPublisher();
    const answer = await run(db, { urls: [ENAB] }, { extractor: tollRuleChange(4), publisher });
    expect(answer.events.changed).toBe(1);
    expect(answer.alerts).toEqual({ sent: 0, suppressed: 0, failed: 0 });
    expect(publisher.attempts).toBe(0);
  });
});
