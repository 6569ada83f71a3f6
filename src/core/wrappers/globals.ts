import type { CoreContext } from '../context.js';
import type { ts } from '../typescript-api.js';

/**
 * Whether `expression` names a global declared in declaration files (`Proxy` in TypeScript's
 * lib, `structuredClone` in lib.dom or @types/node), not a local or an import of that name.
 */
export function isGlobalValue(ctx: CoreContext, expression: ts.Expression, name: string): boolean {
  const { ts, checker } = ctx;
  if (!ts.isIdentifier(expression) || expression.text !== name) return false;

  const symbol = checker.getSymbolAtLocation(expression);
  if (!symbol || symbol.flags & ts.SymbolFlags.Alias) return false;

  const declarations = symbol.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => declaration.getSourceFile().isDeclarationFile)
  );
}
