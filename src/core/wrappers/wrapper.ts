import type { CheckKind } from '../checks/check-kind.js';
import type { ts } from '../typescript-api.js';

/**
 * How a wrapper comes about:
 * - `decorator-class`: a class whose instances stand for a T and hold another T they forward to;
 * - `wrapping-factory`: a function that takes a T and returns a new object standing for it;
 * - `proxy`: `new Proxy(t, handler)` around a real T, or a function whose result is such a proxy;
 * - `stand-in`: a proxy over an empty object typed as T, as mocking helpers and RPC clients make.
 */
export type WrapperKind = 'decorator-class' | 'wrapping-factory' | 'proxy' | 'stand-in';

/** One entry of the wrapper index: a declaration that yields values standing in for others. */
export interface Wrapper {
  /** Stable across runs: `kind@file:offset`. */
  readonly id: string;
  readonly kind: WrapperKind;
  /** What people call it: the class or function name, or `Proxy`. */
  readonly name: string;
  /** The class, the function, or the `new Proxy(...)` expression. */
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
}

/** A place in the program where a wrapper value is made: `new W(...)`, `wrap(x)`, `new Proxy(...)`. */
export interface WrapperCreation {
  readonly wrapper: Wrapper;
  readonly node: ts.Expression;
}
