import { terminalPalette } from './palette.js';

/** What a scan reports as it goes; the display decides what, if anything, to draw. */
export interface Progress {
  fileLoaded(): void;
  /** The analysis is done with `checked` of `total` files and has followed `flows` flows. */
  filesChecked(checked: number, total: number, flows: number): void;
  /** Removes the display, before the report is printed. */
  finish(): void;
}

const SILENT: Progress = { fileLoaded() {}, filesChecked() {}, finish() {} };

/** Redraws at most this often, so drawing never slows the scan. */
const REDRAW_MS = 80;

/** Clears the terminal line the display draws on. */
const CLEAR_LINE = '\r\u001b[2K';

/**
 * A one-line progress display on `stream` when it is a terminal (and `enabled`), redrawn in
 * place and erased at the end; nothing at all otherwise, so piped output stays clean. It shows
 * files loaded, then files checked and flows followed; colours follow NO_COLOR and FORCE_COLOR.
 */
export function progressDisplay(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return SILENT;

  const palette = terminalPalette(stream);
  let loaded = 0;
  let drawnAt = 0;
  let drawn = false;
  const draw = (text: string, force: boolean) => {
    const now = Date.now();
    if (!force && now - drawnAt < REDRAW_MS) return;

    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`${CLEAR_LINE}${palette.dim(`wrapper-pitfalls: ${text}`.slice(0, width))}`);
    drawnAt = now;
    drawn = true;
  };

  return {
    fileLoaded() {
      loaded++;
      draw(`${loaded} ${plural('file', loaded)} loaded`, false);
    },
    filesChecked(checked, total, flows) {
      const text =
        `${loaded} ${plural('file', loaded)} loaded, ${checked}/${total} checked, ` +
        `${flows} ${plural('flow', flows)} followed`;
      draw(text, checked === 0 || checked === total);
    },
    finish() {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}

function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}
