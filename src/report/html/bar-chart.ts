import { escapeHtml } from './escape-html.js';

/** One bar: a label and one or more stacked parts, each drawn in its own colour class. */
export interface Bar {
  readonly label: string;
  readonly parts: readonly { readonly value: number; readonly tone: string }[];
}

const WIDTH = 480;
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 40;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const TOP = 8;
/** Labels longer than this are cut, with the whole label in a tooltip. */
const LABEL_CHARS = 28;

/**
 * A horizontal bar chart as inline SVG, readable without scripts or styles of its own: each bar
 * carries its label, its total, and a `<title>` with the full label and count.
 */
export function barChart(id: string, title: string, bars: readonly Bar[]): string {
  if (bars.length === 0) {
    return (
      `<svg class="chart-svg" id="${id}" role="img" aria-label="${escapeHtml(title)}: none" ` +
      `width="${WIDTH}" height="40" viewBox="0 0 ${WIDTH} 40">` +
      `<text x="0" y="24" class="chart-empty">None found</text></svg>`
    );
  }

  const max = Math.max(1, ...bars.map(total));
  const height = TOP * 2 + bars.length * ROW_HEIGHT;
  const scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max;
  const rows = bars.map((bar, index) => barRow(bar, index, scale));
  return (
    `<svg class="chart-svg" id="${id}" role="img" aria-label="${escapeHtml(title)}" ` +
    `width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">` +
    `<title>${escapeHtml(title)}</title>${rows.join('')}</svg>`
  );
}

function barRow(bar: Bar, index: number, scale: number): string {
  const y = TOP + index * ROW_HEIGHT;
  const label =
    bar.label.length > LABEL_CHARS ? `${bar.label.slice(0, LABEL_CHARS - 1)}…` : bar.label;
  let x = LABEL_WIDTH;
  const rects = bar.parts
    .filter((part) => part.value > 0)
    .map((part) => {
      const width = Math.max(2, part.value * scale);
      const rect =
        `<rect class="bar ${part.tone}" x="${x}" y="${y + (ROW_HEIGHT - BAR_HEIGHT) / 2}" ` +
        `width="${round(width)}" height="${BAR_HEIGHT}"/>`;
      x += width;
      return rect;
    });
  const count = total(bar);
  return (
    `<g class="bar-row"><title>${escapeHtml(`${bar.label}: ${count}`)}</title>` +
    `<text class="bar-label" x="${LABEL_WIDTH - 8}" y="${y + ROW_HEIGHT / 2}" ` +
    `text-anchor="end" dominant-baseline="middle">${escapeHtml(label)}</text>` +
    rects.join('') +
    `<text class="bar-value" x="${round(x + 6)}" y="${y + ROW_HEIGHT / 2}" ` +
    `dominant-baseline="middle">${count}</text></g>`
  );
}

function total(bar: Bar): number {
  return bar.parts.reduce((sum, part) => sum + part.value, 0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
