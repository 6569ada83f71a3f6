import { pitfallRule } from './pitfall-rule.js';

export const noDiscriminantWrapped = pitfallRule('no-discriminant-wrapped');
