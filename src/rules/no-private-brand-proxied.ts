import { pitfallRule } from './pitfall-rule.js';

export const noPrivateBrandProxied = pitfallRule('no-private-brand-proxied');
