import type { Site } from '../core/index.js';

/** Lines shown before and after the reported one. */
const CONTEXT_LINES = 1;

/** Columns of source shown per line; longer lines (minified, generated) are cut around the span. */
const MAX_WIDTH = 100;

/** Columns kept before the reported column when a line is cut. */
const LEAD = 20;

/** Every line terminator TypeScript and ESLint count lines by. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/**
 * A few lines of source around a finding, the reported line marked with `>` and the reported
 * span underlined on it, in the manner of ESLint's codeframe formatter. Lines are counted as the
 * reported line number counts them, and a long line shows only the part around the span.
 */
export function codeFrame(source: string, site: Site): string {
  const lines = source.split(LINE_BREAK);
  const first = Math.max(1, site.line - CONTEXT_LINES);
  const last = Math.min(lines.length, site.line + CONTEXT_LINES);
  const width = String(last).length;
  const start = site.column - 1 < MAX_WIDTH - LEAD ? 0 : site.column - 1 - LEAD;
  const frame: string[] = [];
  for (let number = first; number <= last; number++) {
    const text = clip((lines[number - 1] ?? '').replace(/\t/g, ' '), start);
    const marker = number === site.line ? '>' : ' ';
    frame.push(`${marker} ${String(number).padStart(width)} | ${text}`.trimEnd());
    if (number === site.line) {
      const lead = (start > 0 ? 1 : 0) + site.column - 1 - start;
      const end = site.endLine === site.line ? site.endColumn : Number.POSITIVE_INFINITY;
      const span = Math.min(end - site.column, text.length - lead);
      frame.push(`  ${' '.repeat(width)} | ${' '.repeat(lead)}${'^'.repeat(Math.max(1, span))}`);
    }
  }

  return frame.join('\n');
}

/** `MAX_WIDTH` columns from `start`, with `…` where the line goes on. */
function clip(text: string, start: number): string {
  const shown = text.slice(start, start + MAX_WIDTH);
  return `${start > 0 ? '…' : ''}${shown}${text.length > start + MAX_WIDTH ? '…' : ''}`;
}
