import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../helpers/run-cli.js';
import { copyFixture, removeFolder } from '../helpers/temp-project.js';

let warnings: string;

beforeAll(() => {
  const config = { rules: { 'no-instanceof-wrapped': 'warn', 'no-silent-type-gate': 'warn' } };
  warnings = copyFixture('exit-warnings', {
    'wrapper-pitfalls.config.json': JSON.stringify(config),
  });
});

afterAll(() => removeFolder(warnings));

const ERRORS = ['--project', 'fixtures/registry-push/tsconfig.json'];

describe('--fail-on and --max-warnings, as in ESLint', () => {
  it.each([
    [[], 0, ''],
    [['--fail-on', 'warning'], 1, ''],
    [['--fail-on', 'none'], 0, ''],
    [['--max-warnings', '2'], 0, ''],
    [
      ['--max-warnings', '1'],
      1,
      'wrapper-pitfalls: too many warnings: 2, more than --max-warnings 1\n',
    ],
    [
      ['--fail-on', 'none', '--max-warnings', '0'],
      1,
      'wrapper-pitfalls: too many warnings: 2, more than --max-warnings 0\n',
    ],
  ])('two warnings with %j exit %i', (args, status, stderr) => {
    const run = runCli(['scan', '-f', 'json', ...args], warnings);

    expect([run.status, run.stderr]).toEqual([status, stderr]);
  });

  it.each([
    [[], 1],
    [['--fail-on', 'warning'], 1],
    [['--fail-on', 'none'], 0],
    [['--fail-on', 'none', '--max-warnings', '0'], 0],
  ])('two errors with %j exit %i', (args, status) => {
    const run = runCli(['scan', '-f', 'json', ...ERRORS, ...args]);

    expect([run.status, run.stderr]).toEqual([status, '']);
  });

  it.each([
    [['--fail-on', 'sometimes'], 'unknown --fail-on "sometimes": use error, warning or none'],
    [['--max-warnings=-1'], '--max-warnings needs a whole number of warnings, not "-1"'],
    [['--max-warnings', 'ten'], '--max-warnings needs a whole number of warnings, not "ten"'],
  ])('%j is a usage error', (args, message) => {
    const run = runCli(['scan', ...ERRORS, ...args]);

    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(`wrapper-pitfalls: ${message}\n`);
  });
});
