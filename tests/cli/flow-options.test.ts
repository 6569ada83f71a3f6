import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/run-cli.js';

interface Message {
  readonly line: number;
  readonly ruleId: string;
  readonly message: string;
  readonly flow: readonly unknown[];
}

function messagesOf(stdout: string) {
  const results = JSON.parse(stdout) as { messages: Message[] }[];
  return results.flatMap((result) => result.messages);
}

const DECLARED_ONLY = 'tests/fixtures/declared-only/tsconfig.json';
const MOCKED = 'fixtures/cases/05-mock-proxy-instanceof/tsconfig.json';

describe('the flow options of scan', () => {
  it('--flows-only leaves out findings no flow in the program shows', () => {
    const all = runCli(['scan', '--project', DECLARED_ONLY, '--format', 'json']);
    expect(all.status).toBe(1);
    expect(messagesOf(all.stdout).map((message) => [message.line, message.flow.length])).toEqual([
      [34, 0],
    ]);

    const audited = runCli([
      'scan',
      '--project',
      DECLARED_ONLY,
      '--format',
      'json',
      '--flows-only',
    ]);
    expect(audited.status).toBe(0);
    expect(messagesOf(audited.stdout)).toEqual([]);
  });

  it('labels flows through test code, and --exclude-test-flows leaves them out', () => {
    const labelled = runCli(['scan', '--project', MOCKED]);
    expect(labelled.status).toBe(1);
    expect(labelled.stdout.match(/^ {4}flow.*:$/gm)).toEqual([
      '    flow (through test code only):',
      '    flow (through test code only):',
    ]);

    const production = runCli([
      'scan',
      '--project',
      MOCKED,
      '--format',
      'json',
      '--exclude-test-flows',
    ]);
    expect(production.status).toBe(0);
    expect(messagesOf(production.stdout)).toEqual([]);
  });

  it('--max-depth bounds the search and says so on standard error', () => {
    const run = runCli([
      'scan',
      '--project',
      'fixtures/registry-push/tsconfig.json',
      '--format',
      'json',
      '--max-depth',
      '1',
    ]);

    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'wrapper-pitfalls: note: some flow searches stopped at 1 hop, so some flows may be missing ' +
        'from this report (raise --max-depth to follow longer paths)\n',
    );
    // Cut short, the search no longer shows where the wrapper is made, only that it is declared.
    expect(messagesOf(run.stdout).map((message) => [message.ruleId, message.flow.length])).toEqual([
      ['wrapper-pitfalls/no-silent-type-gate', 0],
      ['wrapper-pitfalls/no-instanceof-wrapped', 0],
    ]);
  });

  it.each([
    [['--max-depth', '0'], '--max-depth needs a whole number of at least 1, not "0"'],
    [['--timeout', 'soon'], '--timeout needs a whole number of at least 1, not "soon"'],
  ])('%j is a usage error', (args, message) => {
    const run = runCli(['scan', '--project', 'fixtures/registry-push/tsconfig.json', ...args]);

    expect([run.status, run.stdout, run.stderr]).toEqual([2, '', `wrapper-pitfalls: ${message}\n`]);
  });
});
