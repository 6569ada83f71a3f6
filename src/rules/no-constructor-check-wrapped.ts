import { pitfallRule } from './pitfall-rule.js';

export const noConstructorCheckWrapped = pitfallRule('no-constructor-check-wrapped');
