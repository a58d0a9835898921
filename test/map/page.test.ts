import { describe, expect, it } from "vitest";
import type { EventWithReports } from "../../lib/events";
import { escapeHtml, isWebUrl, jsonForScript, mapGeography, mapPage, radiusFor, spreadOverlaps, type MapEvent } from "../../lib/map";
import { MAP_MAX_RADIUS_PX, MAP_MIN_RADIUS_PX } from "../../lib/constants";
import { article, count, incident, PLACES } from "../events/fixtures";

const HOSTILE_TITLE = '</script><script>window.pwned=1</script>';
const HOSTILE_EVIDENCE = '<img src=x onerror="window.pwned=2"> قتل 3 عناصر';

/** An event as listEvents returns it, built by hand. */
function event(fields: Partial<EventWithReports> = {}): EventWithReports {
  const a = article("sohr", "x", "2024-01-22T10:00:00Z", HOSTILE_TITLE);
  const i = incident({ date: "2024-01-22", governorate: "Deir ez-Zor", location: PLACES.mayadin, killed: count(3), evidence: [HOSTILE_EVIDENCE] });
  return {
    id: "abc123", date: "2024-01-22", dated: true, governorate: "Deir ez-Zor", type: "attack", perpetrator: "ISIS", suspected: false,
    places: ["الميادين"], location: PLACES.mayadin, targets: [], killed: { low: 3, best: 3, high: 3, bestReport: "r#000" },
    wounded: null, killedOrWounded: null, sources: 1, reportCount: 1, firstPublished: "2024-01-22T10:00:00Z",
    profile: { from: "2024-01-22", to: "2024-01-22", dated: true, governorate: "Deir ez-Zor", placeKeys: [], gazetteerIds: [], points: [], types: ["attack"], perpetrators: ["ISIS"], targets: [] },
    createdAt: "2024-01-22T10:00:00Z", updatedAt: "2024-01-22T10:00:00Z", version: 1,
    reports: [{ id: "r#000", eventId: "abc123", ...a, url: "javascript:alert(1)", index: 0, incident: i, attachedAt: "2024-01-22T10:00:00Z" }],
    ...fields,
  };
}

describe("map page", () => {
  const html = mapPage([event()], { generatedAt: "2024-03-21T00:00:00Z" });

  it("embeds the data as JSON that cannot close its script element and reads back unchanged", () => {
    const match = /<script type="application\/json" id="rasd-data">([^]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    expect(match![1]).not.toContain("<");
    const data = JSON.parse(match![1]);
    expect(data.events[0].reports[0].title).toBe(HOSTILE_TITLE);
    expect(data.events[0].evidence).toEqual([HOSTILE_EVIDENCE]);
  });

  it("drops a report link that is not http(s)", () => {
    const data = JSON.parse(/id="rasd-data">([^]*?)<\/script>/.exec(html)![1]);
    expect(data.events[0].reports[0].url).toBeNull();
    expect(isWebUrl("https://www.enabbaladi.net/archives/1")).toBe(true);
    expect(isWebUrl("javascript:alert(1)")).toBe(false);
  });

  it("forbids every network request in its Content-Security-Policy and loads nothing from outside", () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:;`);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it("escapes text for HTML", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(jsonForScript({ t: "</script>\u2028" })).toBe('{"t":"\\u003c/script\\u003e\\u2028"}');
  });

  it("draws Syria and names all fourteen governorates", () => {
    expect(html).toMatch(/<path class="syria" d="M[\d.,L]+Z/);
    expect(mapGeography().labels.map((l) => l.name)).toHaveLength(14);
    expect(html).toContain(">Rif Dimashq</text>");
  });
});

describe("circles", () => {
  it("grow in area with the killed best estimate, from the smallest size at 0 to the largest at the cap", () => {
    expect(radiusFor(0)).toBe(MAP_MIN_RADIUS_PX);
    expect(radiusFor(100)).toBe(MAP_MAX_RADIUS_PX);
    expect(radiusFor(1000)).toBe(MAP_MAX_RADIUS_PX);
    expect(radiusFor(25)).toBe(15);
  });

  it("are set apart on a ring when events share one point, and left alone otherwise", () => {
    const at = (id: string, x: number, r: number): MapEvent =>
      ({ id, x, y: 100, r } as MapEvent);
    const [a, b, c] = spreadOverlaps([at("a", 100, 10), at("b", 100, 4), at("c", 300, 4)]);
    expect([a.x, a.y]).toEqual([100, 90]);
    expect([b.x, b.y]).toEqual([100, 110]);
    expect([c.x, c.y]).toEqual([300, 100]);
  });
});
