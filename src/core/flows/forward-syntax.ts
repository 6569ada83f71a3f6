import type { CoreContext } from '../context.js';
import { forEachDescendant, isFunctionWithBody } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';

/** Where a value is used up: tested, thrown, spread into something new, or computed with. */
export function isDeadEnd(ctx: CoreContext, parent: ts.Node): boolean {
  const { ts } = ctx;
  return (
    ts.isExpressionStatement(parent) ||
    ts.isIfStatement(parent) ||
    ts.isWhileStatement(parent) ||
    ts.isDoStatement(parent) ||
    ts.isForStatement(parent) ||
    ts.isForOfStatement(parent) ||
    ts.isForInStatement(parent) ||
    ts.isSwitchStatement(parent) ||
    ts.isCaseClause(parent) ||
    ts.isThrowStatement(parent) ||
    ts.isSpreadAssignment(parent) ||
    ts.isSpreadElement(parent) ||
    ts.isTemplateSpan(parent) ||
    ts.isPrefixUnaryExpression(parent) ||
    ts.isPostfixUnaryExpression(parent) ||
    ts.isTypeOfExpression(parent) ||
    ts.isVoidExpression(parent) ||
    ts.isDeleteExpression(parent) ||
    ts.isComputedPropertyName(parent) ||
    // `class A extends base` makes a new class; `A` is not the base.
    ts.isExpressionWithTypeArguments(parent) ||
    // Moving a name between modules: its reads elsewhere are found by its symbol.
    ts.isImportSpecifier(parent) ||
    ts.isExportSpecifier(parent) ||
    ts.isImportClause(parent) ||
    ts.isNamespaceImport(parent)
  );
}

/** `this` in a method (or in an arrow inside it): the object the method runs on. */
export function receiverMethod(ctx: CoreContext, node: ts.Node): FunctionWithBody | undefined {
  const { ts } = ctx;
  let fn: ts.Node | undefined = node.parent;
  while (fn && (!isFunctionWithBody(ts, fn) || ts.isArrowFunction(fn))) fn = fn.parent;
  return fn && isFunctionWithBody(ts, fn) ? fn : undefined;
}

/** Every `this` meaning the receiver: in the method's body, parameters and arrows. */
export function thisIn(ctx: CoreContext, method: FunctionWithBody): ts.Expression[] {
  const { ts } = ctx;
  const found: ts.Expression[] = [];
  // Parameters' defaults (`self = this`) see the receiver too.
  for (const part of [...method.parameters, method.body]) {
    if (!part) continue;

    forEachDescendant(ts, part, (node) => {
      if (node.kind === ts.SyntaxKind.ThisKeyword) found.push(node as ts.Expression);
      if (ts.isClassLike(node)) return false;

      return !(isFunctionWithBody(ts, node) && !ts.isArrowFunction(node));
    });
  }

  return found;
}

export function isAssignmentPattern(ctx: CoreContext, literal: ts.Node): boolean {
  const { ts } = ctx;
  let current = literal;
  while (
    ts.isObjectLiteralExpression(current.parent) ||
    ts.isArrayLiteralExpression(current.parent) ||
    ts.isPropertyAssignment(current.parent)
  ) {
    current = current.parent;
  }

  const parent = current.parent;
  return (
    (ts.isBinaryExpression(parent) &&
      parent.left === current &&
      parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) ||
    ts.isForOfStatement(parent)
  );
}
