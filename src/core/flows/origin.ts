import type { ts } from '../typescript-api.js';
import type { FunctionWithBody } from '../syntax.js';
import type { WrapperCreation } from '../wrappers/wrapper.js';
import type { FlowStep } from './flow-step.js';
import { FlowPath } from './flow-path.js';

/** Why the search cannot tell where a value comes from. */
export type OpenReason =
  | 'outside-callers'
  | 'opaque-call'
  | 'property'
  | 'this'
  | 'destructured'
  | 'caught'
  | 'callback-parameter'
  | 'elements'
  | 'unresolved'
  | 'depth-limit'
  | 'time-limit';

/** A wrapper made somewhere, and the steps that carry it to the expression asked about. */
export interface WrapperOrigin {
  readonly kind: 'wrapper';
  readonly creation: WrapperCreation;
  /** From where the wrapper is made to the last hop before the expression asked about. */
  readonly steps: FlowPath;
}

/** A value that is what it is: a fresh instance of a class that is no wrapper, a literal. */
export interface ConcreteOrigin {
  readonly kind: 'concrete';
  readonly node: ts.Node;
  /** The class of a `new C(...)`, to know which members its prototype holds. */
  readonly classSymbol?: ts.Symbol;
}

/** A value the search lost track of; anything its type allows may arrive this way. */
export interface OpenOrigin {
  readonly kind: 'open';
  readonly node: ts.Node;
  readonly reason: OpenReason;
}

export type Origin = WrapperOrigin | ConcreteOrigin | OpenOrigin;

/** Inside a function: the value comes from one of its parameters, whichever call it is. */
export interface ParameterOrigin {
  readonly kind: 'parameter';
  readonly parameter: ts.ParameterDeclaration;
  /** The hops from the parameter to the expression asked about. */
  readonly steps: FlowPath | undefined;
  /** Classes a check on the way proved the value an instance of: other wrappers cannot pass. */
  readonly instanceOf?: readonly ts.Symbol[];
}

/** Inside a method: the value is `this`, whatever receiver the method is called on. */
export interface ReceiverOrigin {
  readonly kind: 'receiver';
  readonly method: FunctionWithBody;
  readonly steps: FlowPath | undefined;
  readonly instanceOf?: readonly ts.Symbol[];
}

/** What tracing within one function yields: its parameters and receiver stay symbolic. */
export type LocalOrigin = Origin | ParameterOrigin | ReceiverOrigin;

export function withStep<T extends LocalOrigin>(origins: readonly T[], step: FlowStep): T[] {
  return origins.map((origin) => {
    if (origin.kind === 'wrapper') return { ...origin, steps: FlowPath.append(origin.steps, step) };
    if (origin.kind === 'parameter' || origin.kind === 'receiver') {
      return { ...origin, steps: FlowPath.append(origin.steps, step) };
    }

    return origin;
  });
}

/** Adds the hops of `path`, in order, to each origin. */
export function withSteps<T extends LocalOrigin>(origins: readonly T[], path: FlowPath | undefined): T[] {
  if (!path) return [...origins];

  return origins.map((origin) => {
    if (origin.kind === 'wrapper') return { ...origin, steps: FlowPath.concat(origin.steps, path)! };
    if (origin.kind === 'parameter' || origin.kind === 'receiver') {
      return { ...origin, steps: FlowPath.concat(origin.steps, path) };
    }

    return origin;
  });
}
