import path from 'node:path';
import { fileURLToPath } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as eslint from 'eslint';
import { afterAll, describe, it } from 'vitest';

/** The folder whose tsconfig types the code of every rule test, linted as `file.ts`. */
export const RULE_TESTER_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/rule-tester',
);

/** Set by the `eslint9` test project, where `eslint` resolves to ESLint 9. */
export const ESLINT_9 = process.env['WRAPPER_PITFALLS_ESLINT'] === '9';

type Run = RuleTester['run'];

/**
 * typescript-eslint's RuleTester on the installed ESLint, or, in the `eslint9` project, ESLint 9's
 * own RuleTester with typescript-eslint's parser: the same cases run on both majors.
 */
export function createRuleTester(): { run: Run } {
  const parserOptions = { project: './tsconfig.json', tsconfigRootDir: RULE_TESTER_ROOT };
  if (!ESLINT_9) {
    RuleTester.afterAll = afterAll;
    RuleTester.describe = describe;
    RuleTester.it = it;
    RuleTester.itOnly = it.only;
    return new RuleTester({ languageOptions: { parserOptions } });
  }

  const Tester = eslint.RuleTester as unknown as {
    new (config: object): { run: (name: string, rule: unknown, tests: object) => void };
    describe: unknown;
    it: unknown;
    itOnly: unknown;
  };
  Tester.describe = describe;
  Tester.it = it;
  Tester.itOnly = it.only;
  // typescript-eslint's own RuleTester turns single-run programs off (CI=true would turn them
  // on); ESLint's must be told, or the test code is parsed without the fixture's tsconfig.
  const tester = new Tester({
    languageOptions: {
      parser: tsParser,
      parserOptions: { ...parserOptions, disallowAutomaticSingleRunInference: true },
    },
  });
  const filename = path.join(RULE_TESTER_ROOT, 'file.ts');
  const withFile = (test: string | object) =>
    typeof test === 'string' ? { code: test, filename } : { filename, ...test };
  return {
    run: ((name, rule, tests) =>
      tester.run(name, rule, {
        valid: tests.valid.map(withFile),
        invalid: tests.invalid.map(withFile),
      })) as Run,
  };
}
