import type { CoreContext } from '../context.js';
import { isFunctionWithBody, skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';

/**
 * Conditions known to hold where `node` runs, within its function: the `if` and `?:` branches
 * and `&&` operands it sits in, and early exits before it (`if (!test) return;`). Negations
 * under `!` are not turned around; only tests that must be true are listed.
 */
export function knownTrue(ctx: CoreContext, node: ts.Node): ts.Expression[] {
  const { ts } = ctx;
  const facts: ts.Expression[] = [];
  let child: ts.Node = node;
  for (let parent = node.parent; parent && !isFunctionWithBody(ts, parent); parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement) {
      facts.push(...conjuncts(ctx, parent.expression));
    } else if (ts.isConditionalExpression(parent) && child === parent.whenTrue) {
      facts.push(...conjuncts(ctx, parent.condition));
    } else if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === parent.right
    ) {
      facts.push(...conjuncts(ctx, parent.left));
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      facts.push(...earlyExitFacts(ctx, parent.statements, child));
      facts.push(...assertionCalls(ctx, parent.statements, child));
    }

    child = parent;
  }

  return facts;
}

/** The classes `value` is known to be an instance of where it is read. */
export function knownClasses(ctx: CoreContext, value: ts.Identifier | ts.Node): ts.Symbol[] {
  const { ts, checker } = ctx;
  const text = value.getText();
  const classes: ts.Symbol[] = [];
  const classOf = (expression: ts.Expression) => {
    const symbol = checker.getSymbolAtLocation(expression);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  };
  for (const fact of knownTrue(ctx, value)) {
    // `isRepository(x)` or `assertIsRepository(x)`: a guard of a class that held.
    if (ts.isCallExpression(fact)) {
      const guarded = guardedClass(ctx, fact, text);
      if (guarded) classes.push(guarded);
      continue;
    }

    if (!ts.isBinaryExpression(fact)) continue;

    if (fact.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) {
      const cls = skipOuterExpressions(ts, fact.left).getText() === text && classOf(fact.right);
      if (cls) classes.push(cls);
      continue;
    }

    // `x.constructor === C`: x was made by C itself.
    const equal =
      fact.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      fact.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken;
    if (!equal) continue;

    for (const [side, other] of [
      [fact.left, fact.right],
      [fact.right, fact.left],
    ] as const) {
      const read = skipOuterExpressions(ts, side);
      if (
        ts.isPropertyAccessExpression(read) &&
        read.name.text === 'constructor' &&
        skipOuterExpressions(ts, read.expression).getText() === text
      ) {
        const cls = classOf(skipOuterExpressions(ts, other));
        if (cls && cls.flags & ts.SymbolFlags.Class) classes.push(cls);
      }
    }
  }

  return classes;
}

/**
 * The class a call of a type guard proves its argument an instance of, when the argument is
 * `text`. A guard tested in a condition answers; a statement-level call must be an assertion.
 */
function guardedClass(ctx: CoreContext, call: ts.CallExpression, text: string): ts.Symbol | undefined {
  const { ts, checker } = ctx;
  const signature = checker.getResolvedSignature(call);
  const declaration = signature?.getDeclaration();
  const predicate = declaration && ts.isFunctionLike(declaration) ? declaration.type : undefined;
  if (!declaration || !predicate || !ts.isTypePredicateNode(predicate) || !predicate.type) return undefined;

  const statementLevel = ts.isExpressionStatement(call.parent);
  if (statementLevel && !predicate.assertsModifier) return undefined;

  const parameterName = ts.isIdentifier(predicate.parameterName) ? predicate.parameterName.text : undefined;
  const position = declaration.parameters.findIndex(
    (parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === parameterName,
  );
  const argument = call.arguments[position];
  if (!argument || skipOuterExpressions(ts, argument).getText() !== text) return undefined;

  const cls = checker.getTypeFromTypeNode(predicate.type).getSymbol();
  return cls && cls.flags & ts.SymbolFlags.Class ? cls : undefined;
}

/** The members `value` is known to have where it is read: `'m' in value`, `typeof value.m`. */
export function knownMembers(ctx: CoreContext, value: ts.Node): Set<string> {
  const { ts } = ctx;
  const text = value.getText();
  const members = new Set<string>();
  for (const fact of knownTrue(ctx, value)) {
    if (!ts.isBinaryExpression(fact)) continue;

    if (
      fact.operatorToken.kind === ts.SyntaxKind.InKeyword &&
      ts.isStringLiteral(fact.left) &&
      skipOuterExpressions(ts, fact.right).getText() === text
    ) {
      members.add(fact.left.text);
      continue;
    }

    const left = skipOuterExpressions(ts, fact.left);
    if (
      ts.isTypeOfExpression(left) &&
      ts.isPropertyAccessExpression(left.expression) &&
      skipOuterExpressions(ts, left.expression.expression).getText() === text
    ) {
      members.add(left.expression.name.text);
    }
  }

  return members;
}

/** Calls made as statements before `child` (`assertIsRepository(x);`): assertions, perhaps. */
function assertionCalls(ctx: CoreContext, statements: readonly ts.Statement[], child: ts.Node): ts.Expression[] {
  const { ts } = ctx;
  const calls: ts.Expression[] = [];
  for (const statement of statements) {
    if (statement === child) break;
    if (ts.isExpressionStatement(statement) && ts.isCallExpression(statement.expression)) {
      calls.push(statement.expression);
    }
  }

  return calls;
}

function conjuncts(ctx: CoreContext, condition: ts.Expression): ts.Expression[] {
  const { ts } = ctx;
  const test = skipOuterExpressions(ts, condition);
  if (ts.isBinaryExpression(test) && test.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return [...conjuncts(ctx, test.left), ...conjuncts(ctx, test.right)];
  }

  return [test];
}

/** `if (!(test)) return;` before the statement holding `child` makes `test` true after it. */
function earlyExitFacts(
  ctx: CoreContext,
  statements: readonly ts.Statement[],
  child: ts.Node,
): ts.Expression[] {
  const { ts } = ctx;
  const facts: ts.Expression[] = [];
  for (const statement of statements) {
    if (statement === child) break;
    if (!ts.isIfStatement(statement) || statement.elseStatement || !exits(ctx, statement.thenStatement)) continue;

    const test = skipOuterExpressions(ts, statement.expression);
    if (ts.isPrefixUnaryExpression(test) && test.operator === ts.SyntaxKind.ExclamationToken) {
      facts.push(...conjuncts(ctx, test.operand));
    }
  }

  return facts;
}

function exits(ctx: CoreContext, statement: ts.Statement): boolean {
  const { ts } = ctx;
  const last = ts.isBlock(statement) ? statement.statements[statement.statements.length - 1] : statement;
  return (
    last !== undefined &&
    (ts.isReturnStatement(last) || ts.isThrowStatement(last) || ts.isContinueStatement(last) || ts.isBreakStatement(last))
  );
}
