import { pitfallRule } from './pitfall-rule.js';

export const noInstanceofWrapped = pitfallRule('no-instanceof-wrapped');
