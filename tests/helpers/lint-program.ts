import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import ts from 'typescript';

import plugin from '../../src/index.js';
import { REPO_ROOT } from './run-cli.js';

/** Every kind of file TypeScript reads as code. */
const SCRIPT_FILES = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'].map(
  (ext) => `**/*.${ext}`,
);

/** Every rule of the plugin, on, whatever the `recommended` config says. */
export const ALL_RULES = Object.fromEntries(
  Object.keys(plugin.rules).map((rule) => [`wrapper-pitfalls/${rule}`, 'error' as const]),
);

/**
 * A program of `files` under tsconfig-style `compilerOptions`, as typed linting builds one from
 * the tsconfig at `configFilePath` (whose folder messages show paths relative to).
 */
export function createProgram(
  files: readonly string[],
  compilerOptions: Record<string, unknown>,
  configFilePath: string,
): ts.Program {
  const folder = path.dirname(configFilePath);
  const { options, errors } = ts.convertCompilerOptionsFromJson(compilerOptions, folder);
  if (errors.length > 0) {
    throw new Error(ts.flattenDiagnosticMessageText(errors[0]!.messageText, '\n'));
  }

  return ts.createProgram({ rootNames: files, options: { ...options, configFilePath } });
}

export interface ProgramLint {
  readonly results: ESLint.LintResult[];
  /** What the rules wrote under `DEBUG=wrapper-pitfalls`: faults they swallowed. */
  readonly faults: string[];
}

/**
 * Lints `files` with the real `ESLint` class and every rule of the plugin, typed by a program
 * built beforehand (`parserOptions.programs`), so each file is parsed once and no inline
 * `eslint-disable` comment of the linted code gets a say.
 */
export async function lintWithProgram(
  files: readonly string[],
  program: ts.Program,
  settings: Record<string, unknown> = {},
): Promise<ProgramLint> {
  const eslint = new ESLint({
    cwd: REPO_ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: ['!**/node_modules/'] },
      {
        files: SCRIPT_FILES,
        languageOptions: { parser: tsParser, parserOptions: { programs: [program] } },
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
        plugins: { 'wrapper-pitfalls': plugin as unknown as ESLint.Plugin },
        rules: ALL_RULES,
        settings,
      },
    ] as Linter.Config[],
  });

  const faults: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  const debug = process.env['DEBUG'];
  process.env['DEBUG'] = 'wrapper-pitfalls';
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    const text = String(chunk);
    if (text.startsWith('wrapper-pitfalls:')) {
      faults.push(text);
      return true;
    }

    return write(chunk, ...rest);
  }) as typeof process.stderr.write;
  try {
    const results = await eslint.lintFiles([...files]);
    return { results: results.sort((a, b) => (a.filePath < b.filePath ? -1 : 1)), faults };
  } finally {
    process.stderr.write = write;
    if (debug === undefined) delete process.env['DEBUG'];
    else process.env['DEBUG'] = debug;
  }
}
