import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from '../helpers/run-cli.js';
import { copyFixture, removeFolder } from '../helpers/temp-project.js';

interface Result {
  filePath: string;
  messages: { ruleId: string; severity: number; line: number; column: number }[];
  errorCount: number;
  warningCount: number;
}

const GATE = 'wrapper-pitfalls/no-silent-type-gate';
const CHECK = 'wrapper-pitfalls/no-instanceof-wrapped';
const IGNORE_REPOSITORY = [{ from: 'file', name: 'Repository', path: 'src/repository.ts' }];

const scratch: string[] = [];
afterAll(() => scratch.forEach(removeFolder));

/** A copy of registry-push with these files (a config, a package.json) added. */
function project(name: string, files: Record<string, unknown>): string {
  const folder = copyFixture(
    name,
    Object.fromEntries(
      Object.entries(files).map(([file, value]) => [
        file,
        typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    ),
  );
  scratch.push(folder);
  return folder;
}

function scan(cwd: string, ...args: string[]) {
  const run = runCli(['scan', '--format', 'json', ...args], cwd);
  const results = run.status === 2 ? [] : (JSON.parse(run.stdout) as Result[]);
  const findings = results.flatMap((result) =>
    result.messages.map((message) => ({
      file: path.relative(cwd, result.filePath),
      ruleId: message.ruleId,
      severity: message.severity,
      line: message.line,
      column: message.column,
    })),
  );
  return { ...run, results, findings };
}

describe('severities in the config file', () => {
  it('turn a rule into warnings, as "warn" does in an ESLint config', () => {
    const folder = project('config-warn', {
      'wrapper-pitfalls.config.json': { rules: { 'no-silent-type-gate': 'warn' } },
    });
    const run = scan(folder);

    expect(run.status).toBe(1);
    expect(run.findings).toEqual([
      { file: 'src/scope-hint.ts', ruleId: GATE, severity: 1, line: 6, column: 3 },
      { file: 'src/scope-hint.ts', ruleId: CHECK, severity: 2, line: 6, column: 7 },
    ]);
    const scopeHint = run.results.find((result) => result.filePath.endsWith('scope-hint.ts'));
    expect([scopeHint?.errorCount, scopeHint?.warningCount]).toEqual([1, 1]);

    const stylish = runCli(['scan'], folder).stdout.split('\n');
    expect(
      stylish.filter((line) => /^ {2}\d+:\d+ {2}/.test(line)).map((line) => line.slice(0, 16)),
    ).toEqual(['  6:3  warning  ', '  6:7  error  `t']);
    expect(stylish.at(-2)).toBe('✖ 2 problems (1 error, 1 warning)');
  });

  it('turn a rule off by its full ESLint id', () => {
    const folder = project('config-off', {
      'wrapper-pitfalls.config.json': { rules: { [CHECK]: 'off' } },
    });
    const run = scan(folder);

    expect(run.status).toBe(1);
    expect(run.findings.map((finding) => finding.ruleId)).toEqual([GATE]);
  });

  it('accept 0, 1 and 2 as ESLint does', () => {
    const folder = project('config-numbers', {
      'wrapper-pitfalls.config.json': {
        rules: { 'no-silent-type-gate': 0, 'no-instanceof-wrapped': [1] },
      },
    });

    expect(scan(folder).findings).toEqual([
      { file: 'src/scope-hint.ts', ruleId: CHECK, severity: 1, line: 6, column: 7 },
    ]);
  });
});

describe('analysis options in the config file', () => {
  it('reach the analysis from the wrapperPitfalls key of package.json', () => {
    const folder = project('config-package', {
      'package.json': {
        name: 'registry-client',
        wrapperPitfalls: { ignoreClasses: IGNORE_REPOSITORY },
      },
    });
    const run = scan(folder);

    expect([run.status, run.stderr, run.findings]).toEqual([0, '', []]);
  });

  it('apply per rule, over the shared ones, as a rule entry with options does', () => {
    const folder = project('config-rule-options', {
      'wrapper-pitfalls.config.json': {
        rules: { 'no-instanceof-wrapped': ['warn', { ignoreClasses: IGNORE_REPOSITORY }] },
      },
    });

    expect(scan(folder).findings).toEqual([
      { file: 'src/scope-hint.ts', ruleId: GATE, severity: 2, line: 6, column: 3 },
    ]);
  });

  it('are found in a folder above the tsconfig, and the config file wins over package.json', () => {
    const folder = project('config-above', {
      'wrapper-pitfalls.config.json': { rules: { 'no-silent-type-gate': 'off' } },
      'package.json': { name: 'x', wrapperPitfalls: { ignoreClasses: IGNORE_REPOSITORY } },
    });
    fs.mkdirSync(path.join(folder, 'app'));
    fs.renameSync(path.join(folder, 'src'), path.join(folder, 'app/src'));
    fs.renameSync(path.join(folder, 'tsconfig.json'), path.join(folder, 'app/tsconfig.json'));

    expect(
      scan(folder, '--project', 'app/tsconfig.json').findings.map((finding) => finding.ruleId),
    ).toEqual([CHECK]);
  });

  it('come from the file --config names, instead of any found', () => {
    const folder = project('config-explicit', {
      'wrapper-pitfalls.config.json': { rules: { 'no-silent-type-gate': 'off' } },
      'strict.json': { rules: { 'no-instanceof-wrapped': 'off' } },
    });

    expect(
      scan(folder, '--config', 'strict.json').findings.map((finding) => finding.ruleId),
    ).toEqual([GATE]);
  });
});

describe('ignores in the config file', () => {
  it('leave matching files out of the report, while the analysis still sees them', () => {
    const folder = project('config-ignores', {
      'wrapper-pitfalls.config.json': { ignores: ['src/push-command.ts', 'src/scope-*.ts'] },
    });
    const run = scan(folder);

    expect(run.status).toBe(0);
    expect(run.results.map((result) => path.relative(folder, result.filePath))).toEqual([
      'src/progress-target.ts',
      'src/repository.ts',
      'src/target.ts',
    ]);
  });

  it('take a folder with a trailing slash, and ! to bring a file back', () => {
    const folder = project('config-ignores-negated', {
      'wrapper-pitfalls.config.json': { ignores: ['src/', '!src/scope-hint.ts'] },
    });
    const run = scan(folder);

    expect(run.results.map((result) => path.relative(folder, result.filePath))).toEqual([
      'src/scope-hint.ts',
    ]);
    expect(run.findings).toHaveLength(2);
  });
});

describe('a bad config', () => {
  const file = 'wrapper-pitfalls.config.json';

  it.each([
    [{ unwrapMember: ['unwrap'] }, 'unknown key "unwrapMember"'],
    [{ unwrapMembers: 'unwrap' }, 'unwrapMembers must be array'],
    [{ assumeExportsOpen: 1 }, 'assumeExportsOpen must be boolean'],
    [{ rules: { 'no-such-rule': 'off' } }, 'unknown key "no-such-rule" in rules'],
    [
      { rules: { 'no-instanceof-wrapped': 'warning' } },
      'rules.no-instanceof-wrapped must be "off", "warn", "error", 0, 1, 2 or a list',
    ],
    [
      { rules: { 'no-instanceof-wrapped': ['error', { unwrapMembers: 3 }] } },
      'options of no-instanceof-wrapped: unwrapMembers must be array',
    ],
    [
      { rules: { 'no-instanceof-wrapped': 'off', [CHECK]: 'warn' } },
      `rules sets no-instanceof-wrapped twice, as "no-instanceof-wrapped" and "${CHECK}"`,
    ],
    [
      { ignoreClasses: [{ from: 'files', name: 'Repository' }] },
      'ignoreClasses[0] must be { from: "file", name, path? }, { from: "lib", name } or ' +
        '{ from: "package", name, package }',
    ],
    [
      { ignoreClasses: [{ from: 'file', name: 5 }] },
      'ignoreClasses[0].name must be a string or a list of strings',
    ],
    [{ ignores: 'src' }, 'ignores must be array'],
    [['src'], 'it must be a JSON object'],
  ])('%j exits 2 with one line naming the problem', (config, problem) => {
    const folder = project('config-bad', { [file]: config });
    const run = runCli(['scan'], folder);

    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `wrapper-pitfalls: invalid config ${path.join(folder, file)}: ${problem}\n`,
    );
  });

  it('that is not JSON, or not there, exits 2 with one line', () => {
    const folder = project('config-unparsable', { [file]: '{"rules": ' });
    const unparsable = runCli(['scan'], folder);
    const missing = runCli(['scan', '--config', 'nowhere.json'], folder);
    const noKey = runCli(
      ['scan', '--config', 'package.json'],
      project('config-no-key', { 'package.json': {} }),
    );

    expect([unparsable.status, missing.status, noKey.status]).toEqual([2, 2, 2]);
    expect(unparsable.stderr).toMatch(
      /^wrapper-pitfalls: cannot parse config .*wrapper-pitfalls\.config\.json: .+\n$/,
    );
    expect(missing.stderr).toBe(
      `wrapper-pitfalls: cannot read config ${path.join(folder, 'nowhere.json')}: no such file\n`,
    );
    expect(noKey.stderr).toMatch(
      /^wrapper-pitfalls: config .*\/package\.json has no "wrapperPitfalls" key\n$/,
    );
  });
});
