import { createRequire } from 'node:module';

import type { TSESLint } from '@typescript-eslint/utils';

import { PLUGIN_NAMESPACE, RULE_CATALOG, RULE_NAMES } from './core/index.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

type FlatConfig = TSESLint.FlatConfig.Config;

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs: {} as { recommended: FlatConfig },
};

/** Rules the `recommended` config turns on, taken from each rule's own metadata. */
const recommendedRules = Object.fromEntries(
  RULE_NAMES.filter((rule) => RULE_CATALOG[rule].recommended).map((rule) => [
    `${PLUGIN_NAMESPACE}/${rule}`,
    'error' as const,
  ]),
);

plugin.configs.recommended = {
  name: `${PLUGIN_NAMESPACE}/recommended`,
  plugins: { [PLUGIN_NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: recommendedRules,
};

export default plugin;
export { rules };
