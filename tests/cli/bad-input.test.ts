import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from '../helpers/run-cli.js';
import { removeTempProject, TARGETS_MODULE, writeTempProject } from '../helpers/written-project.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeTempProject));

/** A project in a temporary folder; the CLI runs with that folder as its working directory. */
function project(files: Record<string, string | Buffer>, tsconfig?: object): string {
  const folder = writeTempProject({ 'src/a.ts': 'export const a = 1;\n', ...files }, tsconfig);
  folders.push(folder);
  return folder;
}

function scan(folder: string, ...args: string[]) {
  return runCli(['scan', ...args], folder);
}

/** Runs the CLI and expects the one line, exit code 2 and nothing on stdout. */
function expectUsageError(folder: string, args: readonly string[], message: string): void {
  const run = scan(folder, ...args);

  expect(run.stderr).toBe(`wrapper-pitfalls: ${message}\n`);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
}

const IMPORTS = "import { ProgressTarget, Repository, type Target } from './targets.js';\n";

/** A check a wrapper made next to it defeats, with its gate: two findings on line 3. */
const CHECK = `${IMPORTS}export function hint(target: Target): void {
  if (target instanceof Repository) target.push('hint');
}
hint(new ProgressTarget(new Repository('r')));
`;

describe('a tsconfig that cannot be used', () => {
  it('is missing', () => {
    const folder = project({});
    expectUsageError(
      folder,
      ['--project', 'nope/tsconfig.json'],
      'cannot read tsconfig nope/tsconfig.json: no such file',
    );
  });

  it('is a folder', () => {
    const folder = project({});
    fs.rmSync(path.join(folder, 'tsconfig.json'));
    fs.mkdirSync(path.join(folder, 'tsconfig.json'));
    expectUsageError(
      folder,
      [],
      'cannot read tsconfig tsconfig.json: it is a folder; name the JSON file',
    );
  });

  it('is a named pipe, which would block a read forever', () => {
    const folder = project({});
    fs.rmSync(path.join(folder, 'tsconfig.json'));
    const mkfifo = spawnSync('mkfifo', [path.join(folder, 'tsconfig.json')]);
    expect(mkfifo.status).toBe(0);
    expectUsageError(folder, [], 'cannot read tsconfig tsconfig.json: it is not a regular file');
  });

  it.skipIf(process.getuid?.() === 0)(
    'cannot be read (root reads any file, so this runs only as a user)',
    () => {
      const folder = project({});
      fs.chmodSync(path.join(folder, 'tsconfig.json'), 0o000);
      expectUsageError(folder, [], 'cannot read tsconfig tsconfig.json: permission denied');
    },
  );

  it('is not JSON', () => {
    const folder = project({
      'tsconfig.json': '{\n  "compilerOptions": { "strict": true, } ,,\n}\n',
    });
    expectUsageError(
      folder,
      [],
      'invalid JSON in tsconfig tsconfig.json:2:43: Property assignment expected.',
    );
  });

  it('extends a file that does not exist', () => {
    const folder = project({ 'tsconfig.json': '{ "extends": "./base.json" }' });
    expectUsageError(folder, [], 'tsconfig tsconfig.json extends base.json, which cannot be read');
  });

  it('extends a file that extends one that does not exist', () => {
    const folder = project({
      'tsconfig.json': '{ "extends": "./config/base.json" }',
      'config/base.json': '{ "extends": "./missing.json" }',
    });
    expectUsageError(
      folder,
      [],
      'tsconfig config/base.json extends config/missing.json, which cannot be read',
    );
  });

  it('extends a package that is not installed', () => {
    const folder = project({ 'tsconfig.json': '{ "extends": "@acme/tsconfig" }' });
    expectUsageError(
      folder,
      [],
      'tsconfig tsconfig.json extends @acme/tsconfig, which cannot be read',
    );
  });

  it('extends itself through another config', () => {
    const folder = project({
      'tsconfig.json': '{ "extends": "./base.json" }',
      'base.json': '{ "extends": "./tsconfig.json" }',
    });
    expectUsageError(
      folder,
      [],
      'tsconfig files extend each other in a cycle: tsconfig.json -> base.json -> tsconfig.json',
    );
  });

  it('has project references that form a cycle', () => {
    const folder = project({
      'tsconfig.json': '{ "references": [{ "path": "./lib" }] }',
      'lib/tsconfig.json':
        '{ "compilerOptions": { "composite": true }, "references": [{ "path": ".." }] }',
    });
    expectUsageError(
      folder,
      [],
      'project references form a cycle: tsconfig.json -> lib/tsconfig.json -> tsconfig.json',
    );
  });

  it('matches no files', () => {
    const folder = project({ 'tsconfig.json': '{ "include": ["lib/**/*"] }' });
    expectUsageError(
      folder,
      [],
      'tsconfig tsconfig.json matches no source files: include ["lib/**/*"], exclude []',
    );
  });

  it('lists no files', () => {
    const folder = project({ 'tsconfig.json': '{ "files": [] }' });
    expectUsageError(
      folder,
      [],
      'tsconfig tsconfig.json matches no source files: its "files" list is empty',
    );
  });

  it('has an option TypeScript rejects', () => {
    const folder = project({ 'tsconfig.json': '{ "compilerOptions": { "strict": "yes" } }' });
    expectUsageError(
      folder,
      [],
      "invalid tsconfig tsconfig.json: Compiler option 'strict' requires a value of type boolean.",
    );
  });
});

describe('a command line that cannot be followed', () => {
  it.each([
    [['--nope'], 'unknown option --nope (see --help)'],
    [['-x'], 'unknown option -x (see --help)'],
    [['--project'], '--project needs a value (see --help)'],
    [['--format'], '--format needs a value (see --help)'],
    [['--follow-symlinks=yes'], '--follow-symlinks takes no value (see --help)'],
  ])('%j', (args, message) => {
    expectUsageError(project({}), args, message);
  });

  it('names a file outside the project', () => {
    const folder = project({});
    fs.writeFileSync(path.join(folder, '..', `${path.basename(folder)}-elsewhere.ts`), '');
    const outside = `../${path.basename(folder)}-elsewhere.ts`;
    try {
      expectUsageError(
        folder,
        [outside],
        `${outside} is not a source file of the project tsconfig.json`,
      );
    } finally {
      fs.rmSync(path.join(folder, outside));
    }
  });

  it('names a file the tsconfig does not include', () => {
    const folder = project({ 'tsconfig.json': '{ "include": ["src"] }', 'scripts/tool.ts': '' });
    expectUsageError(
      folder,
      ['scripts/tool.ts'],
      'scripts/tool.ts is not a source file of the project tsconfig.json',
    );
  });
});

describe('source files the scan cannot analyse: it goes on, names them, and exits 2', () => {
  it('a syntax error', () => {
    const folder = project({
      'src/targets.ts': TARGETS_MODULE,
      'src/check.ts': CHECK,
      'src/broken.ts': 'export function broken(target: {) {\n  return target;\n}\n',
    });
    const run = scan(folder);

    expect(run.stderr).toBe(
      'wrapper-pitfalls: src/broken.ts:1:33: not analysed: syntax error: ' +
        'Property or signature expected.\n',
    );
    expect(run.status).toBe(2);
    expect(run.stdout.replaceAll(folder, '<project>')).toBe(
      [
        '',
        '<project>/src/broken.ts',
        '  1:33  error  Not analysed: syntax error: Property or signature expected.',
        '',
        '',
        '<project>/src/check.ts',
        "  3:3  error  hint silently skips `target.push('hint')` when `target` is a ProgressTarget " +
          '(made in src/check.ts:5): handle the wrapped case, or get what it needs without a type ' +
          'check.  wrapper-pitfalls/no-silent-type-gate',
        '',
        '      2 | export function hint(target: Target): void {',
        "    > 3 |   if (target instanceof Repository) target.push('hint');",
        '        |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '      4 | }',
        '',
        '    flow:',
        '      src/check.ts:5:6   ProgressTarget made here',
        '      src/check.ts:5:6   passed as `target` to hint()',
        '      src/check.ts:3:7   `target instanceof Repository` is false for it',
        "      src/check.ts:3:37  so hint skips `target.push('hint')`",
        '',
        '  3:7  error  `target instanceof Repository` is false when `target` is a ProgressTarget ' +
          '(made in src/check.ts:5): unwrap it first, or test the capability you need.  ' +
          'wrapper-pitfalls/no-instanceof-wrapped',
        '',
        '      2 | export function hint(target: Target): void {',
        "    > 3 |   if (target instanceof Repository) target.push('hint');",
        '        |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '      4 | }',
        '',
        '    flow:',
        '      src/check.ts:5:6  ProgressTarget made here',
        '      src/check.ts:5:6  passed as `target` to hint()',
        '      src/check.ts:3:7  `target instanceof Repository` is false for it',
        '',
        '✖ 3 problems (3 errors, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('a file that is not UTF-8', () => {
    const latin1 = Buffer.concat([
      Buffer.from('export const a = 1;\n// caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const folder = project({
      'src/targets.ts': TARGETS_MODULE,
      'src/check.ts': CHECK,
      'src/latin1.ts': latin1,
    });
    const run = scan(folder, '--format', 'json');

    expect(run.stderr).toBe(
      'wrapper-pitfalls: src/latin1.ts:2:1: not analysed: it is not UTF-8 text; save it as UTF-8\n',
    );
    expect(run.status).toBe(2);
    const results = JSON.parse(run.stdout) as {
      filePath: string;
      messages: { ruleId: string | null }[];
    }[];
    expect(
      results.map((result) => [
        path.basename(result.filePath),
        result.messages.map((m) => m.ruleId),
      ]),
    ).toEqual([
      ['a.ts', []],
      [
        'check.ts',
        ['wrapper-pitfalls/no-silent-type-gate', 'wrapper-pitfalls/no-instanceof-wrapped'],
      ],
      ['latin1.ts', [null]],
      ['targets.ts', []],
    ]);
  });

  it('a file nested deeper than TypeScript can parse', () => {
    const deep = `export const x = ${'('.repeat(5000)}1${')'.repeat(5000)};\n`;
    const folder = project({
      'src/targets.ts': TARGETS_MODULE,
      'src/check.ts': CHECK,
      'src/deep.ts': deep,
    });
    const run = scan(folder, '--format', 'json');

    expect(run.stderr).toBe(
      'wrapper-pitfalls: src/deep.ts: not read: it nests too deeply for TypeScript to parse\n',
    );
    expect(run.status).toBe(2);
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number }[];
    expect(results.map((result) => [path.basename(result.filePath), result.errorCount])).toEqual([
      ['a.ts', 0],
      ['check.ts', 2],
      ['targets.ts', 0],
    ]);
  });

  it('a file nested deeper than TypeScript can bind: nothing can be analysed', () => {
    const chain = Array.from({ length: 3000 }, () => 'a instanceof A').join(' && ');
    const folder = project({
      'src/deep.ts': `declare const a: unknown; declare class A {}\nexport const y = ${chain};\n`,
    });

    expectUsageError(
      folder,
      [],
      'TypeScript ran out of stack binding the project: src/deep.ts:2 nests 3004 levels deep',
    );
  });
});

describe('files the scan reads as they are', () => {
  it('a UTF-8 byte order mark does not shift columns', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CHECK)]);
    const folder = project({ 'src/targets.ts': TARGETS_MODULE, 'src/check.ts': bom });
    const run = scan(folder, '--format', 'json');

    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { messages: { line: number; column: number }[] }[];
    expect(results.flatMap((result) => result.messages.map((m) => [m.line, m.column]))).toEqual([
      [3, 3],
      [3, 7],
    ]);
  });

  it('a generated file of 10 MB', () => {
    const records: string[] = [];
    for (let size = 0, index = 0; size < 10 * 1024 * 1024; index++) {
      const record = `export const record${index} = { id: ${index}, name: 'item-${index}' };\n`;
      records.push(record);
      size += record.length;
    }

    const folder = project({
      'src/targets.ts': TARGETS_MODULE,
      'src/check.ts': CHECK + records.join(''),
    });
    expect(fs.statSync(path.join(folder, 'src/check.ts')).size).toBeGreaterThan(10 * 1024 * 1024);
    const run = scan(folder);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.includes('  error  '))).toHaveLength(2);
    expect(run.stdout.length).toBeLessThan(5000);
  });
});
