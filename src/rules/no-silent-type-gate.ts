import { RULE_CATALOG } from '../core/index.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './report-findings.js';
import { defaultRuleOptions, ruleOptionsSchema } from './rule-options.js';

const { description, recommended, messages } = RULE_CATALOG['no-silent-type-gate'];

export const noSilentTypeGate = createRule({
  name: 'no-silent-type-gate',
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
        reportFindings(context, 'no-silent-type-gate', options);
      },
    };
  },
});
