import type { ts } from '../typescript-api.js';

/** One place a wrapped value passes on its way from where it is made to a check. */
export interface FlowStep {
  readonly node: ts.Node;
  readonly message: string;
}
