import { pitfallRule } from './pitfall-rule.js';

export const noInstanceofWrappedError = pitfallRule('no-instanceof-wrapped-error');
