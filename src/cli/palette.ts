import { NO_COLOR } from '../report/stylish-format.js';
import type { Palette } from '../report/stylish-format.js';

/** Colours on a terminal unless NO_COLOR says otherwise; FORCE_COLOR turns them on anywhere. */
export function terminalPalette(stream: NodeJS.WriteStream = process.stdout): Palette {
  const force = process.env['FORCE_COLOR'];
  const forced = force !== undefined && force !== '0' && force !== 'false';
  const refused = force === '0' || force === 'false';
  const disabled = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  if (!forced && (disabled || refused || !stream.isTTY)) return NO_COLOR;

  const paint = (open: number, close: number) => (text: string) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
  return {
    dim: paint(2, 22),
    red: paint(31, 39),
    yellow: paint(33, 39),
    bold: paint(1, 22),
    underline: paint(4, 24),
  };
}
