import type { CoreContext } from '../context.js';
import { forEachDescendant, skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import { isGlobalValue } from './globals.js';

/** The ways an expression makes a new object out of another, as the wrapper index tells them. */
export type WrappingForm =
  | 'spread-copy'
  | 'assign-copy'
  | 'structured-clone'
  | 'json-copy'
  | 'delegate'
  | 'proxy'
  | 'stand-in'
  | 'forwarding-literal';

export interface WrappingExpression {
  readonly form: WrappingForm;
  /** The expression that makes the new object. */
  readonly node: ts.Expression;
  /** The value it copies, delegates to, or proxies; undefined for a stand-in. */
  readonly wrapped: ts.Expression | undefined;
  /** Members the new object defines itself, besides what it takes from the wrapped value. */
  readonly overrides: ReadonlySet<string>;
}

/**
 * What `expression` makes of another value, if it is one of the shapes that make a wrapper:
 * `{ ...t }`, `Object.assign({}, t)`, `structuredClone(t)`, `JSON.parse(JSON.stringify(t))`,
 * `Object.create(t)`, `Object.assign(Object.create(t), …)`, `new Proxy(t, h)`, or an object
 * literal whose members forward to `t` (only when `forwardingTo` names `t`).
 */
export function classifyWrapping(
  ctx: CoreContext,
  expression: ts.Expression,
  forwardingTo?: string,
): WrappingExpression | undefined {
  const { ts } = ctx;
  const node = skipOuterExpressions(ts, expression);

  if (ts.isObjectLiteralExpression(node)) return classifyLiteral(ctx, node, forwardingTo);

  if (ts.isNewExpression(node) && isGlobalValue(ctx, node.expression, 'Proxy')) {
    const [target] = node.arguments ?? [];
    if (!target) return undefined;

    const inner = skipOuterExpressions(ts, target);
    const standIn =
      ts.isObjectLiteralExpression(inner) ||
      ts.isArrayLiteralExpression(inner) ||
      isLiteralObject(ctx, inner);
    return standIn
      ? { form: 'stand-in', node, wrapped: undefined, overrides: new Set() }
      : { form: 'proxy', node, wrapped: target, overrides: new Set() };
  }

  if (!ts.isCallExpression(node)) return undefined;

  const [first, ...rest] = node.arguments;
  if (!first) return undefined;

  if (isGlobalCall(ctx, node, 'structuredClone')) {
    return isInstanceLike(ctx, first)
      ? { form: 'structured-clone', node, wrapped: first, overrides: new Set() }
      : undefined;
  }

  if (isGlobalMethodCall(ctx, node, 'Object', 'create')) {
    return delegatesTo(ctx, first)
      ? { form: 'delegate', node, wrapped: first, overrides: new Set() }
      : undefined;
  }

  if (isGlobalMethodCall(ctx, node, 'Object', 'assign')) {
    return classifyAssign(ctx, node, first, rest);
  }

  if (isGlobalMethodCall(ctx, node, 'JSON', 'parse')) {
    const inner = skipOuterExpressions(ts, first);
    if (ts.isCallExpression(inner) && isGlobalMethodCall(ctx, inner, 'JSON', 'stringify')) {
      const [copied] = inner.arguments;
      if (copied && isInstanceLike(ctx, copied)) {
        return { form: 'json-copy', node, wrapped: copied, overrides: new Set() };
      }
    }
  }

  return undefined;
}

function classifyLiteral(
  ctx: CoreContext,
  literal: ts.ObjectLiteralExpression,
  forwardingTo: string | undefined,
): WrappingExpression | undefined {
  const { ts } = ctx;
  const overrides = new Set<string>();
  let spread: ts.Expression | undefined;
  let forwards = false;
  for (const property of literal.properties) {
    if (ts.isSpreadAssignment(property)) {
      // The first spread is what the copy stands for; later ones only override it.
      spread ??= property.expression;
      continue;
    }

    const name = propertyName(ctx, property);
    if (name === undefined) continue;

    overrides.add(name);
    if (forwardingTo && readsMember(ctx, property, forwardingTo, name)) forwards = true;
  }

  if (spread && isInstanceLike(ctx, spread)) {
    return { form: 'spread-copy', node: literal, wrapped: spread, overrides };
  }

  if (forwards && forwardingTo) {
    const wrapped = findIdentifier(ctx, literal, forwardingTo);
    return { form: 'forwarding-literal', node: literal, wrapped, overrides };
  }

  return undefined;
}

/** `Object.assign({}, t, …)` copies; `Object.assign(Object.create(t), …)` delegates. */
function classifyAssign(
  ctx: CoreContext,
  call: ts.CallExpression,
  first: ts.Expression,
  rest: readonly ts.Expression[],
): WrappingExpression | undefined {
  const { ts } = ctx;
  const target = skipOuterExpressions(ts, first);
  const overrides = new Set<string>();
  for (const source of rest.slice(1)) {
    const literal = skipOuterExpressions(ts, source);
    if (!ts.isObjectLiteralExpression(literal)) continue;

    for (const property of literal.properties) {
      const name = propertyName(ctx, property);
      if (name !== undefined) overrides.add(name);
    }
  }

  if (ts.isObjectLiteralExpression(target) && target.properties.length === 0) {
    const [copied] = rest;
    if (copied && isInstanceLike(ctx, copied)) {
      return { form: 'assign-copy', node: call, wrapped: copied, overrides };
    }

    return undefined;
  }

  if (ts.isCallExpression(target) && isGlobalMethodCall(ctx, target, 'Object', 'create')) {
    const [prototype] = target.arguments;
    if (prototype && delegatesTo(ctx, prototype)) {
      return { form: 'delegate', node: call, wrapped: prototype, overrides };
    }
  }

  return undefined;
}

function propertyName(ctx: CoreContext, property: ts.ObjectLiteralElementLike): string | undefined {
  const { ts } = ctx;
  const name = property.name;
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    return name.text;
  return undefined;
}

/**
 * Whether a property is behaviour that delegates to `owner.member`: a method, getter or function
 * value whose body reads it (`push: (x) => owner.push(x)`, `get size() { return owner.size }`).
 * A plain value copied over (`callee: params.callee`) is an options object being rebuilt, not a
 * wrapper.
 */
function readsMember(
  ctx: CoreContext,
  property: ts.ObjectLiteralElementLike,
  owner: string,
  member: string,
): boolean {
  const { ts } = ctx;
  const behaviour =
    ts.isMethodDeclaration(property) ||
    ts.isGetAccessorDeclaration(property) ||
    (ts.isPropertyAssignment(property) &&
      (ts.isArrowFunction(skipOuterExpressions(ts, property.initializer)) ||
        ts.isFunctionExpression(skipOuterExpressions(ts, property.initializer))));
  if (!behaviour) return false;

  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;

    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === member &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === owner
    ) {
      found = true;
      return;
    }

    ts.forEachChild(node, visit);
  };
  ts.forEachChild(property, visit);
  return found;
}

function findIdentifier(ctx: CoreContext, root: ts.Node, name: string): ts.Identifier | undefined {
  const { ts } = ctx;
  let found: ts.Identifier | undefined;
  forEachDescendant(ts, root, (node) => {
    if (found) return false;

    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === name
    ) {
      found = node.expression;
      return false;
    }

    return true;
  });
  return found;
}

/**
 * Whether copying the value can lose something: it is an instance of a class, or typed by an
 * interface that declares methods (which instances keep on a prototype). A plain data object
 * (options, JSON) copies whole, and a string or an array spreads into no such thing.
 */
function isInstanceLike(ctx: CoreContext, expression: ts.Expression): boolean {
  if (isLiteralObject(ctx, expression)) return false;

  const declared = annotatedType(ctx, expression);
  return isInstanceLikeType(ctx, declared ?? ctx.checker.getTypeAtLocation(expression));
}

/**
 * The type a parameter or variable is annotated with, where that alone decides: the type at the
 * reference would make the checker analyse the function around it, which costs more than all
 * else on generic-heavy code. A union may be narrowed at the reference, and `unknown` or
 * `object` may be narrowed to a class, so those are read at the reference instead.
 */
function annotatedType(ctx: CoreContext, expression: ts.Expression): ts.Type | undefined {
  const { ts, checker } = ctx;
  if (!ts.isIdentifier(expression)) return undefined;

  const declaration = checker.getSymbolAtLocation(expression)?.valueDeclaration;
  if (!declaration || !(ts.isParameter(declaration) || ts.isVariableDeclaration(declaration)))
    return undefined;
  if (!declaration.type || (ts.isParameter(declaration) && declaration.dotDotDotToken))
    return undefined;

  const type = checker.getTypeFromTypeNode(declaration.type);
  const open =
    ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive | ts.TypeFlags.Union;
  if (type.flags & open || checker.getPropertiesOfType(type).length === 0) return undefined;

  return type;
}

function isInstanceLikeType(ctx: CoreContext, type: ts.Type, depth = 0): boolean {
  const { ts, checker } = ctx;
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((part) => {
    if (part.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;

    // A generic helper (`<T extends object>(v: T) => ({ ...v })`) copies whatever it is given;
    // one whose type parameter is bound to data (`Def extends Options`) copies data.
    if (part.flags & ts.TypeFlags.TypeParameter) {
      const constraint = checker.getBaseConstraintOfType(part);
      if (!constraint || depth > 3 || isOpenConstraint(ctx, constraint)) return true;

      return isInstanceLikeType(ctx, constraint, depth + 1);
    }

    if (checker.isArrayType(part) || checker.isTupleType(part)) return false;

    const apparent = checker.getApparentType(part);
    const symbol = apparent.getSymbol();
    if (!symbol || !(apparent.flags & ts.TypeFlags.Object)) return false;
    if (symbol.flags & ts.SymbolFlags.Class) return true;

    // An object literal's methods are its own: a copy keeps them, and it has no class to test.
    if (symbol.flags & ts.SymbolFlags.ObjectLiteral) return false;

    // A data interface that classes of the program implement may hold one of their instances.
    if (implementedByClasses(ctx).has(symbol)) return true;

    // Required methods, as a service interface declares them; a descriptor's optional `get?()`
    // does not make a data object an instance.
    return apparent
      .getProperties()
      .some(
        (property) =>
          !(property.flags & ts.SymbolFlags.Optional) &&
          (property.declarations ?? []).some(
            (declaration) =>
              ts.isMethodSignature(declaration) ||
              ts.isMethodDeclaration(declaration) ||
              ts.isGetAccessorDeclaration(declaration),
          ),
      );
  });
}

/** `unknown`, `{}`, `object`: a constraint that lets any instance through. */
function isOpenConstraint(ctx: CoreContext, constraint: ts.Type): boolean {
  const { ts, checker } = ctx;
  if (constraint.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any | ts.TypeFlags.NonPrimitive)) {
    return true;
  }

  return (
    (constraint.flags & ts.TypeFlags.Object) !== 0 &&
    checker.getPropertiesOfType(constraint).length === 0 &&
    constraint.getCallSignatures().length === 0
  );
}

/**
 * A `const` made from an object literal, as code that builds objects on a shared prototype
 * declares it (`const Proto = { pipe() {…} }`): a prototype object, not an instance of a class.
 */
export function isLiteralObject(ctx: CoreContext, expression: ts.Expression): boolean {
  const { ts, checker } = ctx;
  const value = skipOuterExpressions(ts, expression);
  if (!ts.isIdentifier(value) && !ts.isPropertyAccessExpression(value)) return false;

  let symbol = checker.getSymbolAtLocation(ts.isIdentifier(value) ? value : value.name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer)
    return false;
  if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return false;

  return ts.isObjectLiteralExpression(skipOuterExpressions(ts, declaration.initializer));
}

const implemented = new WeakMap<ts.TypeChecker, Set<ts.Symbol>>();

/** The interfaces and types the program's classes implement, found once per program. */
function implementedByClasses(ctx: CoreContext): ReadonlySet<ts.Symbol> {
  const cached = implemented.get(ctx.checker);
  if (cached) return cached;

  const { ts, checker, program } = ctx;
  const found = new Set<ts.Symbol>();
  const visit = (node: ts.Node): void => {
    if (ts.isClassLike(node)) {
      for (const clause of node.heritageClauses ?? []) {
        if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;

        for (const heritage of clause.types) {
          const symbol = checker.getSymbolAtLocation(heritage.expression);
          const resolved =
            symbol && symbol.flags & ts.SymbolFlags.Alias
              ? checker.getAliasedSymbol(symbol)
              : symbol;
          if (resolved) found.add(resolved);
        }
      }
    }
  };
  for (const file of program.getSourceFiles()) {
    if (!file.isDeclarationFile && !program.isSourceFileFromExternalLibrary(file)) {
      forEachDescendant(ts, file, visit);
    }
  }

  implemented.set(checker, found);
  return found;
}

/**
 * `Object.create(value)` makes an object standing for `value`; `Object.create(null)` makes a
 * dictionary, and `Object.create(C.prototype)` or `Object.create(Object.getPrototypeOf(x))` a
 * fresh instance, neither of which stands for another object.
 */
function delegatesTo(ctx: CoreContext, prototype: ts.Expression): boolean {
  const { ts } = ctx;
  const value = skipOuterExpressions(ts, prototype);
  if (value.kind === ts.SyntaxKind.NullKeyword) return false;
  if (ts.isPropertyAccessExpression(value) && value.name.text === 'prototype') return false;
  if (ts.isCallExpression(value) && isGlobalMethodCall(ctx, value, 'Object', 'getPrototypeOf'))
    return false;

  return isInstanceLike(ctx, value);
}

export function isGlobalCall(ctx: CoreContext, call: ts.CallExpression, name: string): boolean {
  return isGlobalValue(ctx, call.expression, name);
}

/** `Object.assign(...)` with the global `Object`, not a local of that name. */
export function isGlobalMethodCall(
  ctx: CoreContext,
  call: ts.CallExpression,
  owner: string,
  method: string,
): boolean {
  const { ts } = ctx;
  const callee = call.expression;
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === method &&
    isGlobalValue(ctx, callee.expression, owner)
  );
}
