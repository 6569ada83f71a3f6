import type { CoreContext } from '../context.js';
import { isFunctionWithBody, shortText, skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';

/**
 * The conditions under which `node` runs inside its function: the branches of `?:`, `if` and `&&`
 * around it. They tell a user why a wrapper appears in one run and not in another (a TTY).
 */
export function guardingConditions(ctx: CoreContext, node: ts.Node): string[] {
  const { ts } = ctx;
  const conditions: string[] = [];
  let child = node;
  for (let parent = node.parent; parent && !isFunctionWithBody(ts, parent); parent = parent.parent) {
    if (ts.isConditionalExpression(parent) && child !== parent.condition) {
      conditions.push(describe(ctx, parent.condition, child === parent.whenFalse));
    } else if (ts.isIfStatement(parent) && child !== parent.expression) {
      conditions.push(describe(ctx, parent.expression, child === parent.elseStatement));
    } else if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === parent.right
    ) {
      conditions.push(describe(ctx, parent.left, false));
    }

    child = parent;
  }

  return conditions.reverse();
}

/** `only when X` or `unless X`, with a `const` condition shown with its value. */
function describe(ctx: CoreContext, condition: ts.Expression, negated: boolean): string {
  const text = conditionText(ctx, condition);
  return negated ? `unless ${text}` : `only when ${text}`;
}

function conditionText(ctx: CoreContext, condition: ts.Expression): string {
  const { ts, checker } = ctx;
  const inner = skipOuterExpressions(ts, condition);
  if (ts.isIdentifier(inner)) {
    const declaration = checker.getSymbolAtLocation(inner)?.valueDeclaration;
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const
    ) {
      return `${inner.text} (${shortText(declaration.initializer)})`;
    }
  }

  return shortText(inner);
}
