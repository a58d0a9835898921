import { gunzipSync, gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { BatchGetCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from "./dynamo";
import { isConditionFailure, withoutKeys, type Db } from "./client";
import { articleIndex, articleKey, outletPartition } from "./keys";
import { TABLE_KEYS } from "./schema";
import { checkedItem, cutText, itemSize } from "./item-size";
import { MAX_ARTICLE_CHARS, MAX_STORED_HTML_BYTES, MAX_STORED_ITEM_BYTES, STORED_TITLE_CHARS } from "../constants";

/** An article as stored: what re-extraction and the event reports need. */
export interface StoredArticle {
  url: string;
  outlet: string;
  title: string;
  /** ISO 8601 publication time, or null. */
  published: string | null;
  fetchedAt: string;
  /** sha256 of the cleaned text: a changed page (an updated toll) changes it. */
  contentHash: string;
  text: string;
  extractorVersion: string;
  incidentCount: number;
  /** The raw page, gzip-compressed; absent when it was larger than the item limit allows. */
  rawHtmlGz?: Uint8Array;
  /** True when `text` was cut to fit the item limit (or the extractor's reach); `contentHash` is still the whole text's. */
  textTruncated?: boolean;
  /** A forwarded channel post: the name of the channel it was forwarded from. */
  forwardedFrom?: string;
  /** When the article was found deleted at its source (a channel post gone from its page); its report is kept. */
  deletedAt?: string;
}

export type SaveOutcome = "created" | "updated" | "unchanged";

export const contentHash = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Gzips a page for storage, or returns undefined when even compressed it would not fit an item. */
export function compressHtml(html: string): Uint8Array | undefined {
  const gz = gzipSync(html);
  return gz.byteLength <= MAX_STORED_HTML_BYTES ? new Uint8Array(gz) : undefined;
}

export const decompressHtml = (gz: Uint8Array): string => gunzipSync(gz).toString("utf8");

const articleItem = (article: StoredArticle) => ({
  ...articleKey(article.url),
  ...articleIndex(article.outlet, article.published ?? article.fetchedAt, article.url),
  kind: "article",
  ...article,
});

/**
 * The article as it can be stored (README "Reliability"): the text at most the extractor's
 * {@link MAX_ARTICLE_CHARS}, and the item within {@link MAX_STORED_ITEM_BYTES} as DynamoDB counts
 * it — the page is dropped first (re-extraction then works from the text), then the text is cut.
 * `textTruncated` says when the text was cut.
 */
export function fitArticle(article: StoredArticle): StoredArticle {
  let fitted: StoredArticle = { ...article, title: cutText(article.title, STORED_TITLE_CHARS) };
  if (fitted.text.length > MAX_ARTICLE_CHARS) fitted = { ...fitted, text: cutText(fitted.text, MAX_ARTICLE_CHARS), textTruncated: true };
  if (itemSize(articleItem(fitted)) <= MAX_STORED_ITEM_BYTES) return fitted;
  const { rawHtmlGz: _page, ...withoutPage } = fitted;
  fitted = withoutPage;
  if (itemSize(articleItem(fitted)) <= MAX_STORED_ITEM_BYTES) return fitted;
  const room = MAX_STORED_ITEM_BYTES - itemSize(articleItem({ ...fitted, text: "", textTruncated: true }));
  // Cut by UTF-8 bytes; a character split at the end decodes to U+FFFD and is dropped.
  const text = Buffer.from(fitted.text, "utf8").subarray(0, Math.max(0, room)).toString("utf8").replace(/\uFFFD+$/, "");
  return { ...fitted, text, textTruncated: true };
}

/**
 * Stores an article unless the same text was already stored by the same extractor version:
 * the conditional put makes a repeated run a no-op ("unchanged") without a read first. The
 * article is fitted to the item limit first ({@link fitArticle}).
 */
export async function saveArticle(db: Db, article: StoredArticle): Promise<SaveOutcome> {
  try {
    const { Attributes } = await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: checkedItem(articleItem(fitArticle(article))),
        ConditionExpression: "attribute_not_exists(pk) OR contentHash <> :hash OR extractorVersion <> :version",
        ExpressionAttributeValues: { ":hash": article.contentHash, ":version": article.extractorVersion },
        ReturnValues: "ALL_OLD",
      }),
    );
    return Attributes ? "updated" : "created";
  } catch (error) {
    if (isConditionFailure(error)) return "unchanged";
    throw error;
  }
}

export async function getArticle(db: Db, url: string): Promise<StoredArticle | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: articleKey(url) }));
  return Item ? toArticle(Item) : null;
}

/** What the pipeline needs to know of a stored article to skip, re-fetch or re-process it. */
export type ArticleMeta = Pick<StoredArticle, "published" | "fetchedAt" | "contentHash" | "extractorVersion" | "deletedAt">;

/** What is stored of each URL, for the skip/refetch decision; one batch read per 100 URLs. */
export async function articleMetas(db: Db, urls: string[]): Promise<Map<string, ArticleMeta>> {
  const found = new Map<string, ArticleMeta>();
  for (let i = 0; i < urls.length; i += 100) {
    let keys: Record<string, unknown>[] = [...new Set(urls.slice(i, i + 100))].map(articleKey);
    // Unprocessed keys come back under throttling; ask again until none are left.
    while (keys.length > 0) {
      const out = await db.doc.send(
        new BatchGetCommand({
          RequestItems: {
            [db.table]: {
              Keys: keys,
              ProjectionExpression: "#u, published, fetchedAt, contentHash, extractorVersion, deletedAt",
              ExpressionAttributeNames: { "#u": "url" },
            },
          },
        }),
      );
      for (const item of out.Responses?.[db.table] ?? []) {
        const { url, ...meta } = item;
        found.set(url as string, { published: null, ...meta } as ArticleMeta);
      }
      keys = (out.UnprocessedKeys?.[db.table]?.Keys as Record<string, unknown>[] | undefined) ?? [];
    }
  }
  return found;
}

/**
 * Marks the stored articles among `urls` deleted at their source (`deletedAt`), keeping them and
 * their reports; URLs not stored, or already marked, are left alone. Returns the URLs marked.
 * One batch read first, so a run that sees the same gaps again writes nothing.
 */
export async function markDeleted(db: Db, urls: readonly string[], at: string): Promise<string[]> {
  if (urls.length === 0) return [];
  const metas = await articleMetas(db, [...urls]);
  const marked: string[] = [];
  for (const [url, meta] of metas) {
    if (meta.deletedAt) continue;
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.table,
          Key: articleKey(url),
          UpdateExpression: "SET deletedAt = :at",
          ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(deletedAt)",
          ExpressionAttributeValues: { ":at": at },
        }),
      );
      marked.push(url);
    } catch (error) {
      // Another run marked it first.
      if (!isConditionFailure(error)) throw error;
    }
  }
  return marked;
}

/** A day range on the outlet index: publication times from `since` through the whole `until` day. */
export interface DayRange {
  since?: string;
  until?: string;
}

function outletQuery(outlet: string, range: DayRange) {
  return {
    IndexName: TABLE_KEYS.gsi1.name,
    KeyConditionExpression: `${TABLE_KEYS.gsi1.partitionKey} = :pk AND ${TABLE_KEYS.gsi1.sortKey} BETWEEN :since AND :until`,
    ExpressionAttributeValues: {
      ":pk": outletPartition(outlet),
      ":since": range.since ?? "0000",
      ":until": `${range.until ?? "9999"}\uffff`,
    },
  };
}

/**
 * Articles of an outlet published in a day range, oldest first, by the outlet index, a page of
 * `pageSize` at a time. Each comes with its index sort key: pass it back as `after` to resume
 * just past it.
 */
export async function* articlesOfOutlet(
  db: Db,
  outlet: string,
  range: DayRange = {},
  { after = null, pageSize = 100 }: { after?: string | null; pageSize?: number } = {},
): AsyncGenerator<{ article: StoredArticle; indexKey: string }> {
  // An index query resumes from the index key plus the table key of the last item; the sort
  // key is `<published>#<url>`, so the URL and hence the table key follow from it.
  let startKey: Record<string, unknown> | undefined =
    after === null ? undefined : { ...articleKey(after.slice(after.indexOf("#") + 1)), gsi1pk: outletPartition(outlet), gsi1sk: after };
  do {
    const page = await db.doc.send(
      new QueryCommand({ TableName: db.table, ...outletQuery(outlet, range), ExclusiveStartKey: startKey, Limit: pageSize }),
    );
    for (const item of page.Items ?? []) yield { article: toArticle(item), indexKey: item.gsi1sk as string };
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/** How many articles of an outlet a day range holds (`Select: COUNT`: read, not returned). */
export async function countArticlesOfOutlet(db: Db, outlet: string, range: DayRange = {}): Promise<number> {
  let total = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({ TableName: db.table, ...outletQuery(outlet, range), Select: "COUNT", ExclusiveStartKey: startKey }),
    );
    total += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return total;
}

const toArticle = (item: Record<string, unknown>) => withoutKeys<StoredArticle>(item);
