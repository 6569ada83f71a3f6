/**
 * The rules and their messages, shared by the ESLint rules and the CLI so both say the same
 * thing in the same words. Placeholders use ESLint's `{{name}}` syntax.
 */
export const RULE_CATALOG = {
  'no-instanceof-wrapped': {
    description: 'Disallow `instanceof` checks that a wrapper of the tested value silently fails',
    recommended: true,
    messages: {
      wrappedInstanceof:
        '`{{check}}` is false when `{{subject}}` is a {{wrapper}} ({{where}}): unwrap it first, ' +
        'or test the capability you need.',
    },
  },
  'no-silent-type-gate': {
    description:
      'Disallow code that does its work only when a concrete-type check passes and silently does ' +
      'nothing for wrapped values',
    recommended: true,
    messages: {
      silentSkip:
        '{{function}} silently skips `{{effect}}` when `{{subject}}` is a {{wrapper}} ({{where}}) ' +
        'rather than a {{concrete}}: handle the wrapped case, or get what it needs without a ' +
        'type check.',
      silentReturn:
        '{{function}} silently returns before `{{effect}}` when `{{subject}}` is a {{wrapper}} ' +
        '({{where}}) rather than a {{concrete}}: handle the wrapped case, or get what it needs ' +
        'without a type check.',
      silentFallback:
        '{{function}} silently falls through to `{{effect}}` when `{{subject}}` is a {{wrapper}} ' +
        '({{where}}) rather than a {{concrete}}: recognise the wrapped value before the fallback, ' +
        'or unwrap it first.',
    },
  },
} as const;

export type RuleName = keyof typeof RULE_CATALOG;

export type MessageId<Rule extends RuleName> = keyof (typeof RULE_CATALOG)[Rule]['messages'];

export const RULE_NAMES = Object.keys(RULE_CATALOG).sort() as RuleName[];

/** The namespace ESLint gives the plugin's rules in a flat config, and the CLI uses alike. */
export const PLUGIN_NAMESPACE = 'wrapper-pitfalls';

/** Fills `{{name}}` placeholders the way ESLint does, leaving unknown ones as written. */
export function formatMessage(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, key: string) =>
    Object.hasOwn(data, key) ? (data[key] ?? whole) : whole,
  );
}

export function messageTemplate(rule: RuleName, messageId: string): string {
  const messages: Readonly<Record<string, string>> = RULE_CATALOG[rule].messages;
  const template = messages[messageId];
  if (template === undefined) throw new Error(`${rule} has no message ${messageId}`);
  return template;
}
