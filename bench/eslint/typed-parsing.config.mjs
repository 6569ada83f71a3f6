// @ts-check
// The benchmark's (b): typescript-eslint's parser with the project service and no rule, which
// is the cost of typed parsing alone. Run from the repository root; see docs/benchmarks.md.
import tsParser from '@typescript-eslint/parser';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: process.cwd() },
    },
  },
];
