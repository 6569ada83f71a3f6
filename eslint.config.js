// Lints this plugin's own rule modules with eslint-plugin-eslint-plugin. Fixtures and other
// projects' code are never linted (nor run) from here.
import tsParser from '@typescript-eslint/parser';
import eslintPlugin from 'eslint-plugin-eslint-plugin';

export default [
  { ignores: ['**/*', '!src/', '!src/rules/', '!src/rules/**'] },
  {
    files: ['src/rules/**/*.ts'],
    languageOptions: { parser: tsParser },
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^Disallow' }],
      // RuleCreator fills `meta.docs.url` in from the rule's name.
      'eslint-plugin/require-meta-docs-url': 'off',
      // Rules report through the shared `reportFindings`, which adds the suggestions; the
      // static check cannot see them there.
      'eslint-plugin/require-meta-has-suggestions': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/no-property-in-node': 'error',
      'eslint-plugin/prefer-message-ids': 'error',
      'eslint-plugin/require-meta-type': 'error',
    },
  },
];
