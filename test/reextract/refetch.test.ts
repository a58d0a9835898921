import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { startLocalDynamo } from "../../lib/local/dynamo";
import { createFetcher, type Fetcher } from "../../lib/fetch";
import { parseReextractPayload, reextract } from "../../lib/reextract";
import { DEFAULT_ALERT_RULES } from "../../lib/alert";
import { decompressHtml, getArticle } from "../../lib/store/articles";
import { incidentsOfArticle } from "../../lib/store/incidents";
import { RecordingPublisher } from "../alert/helpers";
import { countingDb, freshTable, html, storePage, sukhnahAttack } from "./helpers";

const ENAB = "https://www.enabbaladi.net/archives/433512";
const OLD = "2020-11-26T09:00:00Z";

// The outlet's site as it is now: the article's toll was updated from 3 to 12 after publication.
const pages = new Map<string, string>([["/www.enabbaladi.net/archives/433512", html(sukhnahAttack(ENAB, "enab-baladi", OLD, 12))]]);

let dynamo: LocalDynamo;
let server: Server;
let origin: string;
let fetcher: Fetcher;
beforeAll(async () => {
  dynamo = await startLocalDynamo(null);
  server = createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(page ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => fetcher?.close());
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await dynamo.close();
});

const run = async (payload: unknown, db: Parameters<typeof reextract>[1]["db"]) => {
  fetcher = createFetcher({ replayOrigin: origin, retry: { maxRetries: 0 } });
  return reextract(parseReextractPayload(payload), { db, publisher: new RecordingPublisher(), rules: DEFAULT_ALERT_RULES, fetcher }, { timeBudgetMs: 60_000 });
};

describe("refetch", () => {
  it("fetches the page again and stores the updated toll, its page and its text", async () => {
    const db = await freshTable(dynamo);
    await storePage(db, sukhnahAttack(ENAB, "enab-baladi", OLD, 3));

    const answer = await run({ urls: [ENAB], refetch: true }, db);

    expect(answer.examples.map((e) => [e.change, e.killed])).toEqual([["changed", { before: "3", after: "12" }]]);
    expect((await incidentsOfArticle(db, ENAB)).map((i) => i.killed)).toEqual([{ min: 12, max: 12 }]);
    const stored = await getArticle(db, ENAB);
    expect(decompressHtml(stored!.rawHtmlGz!)).toContain("قتل 12 عناصر");
    // The times stay: they place the article in the outlet index a cursor walks.
    expect([stored!.published, stored!.fetchedAt]).toEqual([OLD, OLD]);
  });

  it("records a page that is gone as a failure and keeps what was stored", async () => {
    const table = await freshTable(dynamo);
    const gone = "https://www.enabbaladi.net/archives/999";
    await storePage(table, sukhnahAttack(gone, "enab-baladi", OLD, 3));
    const before = JSON.stringify(await getArticle(table, gone));
    const { db, writes } = countingDb(table);

    const answer = await run({ urls: [gone], refetch: true }, db);

    expect(answer.articles).toEqual({ selected: 1, processed: 0, changed: 0, unchanged: 0, failed: 1 });
    expect(answer.failures.map((f) => f.code)).toEqual(["HTTP_STATUS"]);
    expect(writes()).toEqual([]);
    expect(JSON.stringify(await getArticle(table, gone))).toBe(before);
  });
});
