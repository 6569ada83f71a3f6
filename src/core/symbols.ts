import type { CoreContext } from './context.js';
import { climbOuterExpressions, isFunctionWithBody } from './syntax.js';
import type { FunctionWithBody } from './syntax.js';
import type { ts } from './typescript-api.js';

/** The symbol an expression names, seen through import and export aliases. */
export function resolvedSymbol(ctx: CoreContext, node: ts.Node): ts.Symbol | undefined {
  const { ts, checker } = ctx;
  const symbol = checker.getSymbolAtLocation(node);
  if (!symbol) return undefined;

  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The expression that names what a call or `new` invokes: `f` in `f()`, `m` in `o.m()`. */
export function calleeName(ctx: CoreContext, call: ts.CallExpression | ts.NewExpression) {
  const { ts } = ctx;
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee)) return callee.name;
  return callee;
}

/** The functions with bodies that a call may run, as the checker resolves its callee. */
export function calledFunctions(
  ctx: CoreContext,
  call: ts.CallExpression | ts.NewExpression,
): FunctionWithBody[] {
  const symbol = resolvedSymbol(ctx, calleeName(ctx, call));
  return functionsOfSymbol(ctx, symbol);
}

/** A function declaration's own body, or the function stored in a `const`. */
export function functionsOfSymbol(ctx: CoreContext, symbol: ts.Symbol | undefined): FunctionWithBody[] {
  const { ts } = ctx;
  const found: FunctionWithBody[] = [];
  for (const declaration of symbol?.declarations ?? []) {
    if (isFunctionWithBody(ts, declaration)) {
      found.push(declaration);
      continue;
    }

    if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
      const initializer = climbInitializer(ctx, declaration.initializer);
      if (initializer) found.push(initializer);
    }
  }

  return found;
}

function climbInitializer(ctx: CoreContext, initializer: ts.Expression) {
  const { ts } = ctx;
  let current: ts.Expression = initializer;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current)) current = current.expression;
  return isFunctionWithBody(ts, current) ? current : undefined;
}

/** The symbol callers use for a function: its name, or the variable or property it is stored in. */
export function symbolOfFunction(ctx: CoreContext, fn: FunctionWithBody): ts.Symbol | undefined {
  const { ts, checker } = ctx;
  if (ts.isConstructorDeclaration(fn)) {
    const owner = fn.parent;
    return owner.name ? checker.getSymbolAtLocation(owner.name) : undefined;
  }

  const holder = climbOuterExpressions(ts, fn).parent;
  const held =
    (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) &&
    holder.initializer !== undefined;

  // `const snapshot = function copyOf() {}` is called `snapshot` outside; `copyOf` only inside.
  if (fn.name && !(ts.isFunctionExpression(fn) && held)) {
    return checker.getSymbolAtLocation(fn.name);
  }

  return held ? checker.getSymbolAtLocation(holder.name) : undefined;
}

/**
 * The name a function expression held in a constant calls itself by (`g` in
 * `const f = function g() {}`): callers elsewhere use `f`, the function's own recursive calls `g`.
 */
export function selfNameOf(ctx: CoreContext, fn: FunctionWithBody): ts.Symbol | undefined {
  const { ts, checker } = ctx;
  if (!ts.isFunctionExpression(fn) || !fn.name) return undefined;

  const own = checker.getSymbolAtLocation(fn.name);
  return own !== symbolOfFunction(ctx, fn) ? own : undefined;
}
