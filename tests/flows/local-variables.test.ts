import { describe, expect, it } from 'vitest';

import { flowFixture } from './flow-fixture.js';

const fixture = flowFixture('local-variables');
const { step } = fixture;

const TO_CHECK = [
  step('src/export-backup.ts', 14, 12, 'GzipSink made here, only when options.gzip'),
  step('src/export-backup.ts', 14, 5, 'held in `sink`'),
  step('src/export-backup.ts', 19, 9, 'held in `finished`'),
  step('src/export-backup.ts', 20, 7, '`finished instanceof FileSink` is false for it'),
];

describe('flows through local variables and reassignments (fixtures/flows/local-variables)', () => {
  it('follows the GzipSink from the reassignment through a second variable to the check', () => {
    expect(fixture.scan()).toEqual({
      status: 1,
      stderr: '',
      findings: [
        {
          file: 'src/export-backup.ts',
          ruleId: 'wrapper-pitfalls/no-silent-type-gate',
          line: 20,
          column: 3,
          message:
            'exportBackup silently skips `finished.fsync()` when `finished` is a GzipSink (made ' +
            'in src/export-backup.ts:14): handle the wrapped case, or get what it needs without ' +
            'a type check.',
          flow: [
            ...TO_CHECK,
            step('src/export-backup.ts', 21, 5, 'so exportBackup skips `finished.fsync()`'),
          ],
        },
        {
          file: 'src/export-backup.ts',
          ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
          line: 20,
          column: 7,
          message:
            '`finished instanceof FileSink` is false when `finished` is a GzipSink (made in ' +
            'src/export-backup.ts:14): unwrap it first, or test the capability you need.',
          flow: TO_CHECK,
        },
      ],
    });
  });

  it('reports nothing when the file sink is kept in its own variable and synced directly', () => {
    expect(fixture.scanFixed()).toEqual({ status: 0, stderr: '', findings: [] });
  });
});
