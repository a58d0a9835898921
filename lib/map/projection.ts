/** The map's projection: what outlines.json stores of it, and placing a point in it. */

/** Pixels: coordinates are rounded to a tenth of a pixel, enough for a crisp line and a tenth of the text. */
const PIXEL_DECIMALS = 1;

/** The view: an equirectangular projection of the box west..east, south..north to `width` pixels. */
export interface MapView {
  west: number;
  north: number;
  /** Cosine of the middle latitude: shrinks longitudes to keep shapes true at Syria's latitude. */
  cosMid: number;
  /** Pixels per (corrected) degree. */
  scale: number;
  width: number;
  height: number;
}

/** What lib/map/data/outlines.json holds (lib/map/outlines.ts makes it). */
export interface MapOutlines {
  view: MapView;
  /** SVG path data of Syria's outline. */
  syria: string;
  neighbours: { id: string; name: string; path: string }[];
}

/** A pixel coordinate rounded as the outlines are. */
export const roundPixels = (n: number) => Number(n.toFixed(PIXEL_DECIMALS));

/**
 * Pixel position `[x, y]` of a point in the view.
 * @example projectPoint(view, 38.27, 34.56) // Palmyra in pixels
 */
export function projectPoint(view: MapView, lon: number, lat: number): [number, number] {
  return [roundPixels((lon - view.west) * view.cosMid * view.scale), roundPixels((view.north - lat) * view.scale)];
}
