import { displayPath } from '../../core/index.js';
import type { FlowStepReport } from '../../core/index.js';
import { escapeHtml } from './escape-html.js';

const ROW_HEIGHT = 46;
const NODE_X = 14;
const NODE_RADIUS = 7;
const TEXT_X = 32;
/** An average glyph width at the picture's font sizes, to size the picture to its text. */
const CHAR_WIDTH = 7.4;

/**
 * The path of a flow as a picture: a node per step from where the wrapper is made (first) to the
 * check and what it silences (last), joined by arrows, each with its place and what happens there.
 */
export function flowPicture(steps: readonly FlowStepReport[], root: string, label: string): string {
  const places = steps.map(
    (step) => `${displayPath(step.site.fileName, root)}:${step.site.line}:${step.site.column}`,
  );
  const longest = Math.max(
    ...steps.map((step, index) => Math.max(step.message.length, (places[index] ?? '').length)),
  );
  const width = Math.ceil(TEXT_X + longest * CHAR_WIDTH + 16);
  const height = steps.length * ROW_HEIGHT;
  const rows = steps.map((step, index) => stepRow(step, places[index] ?? '', index, steps.length));
  return (
    `<svg class="flow-svg" role="img" aria-label="${escapeHtml(label)}" width="${width}" ` +
    `height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeHtml(label)}</title>` +
    `${rows.join('')}</svg>`
  );
}

function stepRow(step: FlowStepReport, place: string, index: number, count: number): string {
  const top = index * ROW_HEIGHT;
  const centre = top + 14;
  const role = index === 0 ? 'origin' : index === count - 1 ? 'end' : 'hop';
  const arrow =
    index === count - 1
      ? ''
      : `<line class="flow-edge" x1="${NODE_X}" y1="${centre + NODE_RADIUS}" x2="${NODE_X}" ` +
        `y2="${centre + ROW_HEIGHT - NODE_RADIUS - 5}"/>` +
        `<path class="flow-arrow" d="M${NODE_X - 4} ${centre + ROW_HEIGHT - NODE_RADIUS - 6} ` +
        `h8 l-4 6 z"/>`;
  return (
    `<g class="flow-step ${role}">` +
    `<circle class="flow-node" cx="${NODE_X}" cy="${centre}" r="${NODE_RADIUS}"/>${arrow}` +
    `<text class="flow-place" x="${TEXT_X}" y="${centre - 1}">${escapeHtml(place)}</text>` +
    `<text class="flow-message" x="${TEXT_X}" y="${centre + 16}">` +
    `${svgMessage(step.message)}</text>` +
    `</g>`
  );
}

/** The message with its `code` parts as emphasised spans instead of backticks. */
function svgMessage(message: string): string {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return escapeHtml(message);

  return parts
    .map((part, index) =>
      index % 2 === 1 ? `<tspan class="flow-code">${escapeHtml(part)}</tspan>` : escapeHtml(part),
    )
    .join('');
}
