import type { TSESLint } from '@typescript-eslint/utils';

import { PLUGIN_NAMESPACE, RULE_CATALOG, RULE_NAMES } from './core/index.js';
import type { RuleName } from './core/index.js';

type FlatConfig = TSESLint.FlatConfig.Config;
type LegacyConfig = TSESLint.ClassicConfig.Config;

/** The shared settings under which `strict` also reports what a library's users may wrap. */
const STRICT_SETTINGS = { assumeExportsOpen: true, assumeWrappable: true };

function errors(names: readonly RuleName[]): Record<string, 'error'> {
  return Object.fromEntries(names.map((rule) => [`${PLUGIN_NAMESPACE}/${rule}`, 'error' as const]));
}

/** The rules each preset turns on, read from the rules' own metadata. */
export const PRESET_RULES = {
  recommended: RULE_NAMES.filter((rule) => RULE_CATALOG[rule].recommended),
  strict: RULE_NAMES,
  all: RULE_NAMES,
};

/**
 * The flat configs (ESLint 9 and 10) and their eslintrc twins (ESLint 8.57): `recommended` turns
 * on the rules that report only where a wrapper really reaches the check; `strict` turns on every
 * rule and also treats exported functions as open to any caller and interface-typed values as
 * wrappable (for libraries); `all` turns on every rule with default settings.
 */
export function buildConfigs(plugin: TSESLint.FlatConfig.Plugin) {
  const flat = (name: string, rules: readonly RuleName[], settings?: object): FlatConfig => ({
    name: `${PLUGIN_NAMESPACE}/${name}`,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    rules: errors(rules),
    ...(settings ? { settings: { [PLUGIN_NAMESPACE]: settings } } : {}),
  });
  const legacy = (rules: readonly RuleName[], settings?: object): LegacyConfig => ({
    plugins: [PLUGIN_NAMESPACE],
    rules: errors(rules),
    ...(settings ? { settings: { [PLUGIN_NAMESPACE]: settings } } : {}),
  });

  return {
    recommended: flat('recommended', PRESET_RULES.recommended),
    strict: flat('strict', PRESET_RULES.strict, STRICT_SETTINGS),
    all: flat('all', PRESET_RULES.all),
    'recommended-legacy': legacy(PRESET_RULES.recommended),
    'strict-legacy': legacy(PRESET_RULES.strict, STRICT_SETTINGS),
    'all-legacy': legacy(PRESET_RULES.all),
  };
}
