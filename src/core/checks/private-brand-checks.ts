import type { CoreContext } from '../context.js';
import { enclosingFunction, skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { ConcreteClass } from './concrete-class.js';
import type { ConcreteCheck } from './concrete-check.js';

/** `#field in x`: the brand check of a class with private fields. */
export function privateInCheck(ctx: CoreContext, node: ts.BinaryExpression): ConcreteCheck | undefined {
  const { ts } = ctx;
  if (node.operatorToken.kind !== ts.SyntaxKind.InKeyword || !ts.isPrivateIdentifier(node.left)) {
    return undefined;
  }

  const owner = ownerOf(ctx, node.left);
  return {
    kind: 'private-brand',
    form: 'private-in',
    node,
    subject: node.right,
    member: node.left.text,
    concreteClass: owner,
  };
}

/**
 * `receiver.#field`: reading a private field throws a TypeError when the receiver is not an
 * instance of the class (a proxy of one, or an instance of another copy of the class). Only the
 * first access per receiver in a function counts, and none after a `#field in receiver` check.
 */
export function privateAccess(
  ctx: CoreContext,
  node: ts.PropertyAccessExpression,
  seen: Set<string>,
): ConcreteCheck | undefined {
  const { ts } = ctx;
  if (!ts.isPrivateIdentifier(node.name)) return undefined;

  // Writing in the constructor sets the brand up; it cannot fail.
  const fn = enclosingFunction(ts, node);
  if (!fn || ts.isConstructorDeclaration(fn)) return undefined;

  const receiver = skipOuterExpressions(ts, node.expression);
  const key = `${fn.pos}:${receiver.getText()}`;
  if (seen.has(key)) return undefined;

  seen.add(key);
  if (isBrandCheckedBefore(ctx, fn, receiver, node)) return undefined;

  return {
    kind: 'private-brand',
    form: 'private-access',
    node,
    subject: node.expression,
    member: node.name.text,
    concreteClass: ownerOf(ctx, node.name),
  };
}

function ownerOf(ctx: CoreContext, name: ts.PrivateIdentifier): ConcreteClass | undefined {
  const { ts, checker } = ctx;
  const declaration = checker.getSymbolAtLocation(name)?.valueDeclaration;
  const cls = declaration?.parent;
  if (!cls || !ts.isClassLike(cls) || !cls.name) return undefined;

  const symbol = checker.getSymbolAtLocation(cls.name);
  if (!symbol) return undefined;

  return { symbol, name: symbol.name, instanceType: checker.getDeclaredTypeOfSymbol(symbol) };
}

/** A `#x in receiver` test earlier in the same function. */
function isBrandCheckedBefore(
  ctx: CoreContext,
  fn: ts.Node,
  receiver: ts.Expression,
  access: ts.Node,
): boolean {
  const { ts } = ctx;
  const text = receiver.getText();
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || node.getStart() >= access.getStart()) return;

    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.InKeyword &&
      ts.isPrivateIdentifier(node.left) &&
      skipOuterExpressions(ts, node.right).getText() === text
    ) {
      found = true;
      return;
    }

    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn, visit);
  return found;
}
