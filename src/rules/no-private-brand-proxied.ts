import { RULE_CATALOG } from '../core/index.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './report-findings.js';
import { defaultRuleOptions, ruleOptionsSchema } from './rule-options.js';

const { description, recommended, messages } = RULE_CATALOG['no-private-brand-proxied'];

export const noPrivateBrandProxied = createRule({
  name: 'no-private-brand-proxied',
  meta: {
    type: 'problem',
    docs: { description, recommended, requiresTypeChecking: true },
    messages,
    schema: ruleOptionsSchema,
    defaultOptions: defaultRuleOptions,
  },
  defaultOptions: defaultRuleOptions,
  create(context, [options]) {
    return {
      Program() {
        reportFindings(context, 'no-private-brand-proxied', options);
      },
    };
  },
});
