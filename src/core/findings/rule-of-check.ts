import type { CheckForm } from '../checks/concrete-check.js';
import type { Pitfall } from '../pitfalls/pitfall.js';
import type { RuleName } from './rule-catalog.js';

/** Which rule reports a pitfall, with which message, and what the flow's last step says. */
export interface RuleChoice {
  readonly rule: RuleName;
  readonly messageId: string;
  readonly consequence: string;
}

const BY_FORM: Record<CheckForm, RuleChoice> = {
  instanceof: { rule: 'no-instanceof-wrapped', messageId: 'wrappedInstanceof', consequence: 'is false for it' },
  'constructor-identity': { rule: 'no-constructor-check-wrapped', messageId: 'wrappedConstructor', consequence: 'is false for it' },
  'constructor-switch': { rule: 'no-constructor-check-wrapped', messageId: 'wrappedConstructorSwitch', consequence: 'misses its case for it' },
  'constructor-name': { rule: 'no-constructor-check-wrapped', messageId: 'wrappedConstructor', consequence: 'is false for it' },
  'prototype-of': { rule: 'no-constructor-check-wrapped', messageId: 'wrappedConstructor', consequence: 'is false for it' },
  'is-prototype-of': { rule: 'no-constructor-check-wrapped', messageId: 'wrappedConstructor', consequence: 'is false for it' },
  'to-string-tag': { rule: 'no-constructor-check-wrapped', messageId: 'wrappedConstructor', consequence: 'is false for it' },
  'type-guard-call': { rule: 'no-type-guard-wrapped', messageId: 'guardCall', consequence: 'is false for it' },
  'in-probe': { rule: 'no-capability-probe-wrapped', messageId: 'hiddenMember', consequence: 'is false for it' },
  'typeof-probe': { rule: 'no-capability-probe-wrapped', messageId: 'hiddenMember', consequence: 'is false for it' },
  'undefined-probe': { rule: 'no-capability-probe-wrapped', messageId: 'hiddenMember', consequence: 'is false for it' },
  'lost-member-call': { rule: 'no-capability-probe-wrapped', messageId: 'lostMember', consequence: 'throws a TypeError for it' },
  discriminant: { rule: 'no-discriminant-wrapped', messageId: 'wrappedDiscriminant', consequence: 'does not match it' },
  'strict-equality': { rule: 'no-identity-wrapped', messageId: 'wrappedIdentity', consequence: 'is never true for it' },
  'collection-search': { rule: 'no-identity-wrapped', messageId: 'wrappedSearch', consequence: 'never finds it' },
  'collection-key': { rule: 'no-identity-wrapped', messageId: 'wrappedKey', consequence: 'misses for it' },
  'private-in': { rule: 'no-private-brand-proxied', messageId: 'wrappedBrandCheck', consequence: 'is false for it' },
  'private-access': { rule: 'no-private-brand-proxied', messageId: 'wrappedPrivateAccess', consequence: 'throws a TypeError for it' },
};

/** The message of a check a wrapper makes true rather than false. */
const NEGATED: Partial<Record<string, string>> = {
  wrappedConstructor: 'wrappedConstructorNegated',
  hiddenMember: 'hiddenMemberNegated',
  wrappedDiscriminant: 'wrappedDiscriminantNegated',
  wrappedIdentity: 'wrappedIdentityNegated',
};

export function ruleOf(pitfall: Pitfall): RuleChoice {
  if (pitfall.errorCause) {
    return { rule: 'no-instanceof-wrapped-error', messageId: 'wrappedError', consequence: 'is false for the wrapping error' };
  }

  const { check, wrapper } = pitfall;
  const choice = BY_FORM[check.form];
  if (pitfall.assumed && (choice.rule === 'no-instanceof-wrapped' || choice.rule === 'no-constructor-check-wrapped')) {
    return { ...choice, messageId: 'assumedWrapper' };
  }

  if (check.form === 'type-guard-call' && check.guard?.asserts) {
    return { ...choice, messageId: 'assertCall', consequence: 'throws for it' };
  }

  if (wrapper.kind === 'duplicate-class' && check.kind === 'constructor') {
    return { ...choice, messageId: 'duplicateConstructor', consequence: 'fails for it' };
  }

  if (pitfall.otherDiscriminant) return { ...choice, messageId: 'otherDiscriminant' };

  const negated = check.negated ? NEGATED[choice.messageId] : undefined;
  if (negated) {
    const consequence = check.kind === 'identity' ? 'is always true for it' : 'is true for it';
    return { ...choice, messageId: negated, consequence };
  }

  if (check.form !== 'instanceof') return choice;

  switch (wrapper.kind) {
    case 'prototype-copy':
      return { ...choice, messageId: 'copiedInstanceof' };
    case 'duplicate-class':
      return { ...choice, messageId: 'duplicateInstanceof' };
    default:
      return choice;
  }
}
