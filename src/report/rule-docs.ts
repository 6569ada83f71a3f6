/** Where the plugin's source and documentation live; the ESLint rules link to the same pages. */
export const PROJECT_URL = 'https://github.com/wrapper-pitfalls/eslint-plugin-wrapper-pitfalls';

/** The documentation page of a rule, as the ESLint rules' `meta.docs.url` gives it. */
export function ruleDocsUrl(rule: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${rule}.md`;
}
