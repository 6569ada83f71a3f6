import type { CoreContext } from '../context.js';
import type { ts } from '../typescript-api.js';
import { concreteClassOf } from './concrete-class.js';
import type { ConcreteCheck } from './concrete-check.js';

/** `x instanceof C` where `C` names a class. */
export function instanceofCheck(ctx: CoreContext, node: ts.BinaryExpression): ConcreteCheck | undefined {
  const { ts } = ctx;
  if (node.operatorToken.kind !== ts.SyntaxKind.InstanceOfKeyword) return undefined;

  const concreteClass = concreteClassOf(ctx, node.right);
  if (!concreteClass) return undefined;

  return { kind: 'instanceof', form: 'instanceof', node, subject: node.left, concreteClass };
}
