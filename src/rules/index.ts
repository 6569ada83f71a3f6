import { noCapabilityProbeWrapped } from './no-capability-probe-wrapped.js';
import { noConstructorCheckWrapped } from './no-constructor-check-wrapped.js';
import { noDiscriminantWrapped } from './no-discriminant-wrapped.js';
import { noIdentityWrapped } from './no-identity-wrapped.js';
import { noInstanceofWrapped } from './no-instanceof-wrapped.js';
import { noInstanceofWrappedError } from './no-instanceof-wrapped-error.js';
import { noPrivateBrandProxied } from './no-private-brand-proxied.js';
import { noSilentTypeGate } from './no-silent-type-gate.js';
import { noTypeGuardWrapped } from './no-type-guard-wrapped.js';

export const rules = {
  'no-capability-probe-wrapped': noCapabilityProbeWrapped,
  'no-constructor-check-wrapped': noConstructorCheckWrapped,
  'no-discriminant-wrapped': noDiscriminantWrapped,
  'no-identity-wrapped': noIdentityWrapped,
  'no-instanceof-wrapped': noInstanceofWrapped,
  'no-instanceof-wrapped-error': noInstanceofWrappedError,
  'no-private-brand-proxied': noPrivateBrandProxied,
  'no-silent-type-gate': noSilentTypeGate,
  'no-type-guard-wrapped': noTypeGuardWrapped,
};
