import type { CoreContext } from '../context.js';
import { resolvedSymbol } from '../symbols.js';
import type { ts } from '../typescript-api.js';

/** The class a check compares against: `Repository` in `x instanceof Repository`. */
export interface ConcreteClass {
  readonly symbol: ts.Symbol;
  readonly name: string;
  readonly instanceType: ts.Type;
}

/** The class an expression names, or undefined when it names no class the checker knows. */
export function concreteClassOf(ctx: CoreContext, expression: ts.Expression): ConcreteClass | undefined {
  const { ts, checker } = ctx;
  const symbol = resolvedSymbol(ctx, expression);
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Class)) return undefined;

  return { symbol, name: symbol.name, instanceType: checker.getDeclaredTypeOfSymbol(symbol) };
}

/** Whether instances of `candidate` pass `instanceof target`: the same class or a subclass. */
export function derivesFrom(ctx: CoreContext, candidate: ts.Symbol, target: ts.Symbol): boolean {
  const { ts, checker } = ctx;
  const seen = new Set<ts.Symbol>();
  const pending = [candidate];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (current === target) return true;
    if (seen.has(current)) continue;
    seen.add(current);

    const type = checker.getDeclaredTypeOfSymbol(current);
    if (!(type.flags & ts.TypeFlags.Object)) continue;
    if (!((type as ts.ObjectType).objectFlags & ts.ObjectFlags.ClassOrInterface)) continue;

    for (const base of checker.getBaseTypes(type as ts.InterfaceType)) {
      const baseSymbol = base.getSymbol();
      if (baseSymbol) pending.push(baseSymbol);
    }
  }

  return false;
}

/** The interfaces and classes a class implements or extends, all the way up. */
export function supertypeSymbols(ctx: CoreContext, cls: ts.Symbol): Set<ts.Symbol> {
  const { ts } = ctx;
  const found = new Set<ts.Symbol>();
  const pending = [cls];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const declaration of current.declarations ?? []) {
      if (!ts.isClassLike(declaration) && !ts.isInterfaceDeclaration(declaration)) continue;

      for (const clause of declaration.heritageClauses ?? []) {
        for (const heritage of clause.types) {
          const symbol = resolvedSymbol(ctx, heritage.expression);
          if (symbol && !found.has(symbol)) {
            found.add(symbol);
            pending.push(symbol);
          }
        }
      }
    }
  }

  return found;
}

/** Whether a class is `Error` of the default library, or derives from it. */
export function derivesFromError(ctx: CoreContext, cls: ts.Symbol): boolean {
  const { ts, checker, program } = ctx;
  const seen = new Set<ts.Symbol>();
  const pending = [cls];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);

    const isLibError =
      current.name === 'Error' &&
      (current.declarations ?? []).some((declaration) => program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
    if (isLibError) return true;

    const type = checker.getDeclaredTypeOfSymbol(current);
    if (!(type.flags & ts.TypeFlags.Object)) continue;
    if (!((type as ts.ObjectType).objectFlags & ts.ObjectFlags.ClassOrInterface)) continue;

    for (const base of checker.getBaseTypes(type as ts.InterfaceType)) {
      const symbol = base.getSymbol();
      if (symbol) pending.push(symbol);
    }
  }

  return false;
}
