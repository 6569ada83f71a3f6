/**
 * The rules and their messages, shared by the ESLint rules and the CLI so both say the same
 * thing in the same words. Placeholders use ESLint's `{{name}}` syntax. Each message gives the
 * consequence, names the wrapper and where it is made, then the remedy.
 */
export const RULE_CATALOG = {
  'no-instanceof-wrapped': {
    description: 'Disallow `instanceof` checks that a wrapper of the tested value silently fails',
    recommended: true,
    messages: {
      wrappedInstanceof:
        '`{{check}}` is false when `{{subject}}` is {{wrapper}} ({{where}}): unwrap it first, ' +
        'or test the capability you need.',
      copiedInstanceof:
        '`{{check}}` is false when `{{subject}}` is {{wrapper}} ({{where}}), which keeps the ' +
        'fields but not the class: pass the instance itself, or test the fields you need.',
      duplicateInstanceof:
        '`{{check}}` is false when `{{subject}}` is {{wrapper}} ({{where}}): install one copy of ' +
        'the package, or test with a brand every copy shares (`Symbol.for`).',
      assumedWrapper:
        '`{{check}}` is false when `{{subject}}` is a wrapper of {{abstraction}} that a caller ' +
        'makes: unwrap it first, or test the capability you need.',
      unwrapFirst: 'Peel the wrappers with `{{unwrap}}` before the check.',
    },
  },
  'no-constructor-check-wrapped': {
    description:
      'Disallow constructor and prototype identity checks that a wrapper of the tested value ' +
      'silently fails',
    recommended: true,
    messages: {
      wrappedConstructor:
        '`{{check}}` is false when `{{subject}}` is {{wrapper}} ({{where}}): unwrap it first, ' +
        'or test the capability you need.',
      wrappedConstructorNegated:
        '`{{check}}` is true when `{{subject}}` is {{wrapper}} ({{where}}), even around a ' +
        '{{concrete}}: unwrap it first, or test the capability you need.',
      wrappedConstructorSwitch:
        '`switch ({{subject}}.constructor)` misses `case {{concrete}}` when `{{subject}}` is ' +
        '{{wrapper}} ({{where}}): unwrap it first, or test the capability you need.',
      duplicateConstructor:
        '`{{check}}` fails when `{{subject}}` is {{wrapper}} ({{where}}): install one copy of the ' +
        'package, or test with a brand every copy shares (`Symbol.for`).',
      assumedWrapper:
        '`{{check}}` is false when `{{subject}}` is a wrapper of {{abstraction}} that a caller ' +
        'makes: unwrap it first, or test the capability you need.',
    },
  },
  'no-type-guard-wrapped': {
    description:
      'Disallow type guards built on concrete-type checks where a wrapper of the tested value ' +
      'reaches them',
    recommended: true,
    messages: {
      guardCall:
        '`{{check}}` is false when `{{subject}}` is {{wrapper}} ({{where}}), because {{guard}}() ' +
        'tests the concrete class: unwrap it first, or make the guard test what the value can do.',
      assertCall:
        '{{guard}}() throws when `{{subject}}` is {{wrapper}} ({{where}}), because it asserts the ' +
        'concrete class: unwrap it first, or make the assertion test what the value can do.',
      assertDefinition:
        '{{guard}}() asserts the concrete class, so it throws for {{wrapper}} ({{where}}): ' +
        'assert what the value can do, or unwrap inside the assertion.',
      guardDefinition:
        '{{guard}}() tests the concrete class, so it answers false for {{wrapper}} ({{where}}): ' +
        'test what the value can do, or unwrap inside the guard.',
    },
  },
  'no-capability-probe-wrapped': {
    description:
      'Disallow probing a value for a member that some wrapper of it hides, and calling such a ' +
      'member on a copy that lost it',
    recommended: true,
    messages: {
      hiddenMember:
        '`{{check}}` is false when `{{subject}}` is {{wrapper}} ({{where}}), which has no ' +
        '`{{member}}` though the value it stands for has: forward `{{member}}` in the wrapper, ' +
        'or unwrap before probing.',
      hiddenMemberNegated:
        '`{{check}}` is true when `{{subject}}` is {{wrapper}} ({{where}}), which has no ' +
        '`{{member}}` though the value it stands for has: forward `{{member}}` in the wrapper, ' +
        'or unwrap before probing.',
      lostMember:
        '`{{check}}` throws a TypeError when `{{subject}}` is {{wrapper}} ({{where}}), which has ' +
        'no `{{member}}`: a copy takes own fields only, not the methods on the prototype; ' +
        'inherit from the value (`Object.create`) instead of copying it.',
    },
  },
  'no-discriminant-wrapped': {
    description: 'Disallow discriminant checks on values whose wrappers do not carry the discriminant',
    recommended: true,
    messages: {
      wrappedDiscriminant:
        '`{{check}}` does not match when `{{subject}}` is {{wrapper}} ({{where}}), which does not ' +
        'carry `{{member}}`: forward `{{member}}` in the wrapper, or unwrap before testing.',
      wrappedDiscriminantNegated:
        '`{{check}}` is true when `{{subject}}` is {{wrapper}} ({{where}}), which does not carry ' +
        '`{{member}}`: forward `{{member}}` in the wrapper, or unwrap before testing.',
      otherDiscriminant:
        '`{{check}}` does not match when `{{subject}}` is {{wrapper}} ({{where}}), whose own ' +
        '`{{member}}` is another value: forward `{{member}}` from what it wraps, or unwrap before ' +
        'testing.',
    },
  },
  'no-identity-wrapped': {
    description:
      'Disallow identity comparisons and identity-keyed lookups between wrappers and the objects ' +
      'they stand for',
    recommended: true,
    messages: {
      wrappedIdentity:
        '`{{check}}` compares {{wrapper}} ({{where}}) with the object it stands for, so it is ' +
        'never true: compare unwrapped values, or compare by an id.',
      wrappedIdentityNegated:
        '`{{check}}` compares {{wrapper}} ({{where}}) with the object it stands for, so it is ' +
        'always true: compare unwrapped values, or compare by an id.',
      wrappedSearch:
        '`{{check}}` searches by identity, but {{wrapper}} ({{where}}) is never the object it ' +
        'stands for, so it finds nothing: search the unwrapped collection, or match by an id.',
      wrappedKey:
        '`{{check}}` misses: the key may be {{wrapper}} ({{where}}) while the entries were stored ' +
        'under the object it stands for (or the other way round); unwrap the key, or key by an id.',
    },
  },
  'no-private-brand-proxied': {
    description:
      'Disallow `#private` access and brand checks on values that may be proxies or other ' +
      'copies of the class',
    recommended: true,
    messages: {
      wrappedPrivateAccess:
        '`{{check}}` throws a TypeError when `{{subject}}` is {{wrapper}} ({{where}}), which has ' +
        'no `{{member}}`: call it on the instance itself, not on a proxy or wrapper of it (mark ' +
        'instances raw before they enter a proxy), or keep that state in a WeakMap.',
      wrappedBrandCheck:
        '`{{check}}` is false when `{{subject}}` is {{wrapper}} ({{where}}), which has no ' +
        '`{{member}}`: unwrap it first, or test with a brand every copy shares (`Symbol.for`).',
    },
  },
  'no-instanceof-wrapped-error': {
    description:
      'Disallow `instanceof` tests of caught errors where the program wraps errors as the ' +
      '`cause` of others',
    recommended: true,
    messages: {
      wrappedError:
        '`{{check}}` misses a {{concrete}} wrapped as the `cause` of {{wrapper}} ({{where}}): ' +
        'walk the `cause` chain before testing.',
      walkCauses: 'Walk the `cause` chain, then test each error.',
    },
  },
  'no-silent-type-gate': {
    description:
      'Disallow code that does its work only when a concrete-type check passes and silently does ' +
      'nothing for wrapped values',
    recommended: true,
    messages: {
      silentSkip:
        '{{function}} silently skips `{{effect}}` when {{value}} is {{wrapper}} ({{where}}): ' +
        'handle the wrapped case, or get what it needs without a type check.',
      silentReturn:
        '{{function}} silently returns before `{{effect}}` when {{value}} is {{wrapper}} ' +
        '({{where}}): handle the wrapped case, or get what it needs without a type check.',
      silentContinue:
        '{{function}} silently moves on before `{{effect}}` when {{value}} is {{wrapper}} ' +
        '({{where}}): handle the wrapped case, or get what it needs without a type check.',
      silentFallback:
        '{{function}} silently falls through to `{{effect}}` when {{value}} is {{wrapper}} ' +
        '({{where}}): recognise the wrapped value before the fallback, or unwrap it first.',
    },
  },
} as const;

export type RuleName = keyof typeof RULE_CATALOG;

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
