import type { Site } from '../site.js';
import type { WrapperKind } from '../wrappers/wrapper.js';
import type { RuleName } from './rule-catalog.js';
import type { Suggestion } from './suggestions.js';

/** One stop of a flow, as reports show it. */
export interface FlowStepReport {
  readonly site: Site;
  readonly message: string;
}

/** One way a wrapper made at one place reaches the check: the shortest path from that place. */
export interface FlowReport {
  readonly steps: readonly FlowStepReport[];
  /** Longer paths from the same place to the same check, not shown. */
  readonly otherPaths: number;
  /** Set where the path runs through test code (mocks, fakes), not production code. */
  readonly testOnly: boolean;
}

/** What the analysis reports, in plain data both front ends turn into their own output. */
export interface Finding {
  readonly ruleId: RuleName;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly message: string;
  readonly site: Site;
  readonly wrapper: {
    readonly name: string;
    readonly kind: WrapperKind;
    readonly declaredAt: Site;
  };
  /** The first of `flows`: from where the wrapper is made to the check; empty where none. */
  readonly flow: readonly FlowStepReport[];
  /** Other paths that bring a wrapper from the same place to the same check. */
  readonly otherPaths: number;
  /** One flow per place a wrapper is made that reaches the check, shortest first. */
  readonly flows: readonly FlowReport[];
  /** Rewrites offered for the finding, as ESLint suggestions. */
  readonly suggestions: readonly Suggestion[];
}
