import type { Site } from '../core/index.js';

/** Lines shown before and after the reported one. */
const CONTEXT_LINES = 1;

/**
 * A few lines of source around a finding, the reported line marked with `>` and the reported
 * span underlined on it, in the manner of ESLint's codeframe formatter.
 */
export function codeFrame(source: string, site: Site): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, site.line - CONTEXT_LINES);
  const last = Math.min(lines.length, site.line + CONTEXT_LINES);
  const width = String(last).length;
  const frame: string[] = [];
  for (let number = first; number <= last; number++) {
    const text = (lines[number - 1] ?? '').replace(/\t/g, ' ');
    const marker = number === site.line ? '>' : ' ';
    frame.push(`${marker} ${String(number).padStart(width)} | ${text}`.trimEnd());
    if (number === site.line) {
      const end = site.endLine === site.line ? site.endColumn : text.length + 1;
      const underline = '^'.repeat(Math.max(1, end - site.column));
      frame.push(`  ${' '.repeat(width)} | ${' '.repeat(site.column - 1)}${underline}`);
    }
  }

  return frame.join('\n');
}
