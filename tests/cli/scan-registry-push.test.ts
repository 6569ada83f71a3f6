import { describe, expect, it } from 'vitest';

import { runCli, withoutRoot } from '../helpers/run-cli.js';

const FIXTURE = '<root>/fixtures/registry-push/src';

const FLOW_TO_CHECK = [
  {
    filePath: `${FIXTURE}/push-command.ts`,
    line: 20,
    column: 9,
    message: 'ProgressTarget made here, only when process.stdout.isTTY && !options.noTty',
  },
  { filePath: `${FIXTURE}/push-command.ts`, line: 18, column: 9, message: 'held in `target`' },
  {
    filePath: `${FIXTURE}/push-command.ts`,
    line: 23,
    column: 17,
    message: 'passed as `target` to withScopeHint()',
  },
  {
    filePath: `${FIXTURE}/scope-hint.ts`,
    line: 6,
    column: 7,
    message: '`target instanceof Repository` is false for it',
  },
];

function emptyResult(file: string) {
  return {
    filePath: `${FIXTURE}/${file}`,
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

describe('wrapper-pitfalls scan on fixtures/registry-push', () => {
  it('reports the gate and the instanceof check with the flow from the TTY-only wrapper', () => {
    const run = runCli(['scan', '--project', 'fixtures/registry-push/tsconfig.json', '--format', 'json']);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = withoutRoot(JSON.parse(run.stdout) as { source?: string }[]);
    for (const result of results) delete result.source;
    expect(results).toEqual([
      emptyResult('progress-target.ts'),
      emptyResult('push-command.ts'),
      emptyResult('repository.ts'),
      {
        ...emptyResult('scope-hint.ts'),
        errorCount: 2,
        messages: [
          {
            ruleId: 'wrapper-pitfalls/no-silent-type-gate',
            severity: 2,
            message:
              'withScopeHint silently skips `target.addScopeHint(actions)` when `target` is a ' +
              'ProgressTarget (made in src/push-command.ts:20): handle the wrapped case, or get ' +
              'what it needs without a type check.',
            line: 6,
            column: 3,
            nodeType: null,
            messageId: 'silentSkip',
            endLine: 6,
            endColumn: 36,
            flow: [
              ...FLOW_TO_CHECK,
              {
                filePath: `${FIXTURE}/scope-hint.ts`,
                line: 7,
                column: 5,
                message: 'so withScopeHint skips `target.addScopeHint(actions)`',
              },
            ],
          },
          {
            ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
            severity: 2,
            message:
              '`target instanceof Repository` is false when `target` is a ProgressTarget (made ' +
              'in src/push-command.ts:20): unwrap it first, or test the capability you need.',
            line: 6,
            column: 7,
            nodeType: null,
            messageId: 'wrappedInstanceof',
            endLine: 6,
            endColumn: 35,
            flow: FLOW_TO_CHECK,
          },
        ],
      },
      emptyResult('target.ts'),
    ]);
  });

  it('prints the findings, a code frame and the flow in the stylish format', () => {
    const run = runCli(['scan', '--project', 'fixtures/registry-push/tsconfig.json']);

    expect(run.status).toBe(1);
    expect(withoutRoot(run.stdout)).toBe(
      [
        '',
        `${FIXTURE}/scope-hint.ts`,
        '  6:3  error  withScopeHint silently skips `target.addScopeHint(actions)` when `target` ' +
          'is a ProgressTarget (made in src/push-command.ts:20): handle the wrapped case, or get ' +
          'what it needs without a type check.  ' +
          'wrapper-pitfalls/no-silent-type-gate',
        '',
        '      5 | export function withScopeHint(target: Target, ...actions: Action[]): void {',
        '    > 6 |   if (target instanceof Repository) {',
        '        |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '      7 |     target.addScopeHint(actions);',
        '',
        '    flow:',
        '      src/push-command.ts:20:9   ProgressTarget made here, only when ' +
          'process.stdout.isTTY && !options.noTty',
        '      src/push-command.ts:18:9   held in `target`',
        '      src/push-command.ts:23:17  passed as `target` to withScopeHint()',
        '      src/scope-hint.ts:6:7      `target instanceof Repository` is false for it',
        '      src/scope-hint.ts:7:5      so withScopeHint skips `target.addScopeHint(actions)`',
        '',
        '  6:7  error  `target instanceof Repository` is false when `target` is a ProgressTarget ' +
          '(made in src/push-command.ts:20): unwrap it first, or test the capability you need.  ' +
          'wrapper-pitfalls/no-instanceof-wrapped',
        '',
        '      5 | export function withScopeHint(target: Target, ...actions: Action[]): void {',
        '    > 6 |   if (target instanceof Repository) {',
        '        |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '      7 |     target.addScopeHint(actions);',
        '',
        '    flow:',
        '      src/push-command.ts:20:9   ProgressTarget made here, only when ' +
          'process.stdout.isTTY && !options.noTty',
        '      src/push-command.ts:18:9   held in `target`',
        '      src/push-command.ts:23:17  passed as `target` to withScopeHint()',
        '      src/scope-hint.ts:6:7      `target instanceof Repository` is false for it',
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('reports nothing on the fixed twin and exits 0', () => {
    const run = runCli(['scan', '--project', 'fixtures/registry-push-fixed/tsconfig.json', '--format', 'json']);

    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as { messages: unknown[] }[];
    expect(results.map((result) => result.messages)).toEqual([[], [], [], [], [], []]);
    expect(runCli(['scan', '--project', 'fixtures/registry-push-fixed/tsconfig.json']).stdout).toBe('');
  });

  it('limits the report to the files given, with the whole program still deciding', () => {
    const run = runCli([
      'scan',
      '--project',
      'fixtures/registry-push/tsconfig.json',
      '--format',
      'json',
      'fixtures/registry-push/src/scope-hint.ts',
    ]);

    expect(run.status).toBe(1);
    const results = withoutRoot(JSON.parse(run.stdout) as { filePath: string; messages: unknown[] }[]);
    expect(results.map((result) => [result.filePath, result.messages.length])).toEqual([
      [`${FIXTURE}/scope-hint.ts`, 2],
    ]);
  });
});

describe('wrapper-pitfalls usage errors', () => {
  it.each([
    [['scan', '--project', 'fixtures/missing/tsconfig.json'], /^wrapper-pitfalls: cannot read tsconfig .*fixtures\/missing\/tsconfig\.json: no such file\n$/],
    [['scan', '--format', 'xml'], /^wrapper-pitfalls: unknown format "xml": use stylish, json, sarif, markdown or html\n$/],
    [['lint'], /^wrapper-pitfalls: unknown command "lint": the command is scan\n$/],
    [['scan', '--nope'], /^wrapper-pitfalls: unknown option --nope \(see --help\)\n$/],
    [
      ['scan', '--project', 'fixtures/registry-push/tsconfig.json', 'README.md'],
      /^wrapper-pitfalls: README\.md is not a source file of the project .*\n$/,
    ],
  ])('%j exits 2 with one line on stderr', (args, message) => {
    const run = runCli(args);

    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('--ignore-unknown', () => {
  it('skips given files the project does not include, and still reports on the others', () => {
    const args = ['scan', '--project', 'fixtures/registry-push/tsconfig.json', '--format', 'json'];
    const both = runCli([...args, '-u', 'README.md', 'fixtures/registry-push/src/scope-hint.ts']);
    const onlyUnknown = runCli([...args, '--ignore-unknown', 'README.md']);

    expect(both.status).toBe(1);
    const results = withoutRoot(JSON.parse(both.stdout) as { filePath: string }[]);
    expect(results.map((result) => result.filePath)).toEqual([`${FIXTURE}/scope-hint.ts`]);
    expect(both.stdout).toBe(
      runCli([...args, 'fixtures/registry-push/src/scope-hint.ts']).stdout,
    );
    expect([onlyUnknown.status, onlyUnknown.stdout, onlyUnknown.stderr]).toEqual([0, '[]\n', '']);
  });
});
