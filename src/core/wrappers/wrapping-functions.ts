import type { CheckKind } from '../checks/check-kind.js';
import type { CoreContext } from '../context.js';
import { functionName, skipOuterExpressions } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import { DEFEATS } from './defeats.js';
import { findDeepProxy, receiverSafety, trapNames } from './deep-proxies.js';
import { parameterNamed, returnedValues } from './returned-values.js';
import type { Wrapper, WrapperKind } from './wrapper.js';
import { wrapperId } from './wrapper-id.js';
import { classifyWrapping } from './wrapping-expressions.js';
import type { WrappingExpression, WrappingForm } from './wrapping-expressions.js';

const KIND_OF_FORM: Record<WrappingForm, WrapperKind> = {
  'spread-copy': 'prototype-copy',
  'assign-copy': 'prototype-copy',
  'structured-clone': 'prototype-copy',
  'json-copy': 'prototype-copy',
  delegate: 'prototype-delegate',
  proxy: 'proxy',
  'stand-in': 'stand-in',
  'forwarding-literal': 'wrapping-factory',
};

export const DEFEATS_OF_KIND: Record<WrapperKind, ReadonlySet<CheckKind>> = {
  'decorator-class': DEFEATS.decorator,
  'wrapping-factory': DEFEATS.decorator,
  'prototype-copy': DEFEATS.copy,
  'prototype-delegate': DEFEATS.delegate,
  proxy: DEFEATS.proxy,
  'stand-in': DEFEATS.standIn,
  'subclassing-decorator': DEFEATS.subclass,
  'duplicate-class': DEFEATS.duplicate,
  'opaque-factory': DEFEATS.decorator,
  'error-cause': DEFEATS.errorCause,
};

/**
 * A function that wraps what it is given: it returns a copy, a delegate, a proxy or a forwarding
 * object literal made from one of its parameters, a proxy over an empty stand-in, or a class
 * that extends its parameter (a subclassing class decorator or mixin). A function that returns
 * its argument unchanged, or a fresh object built from options, is none of these.
 */
export function findWrappingFunction(ctx: CoreContext, fn: FunctionWithBody): Wrapper | undefined {
  const { ts, checker } = ctx;
  const name = functionName(ts, fn);
  if (!name || ts.isConstructorDeclaration(fn) || ts.isAccessor(fn)) return undefined;

  for (const returned of returnedValues(ctx, fn)) {
    const subclassed = subclassedParameter(ctx, fn, returned);
    if (subclassed) {
      return {
        id: wrapperId('subclassing-decorator', fn),
        kind: 'subclassing-decorator',
        name,
        declaration: returned,
        nameNode: returned,
        producedType: checker.getTypeAtLocation(returned),
        innerType: checker.getTypeAtLocation(subclassed),
        classSymbol: undefined,
        defeats: DEFEATS.subclass,
        ownMembers: new Set(),
      };
    }

    const shape = wrappingOfParameter(ctx, fn, returned);
    if (!shape) continue;

    const kind = KIND_OF_FORM[shape.form];
    const innerType = shape.wrapped
      ? checker.getTypeAtLocation(shape.wrapped)
      : checker.getTypeAtLocation(shape.node);
    const deep = kind === 'proxy' || kind === 'stand-in' ? findDeepProxy(ctx, fn, shape.node) : undefined;
    return {
      id: wrapperId(kind, fn),
      kind,
      name,
      declaration: shape.node,
      nameNode: shape.form === 'spread-copy' && shape.wrapped ? shape.wrapped.parent : shape.node,
      producedType: checker.getApparentType(checker.getTypeAtLocation(shape.node)),
      innerType,
      classSymbol: undefined,
      defeats: DEFEATS_OF_KIND[kind],
      ownMembers: shape.overrides,
      ...(deep ? { deep } : {}),
      ...(kind === 'proxy' ? { receiverSafety: receiverSafety(ctx, shape.node) } : {}),
      ...(kind === 'proxy' || kind === 'stand-in' ? { traps: trapNames(ctx, shape.node) } : {}),
    };
  }

  return undefined;
}

/** The wrapping shape of a returned value, if what it wraps is one of the function's parameters. */
function wrappingOfParameter(
  ctx: CoreContext,
  fn: FunctionWithBody,
  returned: ts.Expression,
): WrappingExpression | undefined {
  const { ts } = ctx;
  for (const parameter of fn.parameters) {
    const forwardingTo = ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
    const shape = classifyWrapping(ctx, returned, forwardingTo);
    if (!shape) continue;

    // A proxy maker may proxy a copy it made first (a draft over a copy of its base).
    if (shape.form === 'stand-in' || shape.form === 'proxy') return shape;
    if (parameterNamed(ctx, fn, shape.wrapped)) return shape;
  }

  return undefined;
}

/** `class extends target { … }` where `target` is a parameter of the function. */
function subclassedParameter(
  ctx: CoreContext,
  fn: FunctionWithBody,
  returned: ts.Expression,
): ts.ParameterDeclaration | undefined {
  const { ts } = ctx;
  const value = skipOuterExpressions(ts, returned);
  if (!ts.isClassExpression(value)) return undefined;

  const extendsClause = value.heritageClauses?.find(
    (clause) => clause.token === ts.SyntaxKind.ExtendsKeyword,
  );
  const base = extendsClause?.types[0]?.expression;
  return parameterNamed(ctx, fn, base);
}
