import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('async-promises');
const { step } = fixture;

const MADE = step('src/pool.ts', 10, 26, 'PooledConnection made here');

describe('flows through promises (fixtures/flows/async-promises)', () => {
  it('follows the PooledConnection out of Promise.resolve through await and through then()', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/import-job.ts',
          ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
          line: 7,
          column: 7,
          message:
            '`connection instanceof PgConnection` is false when `connection` is a ' +
            'PooledConnection (made in src/pool.ts:10): unwrap it first, or test the capability ' +
            'you need.',
          flow: [
            MADE,
            step('src/pool.ts', 15, 28, 'returned from acquire()'),
            step('src/pool.ts', 15, 9, 'held in `connection`'),
            step('src/import-job.ts', 6, 28, 'returned from acquireForImport()'),
            step('src/import-job.ts', 6, 9, 'held in `connection`'),
            step('src/import-job.ts', 7, 7, '`connection instanceof PgConnection` is false for it'),
          ],
        },
        {
          file: 'src/import-job.ts',
          ruleId: 'wrapper-pitfalls/no-capability-probe-wrapped',
          line: 19,
          column: 7,
          message:
            '`typeof connection.copyRows === "function"` is false when `connection` is a ' +
            'PooledConnection (made in src/pool.ts:10), which has no `copyRows` though the value ' +
            'it stands for has: forward `copyRows` in the wrapper, or unwrap before probing.',
          flow: [
            MADE,
            step('src/import-job.ts', 17, 10, 'returned from acquire()'),
            step('src/import-job.ts', 17, 10, 'resolved value passed as `connection` here'),
            step(
              'src/import-job.ts',
              19,
              7,
              '`typeof connection.copyRows === "function"` is false for it',
            ),
          ],
        },
      ],
    });
  });

  it('reports nothing when the wrapper offers bulk loading whenever its connection does', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
