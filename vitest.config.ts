import path from 'node:path';

import { defineConfig } from 'vitest/config';

/** The tests that run ESLint itself, run a second time on ESLint 9 (`eslint-v9`). */
const ESLINT_TESTS = [
  'tests/rules/**/*.test.ts',
  'tests/eslint/**/*.test.ts',
  'tests/cases/cases-eslint.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The crash corpus lints and scans programs of over a thousand installed files in one
    // worker, more than Node's default heap holds on a small machine.
    execArgv: ['--max-old-space-size=8192'],
    projects: [
      {
        extends: true,
        test: { name: 'eslint10', include: ['tests/**/*.test.ts'] },
      },
      {
        extends: true,
        resolve: { alias: [{ find: /^eslint$/, replacement: path.resolve('node_modules/eslint-v9') }] },
        test: {
          name: 'eslint9',
          include: ESLINT_TESTS,
          env: { WRAPPER_PITFALLS_ESLINT: '9' },
        },
      },
    ],
  },
});
