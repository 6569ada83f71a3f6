import { formatHtml } from './html-format.js';
import { formatJson } from './json-format.js';
import { formatMarkdown } from './markdown-format.js';
import { formatSarif } from './sarif-format.js';
import type { ScanReport } from './scan-report.js';
import { formatStylish, NO_COLOR } from './stylish-format.js';
import type { Palette } from './stylish-format.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'markdown', 'html'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

/**
 * The report in one format, as the text to write. Only the stylish format uses the palette:
 * colours for a terminal, none for files.
 */
export function renderReport(
  format: FormatName,
  report: ScanReport,
  palette: Palette = NO_COLOR,
): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, palette);
    case 'json':
      return `${formatJson(report)}\n`;
    case 'sarif':
      return formatSarif(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'html':
      return formatHtml(report);
  }
}
