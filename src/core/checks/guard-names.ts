import { cachedIn } from '../cache.js';
import type { CoreContext } from '../context.js';
import { climbOuterExpressions, forEachDescendant } from '../syntax.js';
import type { ts } from '../typescript-api.js';

const namesByProgram = new WeakMap<ts.Program, ReadonlySet<string>>();

/**
 * Every name a type guard can be called by in the program: the functions and methods whose
 * return type is a type predicate (`x is C`), the constants holding such a function, and the
 * names they are imported or re-exported under. A call by any other name is no guard call, so
 * the checker is not asked to resolve its callee. Built once per program from syntax alone.
 */
export function guardNamesOf(ctx: CoreContext): ReadonlySet<string> {
  return cachedIn(namesByProgram, ctx.program, () => collectGuardNames(ctx));
}

function collectGuardNames(ctx: CoreContext): ReadonlySet<string> {
  const { ts } = ctx;
  const names = new Set<string>();
  const renames: (readonly [from: string, to: string])[] = [];

  for (const sourceFile of ctx.program.getSourceFiles()) {
    forEachDescendant(ts, sourceFile, (node) => {
      if (ts.isFunctionLike(node) && node.type && ts.isTypePredicateNode(node.type)) {
        const name = guardName(ctx, node);
        if (name) names.add(name);
      } else if ((ts.isImportSpecifier(node) || ts.isExportSpecifier(node)) && node.propertyName) {
        renames.push([node.propertyName.text, node.name.text]);
      } else if (ts.isImportClause(node) && node.name) {
        // A default import may be named anything, whatever the function is called.
        names.add(node.name.text);
      } else if (ts.isImportEqualsDeclaration(node)) {
        names.add(node.name.text);
      }

      return true;
    });
  }

  // `import { isA as b }` of `export { isA as c }`: follow renames until no name is new.
  let grew = true;
  while (grew) {
    grew = false;
    for (const [from, to] of renames) {
      if (names.has(from) && !names.has(to)) {
        names.add(to);
        grew = true;
      }
    }
  }

  return names;
}

/**
 * The name a guard is called by: its own, or that of the constant it is stored in (the only
 * place a guard without a name of its own is looked for).
 */
function guardName(ctx: CoreContext, fn: ts.SignatureDeclaration): string | undefined {
  const { ts } = ctx;
  if (!ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) {
    const name = fn.name;
    if (!name) return undefined;

    const named = ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name);
    return named ? name.text : undefined;
  }

  const holder = climbOuterExpressions(ts, fn).parent;
  return ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)
    ? holder.name.text
    : undefined;
}
