import { RULE_CATALOG } from '../core/index.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './report-findings.js';
import { defaultRuleOptions, ruleOptionsSchema } from './rule-options.js';

const { description, recommended, messages } = RULE_CATALOG['no-instanceof-wrapped-error'];

export const noInstanceofWrappedError = createRule({
  name: 'no-instanceof-wrapped-error',
  meta: {
    type: 'problem',
    docs: { description, recommended, requiresTypeChecking: true },
    messages,
    hasSuggestions: true,
    schema: ruleOptionsSchema,
    defaultOptions: defaultRuleOptions,
  },
  defaultOptions: defaultRuleOptions,
  create(context, [options]) {
    return {
      Program() {
        reportFindings(context, 'no-instanceof-wrapped-error', options);
      },
    };
  },
});
