import type { ConcreteCheck } from '../checks/concrete-check.js';
import type { CoreContext } from '../context.js';
import { enclosingFunction, functionName } from '../syntax.js';
import type { TypeScriptApi, ts } from '../typescript-api.js';

/**
 * How a gate lets a wrapped value through without a word:
 * - `skips`: `if (check) { effect }` with no else; the effect is not done;
 * - `returns-early`: `if (!check) return;` before the effect;
 * - `falls-through`: `if (check) return a;` and the value lands in a later fallback instead.
 */
export type GateShape = 'skips' | 'returns-early' | 'falls-through';

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
 * tells: no else branch, no throw, no log line, no return value the caller could test.
 */
export function findSilentGate(ctx: CoreContext, check: ConcreteCheck): SilentGate | undefined {
  const { ts } = ctx;
  const { condition, positive } = climbCondition(ts, check.node);
  const gate = condition.parent;
  if (!ts.isIfStatement(gate) || gate.expression !== condition) return undefined;

  const name = functionName(ts, enclosingFunction(ts, gate) ?? gate) ?? 'this code';
  const anchorEnd = conditionEnd(ts, gate);

  if (!positive) {
    if (gate.elseStatement || !exitsQuietly(ts, gate.thenStatement)) return undefined;

    const effect = nextStatement(ts, gate);
    if (!effect) return undefined;

    return { shape: 'returns-early', anchor: gate, anchorEnd, effect, functionName: name };
  }

  if (gate.elseStatement) return undefined;

  if (!returnsValue(ts, gate.thenStatement)) {
    const effect = firstStatement(ts, gate.thenStatement);
    return { shape: 'skips', anchor: gate, anchorEnd, effect, functionName: name };
  }

  const fallback = fallbackAfter(ts, gate);
  if (!fallback) return undefined;

  return {
    shape: 'falls-through',
    anchor: fallback,
    anchorEnd: fallback.getEnd(),
    effect: fallback,
    functionName: name,
  };
}

/** Climbs through parentheses, `&&` and `!` to the whole condition, noting its polarity. */
function climbCondition(ts: TypeScriptApi, node: ts.Node) {
  let condition = node;
  let positive = true;
  for (;;) {
    const parent = condition.parent;
    if (ts.isParenthesizedExpression(parent)) {
      condition = parent;
    } else if (
      ts.isPrefixUnaryExpression(parent) &&
      parent.operator === ts.SyntaxKind.ExclamationToken
    ) {
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
 * first, or where the fallback returns a falsy literal a caller can test.
 */
function fallbackAfter(ts: TypeScriptApi, gate: ts.IfStatement): ts.ReturnStatement | undefined {
  const block = gate.parent;
  if (!ts.isBlock(block) && !ts.isSourceFile(block)) return undefined;

  const following = block.statements.slice(block.statements.indexOf(gate) + 1);
  for (const statement of following) {
    if (saysSomething(ts, statement)) return undefined;

    const found = firstReturn(ts, statement);
    if (found) return found.expression && isTelling(ts, found.expression) ? undefined : found;
  }

  return undefined;
}

function firstReturn(ts: TypeScriptApi, statement: ts.Node): ts.ReturnStatement | undefined {
  if (ts.isReturnStatement(statement)) return statement;
  if (ts.isFunctionLike(statement)) return undefined;

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
  return (
    ts.isVoidExpression(expression) ||
    (ts.isIdentifier(expression) && expression.text === 'undefined')
  );
}

/** `false`, `null`, `undefined`, `-1`: answers a caller can test for. */
function isTelling(ts: TypeScriptApi, expression: ts.Expression): boolean {
  if (isNothing(ts, expression)) return true;
  if (expression.kind === ts.SyntaxKind.FalseKeyword || expression.kind === ts.SyntaxKind.NullKeyword) {
    return true;
  }

  return (
    ts.isPrefixUnaryExpression(expression) &&
    expression.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(expression.operand) &&
    expression.operand.text === '1'
  );
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
