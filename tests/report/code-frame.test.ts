import { describe, expect, it } from 'vitest';

import type { Site } from '../../src/core/index.js';
import { codeFrame } from '../../src/report/code-frame.js';

function site(line: number, column: number, endColumn: number): Site {
  return { fileName: 'f.ts', start: 0, end: 0, line, column, endLine: line, endColumn };
}

describe('code frames', () => {
  it.each([
    ['CR', '\r'],
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('count lines ended by %s as the reported line number does', (_name, end) => {
    const source = ['const a = 1;', 'if (x instanceof Y) go();', 'const b = 2;'].join(end);

    expect(codeFrame(source, site(2, 5, 19))).toBe(
      [
        '  1 | const a = 1;',
        '> 2 | if (x instanceof Y) go();',
        '    |     ^^^^^^^^^^^^^^',
        '  3 | const b = 2;',
      ].join('\n'),
    );
  });

  it('show a window of a long line around the span, marked where it is cut', () => {
    const line = `${'x,'.repeat(5000)}check instanceof Thing${',y'.repeat(5000)}`;
    const column = 10_001;
    const frame = codeFrame(`first\n${line}\nlast`, site(2, column, column + 22));

    expect(frame).toBe(
      [
        '  1 | …',
        `> 2 | …${'x,'.repeat(10)}check instanceof Thing${',y'.repeat(29)}…`,
        `    | ${' '.repeat(21)}${'^'.repeat(22)}`,
        '  3 | …',
      ].join('\n'),
    );
  });

  it('leave lines that fit alone', () => {
    const source = `${'a'.repeat(70)} instanceof B`;

    expect(codeFrame(source, site(1, 72, 84))).toBe(
      [`> 1 | ${source}`, `    | ${' '.repeat(71)}${'^'.repeat(12)}`].join('\n'),
    );
  });
});
