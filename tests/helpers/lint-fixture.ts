import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';

import plugin from '../../src/index.js';
import { REPO_ROOT } from './run-cli.js';

export type TypedLinting = 'projectService' | 'project';

/**
 * Lints a fixture project with the real `ESLint` class and the plugin's `recommended` flat
 * config, typed through either of typescript-eslint's two ways of finding the tsconfig.
 */
export async function lintFixture(
  fixture: string,
  typedLinting: TypedLinting = 'projectService',
): Promise<ESLint.LintResult[]> {
  const cwd = path.join(REPO_ROOT, fixture);
  const parserOptions =
    typedLinting === 'projectService'
      ? { projectService: true, tsconfigRootDir: cwd }
      : { project: './tsconfig.json', tsconfigRootDir: cwd };
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser, parserOptions } },
      plugin.configs.recommended as Linter.Config,
    ],
  });
  const results = await eslint.lintFiles(['**/*.ts']);
  return results.sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
}

/** The fields ESLint and the CLI must agree on, per file. */
export function comparable(results: readonly { filePath: string; messages: readonly object[] }[]) {
  return results.map((result) => ({
    filePath: result.filePath,
    messages: result.messages.map((message) => {
      const { ruleId, message: text, line, column, endLine, endColumn, messageId, severity } =
        message as Linter.LintMessage;
      return { ruleId, message: text, line, column, endLine, endColumn, messageId, severity };
    }),
  }));
}
