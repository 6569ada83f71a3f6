import type { CoreContext } from '../context.js';
import { isFunctionWithBody, skipOuterExpressions } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { DeepProxy } from './wrapper.js';

/**
 * A proxy-making function is deep when its `get` trap hands out what it reads through the same
 * function again (`return isObject(v) ? reactive(v) : v`): every object read through the proxy
 * is a proxy too, made by that call.
 */
export function findDeepProxy(
  ctx: CoreContext,
  maker: FunctionWithBody,
  proxy: ts.Expression,
): DeepProxy | undefined {
  // Wrapped on the way out (`get`), or converted on the way in (`set`: what is stored is a proxy).
  for (const name of ['get', 'set'] as const) {
    const trap = getTrap(ctx, proxy, name);
    const childCreation = trap && findCall(ctx, trap, (called) => called === maker);
    if (childCreation) return { childCreation, trap: name };
  }

  return undefined;
}

/** Keys a proxy's `get` trap treats specially, and what for. */
export interface TrapKeys {
  /** `if (key === RAW) return target`: reading this key hands out the wrapped object. */
  readonly unwrapKeys: ReadonlySet<ts.Symbol>;
  /** `!(SKIP in value)` guarding the child proxy: values carrying this key stay raw. */
  readonly skipKeys: ReadonlySet<ts.Symbol>;
}

export function findTrapKeys(ctx: CoreContext, proxy: ts.Expression): TrapKeys {
  const { ts, checker } = ctx;
  const unwrapKeys = new Set<ts.Symbol>();
  const skipKeys = new Set<ts.Symbol>();
  const trap = getTrap(ctx, proxy);
  if (!trap) return { unwrapKeys, skipKeys };

  const keyParameter = trap.parameters[1]?.name;
  const visit = (node: ts.Node, depth: number): void => {
    if (ts.isIfStatement(node) && keyParameter && ts.isIdentifier(keyParameter)) {
      const key = comparedKey(ctx, node.expression, keyParameter.text);
      if (key && returnsDirectly(ctx, node.thenStatement)) unwrapKeys.add(key);
    }

    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.InKeyword &&
      ts.isIdentifier(node.left)
    ) {
      const key = checker.getSymbolAtLocation(node.left);
      if (key) skipKeys.add(key);
    }

    // Look one call deep, into the predicate that guards the child proxy.
    if (ts.isCallExpression(node) && depth === 0) {
      const symbol = checker.getSymbolAtLocation(node.expression);
      for (const declaration of symbol?.declarations ?? []) {
        if (isFunctionWithBody(ts, declaration)) visit(declaration, depth + 1);
      }
    }

    ts.forEachChild(node, (child) => visit(child, depth));
  };
  visit(trap, 0);
  return { unwrapKeys, skipKeys };
}

/**
 * Whether methods and getters reached through the proxy run with the target as `this`: the get
 * trap binds functions to the target (`value.bind(target)`), and reads without passing the
 * proxy on as receiver. Then `#private` reads inside them find the brand.
 */
export function receiverSafety(ctx: CoreContext, proxy: ts.Expression): { methods: boolean; getters: boolean } {
  const { ts } = ctx;
  const trap = getTrap(ctx, proxy);
  const target = trap?.parameters[0]?.name;
  if (!trap || !target || !ts.isIdentifier(target)) return { methods: false, getters: false };

  const receiver = trap.parameters[2]?.name;
  let binds = false;
  let passesReceiver = false;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'bind') {
      const [bound] = node.arguments;
      if (bound && ts.isIdentifier(bound) && bound.text === target.text) binds = true;
    }

    if (receiver && ts.isIdentifier(receiver) && ts.isIdentifier(node) && node !== receiver && node.text === receiver.text) {
      passesReceiver = true;
    }

    ts.forEachChild(node, visit);
  };
  ts.forEachChild(trap, visit);
  return { methods: binds, getters: !passesReceiver };
}

/** The traps a `new Proxy(target, handler)` defines, where its handler is a literal. */
export function trapNames(ctx: CoreContext, proxy: ts.Expression): string[] {
  const handler = handlerLiteral(ctx, proxy);
  if (!handler) return [];

  const { ts } = ctx;
  return handler.properties.flatMap((property) =>
    property.name && ts.isIdentifier(property.name) ? [property.name.text] : [],
  );
}

function handlerLiteral(ctx: CoreContext, proxy: ts.Expression): ts.ObjectLiteralExpression | undefined {
  const { ts, checker } = ctx;
  if (!ts.isNewExpression(proxy)) return undefined;

  let handler = proxy.arguments?.[1];
  if (!handler) return undefined;

  handler = skipOuterExpressions(ts, handler);
  if (ts.isIdentifier(handler)) {
    const declaration = checker.getSymbolAtLocation(handler)?.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
      handler = skipOuterExpressions(ts, declaration.initializer);
    }
  }

  return ts.isObjectLiteralExpression(handler) ? handler : undefined;
}

/** A trap (`get` unless named) of a `new Proxy(target, handler)` whose handler is a literal. */
function getTrap(ctx: CoreContext, proxy: ts.Expression, name = 'get'): FunctionWithBody | undefined {
  const { ts } = ctx;
  const handler = handlerLiteral(ctx, proxy);
  if (!handler) return undefined;

  for (const property of handler.properties) {
    if (!property.name || !ts.isIdentifier(property.name) || property.name.text !== name) continue;

    if (ts.isMethodDeclaration(property)) return property;

    if (ts.isPropertyAssignment(property)) {
      const value = skipOuterExpressions(ts, property.initializer);
      if (isFunctionWithBody(ts, value)) return value;
    }
  }

  return undefined;
}

function findCall(
  ctx: CoreContext,
  root: ts.Node,
  matches: (called: ts.Node) => boolean,
): ts.CallExpression | undefined {
  const { ts, checker } = ctx;
  let found: ts.CallExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;

    if (ts.isCallExpression(node)) {
      const symbol = checker.getSymbolAtLocation(node.expression);
      const declarations = symbol?.declarations ?? [];
      const initializers = declarations.map((declaration) =>
        ts.isVariableDeclaration(declaration) && declaration.initializer
          ? skipOuterExpressions(ts, declaration.initializer)
          : declaration,
      );
      if (initializers.some(matches)) {
        found = node;
        return;
      }
    }

    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** `key === K` or `K === key`, where `key` is the trap's key parameter. */
function comparedKey(ctx: CoreContext, condition: ts.Expression, keyName: string): ts.Symbol | undefined {
  const { ts, checker } = ctx;
  const test = skipOuterExpressions(ts, condition);
  if (!ts.isBinaryExpression(test)) return undefined;
  if (test.operatorToken.kind !== ts.SyntaxKind.EqualsEqualsEqualsToken) return undefined;

  const [key, other] = ts.isIdentifier(test.left) && test.left.text === keyName
    ? [test.left, test.right]
    : [test.right, test.left];
  if (!ts.isIdentifier(key) || key.text !== keyName || !ts.isIdentifier(other)) return undefined;

  return checker.getSymbolAtLocation(other);
}

function returnsDirectly(ctx: CoreContext, statement: ts.Statement): boolean {
  const { ts } = ctx;
  const target = ts.isBlock(statement) ? statement.statements[0] : statement;
  return target !== undefined && ts.isReturnStatement(target) && target.expression !== undefined;
}
