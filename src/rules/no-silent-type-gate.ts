import { pitfallRule } from './pitfall-rule.js';

export const noSilentTypeGate = pitfallRule('no-silent-type-gate');
