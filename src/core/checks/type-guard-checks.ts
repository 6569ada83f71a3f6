import type { CoreContext } from '../context.js';
import { matchesSpecifier } from '../specifiers.js';
import { calleeName, functionsOfSymbol, resolvedSymbol } from '../symbols.js';
import { functionName, isFunctionWithBody, skipOuterExpressions } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { CheckKind } from './check-kind.js';
import type { ConcreteClass } from './concrete-class.js';
import type { ConcreteCheck } from './concrete-check.js';
import { constructorComparison, isPrototypeOfCall } from './constructor-checks.js';
import { guardNamesOf } from './guard-names.js';
import { instanceofCheck } from './instanceof-checks.js';

/** A user-defined type guard whose answer rests on a concrete check of its parameter. */
export interface ConcreteGuard {
  readonly name: string;
  readonly declaration: FunctionWithBody | ts.SignatureDeclaration;
  /** The position of the parameter the predicate is about. */
  readonly parameterIndex: number;
  readonly concreteClass: ConcreteClass;
  /** The kind of the concrete check inside it (`instanceof` for a library's `isX`). */
  readonly kind: CheckKind;
  /** `asserts x is C`: it throws rather than answering false. */
  readonly asserts: boolean;
}

/** A call of a concrete type guard: `isRepository(target)`. */
export function typeGuardCall(
  ctx: CoreContext,
  node: ts.CallExpression,
): ConcreteCheck | undefined {
  const { ts } = ctx;
  const callee = calleeName(ctx, node);
  const named = ts.isIdentifier(callee) || ts.isPrivateIdentifier(callee);
  if (!named || !guardNamesOf(ctx).has(callee.text)) return undefined;

  const symbol = resolvedSymbol(ctx, callee);
  if (!symbol) return undefined;

  // A guard is declared as a function, or stored in a `const` as an arrow or function expression.
  const candidates: ts.Node[] = [...(symbol.declarations ?? []), ...functionsOfSymbol(ctx, symbol)];
  for (const declaration of candidates) {
    const guard = concreteGuardOf(ctx, declaration);
    const subject = guard && node.arguments[guard.parameterIndex];
    if (!guard || !subject) continue;

    return {
      kind: guard.kind,
      form: 'type-guard-call',
      node,
      subject,
      concreteClass: guard.concreteClass,
      guard: { name: guard.name, declaration: guard.declaration, asserts: guard.asserts },
    };
  }

  return undefined;
}

/**
 * The guard a declaration is, if any: `(x: T): x is C` (or `asserts x is C`) for a class `C`, whose
 * body tests `x` with a concrete check against `C`; or, declared only in types, one the
 * `typeGuards` option names, or one named `is` + the class name (`isRepository`).
 */
export function concreteGuardOf(ctx: CoreContext, declaration: ts.Node): ConcreteGuard | undefined {
  const { ts, checker } = ctx;
  if (!ts.isFunctionLike(declaration)) return undefined;

  const predicate = declaration.type;
  if (!predicate || !ts.isTypePredicateNode(predicate) || !predicate.type) return undefined;
  if (!ts.isIdentifier(predicate.parameterName)) return undefined;

  const parameterName = predicate.parameterName.text;
  const parameterIndex = declaration.parameters.findIndex(
    (parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === parameterName,
  );
  if (parameterIndex < 0) return undefined;

  const predicateType = checker.getTypeFromTypeNode(predicate.type);
  const classSymbol = predicateType.getSymbol();
  if (!classSymbol || !(classSymbol.flags & ts.SymbolFlags.Class)) return undefined;

  const concreteClass = {
    symbol: classSymbol,
    name: classSymbol.name,
    instanceType: checker.getDeclaredTypeOfSymbol(classSymbol),
  };
  const name = functionName(ts, declaration) ?? 'the guard';
  const asserts = predicate.assertsModifier !== undefined;

  if (isFunctionWithBody(ts, declaration)) {
    const kind = innerCheckKind(ctx, declaration, parameterName, classSymbol);
    return kind ? { name, declaration, parameterIndex, concreteClass, kind, asserts } : undefined;
  }

  const symbol = declaration.name ? checker.getSymbolAtLocation(declaration.name) : undefined;
  const listed =
    symbol !== undefined &&
    ctx.options.typeGuards.some((specifier) => matchesSpecifier(ctx, symbol, specifier));
  if (!listed && name !== `is${classSymbol.name}`) return undefined;

  return { name, declaration, parameterIndex, concreteClass, kind: 'instanceof', asserts };
}

/**
 * The kind of the concrete check of the guard's parameter against the class inside its body:
 * `p instanceof C`, or any constructor or prototype form (`p.constructor === C`,
 * `Object.getPrototypeOf(p) === C.prototype`, `C.prototype.isPrototypeOf(p)`, the name, the tag).
 */
function innerCheckKind(
  ctx: CoreContext,
  fn: FunctionWithBody,
  parameterName: string,
  classSymbol: ts.Symbol,
): CheckKind | undefined {
  const { ts } = ctx;
  let kind: CheckKind | undefined;
  const testsParameter = (check: ConcreteCheck | undefined) => {
    if (!check || check.concreteClass?.symbol !== classSymbol) return false;
    const subject = skipOuterExpressions(ts, check.subject);
    return ts.isIdentifier(subject) && subject.text === parameterName;
  };
  const visit = (node: ts.Node): void => {
    if (kind) return;

    if (ts.isBinaryExpression(node)) {
      const check = instanceofCheck(ctx, node) ?? constructorComparison(ctx, node);
      if (testsParameter(check)) {
        kind = check!.kind;
        return;
      }
    }

    if (ts.isCallExpression(node) && testsParameter(isPrototypeOfCall(ctx, node))) {
      kind = 'constructor';
      return;
    }

    ts.forEachChild(node, visit);
  };
  visit(fn);
  return kind;
}
