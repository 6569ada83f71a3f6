import fs from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { ALL_RULES, lintWithProgram } from '../helpers/lint-program.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { DEFAULT_TSCONFIG, TARGETS_MODULE } from '../helpers/written-project.js';

/** Inside the repository: ESLint lints nothing outside its working directory. */
const FOLDER = path.join(REPO_ROOT, 'tests/.output/rule-guard');
const CHECK = `import { ProgressTarget, Repository, type Target } from './targets.js';
export function hint(target: Target) { return target instanceof Repository; }
hint(new ProgressTarget(new Repository('r')));
`;

fs.rmSync(FOLDER, { recursive: true, force: true });
fs.mkdirSync(FOLDER, { recursive: true });
fs.writeFileSync(path.join(FOLDER, 'check.ts'), CHECK);
fs.writeFileSync(path.join(FOLDER, 'targets.ts'), TARGETS_MODULE);
afterAll(() => fs.rmSync(FOLDER, { recursive: true, force: true }));

const FILES = ['check.ts', 'targets.ts'].map((name) => path.join(FOLDER, name));
const RULES = Object.keys(plugin.rules).sort();

/** The program typed linting would build, where `check.ts` may read other than it does on disk. */
function program(checkText = CHECK): ts.Program {
  const { options } = ts.convertCompilerOptionsFromJson(DEFAULT_TSCONFIG.compilerOptions, FOLDER);
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    fileName === FILES[0]
      ? ts.createSourceFile(fileName, checkText, languageVersion, true)
      : read(fileName, languageVersion, ...rest);
  return ts.createProgram({
    rootNames: FILES,
    options: { ...options, configFilePath: path.join(FOLDER, 'tsconfig.json') },
    host,
  });
}

const ruleIds = (results: readonly ESLint.LintResult[]) =>
  results.flatMap((result) => result.messages.map((message) => message.ruleId));

describe('every rule is guarded', () => {
  it('reports the finding when the program reads the file as ESLint does', async () => {
    const { results, faults } = await lintWithProgram(FILES, program());

    expect(faults).toEqual([]);
    expect(ruleIds(results)).toEqual(['wrapper-pitfalls/no-instanceof-wrapped']);
  });

  it('reports nothing, rather than a wrong place, when the program read other text', async () => {
    const { results, faults } = await lintWithProgram(FILES, program(`// shifted\n${CHECK}`));

    expect(ruleIds(results)).toEqual([]);
    expect(faults.map((fault) => fault.split('\n')[0])).toEqual(
      RULES.map(
        (rule) =>
          `wrapper-pitfalls: ${rule} skipped ${FILES[0]}: ` +
          'Error: the type-checked text of the file differs from the linted text',
      ),
    );
  });

  it('reports nothing, and throws nothing, when shared settings have an unexpected shape', async () => {
    const settings = { 'wrapper-pitfalls': { ignoreClasses: 'Repository', unwrapMembers: 5 } };
    const { results, faults } = await lintWithProgram(FILES, program(), settings);

    expect(ruleIds(results)).toEqual([]);
    expect(faults.map((fault) => fault.split('\n')[0])).toEqual(
      RULES.map(
        (rule) =>
          `wrapper-pitfalls: ${rule} skipped ${FILES[0]}: ` +
          'TypeError: ctx.options.ignoreClasses.some is not a function',
      ),
    );
  });

  it("still throws typescript-eslint's own message when type information is missing", async () => {
    const eslint = new ESLint({
      cwd: FOLDER,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser },
          plugins: { 'wrapper-pitfalls': plugin as unknown as ESLint.Plugin },
          rules: ALL_RULES,
        },
      ] as Linter.Config[],
    });

    const failure = await eslint.lintFiles([FILES[0]!]).then(
      () => undefined,
      (error: Error) => error,
    );

    expect(failure?.message.split('\n')[0]).toBe(
      "You have used a rule which requires type information, but don't have parserOptions set to " +
        'generate type information for this file. See https://tseslint.com/typed-linting for ' +
        'enabling linting with type information.',
    );
  });
});
