import type { CoreContext } from '../context.js';
import { skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { ConcreteCheck } from './concrete-check.js';
import { knownMembers } from '../flows/narrowing.js';
import { isEquality, isInequality } from './constructor-checks.js';

/** `'member' in x`: asks whether the value has a member. */
export function inProbe(ctx: CoreContext, node: ts.BinaryExpression): ConcreteCheck | undefined {
  const { ts } = ctx;
  if (node.operatorToken.kind !== ts.SyntaxKind.InKeyword) return undefined;

  const key = skipOuterExpressions(ts, node.left);
  if (!ts.isStringLiteral(key) && !ts.isNoSubstitutionTemplateLiteral(key)) return undefined;

  return { kind: 'capability', form: 'in-probe', node, subject: node.right, member: key.text };
}

/**
 * `typeof x.member === 'function'` (or `!== 'undefined'`), and `x.member !== undefined`
 * (or `!= null`): other ways of asking whether a value has a member.
 */
export function memberProbe(ctx: CoreContext, node: ts.BinaryExpression): ConcreteCheck | undefined {
  const { ts } = ctx;
  if (!isEquality(ts, node.operatorToken.kind)) return undefined;

  const unequal = isInequality(ts, node.operatorToken.kind);
  for (const [tested, expected] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const side = skipOuterExpressions(ts, tested);
    const other = skipOuterExpressions(ts, expected);

    if (ts.isTypeOfExpression(side) && ts.isStringLiteral(other)) {
      const access = skipOuterExpressions(ts, side.expression);
      if (ts.isPropertyAccessExpression(access) && (other.text === 'function' || other.text === 'undefined')) {
        // `=== 'undefined'` and `!== 'function'` ask for the member's absence.
        const absence = (other.text === 'undefined') !== unequal;
        return {
          kind: 'capability',
          form: 'typeof-probe',
          node,
          subject: access.expression,
          member: access.name.text,
          ...(absence ? { negated: true } : {}),
        };
      }
    }

    const isNothing =
      other.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(other) && other.text === 'undefined');
    if (ts.isPropertyAccessExpression(side) && isNothing && isOptionalMember(ctx, side)) {
      return {
        kind: 'capability',
        form: 'undefined-probe',
        node,
        subject: side.expression,
        member: side.name.text,
        ...(unequal ? {} : { negated: true }),
      };
    }
  }

  return undefined;
}

/**
 * Only a member the type declares optional, or does not declare, is probed for; comparing a
 * required property with `undefined` is a test of its value, not of the object's capabilities.
 */
function isOptionalMember(ctx: CoreContext, access: ts.PropertyAccessExpression): boolean {
  const { ts, checker } = ctx;
  const owner = checker.getTypeAtLocation(access.expression);
  const property = checker.getApparentType(owner).getProperty(access.name.text);
  if (!property) return true;

  if (!(property.flags & ts.SymbolFlags.Optional)) return false;

  const declaration = property.valueDeclaration ?? property.declarations?.[0];
  return declaration !== undefined && (ts.isMethodSignature(declaration) || ts.isMethodDeclaration(declaration) || isFunctionTyped(ctx, property, access));
}

function isFunctionTyped(ctx: CoreContext, property: ts.Symbol, at: ts.Node): boolean {
  const type = ctx.checker.getNonNullableType(ctx.checker.getTypeOfSymbolAtLocation(property, at));
  return type.getCallSignatures().length > 0;
}

/**
 * `x.method(…)` on a variable, parameter or property whose type declares the method: a call that throws
 * when `x` is a copy of an instance whose class keeps the method on its prototype. Considered
 * only in programs that have functions making such copies.
 */
export function lostMemberCall(
  ctx: CoreContext,
  node: ts.CallExpression,
  programCopies: () => boolean,
): ConcreteCheck | undefined {
  const { ts, checker } = ctx;
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;

  const receiver = skipOuterExpressions(ts, callee.expression);
  if (!ts.isIdentifier(receiver) && !ts.isPropertyAccessExpression(receiver)) return undefined;

  const symbol = checker.getSymbolAtLocation(callee.name);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!declaration || !(ts.isMethodSignature(declaration) || ts.isMethodDeclaration(declaration))) return undefined;

  // `if ('m' in x) x.m()` calls only what it found.
  if (knownMembers(ctx, callee.expression).has(callee.name.text)) return undefined;

  if (!programCopies()) return undefined;

  return { kind: 'capability', form: 'lost-member-call', node, subject: callee.expression, member: callee.name.text };
}
