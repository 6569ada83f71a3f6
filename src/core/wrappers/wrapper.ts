import type { CheckKind } from '../checks/check-kind.js';
import type { FlowStep } from '../flows/flow-step.js';
import type { Origin } from '../flows/origin.js';
import type { ts } from '../typescript-api.js';

/**
 * How a wrapper comes about:
 * - `decorator-class`: a class whose instances stand for a T and hold another T they forward to;
 * - `wrapping-factory`: a function that takes a T and returns a new object standing for it;
 * - `prototype-copy`: `{ ...t }`, `Object.assign({}, t)`, `structuredClone(t)`, a JSON round
 *   trip, or a function returning one: own fields only, the class's prototype is gone;
 * - `prototype-delegate`: `Object.create(t)`: another object, but `t`'s members are inherited;
 * - `proxy`: `new Proxy(t, handler)` around a real T, or a function whose result is one;
 * - `stand-in`: a proxy over an empty object typed as T, as mocking helpers and RPC clients make;
 * - `subclassing-decorator`: a class decorator or mixin that returns `class extends target`, so
 *   the decorated name is bound to a subclass rather than the class other decorators saw;
 * - `duplicate-class`: a second declaration of the same class, from another copy of a package;
 * - `opaque-factory`: a library function declared only in types as `(x: T, …) => T`;
 * - `error-cause`: `new SomeError(message, { cause: err })`: an error standing for another.
 */
export type WrapperKind =
  | 'decorator-class'
  | 'wrapping-factory'
  | 'prototype-copy'
  | 'prototype-delegate'
  | 'proxy'
  | 'stand-in'
  | 'subclassing-decorator'
  | 'duplicate-class'
  | 'opaque-factory'
  | 'error-cause';

/** One entry of the wrapper index: a declaration that yields values standing in for others. */
export interface Wrapper {
  /** Stable across runs: `kind@file:offset`. */
  readonly id: string;
  readonly kind: WrapperKind;
  /** What people call it: the class or function name, or `Proxy`. */
  readonly name: string;
  /** The class, the function, or the expression that makes it. */
  readonly declaration: ts.Node;
  /** The node to point at when saying where the wrapper is declared. */
  readonly nameNode: ts.Node;
  /** The type of the values it yields (a class's instance type, a factory's return type). */
  readonly producedType: ts.Type;
  /** The type of the value it wraps. */
  readonly innerType: ts.Type;
  /** For a class, its symbol, to tell whether it derives from the class a check names. */
  readonly classSymbol: ts.Symbol | undefined;
  /** The checks that answer differently for the wrapper than for what it wraps. */
  readonly defeats: ReadonlySet<CheckKind>;
  /** Members the wrapper defines itself (a copy's own overrides, a decorator's members). */
  readonly ownMembers: ReadonlySet<string>;
  /** For a proxy-making function: reading a property through the proxy yields a proxy too. */
  readonly deep?: DeepProxy;
  /** For a duplicate class: the other declaration, whose checks this one fails. */
  readonly twin?: ts.Symbol;
  /** Made on the spot by an expression (`{ ...x }`, `new Proxy(…)`), not by a named declaration. */
  readonly inline?: boolean;
  /** For a proxy: the traps its handler defines (`get`, `has`, …). */
  readonly traps?: readonly string[];
  /** For a proxy: whether its methods and getters run with the real object as `this`. */
  readonly receiverSafety?: { readonly methods: boolean; readonly getters: boolean };
}

/** What makes a proxy deep: its `get` trap wraps what it hands out, here. */
export interface DeepProxy {
  /** The call in the trap that makes the child proxy (`reactive(value)`, `createDraft(value)`). */
  readonly childCreation: ts.Node;
  /** `get`: what is read is wrapped on the way out; `set`: what is stored is converted on the way in. */
  readonly trap: 'get' | 'set';
}

/** A place in the program where a wrapper value is made: `new W(...)`, `wrap(x)`, `new Proxy(...)`. */
export interface WrapperCreation {
  readonly wrapper: Wrapper;
  /** The expression that yields the wrapper. */
  readonly node: ts.Expression;
  /** The value being wrapped at this place, where there is one. */
  readonly wrapped: ts.Expression | undefined;
  /** Where it is made, step by step: inside a factory first, then the call of the factory. */
  readonly steps: readonly FlowStep[];
  /**
   * Where the value it stands for comes from, where that is not simply `wrapped`: the class a
   * decorator subclassed, the elements a deep proxy's children wrap.
   */
  readonly standsFor?: () => readonly Origin[];
}
