import type { ts } from '../typescript-api.js';
import type { CheckKind } from './check-kind.js';
import type { ConcreteClass } from './concrete-class.js';

/** A test of what a value concretely is, found in the source. */
export interface ConcreteCheck {
  readonly kind: CheckKind;
  /** The whole test, which findings point at. */
  readonly node: ts.Expression;
  /** The value tested. */
  readonly subject: ts.Expression;
  /** The class it is tested against, for checks that name one. */
  readonly concreteClass: ConcreteClass | undefined;
}
