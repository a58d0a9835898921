import type { IncidentType } from "../types";
import type { MapEvent } from "./data";
import type { MapGeography } from "./geography";
import { CLIENT_SCRIPT } from "./client";
import { escapeHtml, jsonForScript } from "./escape";
import { LEGEND_TOLLS, TYPE_COLOURS, TYPE_LABELS, radiusFor } from "./style";

/**
 * Nothing may leave the page: no fonts, tiles, scripts or images from anywhere. Links to the
 * reports still open (navigation is not a fetch the policy governs).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Pixels between a governorate seat and the baseline of its name below it. */
const GOVERNORATE_LABEL_OFFSET_PX = 22;

/** The Arabic font stack: Naskh faces read best for news prose; Arial and sans-serif carry Arabic glyphs everywhere else. */
const ARABIC_FONTS = `"Noto Naskh Arabic", "Amiri", "Arial", sans-serif`;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2327;background:#f6f7f7}
header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem 1.5rem;padding:.6rem 1rem;background:#1d2327;color:#fff}
header h1{margin:0;font-size:1.15rem}
header .sub{margin:0;color:#c3c4c7}
#filters{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin-left:auto}
#filters input{font:inherit}
#shown{color:#c3c4c7}
main{display:grid;grid-template-columns:minmax(0,1fr) 400px;gap:1rem;padding:1rem}
#map{width:100%;height:auto;background:#dbe9f4;border:1px solid #c3c4c7;display:block}
.neighbour{fill:#eceae4;stroke:#b0aca1;stroke-width:.8}
.syria{fill:#fffdf7;stroke:#3c434a;stroke-width:1.6}
.gov{font-size:13px;fill:#646970;text-anchor:middle;paint-order:stroke;stroke:#fffdf7;stroke-width:3px;pointer-events:none}
.seat{fill:#646970}
.country{font-size:12px;letter-spacing:.2em;fill:#8c8f94;text-anchor:middle;pointer-events:none}
circle.event{fill-opacity:.72;stroke:#fff;stroke-width:1.2;cursor:pointer}
circle.event.approximate{stroke:#1d2327;stroke-dasharray:3 2}
circle.event:hover,circle.event:focus{fill-opacity:1;stroke:#1d2327;stroke-width:2;outline:none}
circle.event.selected{fill-opacity:1;stroke:#000;stroke-width:3}
#legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin-top:.6rem;align-items:center}
#legend .swatch{display:inline-block;width:.9em;height:.9em;border-radius:50%;margin-right:.35em;vertical-align:-.1em;opacity:.85}
#legend svg{vertical-align:middle}
.credits{color:#646970;font-size:12px;margin:.6rem 0 0}
#side{min-width:0}
#panel{background:#fff;border:1px solid #c3c4c7;padding:.8rem 1rem;position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto}
#panel-close{float:right}
#panel .when{color:#646970;margin:.2rem 0}
#panel .summary{font-weight:600}
.figures{display:grid;grid-template-columns:auto 1fr;gap:.1rem .8rem}
.figures dd{margin:0}
.evidence{font-family:${ARABIC_FONTS};font-size:17px;line-height:1.8;margin:.4rem 0;padding:.3rem .8rem;border-right:4px solid #D55E00;background:#fbf7f0;text-align:right}
.reports{padding-left:1.2rem}
.reports a{font-family:${ARABIC_FONTS};font-size:15px}
.reports .outlet{color:#646970;font-size:12px}
#unplaced-box h2{font-size:1rem;margin:1rem 0 .3rem}
#unplaced{list-style:none;padding:0;margin:0}
#unplaced button{font:inherit;background:none;border:0;padding:.1rem 0;color:#2271b1;cursor:pointer;text-align:left}
.hint{color:#646970}
`;

export interface MapPageOptions {
  /** Shown in the header, e.g. "2024-01-01 to 2024-03-31"; the events' own range by default. */
  subtitle?: string;
  /** ISO time the page says it was made at. */
  generatedAt: string;
  /** True when older events were left out because there were more than the page holds. */
  truncated?: boolean;
}

function legend(events: readonly MapEvent[]): string {
  const types = (Object.keys(TYPE_COLOURS) as IncidentType[]).filter((t) => events.some((e) => e.type === t));
  const swatches = types.map(
    (t) => `<span data-type="${t}"><span class="swatch" style="background:${TYPE_COLOURS[t]}"></span>${escapeHtml(TYPE_LABELS[t])}</span>`,
  );
  const largest = radiusFor(LEGEND_TOLLS[LEGEND_TOLLS.length - 1]);
  const sizes = LEGEND_TOLLS.map((killed) => {
    const r = radiusFor(killed);
    return `<svg width="${2 * largest + 4}" height="${2 * largest + 4}" aria-hidden="true"><circle cx="${largest + 2}" cy="${largest + 2}" r="${r}" fill="#8c8f94" fill-opacity=".6" stroke="#fff"/></svg>${killed} killed`;
  });
  const approx = `<span><svg width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="7" fill="#8c8f94" fill-opacity=".6" stroke="#1d2327" stroke-dasharray="3 2"/></svg>placed at the governorate seat</span>`;
  return `<div id="legend" aria-label="Legend">${swatches.join("")}<span>${sizes.join(" ")}</span>${approx}</div>`;
}

/**
 * The whole map page as one self-contained HTML document: inline SVG, CSS, script and data; it
 * makes no network request (its Content-Security-Policy forbids any).
 * @example writeFileSync("map.html", renderMapPage(events.map((e) => toMapEvent(e, geo)), geo, { generatedAt: new Date().toISOString() }));
 */
export function renderMapPage(events: readonly MapEvent[], geography: MapGeography, options: MapPageOptions): string {
  const days = events.map((e) => e.date).sort();
  const first = days[0] ?? "";
  const last = days[days.length - 1] ?? "";
  const subtitle = options.subtitle ?? (events.length > 0 ? `${first} to ${last}` : "no events");
  const omitted = options.truncated ? " · older events left out: narrow the dates" : "";
  const { width, height } = geography;
  const neighbours = geography.neighbours
    .map((n) => `<path class="neighbour" d="${n.path}"><title>${escapeHtml(n.name)}</title></path>`)
    .join("");
  const countries = geography.countryLabels.map((l) => `<text class="country" x="${l.x}" y="${l.y}">${escapeHtml(l.name)}</text>`).join("");
  // The name goes under its seat: events known only by their governorate are drawn on the seat.
  const labels = geography.labels
    .map((l) => `<circle class="seat" cx="${l.x}" cy="${l.y}" r="2"/><text class="gov" x="${l.x}" y="${l.y + GOVERNORATE_LABEL_OFFSET_PX}">${escapeHtml(l.name)}</text>`)
    .join("");
  const data = { events, colours: TYPE_COLOURS };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<title>rasd — attacks in Syria, ${escapeHtml(subtitle)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>rasd · <span lang="ar" dir="rtl">رصد</span></h1>
<p class="sub">${events.length} events · ${escapeHtml(subtitle)} · made ${escapeHtml(options.generatedAt.slice(0, 16).replace("T", " "))} UTC${escapeHtml(omitted)}</p>
<form id="filters" onsubmit="return false">
<label>From <input type="date" id="from" min="${escapeHtml(first)}" max="${escapeHtml(last)}" value="${escapeHtml(first)}"></label>
<label>To <input type="date" id="to" min="${escapeHtml(first)}" max="${escapeHtml(last)}" value="${escapeHtml(last)}"></label>
<button type="button" id="reset">All dates</button>
<span id="shown" aria-live="polite"></span>
</form>
</header>
<main>
<div>
<svg id="map" viewBox="0 0 ${width} ${height}" role="group" aria-label="Map of Syria: one circle per event, sized by people killed, coloured by type">
<rect width="${width}" height="${height}" fill="#dbe9f4"/>
<g>${neighbours}</g>
<path class="syria" d="${geography.syria}"><title>Syria</title></path>
<g>${countries}${labels}</g>
<g id="events"></g>
</svg>
${legend(events)}
<section id="unplaced-box" hidden><h2>Not on the map: no coordinates for the place</h2><ul id="unplaced"></ul></section>
<p class="credits">Borders: Natural Earth 1:10m (public domain) via world-atlas. Governorate seats and places: GeoNames (CC BY 4.0) and Wikipedia. Figures: best estimates over all outlets' reports; the panel quotes the Arabic sentences they come from.</p>
</div>
<div id="side">
<p class="hint">Click a circle (or focus it and press Enter) to read the event, the Arabic sentences its figures come from and every report.</p>
<aside id="panel" hidden aria-label="Event"><button type="button" id="panel-close">Close</button><div id="panel-body"></div></aside>
</div>
</main>
<script type="application/json" id="rasd-data">${jsonForScript(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
