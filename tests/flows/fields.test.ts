import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('fields');
const { step } = fixture;

const TO_KEEP_ALIVE_CHECK = [
  step('src/plugins.ts', 6, 22, 'LoggingTransport made here'),
  step('src/plugins.ts', 6, 3, 'stored in `transport` here'),
  step('src/keep-alive.ts', 6, 7, '`client.transport instanceof FetchTransport` is false for it'),
];

describe('flows through class fields and object fields (fixtures/flows/fields)', () => {
  it('follows each wrapper from the module that stores it to the module that reads it', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/keep-alive.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 6,
          column: 3,
          message:
            'enableKeepAlive silently skips `client.transport.setKeepAlive(true)` when ' +
            '`client.transport` is a LoggingTransport (made in src/plugins.ts:6): handle the ' +
            'wrapped case, or get what it needs without a type check.',
          flow: [
            ...TO_KEEP_ALIVE_CHECK,
            step(
              'src/keep-alive.ts',
              7,
              5,
              'so enableKeepAlive skips `client.transport.setKeepAlive(true)`',
            ),
          ],
        },
        {
          file: 'src/keep-alive.ts',
          ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
          line: 6,
          column: 7,
          message:
            '`client.transport instanceof FetchTransport` is false when `client.transport` is a ' +
            'LoggingTransport (made in src/plugins.ts:6): unwrap it first, or test the ' +
            'capability you need.',
          flow: TO_KEEP_ALIVE_CHECK,
        },
        {
          file: 'src/shutdown.ts',
          ruleId: 'wrapper-pitfalls/no-identity-wrapped',
          line: 6,
          column: 7,
          message:
            '`settings.transport === sharedTransport` compares a LoggingTransport (made in ' +
            'src/settings.ts:15) with the object it stands for, so it is never true: compare ' +
            'unwrapped values, or compare by an id.',
          flow: [
            step('src/settings.ts', 15, 14, 'LoggingTransport made here'),
            step('src/settings.ts', 15, 3, 'stored in `transport` here'),
            step(
              'src/shutdown.ts',
              6,
              7,
              '`settings.transport === sharedTransport` is never true for it',
            ),
          ],
        },
      ],
    });
  });

  it('reports nothing when the HTTP transport has its own field and ownership is explicit', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
