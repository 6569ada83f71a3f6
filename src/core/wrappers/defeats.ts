import type { CheckKind } from '../checks/check-kind.js';

/** The checks each way of wrapping answers differently from the wrapped value. */
export const DEFEATS = {
  /** Another object of another class than the one it wraps. */
  decorator: new Set<CheckKind>(['instanceof', 'constructor', 'identity', 'private-brand']),
  /**
   * A plain object: no prototype, no private fields. It is another object too, but copies are
   * made to be distinct, so comparing one with its original by identity is no pitfall.
   */
  copy: new Set<CheckKind>(['instanceof', 'constructor', 'private-brand', 'capability']),
  /** Inherits every member and the prototype chain, but is another object without the brand. */
  delegate: new Set<CheckKind>(['identity', 'private-brand']),
  /** Around the real object, a proxy keeps the prototype chain but is another object. */
  proxy: new Set<CheckKind>(['identity', 'private-brand']),
  /** A handler that answers `getPrototypeOf` can make `instanceof` say anything. */
  prototypeTrap: new Set<CheckKind>(['identity', 'private-brand', 'instanceof', 'constructor']),
  /** Over an empty stand-in, nothing of the imitated class is there but what the traps answer. */
  standIn: new Set<CheckKind>([
    'identity',
    'private-brand',
    'instanceof',
    'constructor',
    'discriminant',
    'capability',
  ]),
  /** A subclass made by a decorator or mixin: the class object itself is another one. */
  subclass: new Set<CheckKind>(['identity', 'constructor']),
  /** An error that carries another as its `cause` is not an instance of the other's class. */
  errorCause: new Set<CheckKind>(['instanceof']),
  /** Another declaration of the same class: another prototype and other private names. */
  duplicate: new Set<CheckKind>(['instanceof', 'constructor', 'private-brand']),
} as const;
