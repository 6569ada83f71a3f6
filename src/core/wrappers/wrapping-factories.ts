import type { CheckKind } from '../checks/check-kind.js';
import type { CoreContext } from '../context.js';
import { functionName, skipOuterExpressions } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { TypeScriptApi, ts } from '../typescript-api.js';
import type { Wrapper } from './wrapper.js';
import { wrapperId } from './wrapper-id.js';

/** A fresh object literal is neither an instance of the wrapped class nor the same object. */
const OBJECT_LITERAL_DEFEATS: ReadonlySet<CheckKind> = new Set<CheckKind>([
  'instanceof',
  'constructor',
  'identity',
  'private-brand',
]);

/**
 * A function that takes a T and returns a new object literal standing for it: one that spreads
 * the T (`{ ...t, extra }`) or forwards at least one of its members (`{ push: (x) => t.push(x) }`).
 */
export function findWrappingFactory(ctx: CoreContext, fn: FunctionWithBody): Wrapper | undefined {
  const { ts, checker } = ctx;
  const name = functionName(ts, fn);
  if (!name || ts.isConstructorDeclaration(fn) || ts.isAccessor(fn)) return undefined;

  for (const returned of returnedExpressions(ts, fn)) {
    const literal = skipOuterExpressions(ts, returned);
    if (!ts.isObjectLiteralExpression(literal)) continue;

    const parameter = fn.parameters.find(
      (candidate) => ts.isIdentifier(candidate.name) && standsFor(ts, literal, candidate.name.text),
    );
    if (!parameter) continue;

    const innerType = checker.getTypeAtLocation(parameter);
    const apparentInner = checker.getApparentType(innerType);
    if (!(apparentInner.flags & ts.TypeFlags.Object)) continue;

    const producedType = checker.getTypeAtLocation(literal);
    if (!checker.isTypeAssignableTo(producedType, apparentInner)) continue;

    return {
      id: wrapperId('wrapping-factory', fn),
      kind: 'wrapping-factory',
      name,
      declaration: fn,
      nameNode: (fn as { name?: ts.Node }).name ?? fn,
      producedType: apparentInner,
      innerType,
      classSymbol: undefined,
      defeats: OBJECT_LITERAL_DEFEATS,
    };
  }

  return undefined;
}

/** The expressions a function returns: an arrow's expression body, or its own `return`s. */
export function returnedExpressions(ts: TypeScriptApi, fn: FunctionWithBody): ts.Expression[] {
  const body = fn.body;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body];

  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node)) {
      if (node.expression) found.push(node.expression);
      return;
    }

    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;

    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** `{ ...name }`, or a member `m` whose value reads `name.m`. */
function standsFor(ts: TypeScriptApi, literal: ts.ObjectLiteralExpression, name: string): boolean {
  return literal.properties.some((property) => {
    if (ts.isSpreadAssignment(property)) {
      const spread = skipOuterExpressions(ts, property.expression);
      return ts.isIdentifier(spread) && spread.text === name;
    }

    const member = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
    if (!member) return false;

    let forwards = false;
    const visit = (node: ts.Node): void => {
      if (forwards) return;

      if (
        ts.isPropertyAccessExpression(node) &&
        node.name.text === member &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === name
      ) {
        forwards = true;
        return;
      }

      ts.forEachChild(node, visit);
    };
    ts.forEachChild(property, visit);
    return forwards;
  });
}
