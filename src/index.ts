import { createRequire } from 'node:module';

import type { TSESLint } from '@typescript-eslint/utils';

import { buildConfigs } from './configs.js';
import { PLUGIN_NAMESPACE } from './core/index.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs: {} as ReturnType<typeof buildConfigs>,
};

plugin.configs = buildConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin);

export default plugin;
