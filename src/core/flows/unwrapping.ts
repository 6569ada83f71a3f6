import type { CoreContext } from '../context.js';
import { enclosingFunction, isInside, skipOuterExpressions } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import { returnedExpressions } from '../wrappers/returned-values.js';

type Loop = ts.WhileStatement | ts.DoStatement | ts.ForStatement;

/**
 * The variable a loop peels wrappers off: the loop's condition reads it and its body replaces it
 * with something read from it (`t = t.inner`, `t = t.unwrap()`).
 */
export function unwrapLoopVariable(ctx: CoreContext, loop: Loop): ts.Symbol | undefined {
  const { ts, checker } = ctx;
  const condition = loop.kind === ts.SyntaxKind.ForStatement ? loop.condition : loop.expression;
  if (!condition) return undefined;

  let found: ts.Symbol | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;

    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isIdentifier(node.left) &&
      readsFrom(ctx, node.right, node.left.text)
    ) {
      const symbol = checker.getSymbolAtLocation(node.left);
      if (symbol && mentions(ctx, condition, symbol)) found = symbol;
      return;
    }

    ts.forEachChild(node, visit);
  };
  visit(loop.statement);
  if (!found && ts.isForStatement(loop) && loop.incrementor) visit(loop.incrementor);
  return found;
}

/** A function whose loop peels a value and which returns what is left. */
export function isUnwrapFunction(ctx: CoreContext, fn: FunctionWithBody): boolean {
  const { ts, checker } = ctx;
  const peeled = new Set<ts.Symbol>();
  const visit = (node: ts.Node): void => {
    if (isLoop(ctx, node)) {
      const symbol = unwrapLoopVariable(ctx, node);
      if (symbol) peeled.add(symbol);
    }

    if (ts.isFunctionLike(node) && node !== fn) return;

    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn, visit);
  if (peeled.size === 0) return false;

  return returnedExpressions(ctx, fn).some((returned) => {
    const value = skipOuterExpressions(ts, returned);
    const symbol = ts.isIdentifier(value) ? checker.getSymbolAtLocation(value) : undefined;
    return symbol !== undefined && peeled.has(symbol);
  });
}

/**
 * Whether a check on `subject` is part of peeling it, or comes after it was peeled: it sits in
 * the condition or body of a loop that unwraps the subject, or follows such a loop in the same
 * function.
 */
export function isUnwrapAware(ctx: CoreContext, check: ts.Node, subject: ts.Expression): boolean {
  const { ts, checker } = ctx;
  const inner = skipOuterExpressions(ts, subject);
  if (!ts.isIdentifier(inner)) return false;

  const scope = enclosingFunction(ts, check) ?? check.getSourceFile();
  const loops = unwrapLoopsOf(ctx, scope);
  if (loops.length === 0) return false;

  const symbol = checker.getSymbolAtLocation(inner);
  if (!symbol) return false;

  return loops.some(
    ({ loop, variable }) =>
      variable === symbol && (isInside(check, loop) || loop.getEnd() <= check.getStart()),
  );
}

type UnwrapLoop = { readonly loop: Loop; readonly variable: ts.Symbol };

/**
 * Per checker, since a program keeps the source files another program made when they did not
 * change, while symbols belong to one checker.
 */
const loopCaches = new WeakMap<ts.TypeChecker, WeakMap<ts.Node, readonly UnwrapLoop[]>>();

/** The unwrap loops directly in a function (not in functions nested in it), found once. */
function unwrapLoopsOf(ctx: CoreContext, scope: ts.Node): readonly UnwrapLoop[] {
  let loopCache = loopCaches.get(ctx.checker);
  if (!loopCache) {
    loopCache = new WeakMap();
    loopCaches.set(ctx.checker, loopCache);
  }

  const cached = loopCache.get(scope);
  if (cached) return cached;

  const { ts } = ctx;
  const loops: UnwrapLoop[] = [];
  const visit = (node: ts.Node): void => {
    if (isLoop(ctx, node)) {
      const variable = unwrapLoopVariable(ctx, node);
      if (variable) loops.push({ loop: node, variable });
    }

    if (ts.isFunctionLike(node) && node !== scope) return;

    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  loopCache.set(scope, loops);
  return loops;
}

function isLoop(ctx: CoreContext, node: ts.Node): node is Loop {
  const { ts } = ctx;
  return ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isForStatement(node);
}

function readsFrom(ctx: CoreContext, expression: ts.Expression, name: string): boolean {
  const { ts } = ctx;
  let reads = false;
  const visit = (node: ts.Node): void => {
    if (reads) return;

    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const base = skipOuterExpressions(ts, node.expression);
      if (ts.isIdentifier(base) && base.text === name) {
        reads = true;
        return;
      }
    }

    if (ts.isCallExpression(node)) {
      const argument = node.arguments[0];
      if (argument && ts.isIdentifier(argument) && argument.text === name) {
        reads = true;
        return;
      }
    }

    ts.forEachChild(node, visit);
  };
  visit(expression);
  return reads;
}

function mentions(ctx: CoreContext, node: ts.Node, symbol: ts.Symbol): boolean {
  const { ts, checker } = ctx;
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;

    if (ts.isIdentifier(child) && checker.getSymbolAtLocation(child) === symbol) {
      found = true;
      return;
    }

    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}
