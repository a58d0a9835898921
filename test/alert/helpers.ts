import type { Incident } from "../../lib/types";
import type { ArticleMeta, EventReport, EventWithReports } from "../../lib/events";
import type { AlertMessage } from "../../lib/alert";
import type { AlertPublisher } from "../../lib/alert/publisher";
import { reportId } from "../../lib/store/keys";
import { summarize } from "../../lib/events/summary";

/** An event built in memory from reports, as `getEvent` would return it. */
export function eventFrom(id: string, items: { article: ArticleMeta; incident: Incident }[]): EventWithReports {
  const reports: EventReport[] = items.map(({ article, incident }) => ({
    id: reportId(article.url, 0),
    eventId: id,
    url: article.url,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    fetchedAt: article.fetchedAt,
    index: 0,
    incident,
    attachedAt: article.fetchedAt,
  }));
  return { id, ...summarize(reports), createdAt: "2020-11-26T12:00:00Z", updatedAt: "2020-11-26T12:00:00Z", version: 1, reports };
}

/** A publisher that records what it was given and fails the next `failures` calls. */
export class RecordingPublisher implements AlertPublisher {
  readonly sent: AlertMessage[] = [];
  attempts = 0;
  constructor(public failures = 0) {}

  async publish(message: AlertMessage): Promise<{ messageId: string }> {
    this.attempts++;
    // A real publish takes a network round trip; concurrent runs interleave around it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.failures > 0) {
      this.failures--;
      throw Object.assign(new Error("SNS is unavailable"), { code: "ALERT_PUBLISH_FAILED" });
    }
    this.sent.push(message);
    return { messageId: `m-${this.sent.length}` };
  }
}
