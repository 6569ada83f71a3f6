import type { CoreContext } from '../context.js';
import { forEachDescendant, isFunctionWithBody, skipOuterExpressions } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import { returnedExpressions } from './returned-values.js';
import type { TrapKeys } from './deep-proxies.js';
import { isGlobalMethodCall } from './wrapping-expressions.js';

/** The functions that let a value out of a proxy layer, found next to the proxy's maker. */
export interface ProxyEscapes {
  /** `toRaw(p)`: returns `p[RAW]`, which the trap answers with the wrapped object. */
  readonly unwrappers: ReadonlySet<FunctionWithBody>;
  /** `markRaw(v)`: sets the key the trap tests before making a child proxy, and returns `v`. */
  readonly rawMarkers: ReadonlySet<FunctionWithBody>;
}

/** Looks through the maker's module for functions that use the trap's special keys. */
export function findProxyEscapes(
  ctx: CoreContext,
  sourceFile: ts.SourceFile,
  keys: TrapKeys,
): ProxyEscapes {
  const { ts } = ctx;
  const unwrappers = new Set<FunctionWithBody>();
  const rawMarkers = new Set<FunctionWithBody>();
  if (keys.unwrapKeys.size === 0 && keys.skipKeys.size === 0) return { unwrappers, rawMarkers };

  forEachDescendant(ts, sourceFile, (node) => {
    if (isFunctionWithBody(ts, node) && node.parameters.length > 0) {
      if (readsKeyOfParameter(ctx, node, keys.unwrapKeys)) unwrappers.add(node);
      if (marksParameter(ctx, node, keys.skipKeys)) rawMarkers.add(node);
    }
  });
  return { unwrappers, rawMarkers };
}

/** Returns `p[K]` (or `p[K] ?? p`) for a parameter `p` and one of the keys. */
function readsKeyOfParameter(
  ctx: CoreContext,
  fn: FunctionWithBody,
  keys: ReadonlySet<ts.Symbol>,
): boolean {
  const { ts } = ctx;
  if (keys.size === 0) return false;

  return returnedExpressions(ctx, fn).some((returned) => {
    let value = localValue(ctx, fn, returned);
    while (
      ts.isBinaryExpression(value) &&
      (value.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        value.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      value = localValue(ctx, fn, value.left);
    }

    return (
      ts.isElementAccessExpression(value) &&
      isKey(ctx, value.argumentExpression, keys) &&
      isParameterOf(ctx, fn, value.expression)
    );
  });
}

/** `Object.defineProperty(p, K, …)` or `p[K] = …` on a parameter `p` that it returns. */
function marksParameter(ctx: CoreContext, fn: FunctionWithBody, keys: ReadonlySet<ts.Symbol>): boolean {
  const { ts } = ctx;
  if (keys.size === 0) return false;

  let marks = false;
  const visit = (node: ts.Node): void => {
    if (marks) return;

    if (
      ts.isCallExpression(node) &&
      (isGlobalMethodCall(ctx, node, 'Object', 'defineProperty') ||
        isGlobalMethodCall(ctx, node, 'Reflect', 'defineProperty')) &&
      node.arguments[0] !== undefined &&
      isParameterOf(ctx, fn, node.arguments[0]) &&
      node.arguments[1] !== undefined &&
      isKey(ctx, node.arguments[1], keys)
    ) {
      marks = true;
      return;
    }

    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isElementAccessExpression(node.left) &&
      isKey(ctx, node.left.argumentExpression, keys) &&
      isParameterOf(ctx, fn, node.left.expression)
    ) {
      marks = true;
      return;
    }

    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn, visit);
  if (!marks) return false;

  return returnedExpressions(ctx, fn).some((returned) => isParameterOf(ctx, fn, returned));
}

function isKey(ctx: CoreContext, expression: ts.Expression, keys: ReadonlySet<ts.Symbol>): boolean {
  const symbol = ctx.checker.getSymbolAtLocation(skipOuterExpressions(ctx.ts, expression));
  return symbol !== undefined && keys.has(symbol);
}

function isParameterOf(ctx: CoreContext, fn: FunctionWithBody, expression: ts.Expression): boolean {
  const { ts, checker } = ctx;
  const value = skipOuterExpressions(ts, expression);
  if (!ts.isIdentifier(value)) return false;

  const declaration = checker.getSymbolAtLocation(value)?.valueDeclaration;
  return declaration !== undefined && ts.isParameter(declaration) && declaration.parent === fn;
}

/** An expression, or the initializer of the function's own `const` it names. */
function localValue(ctx: CoreContext, fn: FunctionWithBody, expression: ts.Expression): ts.Expression {
  const { ts, checker } = ctx;
  const value = skipOuterExpressions(ts, expression);
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
}
