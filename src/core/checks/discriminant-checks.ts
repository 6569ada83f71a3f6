import type { CoreContext } from '../context.js';
import { skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { ConcreteCheck } from './concrete-check.js';
import { isEquality, isInequality } from './constructor-checks.js';

/** `x.kind === 'card'` (or `!==`), where `kind` is typed as literals: a discriminant. */
export function discriminantComparison(
  ctx: CoreContext,
  node: ts.BinaryExpression,
): ConcreteCheck | undefined {
  const { ts } = ctx;
  if (!isEquality(ts, node.operatorToken.kind)) return undefined;

  for (const [tested, expected] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const access = skipOuterExpressions(ts, tested);
    const literal = skipOuterExpressions(ts, expected);
    if (!ts.isPropertyAccessExpression(access) || !isLiteral(ctx, literal)) continue;
    if (!isDiscriminant(ctx, access)) continue;

    return {
      kind: 'discriminant',
      form: 'discriminant',
      node,
      subject: access.expression,
      member: access.name.text,
      literal: literal.getText(),
      ...(isInequality(ts, node.operatorToken.kind) ? { negated: true } : {}),
    };
  }

  return undefined;
}

/** `switch (x.kind)` with literal cases, reported once at `x.kind`. */
export function discriminantSwitch(ctx: CoreContext, node: ts.SwitchStatement): ConcreteCheck | undefined {
  const { ts } = ctx;
  const access = skipOuterExpressions(ts, node.expression);
  if (!ts.isPropertyAccessExpression(access) || !isDiscriminant(ctx, access)) return undefined;

  const firstCase = node.caseBlock.clauses.find(ts.isCaseClause);
  if (!firstCase || !isLiteral(ctx, skipOuterExpressions(ts, firstCase.expression))) return undefined;

  return {
    kind: 'discriminant',
    form: 'discriminant',
    node: access,
    subject: access.expression,
    member: access.name.text,
    literal: firstCase.expression.getText(),
  };
}

function isLiteral(ctx: CoreContext, node: ts.Expression): boolean {
  const { ts } = ctx;
  return (
    ts.isStringLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword
  );
}

/** A property of an object whose declared type is a literal or a union of literals. */
function isDiscriminant(ctx: CoreContext, access: ts.PropertyAccessExpression): boolean {
  const { ts, checker } = ctx;
  const owner = checker.getTypeAtLocation(access.expression);
  if (owner.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;

  const type = checker.getTypeAtLocation(access);
  const parts = type.isUnion() ? type.types : [type];
  return parts.length > 0 && parts.every((part) => (part.flags & ts.TypeFlags.Literal) !== 0 || (part.flags & ts.TypeFlags.BooleanLiteral) !== 0);
}
