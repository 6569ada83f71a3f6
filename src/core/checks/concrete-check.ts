import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { CheckKind } from './check-kind.js';
import type { ConcreteClass } from './concrete-class.js';

/** What an identity check compares its subject with. */
export type Counterpart =
  /** `a === b`: the other operand. */
  | { readonly kind: 'value'; readonly expression: ts.Expression }
  /** `list.indexOf(x)`, `list.includes(x)`: the elements of the collection. */
  | { readonly kind: 'elements'; readonly collection: ts.Expression }
  /** `map.get(k)`, `set.has(k)`: the keys the collection was filled with. */
  | { readonly kind: 'keys'; readonly collection: ts.Expression };

/** How a check is written, where one kind has several forms that wrappers treat differently. */
export type CheckForm =
  | 'instanceof'
  | 'constructor-identity'
  | 'constructor-switch'
  | 'constructor-name'
  | 'prototype-of'
  | 'is-prototype-of'
  | 'to-string-tag'
  | 'type-guard-call'
  | 'in-probe'
  | 'typeof-probe'
  | 'undefined-probe'
  | 'lost-member-call'
  | 'discriminant'
  | 'strict-equality'
  | 'collection-search'
  | 'collection-key'
  | 'private-in'
  | 'private-access';

/** A test of what a value concretely is, found in the source. */
export interface ConcreteCheck {
  readonly kind: CheckKind;
  readonly form: CheckForm;
  /** The whole test, which findings point at. */
  readonly node: ts.Node;
  /** The value tested. */
  readonly subject: ts.Expression;
  /** The class it is tested against, for checks that name one (or own the private name). */
  readonly concreteClass?: ConcreteClass | undefined;
  /** The member probed, the discriminant property, or the private name. */
  readonly member?: string;
  /** The discriminant value compared with, as written. */
  readonly literal?: string;
  /** For identity checks: what the subject is compared with. */
  readonly counterpart?: Counterpart;
  /**
   * Set where a wrapper makes the check true rather than false: an inequality (`a !== b`,
   * `x.constructor !== C`) or a probe for a member's absence (`x.m === undefined`).
   */
  readonly negated?: boolean;
  /** For a call of a type guard: the guard and the concrete check inside it. */
  readonly guard?: {
    readonly name: string;
    readonly declaration: FunctionWithBody | ts.SignatureDeclaration;
    /** `asserts x is C`: the guard throws rather than answering false. */
    readonly asserts: boolean;
  };
}
