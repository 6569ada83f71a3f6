import fs from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { corpusGroups, installedTypeScriptFiles } from '../helpers/crash-corpus.js';
import type { CorpusGroup } from '../helpers/crash-corpus.js';
import { createProgram, lintWithProgram } from '../helpers/lint-program.js';
import { writeOddProjects } from '../helpers/odd-inputs.js';
import type { OddProject } from '../helpers/odd-inputs.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');
const OUTPUT = path.join(REPO_ROOT, 'tests/.output/crash-corpus');
const PACKAGE_GROUPS = 3;
/** Generous: the whole file takes about a minute on the 2-core machine (docs/robustness.md). */
const TIMEOUT = 600_000;

interface Message {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly fatal?: boolean;
}

interface Result {
  readonly filePath: string;
  readonly messages: readonly Message[];
}

/** The plugin's findings per file, in a form both front ends produce. */
function findingsByFile(results: readonly Result[]): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const result of results) {
    const findings = result.messages
      .filter((message) => message.ruleId?.startsWith('wrapper-pitfalls/'))
      .map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`);
    if (findings.length > 0) byFile[result.filePath] = findings;
  }

  return byFile;
}

function fatalFiles(results: readonly Result[]): string[] {
  return results
    .filter((result) => result.messages.some((message) => message.fatal))
    .map((result) => result.filePath);
}

/** A tsconfig listing the group's files, for the CLI to load the very program ESLint lints. */
function writeTsconfig(group: CorpusGroup): string {
  const folder = path.join(OUTPUT, group.name);
  fs.mkdirSync(folder, { recursive: true });
  const tsconfig = path.join(folder, 'tsconfig.json');
  fs.writeFileSync(
    tsconfig,
    JSON.stringify({ compilerOptions: group.compilerOptions, files: group.files }),
  );
  return tsconfig;
}

/** The CLI's note that a flow search hit its depth bound: information, not a fault. */
const DEPTH_NOTE =
  'some flow searches stopped at 24 hops, so some flows may be missing from this report ' +
  '(raise --max-depth to follow longer paths)';

/** What the CLI wrote on stderr, but for notes on how complete the flows are. */
function faultsOn(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !line.startsWith('wrapper-pitfalls: note: '))
    .join('\n');
}

function scanJson(tsconfig: string) {
  const run = runCli(['scan', '--project', tsconfig, '--format', 'json']);
  return { ...run, results: JSON.parse(run.stdout || '[]') as Result[] };
}

const installed = installedTypeScriptFiles(NODE_MODULES);
const groups = corpusGroups(NODE_MODULES, installed, PACKAGE_GROUPS);

describe('the crash corpus of installed TypeScript', () => {
  it("holds TypeScript's lib, @types/node and zod's sources, each file in one program", () => {
    const under = (folder: string) =>
      installed.filter((file) => file.includes(`/node_modules/${folder}/`));

    expect(groups[0]!.files).toHaveLength(108);
    expect(under('@types/node').length).toBeGreaterThanOrEqual(60);
    expect(under('zod/src')).toHaveLength(332);
    expect(groups.flatMap((group) => group.files).sort()).toEqual(installed);
  });

  describe.each(groups)('$name', (group) => {
    const tsconfig = writeTsconfig(group);
    let linted: readonly Result[] = [];

    it(
      'runs every rule on every file through ESLint, with no fault',
      { timeout: TIMEOUT },
      async () => {
        const started = performance.now();
        const program = createProgram(group.files, group.compilerOptions, tsconfig);
        const { results, faults } = await lintWithProgram(group.files, program);
        linted = results;

        expect(faults).toEqual([]);
        expect(results.map((result) => result.filePath)).toEqual(group.files);
        expect(fatalFiles(results)).toEqual([]);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.info(`${group.name}: ESLint linted ${results.length} files in ${seconds} s`);
      },
    );

    it(
      'scans every file with the CLI, with nothing on stderr and the findings ESLint reports',
      { timeout: TIMEOUT },
      () => {
        const started = performance.now();
        const run = scanJson(tsconfig);

        expect(faultsOn(run.stderr)).toBe('');
        const scanned = findingsByFile(run.results);
        expect(run.status).toBe(Object.keys(scanned).length > 0 ? 1 : 0);
        const analysed = new Set(run.results.map((result) => result.filePath));
        expect(findingsByFile(linted.filter((result) => analysed.has(result.filePath)))).toEqual(
          scanned,
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.info(`${group.name}: the CLI scanned ${group.files.length} files in ${seconds} s`);
      },
    );
  });
});

describe('the crash corpus of generated odd inputs', () => {
  let standard: OddProject;
  let legacy: OddProject;
  let scanned: ReturnType<typeof scanJson>;
  beforeAll(() => {
    [standard, legacy] = writeOddProjects(OUTPUT) as [OddProject, OddProject];
    scanned = scanJson(standard.tsconfig);
  });

  const shown = (file: string) => `tests/.output/crash-corpus/odd-standard/src/${file}`;
  const inStandard = (file: string) => path.join(standard.folder, 'src', file);

  it(
    'the CLI names each file it cannot analyse, goes on, and exits 2',
    { timeout: TIMEOUT },
    () => {
      expect(scanned.stderr).toBe(
        [
          `wrapper-pitfalls: note: ${DEPTH_NOTE}`,
          `wrapper-pitfalls: ${shown('garbage.ts')}:1:4: not analysed: syntax error: Invalid character.`,
          `wrapper-pitfalls: ${shown('latin1.ts')}:11:1: not analysed: it is not UTF-8 text; save it as UTF-8`,
          `wrapper-pitfalls: ${shown('syntax-error.ts')}:11:33: not analysed: syntax error: ` +
            'Property or signature expected.',
          `wrapper-pitfalls: ${shown('unterminated.ts')}:1:40: not analysed: syntax error: Expression expected.`,
          '',
        ].join('\n'),
      );
      expect(scanned.status).toBe(2);
      const fatal = scanned.results.flatMap((result) =>
        result.messages
          .filter((message) => message.fatal)
          .map((message) => [result.filePath, message]),
      );
      expect(fatal).toEqual([
        [
          inStandard('garbage.ts'),
          expect.objectContaining({
            line: 1,
            column: 4,
            message: 'Not analysed: syntax error: Invalid character.',
          }),
        ],
        [
          inStandard('latin1.ts'),
          expect.objectContaining({
            line: 11,
            column: 1,
            message: 'Not analysed: it is not UTF-8 text; save it as UTF-8',
          }),
        ],
        [
          inStandard('syntax-error.ts'),
          expect.objectContaining({
            line: 11,
            column: 33,
            message: 'Not analysed: syntax error: Property or signature expected.',
          }),
        ],
        [
          inStandard('unterminated.ts'),
          expect.objectContaining({
            line: 1,
            column: 40,
            message: 'Not analysed: syntax error: Expression expected.',
          }),
        ],
      ]);
      expect(scanned.results.map((result) => result.filePath)).toEqual(
        standard.files.filter((file) => !file.endsWith('.d.ts')),
      );
    },
  );

  it(
    'ESLint runs every rule on every file with no fault and reports what the CLI reports',
    { timeout: TIMEOUT },
    async () => {
      // ESLint reads files as UTF-8 only; TypeScript (and so the CLI) also reads UTF-16.
      const files = standard.files.filter((file) => !file.endsWith('utf16le.ts'));
      const program = createProgram(files, standard.compilerOptions, standard.tsconfig);
      const { results, faults } = await lintWithProgram(files, program);

      expect(faults).toEqual([]);
      expect(results.map((result) => result.filePath)).toEqual(files);
      // deep-binary.ts: typescript-estree, ESLint's TypeScript parser, runs out of stack on it.
      expect(fatalFiles(results)).toEqual(
        ['deep-binary.ts', 'garbage.ts', 'syntax-error.ts', 'unterminated.ts'].map(inStandard),
      );
      // Compared where both analysed the file: the CLI leaves latin1.ts out, ESLint deep-binary.ts.
      const skipped = new Set([...fatalFiles(results), ...fatalFiles(scanned.results)]);
      const comparable = (all: readonly Result[]) =>
        findingsByFile(
          all.filter((result) => files.includes(result.filePath) && !skipped.has(result.filePath)),
        );
      expect(comparable(results)).toEqual(comparable(scanned.results));
    },
  );

  it.each([
    ['bom.ts', 1],
    ['utf16le.ts', 1],
    ['long-line.ts', 11],
    ['unicode.ts', 11],
    ['crlf.ts', 12],
    ['cr-only.ts', 12],
    ['shebang.ts', 13],
  ])('%s: the check is reported on line %i at its column in UTF-16 code units', (file, line) => {
    const text = new TextDecoder(file.startsWith('utf16') ? 'utf-16le' : 'utf-8').decode(
      fs.readFileSync(inStandard(file)),
    );
    const lineText = text.split(/\r\n|[\r\n]/)[line - 1]!;
    const column = lineText.indexOf('target instanceof Repository') + 1;
    const result = scanned.results.find((each) => each.filePath === inStandard(file))!;
    const check = result.messages.find(
      (message) => message.ruleId === 'wrapper-pitfalls/no-instanceof-wrapped',
    );

    expect(column).toBeGreaterThan(0);
    expect(check).toMatchObject({
      line,
      column,
      endLine: line,
      endColumn: column + 'target instanceof Repository'.length,
    });
  });

  it(
    'legacy decorators: both front ends agree and nothing faults',
    { timeout: TIMEOUT },
    async () => {
      const run = scanJson(legacy.tsconfig);
      const program = createProgram(legacy.files, legacy.compilerOptions, legacy.tsconfig);
      const { results, faults } = await lintWithProgram(legacy.files, program);

      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(faults).toEqual([]);
      expect(findingsByFile(results)).toEqual(findingsByFile(run.results));
      expect(Object.values(findingsByFile(run.results)).flat()).toHaveLength(2);
    },
  );
});
