import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('parameters');
const { step } = fixture;

const TO_CHECK = [
  step('src/checkout.ts', 7, 17, 'RetryingGateway made here'),
  step('src/checkout.ts', 7, 7, 'held in `gateway`'),
  step('src/checkout.ts', 10, 28, 'passed as `payments` to cancelOrder()'),
  step('src/orders.ts', 13, 28, 'passed as `gateway` to refundOrder()'),
  step('src/refunds.ts', 14, 22, 'passed as `gateway` to refundCharge()'),
  step('src/refunds.ts', 6, 7, '`typeof gateway.refund === "function"` is false for it'),
];

describe('flows through parameters and arguments (fixtures/flows/parameters)', () => {
  it('follows the RetryingGateway through three calls in three modules to the probe', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/refunds.ts',
          ruleId: 'wrapper-pitfalls/no-capability-probe-wrapped',
          line: 6,
          column: 7,
          message:
            '`typeof gateway.refund === "function"` is false when `gateway` is a RetryingGateway ' +
            '(made in src/checkout.ts:7), which has no `refund` though the value it stands for ' +
            'has: forward `refund` in the wrapper, or unwrap before probing.',
          flow: TO_CHECK,
        },
        {
          file: 'src/refunds.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 9,
          column: 3,
          message:
            'refundCharge silently falls through to `return Promise.resolve()` when `gateway` is ' +
            'a RetryingGateway (made in src/checkout.ts:7): recognise the wrapped value before ' +
            'the fallback, or unwrap it first.',
          flow: [
            ...TO_CHECK,
            step(
              'src/refunds.ts',
              9,
              3,
              'so refundCharge falls through to `return Promise.resolve()`',
            ),
          ],
        },
      ],
    });
  });

  it('reports nothing when the RetryingGateway forwards `refund`', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
