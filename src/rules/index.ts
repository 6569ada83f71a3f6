import { noInstanceofWrapped } from './no-instanceof-wrapped.js';
import { noSilentTypeGate } from './no-silent-type-gate.js';

export const rules = {
  'no-instanceof-wrapped': noInstanceofWrapped,
  'no-silent-type-gate': noSilentTypeGate,
};
