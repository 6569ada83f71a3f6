import { ESLintUtils } from '@typescript-eslint/utils';

export const DOCS_BASE_URL =
  'https://github.com/wrapper-pitfalls/eslint-plugin-wrapper-pitfalls/blob/main/docs/rules';

export interface WrapperPitfallsDocs {
  /** Whether the `recommended` config turns the rule on. */
  readonly recommended: boolean;
  readonly requiresTypeChecking: true;
}

export const createRule = ESLintUtils.RuleCreator<WrapperPitfallsDocs>(
  (name) => `${DOCS_BASE_URL}/${name}.md`,
);
