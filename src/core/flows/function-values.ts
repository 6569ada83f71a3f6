import type { CoreContext } from '../context.js';
import { calledFunctions, selfNameOf, symbolOfFunction } from '../symbols.js';
import { climbOuterExpressions, isExported, isFunctionWithBody } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { ConfiguredMaker } from '../wrappers/configured-makers.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import type { OpenReason } from './origin.js';
import type { ReferenceIndex } from './reference-index.js';

/** Array methods whose callback receives the elements as its first parameter. */
const ELEMENT_CALLBACKS = new Set([
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'filter',
  'some',
  'every',
  'forEach',
  'map',
  'flatMap',
]);

/** A place where a function runs, and what it is given there. */
export type CallSite =
  | { readonly kind: 'call'; readonly call: ts.CallExpression | ts.NewExpression }
  /** Applied as a class decorator to `cls` (directly, or as what a decorator factory returns). */
  | { readonly kind: 'decorator'; readonly decorator: ts.Decorator; readonly cls: ts.ClassLikeDeclaration }
  /** A callback of `collection.find(…)` and the like: its first parameter is an element. */
  | { readonly kind: 'elements'; readonly collection: ts.Expression; readonly at: ts.Node }
  /** The recipe of a library's draft maker (`produce(base, recipe)`): it gets a draft of `base`. */
  | { readonly kind: 'draft'; readonly call: ts.CallExpression; readonly maker: ConfiguredMaker }
  /** `promise.then(callback)`: it gets what the promise resolves to. */
  | { readonly kind: 'promise'; readonly promise: ts.Expression; readonly at: ts.Node };

export interface FunctionCalls {
  readonly sites: readonly CallSite[];
  /** Set where some callers cannot be seen in the program. */
  readonly open: OpenReason | undefined;
}

/** How far a function value is followed through the parameters it is passed to. */
const MAX_VALUE_HOPS = 4;

/**
 * Where a function runs: its direct calls, and the calls it gets where its value goes — passed
 * to another function that calls the parameter, applied as a decorator, given to `find` or
 * `then`, or stored in a variable that is called.
 */
export function callsOf(
  ctx: CoreContext,
  index: WrapperIndex,
  references: ReferenceIndex,
  fn: FunctionWithBody,
): FunctionCalls {
  const { ts } = ctx;
  const sites: CallSite[] = [];
  let open: OpenReason | undefined;

  const symbol = symbolOfFunction(ctx, fn);
  if (symbol && !isInlineValue(ctx, fn)) {
    const uses = references.usesOf(symbol);
    sites.push(...uses.calls.map((call) => ({ kind: 'call' as const, call })));
    for (const escape of uses.escapes) {
      const found = valueUses(ctx, index, references, escape, 0);
      sites.push(...found.sites);
      open ??= found.open;
    }

    const self = selfNameOf(ctx, fn);
    const ownCalls = self ? references.usesOf(self).calls : [];
    sites.push(...ownCalls.map((call) => ({ kind: 'call' as const, call })));

    if (hasOutsideCallers(ctx, fn, uses.calls.length)) open ??= 'outside-callers';
  } else {
    const found = valueUses(ctx, index, references, climbOuterExpressions(ts, fn) as ts.Expression, 0);
    sites.push(...found.sites);
    open ??= found.open;
  }

  return { sites, open };
}

function valueUses(
  ctx: CoreContext,
  index: WrapperIndex,
  references: ReferenceIndex,
  value: ts.Expression,
  hops: number,
): FunctionCalls {
  const { ts } = ctx;
  if (hops > MAX_VALUE_HOPS) return { sites: [], open: 'depth-limit' };

  const parent = value.parent;

  if (ts.isDecorator(parent) && ts.isClassLike(parent.parent)) {
    return { sites: [{ kind: 'decorator', decorator: parent, cls: parent.parent }], open: undefined };
  }

  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== value) {
    const args: readonly ts.Expression[] = parent.arguments ?? [];
    return passedTo(ctx, index, references, parent, args.indexOf(value), hops);
  }

  if (ts.isVariableDeclaration(parent) && parent.initializer === value) {
    const symbol = ctx.checker.getSymbolAtLocation(parent.name);
    if (!symbol) return { sites: [], open: 'unresolved' };

    const uses = references.usesOf(symbol);
    return {
      sites: uses.calls.map((call) => ({ kind: 'call' as const, call })),
      open: uses.escapes.length > 0 ? 'callback-parameter' : undefined,
    };
  }

  // Returned by a decorator factory: it runs where the factory's result is applied.
  const returnedFrom = returningFunction(ctx, value);
  if (returnedFrom) {
    const symbol = symbolOfFunction(ctx, returnedFrom);
    if (!symbol) return { sites: [], open: 'callback-parameter' };

    const sites: CallSite[] = [];
    for (const call of references.usesOf(symbol).calls) {
      const decorator = call.parent;
      if (ts.isDecorator(decorator) && ts.isClassLike(decorator.parent)) {
        sites.push({ kind: 'decorator', decorator, cls: decorator.parent });
      }
    }

    return { sites, open: sites.length === 0 ? 'callback-parameter' : undefined };
  }

  return { sites: [], open: 'callback-parameter' };
}

/** The function passed as argument `position` of `call`: where does the callee call it? */
function passedTo(
  ctx: CoreContext,
  index: WrapperIndex,
  references: ReferenceIndex,
  call: ts.CallExpression | ts.NewExpression,
  position: number,
  hops: number,
): FunctionCalls {
  const { ts, checker } = ctx;
  if (position < 0) return { sites: [], open: 'callback-parameter' };

  if (ts.isCallExpression(call)) {
    const maker = index.configuredMakerOf(call, 'draft');
    if (maker && position === 1) return { sites: [{ kind: 'draft', call, maker }], open: undefined };

    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee) && position === 0) {
      const method = callee.name.text;
      if (ELEMENT_CALLBACKS.has(method) && isArrayLike(ctx, callee.expression)) {
        return { sites: [{ kind: 'elements', collection: callee.expression, at: call }], open: undefined };
      }

      if (method === 'then') {
        return { sites: [{ kind: 'promise', promise: callee.expression, at: call }], open: undefined };
      }
    }
  }

  const functions = calledFunctions(ctx, call);
  if (functions.length === 0) return { sites: [], open: 'callback-parameter' };

  const sites: CallSite[] = [];
  let open: FunctionCalls['open'];
  for (const fn of functions) {
    const parameter = fn.parameters[position];
    if (!parameter || !ts.isIdentifier(parameter.name)) continue;

    const symbol = checker.getSymbolAtLocation(parameter.name);
    if (!symbol) continue;

    for (const reference of references.referencesTo(symbol)) {
      const parent = reference.parent;
      if (ts.isCallExpression(parent) && parent.expression === reference) {
        sites.push({ kind: 'call', call: parent });
        continue;
      }

      const further = valueUses(ctx, index, references, reference, hops + 1);
      sites.push(...further.sites);
      open ??= further.open;
    }
  }

  return { sites, open };
}

/** The function whose `return` (or arrow body) hands out `value`. */
function returningFunction(ctx: CoreContext, value: ts.Expression): FunctionWithBody | undefined {
  const { ts } = ctx;
  const parent = value.parent;
  if (ts.isArrowFunction(parent) && parent.body === value) return parent;
  if (!ts.isReturnStatement(parent)) return undefined;

  for (let current: ts.Node = parent; current; current = current.parent) {
    if (isFunctionWithBody(ts, current)) return current;
  }

  return undefined;
}

/** A function expression or arrow written where it is used, not stored under a name. */
function isInlineValue(ctx: CoreContext, fn: FunctionWithBody): boolean {
  const { ts } = ctx;
  if (!ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) return false;

  const holder = climbOuterExpressions(ts, fn).parent;
  return !ts.isVariableDeclaration(holder) && !ts.isPropertyDeclaration(holder);
}

/**
 * Callers the program cannot show: the function is exported and nobody here calls it (or the
 * options say exports are open), or it is a method that may be reached through an interface or
 * a base class.
 */
function hasOutsideCallers(ctx: CoreContext, fn: FunctionWithBody, calls: number): boolean {
  const { ts } = ctx;
  if (ts.isMethodDeclaration(fn) || ts.isAccessor(fn) || ts.isConstructorDeclaration(fn)) {
    const owner = fn.parent;
    if (ts.isClassLike(owner) && owner.heritageClauses?.length && !ts.isConstructorDeclaration(fn)) {
      return true;
    }
  }

  const holder = exportHolder(ctx, fn);
  if (!holder || !isExported(ts, holder)) return false;

  return ctx.options.assumeExportsOpen || calls === 0;
}

/** The declaration whose `export` makes a function reachable from other programs. */
function exportHolder(ctx: CoreContext, fn: FunctionWithBody): ts.Node | undefined {
  const { ts } = ctx;
  if (ts.isFunctionDeclaration(fn)) return fn;

  if ((ts.isMethodDeclaration(fn) || ts.isConstructorDeclaration(fn) || ts.isAccessor(fn)) && ts.isClassLike(fn.parent)) {
    return ts.isClassDeclaration(fn.parent) ? fn.parent : undefined;
  }

  // A method or function stored in an object literal: exported where the literal is.
  let holder: ts.Node = climbOuterExpressions(ts, fn).parent;
  while (ts.isPropertyAssignment(holder) || ts.isObjectLiteralExpression(holder)) holder = holder.parent;
  if (ts.isMethodDeclaration(fn) && ts.isObjectLiteralExpression(fn.parent)) {
    holder = climbOuterExpressions(ts, fn.parent).parent;
    while (ts.isPropertyAssignment(holder) || ts.isObjectLiteralExpression(holder)) holder = holder.parent;
  }

  return ts.isVariableDeclaration(holder) ? holder : undefined;
}

/** Arrays, tuples and read-only arrays, by their type. */
export function isArrayLike(ctx: CoreContext, expression: ts.Expression): boolean {
  const { checker } = ctx;
  const type = checker.getApparentType(checker.getTypeAtLocation(expression));
  if (checker.isArrayType(type) || checker.isTupleType(type)) return true;

  const symbol = type.getSymbol();
  return symbol?.name === 'ReadonlyArray' || symbol?.name === 'Array';
}

/** `Map`, `WeakMap`, `Set`, `WeakSet` by the name of their (lib) type. */
export function collectionKind(
  ctx: CoreContext,
  expression: ts.Expression,
): 'Map' | 'WeakMap' | 'Set' | 'WeakSet' | undefined {
  const { checker, program } = ctx;
  const type = checker.getApparentType(checker.getTypeAtLocation(expression));
  const symbol = type.getSymbol();
  const name = symbol?.name;
  if (name !== 'Map' && name !== 'WeakMap' && name !== 'Set' && name !== 'WeakSet') return undefined;

  const fromLib = symbol?.declarations?.some((declaration) =>
    program.isSourceFileDefaultLibrary(declaration.getSourceFile()),
  );
  return fromLib ? name : undefined;
}

