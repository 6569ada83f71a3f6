import { RULE_CATALOG } from '../core/index.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './report-findings.js';
import { defaultRuleOptions, ruleOptionsSchema } from './rule-options.js';

const { description, recommended, messages } = RULE_CATALOG['no-identity-wrapped'];

export const noIdentityWrapped = createRule({
  name: 'no-identity-wrapped',
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
        reportFindings(context, 'no-identity-wrapped', options);
      },
    };
  },
});
