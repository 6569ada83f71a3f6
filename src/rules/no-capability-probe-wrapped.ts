import { pitfallRule } from './pitfall-rule.js';

export const noCapabilityProbeWrapped = pitfallRule('no-capability-probe-wrapped');
