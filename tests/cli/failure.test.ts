import { afterEach, describe, expect, it, vi } from 'vitest';

import { reportFailure } from '../../src/cli/failure.js';
import { UsageError } from '../../src/cli/usage-error.js';

function stderrOf(run: () => number): { code: number; lines: string[] } {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  const code = run();
  vi.restoreAllMocks();
  return { code, lines };
}

describe('what stops a scan', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('a usage error: its one line, exit 2', () => {
    expect(stderrOf(() => reportFailure(new UsageError('unknown format "xml"')))).toEqual({
      code: 2,
      lines: ['wrapper-pitfalls: unknown format "xml"\n'],
    });
  });

  it('a fault of ours: one line that says so, exit 2, never the exit code of findings', () => {
    vi.stubEnv('DEBUG', '');
    const fault = new TypeError(
      'cannot read properties of undefined (reading "kind")\n    at somewhere',
    );

    expect(stderrOf(() => reportFailure(fault))).toEqual({
      code: 2,
      lines: [
        'wrapper-pitfalls: internal error: cannot read properties of undefined (reading "kind") ' +
          '(set DEBUG=wrapper-pitfalls to see the stack)\n',
      ],
    });
  });

  it('a fault of ours with DEBUG=wrapper-pitfalls: the stack follows', () => {
    vi.stubEnv('DEBUG', 'wrapper-pitfalls');
    const fault = new Error('boom');
    const { code, lines } = stderrOf(() => reportFailure(fault));

    expect(code).toBe(2);
    expect(lines).toEqual([
      'wrapper-pitfalls: internal error: boom (set DEBUG=wrapper-pitfalls to see the stack)\n',
      `wrapper-pitfalls: internal error: ${fault.stack}\n`,
    ]);
  });
});
