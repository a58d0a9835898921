import type { Db } from "../store/client";
import type { Position, Selection } from "./types";
import { articlesOfOutlet, countArticlesOfOutlet, getArticle, type DayRange, type StoredArticle } from "../store/articles";
import { OUTLETS } from "../outlets/registry";

/** One article of the selection, with the position just after it (what a cursor records once it is done). */
export interface Selected {
  url: string;
  /** Null when a named URL is not stored. */
  article: StoredArticle | null;
  after: Position;
}

/** Articles of one outlet in a day range, oldest first, after `after` (an outlet-index sort key). */
async function* outletArticles(
  db: Db,
  outlet: string,
  range: DayRange,
  after: string | null,
  pageSize: number,
): AsyncGenerator<Selected> {
  for await (const { article, indexKey } of articlesOfOutlet(db, outlet, range, { after, pageSize })) {
    yield { url: article.url, article, after: { outlet, after: indexKey } };
  }
}

/**
 * The stored articles of a selection from `start` on, in a fixed order, so a cursor resumes
 * where the last run stopped: named URLs in the given order (one GetItem each); an outlet's
 * articles by its index partition; `all` walks the registry outlets' partitions one after
 * another. No scan.
 */
export async function* selectArticles(db: Db, selection: Selection, start: Position | undefined, pageSize: number): AsyncGenerator<Selected> {
  if (selection.kind === "urls") {
    const from = start && "next" in start ? start.next : 0;
    for (let i = from; i < selection.urls.length; i++) {
      const url = selection.urls[i];
      yield { url, article: await getArticle(db, url), after: { next: i + 1 } };
    }
    return;
  }
  const range = { since: selection.since, until: selection.until };
  const at = start && "outlet" in start ? start : null;
  const outlets = selection.kind === "outlet" ? [selection.outlet] : OUTLETS.map((o) => o.id);
  const first = at ? Math.max(0, outlets.indexOf(at.outlet)) : 0;
  for (let i = first; i < outlets.length; i++) {
    yield* outletArticles(db, outlets[i], range, i === first && at ? at.after : null, pageSize);
  }
}

/** The position at the very start of a selection. */
export function startOf(selection: Selection): Position {
  if (selection.kind === "urls") return { next: 0 };
  return { outlet: selection.kind === "outlet" ? selection.outlet : OUTLETS[0].id, after: null };
}

/**
 * How many articles a selection holds (named URLs count whether stored or not): the total of a
 * progress bar.
 */
export async function countSelected(db: Db, selection: Selection): Promise<number> {
  if (selection.kind === "urls") return selection.urls.length;
  const outlets = selection.kind === "outlet" ? [selection.outlet] : OUTLETS.map((o) => o.id);
  let total = 0;
  for (const outlet of outlets) total += await countArticlesOfOutlet(db, outlet, selection);
  return total;
}
