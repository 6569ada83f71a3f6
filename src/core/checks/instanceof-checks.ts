import type { CoreContext } from '../context.js';
import type { ts } from '../typescript-api.js';
import { concreteClassOf } from './concrete-class.js';
import type { ConcreteCheck } from './concrete-check.js';

/** Every `x instanceof C` in a file where `C` names a class. */
export function findInstanceofChecks(ctx: CoreContext, sourceFile: ts.SourceFile): ConcreteCheck[] {
  const { ts } = ctx;
  const checks: ConcreteCheck[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword
    ) {
      const concreteClass = concreteClassOf(ctx, node.right);
      if (concreteClass) {
        checks.push({ kind: 'instanceof', node, subject: node.left, concreteClass });
      }
    }

    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return checks;
}
