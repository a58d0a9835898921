import type { EventRow } from "./row";
import { EVENT_COLUMNS } from "./row";

/** Lets Excel and LibreOffice read the file as UTF-8 instead of the system code page (Arabic would be mojibake). */
export const UTF8_BOM = "\uFEFF";

/** RFC 4180 line ending. */
const CRLF = "\r\n";

// RFC 4180 §2.6: a field holding a quote, a comma or a line break is quoted.
const NEEDS_QUOTES = /[",\r\n]/;
// A cell a spreadsheet would run as a formula (OWASP "CSV injection"): notes and evidence come
// from the web. A leading apostrophe makes it text and shows nowhere.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: numbers as they are, empty for null, text quoted when it must be (RFC 4180). */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Events as an RFC 4180 CSV document: a UTF-8 byte order mark, a header row of
 * {@link EVENT_COLUMNS}, one row per event, CRLF line ends.
 * @example writeFileSync("events.csv", toCsv(events.map(toRow)));
 */
export function toCsv(rows: readonly EventRow[]): string {
  const lines = [EVENT_COLUMNS.join(","), ...rows.map((row) => EVENT_COLUMNS.map((c) => csvField(row[c])).join(","))];
  return UTF8_BOM + lines.join(CRLF) + CRLF;
}
