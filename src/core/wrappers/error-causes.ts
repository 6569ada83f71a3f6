import { derivesFromError } from '../checks/concrete-class.js';
import type { CoreContext } from '../context.js';
import { calleeName, resolvedSymbol } from '../symbols.js';
import { skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import { DEFEATS } from './defeats.js';
import type { Wrapper } from './wrapper.js';
import { wrapperId } from './wrapper-id.js';

/**
 * `new SomeError(message, { cause: err })` and `new AggregateError(errors)`: the program wraps
 * errors, so a catch that tests the class of what it caught misses the wrapped ones.
 */
export function findErrorCause(ctx: CoreContext, node: ts.NewExpression): Wrapper | undefined {
  const { ts, checker } = ctx;
  const classSymbol = resolvedSymbol(ctx, calleeName(ctx, node));
  if (!classSymbol || !(classSymbol.flags & ts.SymbolFlags.Class || classSymbol.flags & ts.SymbolFlags.Variable)) {
    return undefined;
  }

  const cause = causeOf(ctx, node);
  const aggregate = classSymbol.name === 'AggregateError';
  if (!cause && !aggregate) return undefined;
  if (!aggregate && !derivesFromError(ctx, classSymbol)) return undefined;

  return {
    id: wrapperId('error-cause', node),
    kind: 'error-cause',
    name: classSymbol.name,
    declaration: node,
    nameNode: node,
    producedType: checker.getTypeAtLocation(node),
    // What an AggregateError collects is typed loosely (`any[]`, `unknown[]`): any error may be in it.
    innerType: cause ? checker.getTypeAtLocation(cause) : checker.getUnknownType(),
    classSymbol,
    defeats: DEFEATS.errorCause,
    ownMembers: new Set(),
  };
}

/** The `cause` given in the options object of an error's constructor. */
function causeOf(ctx: CoreContext, node: ts.NewExpression): ts.Expression | undefined {
  const { ts } = ctx;
  for (const argument of node.arguments ?? []) {
    const options = skipOuterExpressions(ts, argument);
    if (!ts.isObjectLiteralExpression(options)) continue;

    for (const property of options.properties) {
      if (!property.name || !ts.isIdentifier(property.name) || property.name.text !== 'cause') continue;
      if (ts.isPropertyAssignment(property)) return property.initializer;
      if (ts.isShorthandPropertyAssignment(property)) return property.name;
    }
  }

  return undefined;
}
