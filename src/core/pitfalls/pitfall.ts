import type { ConcreteCheck } from '../checks/concrete-check.js';
import type { WrapperOrigin } from '../flows/origin.js';
import type { Wrapper } from '../wrappers/wrapper.js';

/** A concrete check that a wrapper can reach and answer wrongly. */
export interface Pitfall {
  readonly check: ConcreteCheck;
  readonly wrapper: Wrapper;
  /** Where the wrapper is made and how it gets to the check, when the program shows it. */
  readonly origin: WrapperOrigin | undefined;
  /** Every path the program shows from a wrapper to the check, shortest first. */
  readonly reaching?: readonly WrapperOrigin[];
  /** How many other paths bring a wrapper to the same check. */
  readonly otherPaths: number;
  /** How messages name the wrapped value, where it is not the check's subject. */
  readonly wrappedValue?: string;
  /**
   * Set where no wrapper is in the program but the options assume callers may wrap: names the
   * interface or base class such a wrapper would stand for.
   */
  readonly assumed?: string;
  /** Set where the wrapper carries the discriminant, with another value. */
  readonly otherDiscriminant?: boolean;
  /** Set where the wrapper is an error that carries the checked error as its `cause`. */
  readonly errorCause?: boolean;
}
