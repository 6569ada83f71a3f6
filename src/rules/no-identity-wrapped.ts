import { pitfallRule } from './pitfall-rule.js';

export const noIdentityWrapped = pitfallRule('no-identity-wrapped');
