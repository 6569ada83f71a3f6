import type { Site } from '../site.js';
import type { WrapperKind } from '../wrappers/wrapper.js';
import type { RuleName } from './rule-catalog.js';
import type { Suggestion } from './suggestions.js';

/** One stop of a flow, as reports show it. */
export interface FlowStepReport {
  readonly site: Site;
  readonly message: string;
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
  /** From where the wrapper is made to the check; empty where no path was found in the program. */
  readonly flow: readonly FlowStepReport[];
  /** Other paths that bring a wrapper to the same check. */
  readonly otherPaths: number;
  /** Rewrites offered for the finding, as ESLint suggestions. */
  readonly suggestions: readonly Suggestion[];
}
