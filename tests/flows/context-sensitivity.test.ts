import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('context-sensitivity');
const { step } = fixture;

const TO_CHECK = [
  step('src/vault.ts', 8, 41, 'SealedStorage made here'),
  step('src/vault.ts', 8, 41, 'passed as `fallback` to orDefault()'),
  step('src/vault.ts', 8, 19, 'returned from orDefault()'),
  step('src/vault.ts', 8, 9, 'held in `storage`'),
  step('src/vault.ts', 9, 7, '`storage instanceof DiskStorage` is false for it'),
];

describe('flows through a helper called twice (fixtures/flows/context-sensitivity)', () => {
  it('reports only the call whose argument is a wrapper, through the helper at that call', () => {
    const scan = fixture.scan();

    expect(scan).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/vault.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 9,
          column: 3,
          message:
            'openVault silently skips `storage.setSyncEveryWrite(true)` when `storage` is a ' +
            'SealedStorage (made in src/vault.ts:8): handle the wrapped case, or get what it ' +
            'needs without a type check.',
          flow: [
            ...TO_CHECK,
            step('src/vault.ts', 10, 5, 'so openVault skips `storage.setSyncEveryWrite(true)`'),
          ],
        },
        {
          file: 'src/vault.ts',
          ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
          line: 9,
          column: 7,
          message:
            '`storage instanceof DiskStorage` is false when `storage` is a SealedStorage (made ' +
            'in src/vault.ts:8): unwrap it first, or test the capability you need.',
          flow: TO_CHECK,
        },
      ],
    });
    expect(scan.findings.filter((finding) => finding.file === 'src/thumbnails.ts')).toEqual([]);
  });

  it('reports nothing when the disk is configured before it is sealed', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
