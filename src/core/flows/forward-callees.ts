import type { CoreContext } from '../context.js';
import { calleeName, resolvedSymbol } from '../symbols.js';
import { isFunctionWithBody, skipOuterExpressions } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';

/** How many constants naming one another a callee is followed through. */
const MAX_ALIAS_HOPS = 4;

/**
 * The functions with bodies of the program a call may run, for following a value passed to it:
 * none for a library's function. Undefined where the callee is a value of the program's own (a
 * parameter, a variable, a property) that a function may have been put in: the tracer finds
 * those calls from the function's side.
 */
export function functionsACallRuns(
  ctx: CoreContext,
  call: ts.CallExpression | ts.NewExpression,
): FunctionWithBody[] | undefined {
  const { ts } = ctx;
  const symbol = resolvedSymbol(ctx, calleeName(ctx, call));
  if (ts.isNewExpression(call)) return symbol ? constructorsOf(ctx, symbol) : [];

  if (!symbol) return ts.isIdentifier(call.expression) ? undefined : [];

  return functionsOf(ctx, symbol, 0);
}

function constructorsOf(ctx: CoreContext, cls: ts.Symbol): FunctionWithBody[] | undefined {
  const { ts } = ctx;
  const declarations = cls.declarations ?? [];
  if (declarations.every((declaration) => isLibrary(ctx, declaration))) return [];

  const own = declarations.filter(ts.isClassLike);
  if (own.length !== declarations.length) return undefined;

  return own.flatMap((declaration) =>
    declaration.members.filter(
      (member): member is ts.ConstructorDeclaration =>
        ts.isConstructorDeclaration(member) && member.body !== undefined,
    ),
  );
}

/**
 * The functions with bodies a callee's symbol stands for: declared as one, stored in a
 * `const`, or a `const` naming another (`export const succeed = core.succeed`), which the
 * tracer follows from the function's side as a value handed on.
 */
function functionsOf(
  ctx: CoreContext,
  symbol: ts.Symbol,
  hops: number,
): FunctionWithBody[] | undefined {
  const { ts } = ctx;
  const found: FunctionWithBody[] = [];
  for (const declaration of symbol.declarations ?? []) {
    if (isLibrary(ctx, declaration) || ts.isMethodSignature(declaration)) continue;
    if (isFunctionWithBody(ts, declaration)) {
      found.push(declaration);
      continue;
    }

    if (ts.isFunctionDeclaration(declaration)) continue;
    if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;

    const value = skipOuterExpressions(ts, declaration.initializer);
    if (isFunctionWithBody(ts, value)) {
      found.push(value);
      continue;
    }

    const name = ts.isPropertyAccessExpression(value) ? value.name : value;
    const named = ts.isIdentifier(name) ? resolvedSymbol(ctx, name) : undefined;
    if (!named || hops >= MAX_ALIAS_HOPS) return undefined;

    const aliased = functionsOf(ctx, named, hops + 1);
    if (!aliased) return undefined;

    found.push(...aliased);
  }

  return found;
}

function isLibrary(ctx: CoreContext, declaration: ts.Node): boolean {
  const file = declaration.getSourceFile();
  return file.isDeclarationFile || ctx.program.isSourceFileFromExternalLibrary(file);
}
