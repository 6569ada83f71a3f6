import { pitfallRule } from './pitfall-rule.js';

export const noTypeGuardWrapped = pitfallRule('no-type-guard-wrapped');
