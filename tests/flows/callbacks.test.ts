import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('callbacks');
const { step } = fixture;

const MADE = step('src/registry.ts', 7, 44, 'TimedPlugin made here');
const INSTANCEOF_MESSAGE =
  '`plugin instanceof AuthPlugin` is false when `plugin` is a TimedPlugin (made in ' +
  'src/registry.ts:7): unwrap it first, or test the capability you need.';

const TO_VISITOR_CHECK = [
  MADE,
  step('src/registry.ts', 11, 14, 'iterated into `plugin`'),
  step('src/registry.ts', 11, 39, 'passed as `plugin` to the callback'),
  step('src/maintenance.ts', 7, 9, '`plugin instanceof AuthPlugin` is false for it'),
];

describe('flows into callbacks (fixtures/flows/callbacks)', () => {
  it('follows the TimedPlugin into a callback another function calls, and into find()', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/maintenance.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 7,
          column: 5,
          message:
            'the callback passed to eachPlugin() silently skips `plugin.rotateKeys()` when ' +
            '`plugin` is a TimedPlugin (made in src/registry.ts:7): handle the wrapped case, or ' +
            'get what it needs without a type check.',
          flow: [
            ...TO_VISITOR_CHECK,
            step(
              'src/maintenance.ts',
              8,
              7,
              'so the callback passed to eachPlugin() skips `plugin.rotateKeys()`',
            ),
          ],
        },
        {
          file: 'src/maintenance.ts',
          ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
          line: 7,
          column: 9,
          message: INSTANCEOF_MESSAGE,
          flow: TO_VISITOR_CHECK,
        },
        {
          file: 'src/maintenance.ts',
          ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
          line: 15,
          column: 41,
          message: INSTANCEOF_MESSAGE,
          flow: [
            MADE,
            step('src/maintenance.ts', 15, 16, 'each element passed as `plugin` here'),
            step('src/maintenance.ts', 15, 41, '`plugin instanceof AuthPlugin` is false for it'),
          ],
        },
      ],
    });
  });

  it('reports nothing when only the server gets the timed plugins', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
