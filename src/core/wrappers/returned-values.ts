import type { CoreContext } from '../context.js';
import { forEachDescendant, skipOuterExpressions } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';

/** The expressions a function returns: an arrow's expression body, or its own `return`s. */
export function returnedExpressions(ctx: CoreContext, fn: FunctionWithBody): ts.Expression[] {
  const { ts } = ctx;
  const body = fn.body;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body];

  const found: ts.Expression[] = [];
  forEachDescendant(ts, body, (node) => {
    if (ts.isReturnStatement(node)) {
      if (node.expression) found.push(node.expression);
      return false;
    }

    return !ts.isFunctionLike(node) && !ts.isClassLike(node);
  });
  return found;
}

/**
 * What a function returns, seen through a local variable it returns (`const p = new Proxy(…);
 * return p`), so the shape of the returned value can be read.
 */
export function returnedValues(ctx: CoreContext, fn: FunctionWithBody): ts.Expression[] {
  const { ts, checker } = ctx;
  return returnedExpressions(ctx, fn).map((returned) => {
    const value = skipOuterExpressions(ts, returned);
    if (!ts.isIdentifier(value)) return value;

    const declaration = checker.getSymbolAtLocation(value)?.valueDeclaration;
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      declaration.pos >= fn.pos &&
      declaration.end <= fn.end
    ) {
      return skipOuterExpressions(ts, declaration.initializer);
    }

    return value;
  });
}

/** The parameter of `fn` that `expression` names, if it names one. */
export function parameterNamed(
  ctx: CoreContext,
  fn: FunctionWithBody,
  expression: ts.Expression | undefined,
): ts.ParameterDeclaration | undefined {
  const { ts, checker } = ctx;
  if (!expression) return undefined;

  const value = skipOuterExpressions(ts, expression);
  if (!ts.isIdentifier(value)) return undefined;

  const declaration = checker.getSymbolAtLocation(value)?.valueDeclaration;
  return declaration && ts.isParameter(declaration) && declaration.parent === fn
    ? declaration
    : undefined;
}
