/**
 * Channels collected end to end: preview pages from a real loopback server (paged by
 * `?before=` as t.me pages them), the real fetcher, dynalite, clustering and alerts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import type { AlertMessage } from "../../lib/alert";
import type { Db } from "../../lib/store/client";
import type { LocalDynamo } from "../../lib/local/dynamo";
import { outletById, type Outlet } from "../../lib/outlets/registry";
import { DEFAULT_ALERT_RULES } from "../../lib/alert";
import { createFetcher } from "../../lib/fetch";
import { collectOutlet, summarize, type CollectDeps } from "../../lib/pipeline/collect";
import { collectOutlets } from "../../lib/pipeline/run";
import { getArticle } from "../../lib/store/articles";
import { incidentsOfArticle } from "../../lib/store/incidents";
import { getArticleEvents } from "../../lib/store/events";
import { getEvent } from "../../lib/events";
import { TELEGRAM_MAX_PAGES_PER_RUN } from "../../lib/constants";
import { CURRENT_EXTRACTOR, parseReextractPayload, reextract } from "../../lib/reextract";
import { startTestDb } from "../support/db";
import { FAST, startTestServer, type Route, type TestServer } from "../fetch/helpers";
import { beforeOf, channelPage, PAGE_SIZE, type PostSpec } from "../support/telegram";
import { minutesAgo, testChannel } from "./helpers";

/** What each served channel shows now; tests change it between runs. */
const shown: Record<string, PostSpec[]> = {};
/** Special answers by request path ("/t.me/s/<handle>", "/t.me/<handle>"). */
const servedAs: Record<string, Route> = {};

const html = (res: ServerResponse, body: string) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);

let db: Db;
let dynamo: LocalDynamo;
let server: TestServer;
const published: AlertMessage[] = [];

beforeAll(async () => {
  ({ db, dynamo } = await startTestDb());
  server = await startTestServer(
    new Proxy({} as Record<string, Route>, {
      // Every /t.me/s/<handle> the test defines: its special route, else its posts paged by ?before=.
      get: (_, path: string) => {
        if (servedAs[path]) return servedAs[path];
        const handle = /^\/t\.me\/s\/([^/]+)$/.exec(path)?.[1];
        if (!handle || !shown[handle]) return undefined;
        return ((req, res) => html(res, channelPage(handle, shown[handle], beforeOf(req.url)))) satisfies Route;
      },
    }),
  );
});
afterAll(async () => {
  await server.close();
  await dynamo.close();
});
beforeEach(() => {
  server.hits.length = 0;
  published.length = 0;
});

async function run(outlet: Outlet, extra: Partial<CollectDeps> = {}) {
  const [report] = await runAll([outlet], extra);
  return report;
}

async function runAll(outlets: Outlet[], extra: Partial<CollectDeps> = {}) {
  const fetcher = createFetcher({ ...FAST, replayOrigin: server.origin });
  try {
    return await collectOutlets(outlets, {
      db,
      fetcher,
      publisher: { publish: async (m) => (published.push(m), { messageId: `m${published.length}` }) },
      rules: DEFAULT_ALERT_RULES,
      now: () => new Date(),
      log: () => {},
      ...extra,
    });
  } finally {
    await fetcher.close();
  }
}

/** Preview requests of a channel in this test, with their query. */
const previewHits = (handle: string) => server.hits.filter((h) => h.startsWith(`/t.me/s/${handle}`)).map((h) => h.slice(`/t.me/s/${handle}`.length));

const bulletin = (id: number) => `نشرة رقم ${id} عن أسعار الخبز في السوق`;

/** `count` posts from `first` on, a minute apart, ending `endMinutesAgo` before now; a photo without caption where `text` gives none. */
function posts(first: number, count: number, endMinutesAgo = 5, text: (id: number) => string | undefined = bulletin): PostSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const html = text(first + i);
    return { id: first + i, time: minutesAgo(endMinutesAgo + count - i), html, photo: html === undefined };
  });
}

describe("paging a channel's preview", () => {
  const channel = testChannel("paging", "paging_chan");

  it("reads only the newest page on a channel's first run", async () => {
    shown.paging_chan = posts(1, 45);
    const report = await run(channel);
    expect(previewHits("paging_chan")).toEqual([""]);
    expect(summarize(report).created).toBe(PAGE_SIZE);
    expect(report.errors).toEqual([]);
  });

  it("pages back with ?before= until it reaches the newest post already stored", async () => {
    shown.paging_chan.push(...posts(46, 30, 1));
    const report = await run(channel);
    // Page 1 shows 56–75; page 2 (before 56) shows 36–55, which reaches 45, the newest stored.
    expect(previewHits("paging_chan")).toEqual(["", "?before=56"]);
    expect(summarize(report).created).toBe(30);
    expect(await getArticle(db, "https://t.me/paging_chan/46")).not.toBeNull();
  });

  it(`stops after ${TELEGRAM_MAX_PAGES_PER_RUN} pages, reports the posts it left, and reads them on the next run`, async () => {
    // 150 new messages, one in five with text (the others photos): five pages hold 100 of them.
    shown.paging_chan.push(...posts(76, 150, 0, (id) => (id % 5 === 0 ? bulletin(id) : undefined)));
    const capped = await run(channel);
    expect(previewHits("paging_chan")).toHaveLength(TELEGRAM_MAX_PAGES_PER_RUN);
    expect(summarize(capped).created).toBe(20); // 130, 135 … 225
    expect(capped.errors).toEqual([{ code: "TELEGRAM_GAP", message: "t.me/s/paging_chan: posts 76–125 left for the next run (stopped after 5 pages)" }]);

    server.hits.length = 0;
    const next = await run(channel);
    expect(previewHits("paging_chan")).toEqual(["", "?before=126", "?before=106", "?before=86"]);
    expect(next.articles.filter((a) => a.outcome === "created").map((a) => a.url.split("/").pop())).toEqual(
      ["125", "120", "115", "110", "105", "100", "95", "90", "85", "80"],
    );
    expect(next.errors).toEqual([]);
  });

  it("reads one page and stores nothing when the channel has not changed since the last complete run", async () => {
    const report = await run(channel);
    expect(previewHits("paging_chan")).toEqual([""]);
    expect(report.discovered).toBe(0);
    expect(report.articles).toEqual([]);
  });
});

describe("a channel run cut by the deadline", () => {
  const channel = testChannel("deadline", "deadline_chan");

  it("leaves the posts it did not start for the next run, which reads them though the page is unchanged", async () => {
    shown.deadline_chan = posts(1, 5);
    // The deadline has passed before the first post: every post is deferred.
    const cut = await run(channel, { clock: () => 2_000, startBy: 1_000 });
    expect(cut.deferred).toBe(5);
    expect(cut.articles).toEqual([]);
    expect(await getArticle(db, "https://t.me/deadline_chan/1")).toBeNull();

    const next = await run(channel);
    expect(summarize(next).created).toBe(5);
    expect(next.errors).toEqual([]);
  });
});

describe("an edited post", () => {
  const channel = testChannel("edits", "edits_chan");
  const toll = (n: string) => `عاجل | مقتل ${n} من قوات النظام بهجوم لخلايا داعش على حاجز قرب بلدة معدان بريف الرقة`;

  it("is re-extracted from the page when its toll changes, and its event's figures and alerts follow", async () => {
    shown.edits_chan = [{ id: 100, time: minutesAgo(30), html: toll("5 عناصر") }];
    const first = await run(channel);
    expect(summarize(first).created).toBe(1);
    const url = "https://t.me/edits_chan/100";
    const [eventId] = await getArticleEvents(db, url);
    expect((await getEvent(db, eventId))?.killed?.best).toBe(5);
    expect(published.map((m) => m.kind)).toEqual(["major"]);

    shown.edits_chan = [{ id: 100, time: shown.edits_chan[0].time, html: toll("12 عنصراً"), edited: "span" }];
    const second = await run(channel);
    expect(second.articles.map((a) => [a.url, a.outcome])).toEqual([[url, "updated"]]);
    expect((await incidentsOfArticle(db, url))[0].killed).toEqual({ min: 12, max: 12 });
    expect((await getEvent(db, eventId))?.killed?.best).toBe(12);
    expect(published.map((m) => [m.kind, m.level])).toEqual([
      ["major", 0],
      ["escalation", 10],
    ]);
  });

  it("is not compared again once it is older than the channel schedule's last tier (48 hours)", async () => {
    const old = { id: 300, time: minutesAgo(49 * 60), html: toll("3 عناصر") };
    shown.edits_chan = [old, { id: 301, time: minutesAgo(1), html: "نشرة الطقس" }];
    await run(channel);
    shown.edits_chan = [{ ...old, html: toll("4 عناصر"), edited: "span" }, { id: 301, time: minutesAgo(1), html: "نشرة الطقس ليوم غد" }];
    const report = await run(channel);
    expect(report.articles.map((a) => a.url)).toEqual(["https://t.me/edits_chan/301"]);
    expect((await incidentsOfArticle(db, "https://t.me/edits_chan/300"))[0].killed).toEqual({ min: 3, max: 3 });
  });
});

describe("a forwarded post", () => {
  // The origin is a registry channel (Naher Media), so its report is that outlet's.
  const ORIGIN = "https://t.me/nahermedia/2210";
  const text = "مقتل شاب برصاص مسلحين مجهولين في بلدة الشحيل بريف دير الزور الشرقي";
  const forwarders = ["fwd_one", "fwd_two", "fwd_three"].map((h) => testChannel(h, h));

  it("forwarded by three channels is one report of its origin, not three", async () => {
    for (const c of forwarders) {
      shown[c.channel.handle] = [{ id: 7, time: minutesAgo(20), html: text, forwardedFrom: { name: "نهر ميديا", url: ORIGIN } }];
    }
    const reports = await runAll(forwarders);
    expect(reports.flatMap((r) => r.errors)).toEqual([]);
    expect(reports.map((r) => summarize(r).created).sort()).toEqual([0, 0, 1]);
    const stored = await getArticle(db, ORIGIN);
    expect(stored?.outlet).toBe("naher-media");
    expect(stored?.forwardedFrom).toBe("نهر ميديا");
    for (const c of forwarders) expect(await getArticle(db, `https://t.me/${c.channel.handle}/7`)).toBeNull();
    const eventIds = await getArticleEvents(db, ORIGIN);
    expect(eventIds).toHaveLength(1);
    expect((await getEvent(db, eventIds[0]))?.reports.map((r) => r.url)).toEqual([ORIGIN]);
  });

  it("never overwrites its origin: a forward keeps the text it was forwarded with, the origin's edits win", async () => {
    const origin = testChannel("naher-test", "nahermedia");
    shown.nahermedia = [{ id: 2210, time: minutesAgo(20), html: text.replace("مقتل شاب", "مقتل شابين"), edited: "word" }];
    const edited = await run(origin);
    expect(edited.articles.map((a) => [a.url, a.outcome])).toEqual([[ORIGIN, "updated"]]);
    shown.fwd_one.push({ id: 8, time: minutesAgo(1), html: "نشرة الطقس" });
    const forward = await run(forwarders[0]);
    expect(forward.articles.map((a) => a.url)).toEqual(["https://t.me/fwd_one/8"]);
    expect((await incidentsOfArticle(db, ORIGIN))[0].killed).toEqual({ min: 2, max: 2 });
  });
});

describe("a deleted post", () => {
  const channel = testChannel("deletions", "del_chan");
  const attack = (id: number) => `مقتل عنصرين بهجوم على نقطة عسكرية قرب قرية رقم ${id} في بادية تدمر شرقي حمص`;

  it("keeps its stored report and is marked deleted when a page spanning its id no longer shows it", async () => {
    shown.del_chan = posts(200, 11, 30, attack);
    await run(channel);
    const gone = "https://t.me/del_chan/205";
    const [eventId] = await getArticleEvents(db, gone);

    // 205 is gone from the middle of the page; 200 from its edge, where absence proves nothing.
    shown.del_chan = shown.del_chan.filter((p) => p.id !== 205 && p.id !== 200);
    shown.del_chan.push({ id: 211, time: minutesAgo(1), html: "نشرة الطقس" });
    const report = await run(channel);
    expect(report.deleted).toBe(1);
    expect((await getArticle(db, gone))?.deletedAt).toBeTypeOf("string");
    expect((await getArticle(db, "https://t.me/del_chan/200"))?.deletedAt).toBeUndefined();
    expect((await getEvent(db, eventId))?.reports.map((r) => r.url)).toContain(gone);
    expect(summarize(await run(channel)).deleted).toBe(0); // marked once
  });

  it("is not judged on a page where a message could not be read", async () => {
    shown.del_chan = shown.del_chan.filter((p) => p.id !== 207).map((p) => (p.id === 209 ? { ...p, broken: "no-data-post" as const } : p));
    const report = await run(channel);
    expect(report.deleted).toBe(0);
    expect(report.errors.map((e) => e.code)).toEqual(["TELEGRAM_MARKUP"]);
    expect((await getArticle(db, "https://t.me/del_chan/207"))?.deletedAt).toBeUndefined();
  });
});

describe("a channel that fails", () => {
  const healthy = testChannel("healthy", "healthy_chan");

  it("answering 404 or 429 is reported with its cause, and the other channels of the run are collected", async () => {
    shown.healthy_chan = posts(1, 2);
    servedAs["/t.me/s/throttled_chan"] = (_req, res) => res.writeHead(429, { "retry-after": "0" }).end();
    const reports = await runAll([testChannel("missing", "missing_chan"), testChannel("throttled", "throttled_chan"), healthy]);
    expect(reports.map((r) => [r.outlet, r.errors.map((e) => e.code)])).toEqual([
      ["missing", ["HTTP_STATUS"]],
      ["throttled", ["THROTTLED"]],
      ["healthy", []],
    ]);
    expect(reports[0].errors[0].message).toContain("404");
    expect(previewHits("throttled_chan").length).toBeGreaterThan(1); // retried before giving up
    expect(summarize(reports[2]).created).toBe(2);
  });

  it("showing no message list is reported as changed markup, and the run completes", async () => {
    servedAs["/t.me/s/walled_chan"] = (_req, res) => html(res, "<html><body><div class='tgme_page'><a class='tgme_action_button'>View in Telegram</a></div></body></html>");
    const report = await run(testChannel("walled", "walled_chan"));
    expect(report.errors.map((e) => e.code)).toEqual(["TELEGRAM_MARKUP"]);
    expect(report.articles).toEqual([]);
  });

  it("without a public preview (redirected to its join page) is reported as such", async () => {
    servedAs["/t.me/s/private_chan"] = (_req, res) => res.writeHead(302, { location: "/t.me/private_chan" }).end();
    servedAs["/t.me/private_chan"] = (_req, res) => html(res, "<html><body><div class='tgme_page'>Join channel</div></body></html>");
    const report = await run(testChannel("private", "private_chan"));
    expect(report.errors.map((e) => e.code)).toEqual(["TELEGRAM_NO_PREVIEW"]);
  });
});

describe("re-extracting a channel post", () => {
  // A registry channel: re-extraction finds the outlet of what it reads again in the registry.
  const channel = outletById("daraa24");
  const url = "https://t.me/Daraa24_ar/10";
  const item = (n: string) => `عاجل | مقتل ${n} بانفجار لغم بسيارة مدنية قرب بلدة الكسرة بريف دير الزور الغربي`;

  async function reextractPost(payload: object, extractor = CURRENT_EXTRACTOR) {
    const fetcher = createFetcher({ ...FAST, replayOrigin: server.origin });
    try {
      const request = parseReextractPayload({ urls: [url], ...payload });
      return await reextract(request, { db, publisher: { publish: async () => ({ messageId: "m" }) }, rules: DEFAULT_ALERT_RULES, fetcher, extractor }, { timeBudgetMs: 60_000 });
    } finally {
      await fetcher.close();
    }
  }

  it("reads the post again from its stored markup, not with the web page cleaner", async () => {
    shown.Daraa24_ar = [{ id: 10, time: minutesAgo(40), html: item("3 مدنيين") }];
    await run(channel);
    const before = await getArticle(db, url);
    const answer = await reextractPost({}, { ...CURRENT_EXTRACTOR, version: "next" });
    expect(answer.articles).toMatchObject({ changed: 1, failed: 0 });
    const after = await getArticle(db, url);
    expect([after?.text, after?.title, after?.extractorVersion]).toEqual([before?.text, before?.title, "next"]);
  });

  it("with refetch, reads the post from its channel's page as it is now", async () => {
    shown.Daraa24_ar = [{ id: 10, time: shown.Daraa24_ar[0].time, html: item("5 مدنيين"), edited: "span" }, { id: 11, time: minutesAgo(1), html: "نشرة الطقس" }];
    const answer = await reextractPost({ refetch: true });
    expect(answer.examples.map((e) => [e.change, e.killed])).toEqual([["changed", { before: "3", after: "5" }]]);
    expect(previewHits("Daraa24_ar")).toEqual(["?before=11"]);
  });
});
