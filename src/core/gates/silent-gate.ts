import type { ConcreteCheck } from '../checks/concrete-check.js';
import type { CoreContext } from '../context.js';
import { describeFunction, enclosingFunction, isFunctionWithBody, skipOuterExpressions } from '../syntax.js';
import type { TypeScriptApi, ts } from '../typescript-api.js';

/**
 * How a gate lets a wrapped value through without a word:
 * - `skips`: `if (check) { effect }` with no else; the effect is not done;
 * - `returns-early`: `if (!check) return;` before the effect;
 * - `continues`: `if (!check) continue;` (or `break`) before the effect in a loop;
 * - `falls-through`: `if (check) return a;` and the value lands in a later fallback instead.
 */
export type GateShape = 'skips' | 'returns-early' | 'continues' | 'falls-through';

export interface SilentGate {
  readonly shape: GateShape;
  /** The node the finding points at: the gate's `if (...)`, or the fallback it falls into. */
  readonly anchor: ts.Node;
  readonly anchorEnd: number;
  /** What the wrapped value misses, or the fallback it gets instead. */
  readonly effect: ts.Node;
  readonly functionName: string;
}

/**
 * The gate a concrete check guards, if failing the check changes what the code does and nothing
 * tells: no else branch, no throw, no log line, no return value the caller could test. The check
 * may be the `if`'s condition, or its result may reach the condition through a local constant
 * (`const i = list.indexOf(x); if (i > -1) …`, `const hit = list.find((y) => y === x); if (hit) …`).
 */
export function findSilentGate(ctx: CoreContext, check: ConcreteCheck): SilentGate | undefined {
  const { ts } = ctx;
  const found = gatingIf(ctx, check.node);
  if (!found) return undefined;

  const { gate } = found;
  // `a !== b`, `x.m === undefined`: a wrapper makes these true, not false.
  const positive = check.negated ? !found.positive : found.positive;
  const name = describeFunction(ts, enclosingFunction(ts, gate));
  const anchorEnd = conditionEnd(ts, gate);

  if (!positive) {
    if (gate.elseStatement || !exitsQuietly(ts, gate.thenStatement)) return undefined;

    const effect = nextStatement(ts, gate);
    if (!effect) return undefined;

    const last = lastStatement(ts, gate.thenStatement);
    const shape = last && ts.isReturnStatement(last) ? 'returns-early' : 'continues';
    return { shape, anchor: gate, anchorEnd, effect, functionName: name };
  }

  if (gate.elseStatement) return undefined;

  // `if (check) return;`: a wrapped value goes on to the rest, which is no skipped effect.
  if (exitsQuietly(ts, gate.thenStatement)) return undefined;

  if (!returnsValue(ts, gate.thenStatement)) {
    const effect = firstStatement(ts, gate.thenStatement);
    return { shape: 'skips', anchor: gate, anchorEnd, effect, functionName: name };
  }

  const fallback = fallbackAfter(ts, gate, check.subject);
  if (!fallback) return undefined;

  return { shape: 'falls-through', anchor: fallback, anchorEnd: fallback.getEnd(), effect: fallback, functionName: name };
}

/** The `if` whose condition the check decides, and whether a passing check makes it true. */
function gatingIf(ctx: CoreContext, check: ts.Node): { gate: ts.IfStatement; positive: boolean } | undefined {
  const { ts } = ctx;
  const direct = climbCondition(ts, check);
  if (ts.isIfStatement(direct.condition.parent) && direct.condition.parent.expression === direct.condition) {
    return { gate: direct.condition.parent, positive: direct.positive };
  }

  const result = resultVariable(ctx, check);
  if (!result) return undefined;

  const block = result.parent.parent.parent;
  if (!ts.isBlock(block) && !ts.isSourceFile(block)) return undefined;

  const statements = block.statements;
  const after = statements.slice(statements.indexOf(result.parent.parent as ts.Statement) + 1);
  for (const statement of after) {
    if (!ts.isIfStatement(statement)) continue;

    const polarity = testOf(ctx, statement.expression, result);
    if (polarity !== undefined) return { gate: statement, positive: polarity };
  }

  return undefined;
}

/**
 * The local constant that holds the check's result: `const i = list.indexOf(x)`, or the element
 * `find` returns when the check is its callback's answer.
 */
function resultVariable(ctx: CoreContext, check: ts.Node): ts.VariableDeclaration | undefined {
  const { ts } = ctx;
  let value: ts.Node = check;
  const callback = enclosingFunction(ts, check);
  if (callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) {
    const answers = ts.isArrowFunction(callback) && callback.body === climbCondition(ts, check).condition;
    const call = callback.parent;
    if (answers && ts.isCallExpression(call) && call.arguments.includes(callback)) value = call;
  }

  while (ts.isParenthesizedExpression(value.parent) || ts.isAwaitExpression(value.parent)) value = value.parent;

  const holder = value.parent;
  if (!ts.isVariableDeclaration(holder) || holder.initializer !== value) return undefined;
  if (!(ts.getCombinedNodeFlags(holder) & ts.NodeFlags.Const)) return undefined;

  return holder;
}

/**
 * Whether `condition` tests the result as found (true), as not found (false), or not at all:
 * `hit`, `i > -1`, `i >= 0`, `i !== -1`, `hit !== undefined`; `!hit`, `i === -1`, `i < 0`.
 */
function testOf(ctx: CoreContext, condition: ts.Expression, result: ts.VariableDeclaration): boolean | undefined {
  const { ts, checker } = ctx;
  const symbol = checker.getSymbolAtLocation(result.name);
  const names = (node: ts.Expression) => {
    const value = skipOuterExpressions(ts, node);
    return ts.isIdentifier(value) && checker.getSymbolAtLocation(value) === symbol;
  };
  const test = skipOuterExpressions(ts, condition);

  if (names(test)) return true;

  if (ts.isPrefixUnaryExpression(test) && test.operator === ts.SyntaxKind.ExclamationToken && names(test.operand)) {
    return false;
  }

  if (!ts.isBinaryExpression(test) || !names(test.left)) return undefined;

  const right = test.right.getText().replace(/\s/g, '');
  switch (test.operatorToken.kind) {
    case ts.SyntaxKind.GreaterThanToken:
      return right === '-1' ? true : undefined;
    case ts.SyntaxKind.GreaterThanEqualsToken:
      return right === '0' ? true : undefined;
    case ts.SyntaxKind.LessThanToken:
      return right === '0' ? false : undefined;
    case ts.SyntaxKind.ExclamationEqualsEqualsToken:
    case ts.SyntaxKind.ExclamationEqualsToken:
      return right === '-1' || right === 'undefined' || right === 'null' ? true : undefined;
    case ts.SyntaxKind.EqualsEqualsEqualsToken:
    case ts.SyntaxKind.EqualsEqualsToken:
      return right === '-1' || right === 'undefined' || right === 'null' ? false : undefined;
    default:
      return undefined;
  }
}

/** Climbs through parentheses, `&&` and `!` to the whole condition, noting its polarity. */
function climbCondition(ts: TypeScriptApi, node: ts.Node) {
  let condition = node;
  let positive = true;
  for (;;) {
    const parent = condition.parent;
    if (ts.isParenthesizedExpression(parent)) {
      condition = parent;
    } else if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) {
      condition = parent;
      positive = !positive;
    } else if (
      positive &&
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
    ) {
      condition = parent;
    } else {
      return { condition, positive };
    }
  }
}

function conditionEnd(ts: TypeScriptApi, gate: ts.IfStatement): number {
  const close = gate.getChildren().find((child) => child.kind === ts.SyntaxKind.CloseParenToken);
  return close ? close.getEnd() : gate.expression.getEnd();
}

/** `return;`, `continue;` or `break;`, alone or in a block, with nothing said. */
function exitsQuietly(ts: TypeScriptApi, statement: ts.Statement): boolean {
  const statements = ts.isBlock(statement) ? statement.statements : [statement];
  const last = statements[statements.length - 1];
  if (!last || statements.some((each) => saysSomething(ts, each))) return false;

  if (ts.isReturnStatement(last)) return last.expression === undefined || isNothing(ts, last.expression);

  return ts.isContinueStatement(last) || ts.isBreakStatement(last);
}

function returnsValue(ts: TypeScriptApi, statement: ts.Statement): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;

    if (ts.isReturnStatement(node) && node.expression && !isNothing(ts, node.expression)) {
      found = true;
      return;
    }

    ts.forEachChild(node, visit);
  };
  visit(statement);
  return found;
}

/**
 * The `return` a value reaches when it fails the gate: the next one after the gate in the same
 * block, looking into the `if`s on the way. None is found where a throw or a log line comes
 * first, where the fallback returns a falsy literal a caller can test, or where it calls a method
 * of the checked value (treating it as the other kind fails loudly for a wrapper).
 */
function fallbackAfter(
  ts: TypeScriptApi,
  gate: ts.IfStatement,
  subject: ts.Expression,
): ts.ReturnStatement | undefined {
  const block = gate.parent;
  if (!ts.isBlock(block) && !ts.isSourceFile(block)) return undefined;

  const following = block.statements.slice(block.statements.indexOf(gate) + 1);
  for (const statement of following) {
    if (saysSomething(ts, statement)) return undefined;

    const found = firstReturn(ts, statement);
    if (!found) continue;

    if (found.expression && (isTelling(ts, found.expression) || callsMemberOf(ts, found.expression, subject))) {
      return undefined;
    }

    return found;
  }

  return undefined;
}

function callsMemberOf(ts: TypeScriptApi, expression: ts.Expression, subject: ts.Expression): boolean {
  const text = skipOuterExpressions(ts, subject).getText();
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;

    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      skipOuterExpressions(ts, node.expression.expression).getText() === text
    ) {
      found = true;
      return;
    }

    ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}

function firstReturn(ts: TypeScriptApi, statement: ts.Node): ts.ReturnStatement | undefined {
  if (ts.isReturnStatement(statement)) return statement;
  if (ts.isFunctionLike(statement) || isFunctionWithBody(ts, statement)) return undefined;

  let found: ts.ReturnStatement | undefined;
  ts.forEachChild(statement, (child) => {
    found ??= firstReturn(ts, child);
  });
  return found;
}

/** A throw, or a call that logs (`console.warn`, `logger.error`, …), at the top of a statement. */
function saysSomething(ts: TypeScriptApi, statement: ts.Statement): boolean {
  if (ts.isThrowStatement(statement)) return true;
  if (!ts.isExpressionStatement(statement)) return false;

  const call = statement.expression;
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;

  return ['warn', 'error', 'log', 'info', 'debug', 'trace'].includes(call.expression.name.text);
}

function isNothing(ts: TypeScriptApi, expression: ts.Expression): boolean {
  return ts.isVoidExpression(expression) || (ts.isIdentifier(expression) && expression.text === 'undefined');
}

/** `false`, `null`, `undefined`, `-1`: answers a caller can test for. */
function isTelling(ts: TypeScriptApi, expression: ts.Expression): boolean {
  if (isNothing(ts, expression)) return true;
  if (expression.kind === ts.SyntaxKind.FalseKeyword || expression.kind === ts.SyntaxKind.NullKeyword) return true;

  return (
    ts.isPrefixUnaryExpression(expression) &&
    expression.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(expression.operand) &&
    expression.operand.text === '1'
  );
}

function lastStatement(ts: TypeScriptApi, statement: ts.Statement): ts.Statement | undefined {
  return ts.isBlock(statement) ? statement.statements[statement.statements.length - 1] : statement;
}

function firstStatement(ts: TypeScriptApi, statement: ts.Statement): ts.Node {
  if (ts.isBlock(statement)) return statement.statements[0] ?? statement;
  return statement;
}

function nextStatement(ts: TypeScriptApi, gate: ts.IfStatement): ts.Statement | undefined {
  const block = gate.parent;
  if (!ts.isBlock(block) && !ts.isSourceFile(block)) return undefined;

  return block.statements[block.statements.indexOf(gate) + 1];
}
