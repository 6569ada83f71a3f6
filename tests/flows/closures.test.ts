import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('closures');
const { step } = fixture;

const TO_CHECK = [
  step('src/read-only.ts', 3, 10, 'readOnlyView() makes a proxy here'),
  step('src/editor.ts', 11, 18, 'readOnlyView() called here'),
  step('src/editor.ts', 11, 7, 'held in `outlined`'),
  step('src/editor.ts', 12, 33, 'passed as `document` to autosaveWhileActive()'),
  step('src/autosave.ts', 7, 9, '`workspace.activeDocument === document` is never true for it'),
];

describe('flows into closures (fixtures/flows/closures)', () => {
  it('follows the read-only proxy into the timer callback that captured it', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/autosave.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 7,
          column: 5,
          message:
            'autosave silently skips `console.log(`saving ${document.path}`)` when `document` is ' +
            'a proxy made by readOnlyView() (made in src/editor.ts:11): handle the wrapped case, ' +
            'or get what it needs without a type check.',
          flow: [
            ...TO_CHECK,
            step(
              'src/autosave.ts',
              8,
              7,
              'so autosave skips `console.log(`saving ${document.path}`)`',
            ),
          ],
        },
        {
          file: 'src/autosave.ts',
          ruleId: 'wrapper-pitfalls/no-identity-wrapped',
          line: 7,
          column: 9,
          message:
            '`workspace.activeDocument === document` compares a proxy made by readOnlyView() ' +
            '(made in src/editor.ts:11) with the object it stands for, so it is never true: ' +
            'compare unwrapped values, or compare by an id.',
          flow: TO_CHECK,
        },
      ],
    });
  });

  it('reports nothing when autosave is given the document and only the panel the view', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
