import { RULE_CATALOG } from '../core/index.js';
import type { RuleName } from '../core/index.js';
import { createRule } from './create-rule.js';
import { reportFindings } from './report-findings.js';
import { defaultRuleOptions, ruleOptionsSchema } from './rule-options.js';

/**
 * A rule of the pack: its name, description and messages come from the core's catalog, and it
 * reports what the shared analysis finds for it. Nothing about the check lives here, so the
 * rules and the CLI cannot drift apart.
 */
export function pitfallRule(name: RuleName, options: { hasSuggestions?: boolean } = {}) {
  const entry = RULE_CATALOG[name];
  const messages: Record<string, string> = entry.messages;
  return createRule({
    name,
    meta: {
      type: 'problem',
      docs: { description: entry.description, recommended: entry.recommended, requiresTypeChecking: true },
      messages,
      schema: ruleOptionsSchema,
      defaultOptions: defaultRuleOptions,
      ...(options.hasSuggestions ? { hasSuggestions: true } : {}),
    },
    defaultOptions: defaultRuleOptions,
    create(context, [options]) {
      return {
        Program() {
          reportFindings(context, name, options);
        },
      };
    },
  });
}
