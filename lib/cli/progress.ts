import type { CliIO } from "./command";

/** Characters of the progress bar. */
const BAR_WIDTH = 30;
/** Milliseconds between two redraws: quicker flickers without telling more. */
const REDRAW_MS = 100;
/** Cursor up one line and clear it: the status line is redrawn where it was. */
const REDRAW = "\x1b[1A\x1b[2K";

/** A status line of a long command, on standard error. */
export interface Progress {
  /** Redraws the status line on a terminal, at most every REDRAW_MS unless the bar moved; nothing otherwise. `share` (0–1) draws a bar. */
  update(text: string, share?: number | null): void;
  /** Redraws it now on a terminal; prints it as a line otherwise (a batch done, the final summary). */
  report(text: string, share?: number | null): void;
  /** Where other output goes meanwhile: after it, the status line is drawn anew below it. */
  output: CliIO;
}

/** Cells of the bar filled for `share`; null without a share. */
function filledCells(share: number | null | undefined): number | null {
  return share === null || share === undefined ? null : Math.round(Math.min(1, Math.max(0, share)) * BAR_WIDTH);
}

function withBar(text: string, share: number | null | undefined): string {
  const filled = filledCells(share);
  if (filled === null) return text;
  return `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${text}`;
}

/**
 * The progress of a long command (demo, collect, reextract, export): a status line redrawn in
 * place on a terminal, plain summary lines otherwise (logs, pipes, CI), all prefixed by `label`.
 * @example const bar = progress(io, "reextract"); bar.update("3/10", 0.3); bar.report("10/10, done", 1);
 */
export function progress(io: CliIO, label: string): Progress {
  let drawn = false;
  let lastDraw = 0;
  let lastCells: number | null = null;
  const draw = (text: string, share: number | null | undefined) => {
    lastDraw = Date.now();
    lastCells = filledCells(share);
    io.err(`${drawn ? REDRAW : ""}${label}: ${withBar(text, share)}`);
    drawn = true;
  };
  const interrupt = (print: (line: string) => void) => (line: string) => {
    drawn = false;
    print(line);
  };
  return {
    update(text, share) {
      // A bar that moves is always drawn (at most BAR_WIDTH times); the text alone waits REDRAW_MS.
      if (io.isTTY && (Date.now() - lastDraw >= REDRAW_MS || filledCells(share) !== lastCells)) draw(text, share);
    },
    report(text, share) {
      if (io.isTTY) draw(text, share);
      else io.err(`${label}: ${text}`);
    },
    output: { isTTY: io.isTTY, out: interrupt(io.out), err: interrupt(io.err) },
  };
}
