import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('return-values');
const { step } = fixture;

const TO_CHECK = [
  step('src/tracking.ts', 9, 12, 'withTimestamp() copies its argument here'),
  step('src/intake.ts', 7, 10, 'withTimestamp() called here'),
  step('src/intake.ts', 13, 10, 'returned from startTracking()'),
  step('src/dispatch.ts', 7, 18, 'returned from receiveExpress()'),
  step('src/dispatch.ts', 7, 9, 'held in `parcel`'),
  step('src/dispatch.ts', 8, 7, '`parcel.speed === "express"` does not match it'),
];

describe('flows through return values (fixtures/flows/return-values)', () => {
  it('follows the spread copy out of two helpers that return it to the discriminant check', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/dispatch.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 8,
          column: 3,
          message:
            'dispatchExpress silently skips `courierRun.push(parcel.id)` when `parcel` is the ' +
            'copy withTimestamp() makes (made in src/intake.ts:7): handle the wrapped case, or ' +
            'get what it needs without a type check.',
          flow: [
            ...TO_CHECK,
            step('src/dispatch.ts', 9, 5, 'so dispatchExpress skips `courierRun.push(parcel.id)`'),
          ],
        },
        {
          file: 'src/dispatch.ts',
          ruleId: 'wrapper-pitfalls/no-discriminant-wrapped',
          line: 8,
          column: 7,
          message:
            '`parcel.speed === "express"` does not match when `parcel` is the copy ' +
            'withTimestamp() makes (made in src/intake.ts:7), which does not carry `speed`: ' +
            'forward `speed` in the wrapper, or unwrap before testing.',
          flow: TO_CHECK,
        },
      ],
    });
  });

  it('reports nothing when the stamped shipment inherits from the shipment instead', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
