import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('generic-containers');
const { step } = fixture;

const TO_LOGIN_CHECK = [
  step('src/setup.ts', 9, 29, 'CachedTarget made here'),
  step('src/setup.ts', 9, 1, 'put into `targetsByName` here'),
  step('src/login.ts', 6, 9, 'held in `target`'),
  step('src/login.ts', 7, 7, '`target instanceof RegistryTarget` is false for it'),
];

const TO_MIRROR_SEARCH = [
  step('src/setup.ts', 10, 14, 'CachedTarget made here'),
  step('src/setup.ts', 10, 1, 'put into `mirrors` here'),
  step('src/mirrors.ts', 7, 14, '`mirrors.indexOf(target)` never finds it'),
];

describe('flows through a Map and an array (fixtures/flows/generic-containers)', () => {
  it('follows each CachedTarget from where it is put into a container to where it is read', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/login.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 7,
          column: 3,
          message:
            'login silently skips `target.setToken(token)` when `target` is a CachedTarget (made ' +
            'in src/setup.ts:9): handle the wrapped case, or get what it needs without a type ' +
            'check.',
          flow: [
            ...TO_LOGIN_CHECK,
            step('src/login.ts', 8, 5, 'so login skips `target.setToken(token)`'),
          ],
        },
        {
          file: 'src/login.ts',
          ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
          line: 7,
          column: 7,
          message:
            '`target instanceof RegistryTarget` is false when `target` is a CachedTarget (made ' +
            'in src/setup.ts:9): unwrap it first, or test the capability you need.',
          flow: TO_LOGIN_CHECK,
        },
        {
          file: 'src/mirrors.ts',
          ruleId: 'wrapper-pitfalls/no-identity-wrapped',
          line: 7,
          column: 14,
          message:
            '`mirrors.indexOf(target)` searches by identity, but a CachedTarget (made in ' +
            'src/setup.ts:10) is never the object it stands for, so it finds nothing: search the ' +
            'unwrapped collection, or match by an id.',
          flow: TO_MIRROR_SEARCH,
        },
        {
          file: 'src/mirrors.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 8,
          column: 3,
          message:
            'removeMirror silently skips `mirrors.splice(at, 1)` when an element of `mirrors` is ' +
            'a CachedTarget (made in src/setup.ts:10): handle the wrapped case, or get what it ' +
            'needs without a type check.',
          flow: [
            ...TO_MIRROR_SEARCH,
            step('src/mirrors.ts', 9, 5, 'so removeMirror skips `mirrors.splice(at, 1)`'),
          ],
        },
      ],
    });
  });

  it('reports nothing when tokens are kept by reference and mirrors are found by reference', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
