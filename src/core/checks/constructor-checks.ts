import type { CoreContext } from '../context.js';
import { skipOuterExpressions } from '../syntax.js';
import type { TypeScriptApi, ts } from '../typescript-api.js';
import { isGlobalMethodCall } from '../wrappers/wrapping-expressions.js';
import { concreteClassOf } from './concrete-class.js';
import type { ConcreteClass } from './concrete-class.js';
import type { ConcreteCheck } from './concrete-check.js';

/**
 * Tests of a value's class through its constructor or prototype:
 * `x.constructor === C`, `x.constructor.name === 'C'`, `Object.getPrototypeOf(x) === C.prototype`,
 * `Object.prototype.toString.call(x) === '[object C]'` (with `!==`, `==`, `!=`).
 */
export function constructorComparison(
  ctx: CoreContext,
  node: ts.BinaryExpression,
): ConcreteCheck | undefined {
  const { ts } = ctx;
  if (!isEquality(ts, node.operatorToken.kind)) return undefined;

  const check =
    readComparison(ctx, node, node.left, node.right) ?? readComparison(ctx, node, node.right, node.left);
  return check && isInequality(ts, node.operatorToken.kind) ? { ...check, negated: true } : check;
}

export function isInequality(ts: TypeScriptApi, kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
}

/** `case C:` under `switch (x.constructor)`, reported at the switch's `x.constructor`. */
export function constructorSwitch(ctx: CoreContext, node: ts.SwitchStatement): ConcreteCheck[] {
  const { ts } = ctx;
  const discriminant = skipOuterExpressions(ts, node.expression);
  const subject = constructorOf(ctx, discriminant);
  if (!subject) return [];

  const checks: ConcreteCheck[] = [];
  for (const clause of node.caseBlock.clauses) {
    if (!ts.isCaseClause(clause)) continue;

    const concreteClass = concreteClassOf(ctx, clause.expression);
    if (!concreteClass) continue;

    checks.push({ kind: 'constructor', form: 'constructor-switch', node: discriminant, subject, concreteClass });
  }

  return checks.slice(0, 1);
}

/** `C.prototype.isPrototypeOf(x)`. */
export function isPrototypeOfCall(ctx: CoreContext, node: ts.CallExpression): ConcreteCheck | undefined {
  const { ts } = ctx;
  const callee = node.expression;
  const [subject] = node.arguments;
  if (!subject || !ts.isPropertyAccessExpression(callee) || callee.name.text !== 'isPrototypeOf') {
    return undefined;
  }

  const concreteClass = prototypeOf(ctx, callee.expression);
  if (!concreteClass) return undefined;

  return { kind: 'constructor', form: 'is-prototype-of', node, subject, concreteClass };
}

function readComparison(
  ctx: CoreContext,
  node: ts.BinaryExpression,
  tested: ts.Expression,
  expected: ts.Expression,
): ConcreteCheck | undefined {
  const { ts } = ctx;
  const side = skipOuterExpressions(ts, tested);
  const other = skipOuterExpressions(ts, expected);

  const subject = constructorOf(ctx, side);
  if (subject) {
    const concreteClass = concreteClassOf(ctx, other);
    return concreteClass
      ? { kind: 'constructor', form: 'constructor-identity', node, subject, concreteClass }
      : undefined;
  }

  // x.constructor.name === 'C'
  if (ts.isPropertyAccessExpression(side) && side.name.text === 'name') {
    const named = constructorOf(ctx, skipOuterExpressions(ts, side.expression));
    if (named && ts.isStringLiteral(other)) {
      const concreteClass = classNamed(ctx, named, other.text);
      return concreteClass
        ? { kind: 'constructor', form: 'constructor-name', node, subject: named, concreteClass }
        : undefined;
    }
  }

  // Object.getPrototypeOf(x) === C.prototype
  if (ts.isCallExpression(side) && isGlobalMethodCall(ctx, side, 'Object', 'getPrototypeOf')) {
    const [value] = side.arguments;
    const concreteClass = prototypeOf(ctx, other);
    return value && concreteClass
      ? { kind: 'constructor', form: 'prototype-of', node, subject: value, concreteClass }
      : undefined;
  }

  // Object.prototype.toString.call(x) === '[object C]'
  if (ts.isCallExpression(side) && ts.isStringLiteral(other)) {
    const value = toStringCallSubject(ctx, side);
    const tag = /^\[object (\w+)\]$/.exec(other.text)?.[1];
    if (value && tag && tag !== 'Object') {
      const concreteClass = classNamed(ctx, value, tag);
      return concreteClass && definesToStringTag(ctx, concreteClass.symbol)
        ? { kind: 'constructor', form: 'to-string-tag', node, subject: value, concreteClass }
        : undefined;
    }
  }

  return undefined;
}

/**
 * Whether a class answers `Object.prototype.toString` with its own tag: without a
 * `[Symbol.toStringTag]` member, even its real instances give `[object Object]`.
 */
function definesToStringTag(ctx: CoreContext, cls: ts.Symbol): boolean {
  const { ts } = ctx;
  return (cls.declarations ?? []).some(
    (declaration) =>
      ts.isClassLike(declaration) &&
      declaration.members.some(
        (member) =>
          member.name !== undefined &&
          ts.isComputedPropertyName(member.name) &&
          member.name.expression.getText() === 'Symbol.toStringTag',
      ),
  );
}

/** `x` in `x.constructor`. */
function constructorOf(ctx: CoreContext, node: ts.Expression): ts.Expression | undefined {
  const { ts } = ctx;
  return ts.isPropertyAccessExpression(node) && node.name.text === 'constructor' ? node.expression : undefined;
}

/** `C` in `C.prototype`. */
function prototypeOf(ctx: CoreContext, node: ts.Expression): ConcreteClass | undefined {
  const { ts } = ctx;
  const value = skipOuterExpressions(ts, node);
  if (!ts.isPropertyAccessExpression(value) || value.name.text !== 'prototype') return undefined;

  return concreteClassOf(ctx, value.expression);
}

/** `x` in `Object.prototype.toString.call(x)`. */
function toStringCallSubject(ctx: CoreContext, call: ts.CallExpression): ts.Expression | undefined {
  const { ts } = ctx;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'call') return undefined;

  const toString = callee.expression;
  if (!ts.isPropertyAccessExpression(toString) || toString.name.text !== 'toString') return undefined;

  return call.arguments[0];
}

/**
 * The class a name in a string stands for: the class of that name among the classes the tested
 * value's type could be (its declared type, or the classes implementing it).
 */
function classNamed(ctx: CoreContext, subject: ts.Expression, name: string): ConcreteClass | undefined {
  const { ts, checker } = ctx;
  const type = checker.getTypeAtLocation(subject);
  const candidates = type.isUnion() ? type.types : [type];
  for (const candidate of candidates) {
    const symbol = candidate.getSymbol();
    if (symbol && symbol.flags & ts.SymbolFlags.Class && symbol.name === name) {
      return { symbol, name, instanceType: checker.getDeclaredTypeOfSymbol(symbol) };
    }
  }

  const resolved = checker.resolveName(name, subject, ts.SymbolFlags.Class, false);
  if (resolved && resolved.flags & ts.SymbolFlags.Class) {
    return { symbol: resolved, name, instanceType: checker.getDeclaredTypeOfSymbol(resolved) };
  }

  return undefined;
}

export function isEquality(ts: TypeScriptApi, kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    kind === ts.SyntaxKind.EqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsToken
  );
}
