import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const ALL_RULES = Object.keys(plugin.rules).map((rule) => `wrapper-pitfalls/${rule}`).sort();

async function lintWith(config: Linter.Config, fixture: string) {
  const cwd = path.join(REPO_ROOT, fixture);
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: cwd } },
      },
      config,
    ],
  });
  const results = await eslint.lintFiles(['**/*.ts']);
  return results.flatMap((result) =>
    result.messages.map((message) => `${path.basename(result.filePath)}:${message.line} ${message.ruleId} ${message.messageId}`),
  );
}

describe('the configs', () => {
  it('turn on the rules their metadata names, as errors', () => {
    const rules = (config: { rules?: object }) => Object.keys(config.rules ?? {}).sort();
    expect(rules(plugin.configs.recommended)).toEqual(ALL_RULES);
    expect(rules(plugin.configs.strict)).toEqual(ALL_RULES);
    expect(rules(plugin.configs.all)).toEqual(ALL_RULES);
    expect(new Set(Object.values(plugin.configs.all.rules ?? {}))).toEqual(new Set(['error']));
    expect(plugin.configs.strict.settings).toEqual({
      'wrapper-pitfalls': { assumeExportsOpen: true, assumeWrappable: true },
    });
  });

  it('have eslintrc twins for ESLint 8.57', () => {
    expect(plugin.configs['recommended-legacy']).toEqual({
      plugins: ['wrapper-pitfalls'],
      rules: plugin.configs.recommended.rules,
    });
    expect(plugin.configs['strict-legacy'].settings).toEqual(plugin.configs.strict.settings);
  });

  it('report a library check no wrapper reaches only under strict', async () => {
    const fixture = 'fixtures/library-unwrapped';
    expect(await lintWith(plugin.configs.recommended as Linter.Config, fixture)).toEqual([]);
    expect(await lintWith(plugin.configs.strict as Linter.Config, fixture)).toEqual([
      'index.ts:9 wrapper-pitfalls/no-silent-type-gate silentSkip',
      'index.ts:9 wrapper-pitfalls/no-instanceof-wrapped assumedWrapper',
    ]);
  });
});
