/** Renders rows as an aligned plain-text table (Arabic cells are padded by their code points). */
export function renderTable(headers: string[], rows: (string | number | null)[][]): string[] {
  const cells = rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => [...row[i]].length)));
  const line = (row: string[]) => row.map((cell, i) => cell + " ".repeat(widths[i] - [...cell].length)).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)];
}

/** `{min, max}` as "5", "5+" or "5-9"; empty for none. */
export function formatCount(count: { min: number; max: number | null } | null | undefined): string {
  if (!count) return "";
  if (count.max === null) return `${count.min}+`;
  return count.min === count.max ? String(count.min) : `${count.min}-${count.max}`;
}

/** "1 event", "2 events": a count with its noun. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/**
 * The line under a table that explains its "?" marks, naming only those it shows; null when
 * it shows none.
 */
export function doubtLegend(shown: { dates: boolean; perpetrators: boolean }): string | null {
  const parts = [
    shown.dates ? "after a date, no report gives the day and the first report's day is shown" : null,
    shown.perpetrators ? "after a perpetrator, it is suspected, not confirmed" : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? `"?": ${parts.join("; ")}` : null;
}
