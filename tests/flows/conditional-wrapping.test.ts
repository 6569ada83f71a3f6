import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('conditional-wrapping');
const { step } = fixture;

const TO_CHECK = [
  step('src/progress.ts', 5, 10, 'withProgress() makes an object forwarding to its argument here'),
  step('src/build.ts', 10, 7, 'withProgress() called here, only when process.stdout.isTTY'),
  step('src/build.ts', 9, 9, 'held in `task`'),
  step('src/build.ts', 13, 19, 'passed as `task` to prepareForWatch()'),
  step('src/watch.ts', 6, 7, '`task instanceof CompileTask` is false for it'),
];

describe('flows from a wrapper made on a condition (fixtures/flows/conditional-wrapping)', () => {
  it('shows the TTY condition on the step that makes the wrapper', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/watch.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 6,
          column: 3,
          message:
            'prepareForWatch silently skips `task.setIncremental(true)` when `task` is the ' +
            'object withProgress() returns (made in src/build.ts:10): handle the wrapped case, ' +
            'or get what it needs without a type check.',
          flow: [
            ...TO_CHECK,
            step('src/watch.ts', 7, 5, 'so prepareForWatch skips `task.setIncremental(true)`'),
          ],
        },
        {
          file: 'src/watch.ts',
          ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
          line: 6,
          column: 7,
          message:
            '`task instanceof CompileTask` is false when `task` is the object withProgress() ' +
            'returns (made in src/build.ts:10): unwrap it first, or test the capability you need.',
          flow: TO_CHECK,
        },
      ],
    });
  });

  it('reports nothing when the compile task is prepared before it is wrapped', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
