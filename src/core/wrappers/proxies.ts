import type { CheckKind } from '../checks/check-kind.js';
import type { CoreContext } from '../context.js';
import { skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { Wrapper } from './wrapper.js';
import { wrapperId } from './wrapper-id.js';

/** Around the real object, a proxy keeps the prototype chain but is another object. */
const REAL_TARGET_DEFEATS: ReadonlySet<CheckKind> = new Set<CheckKind>(['identity', 'private-brand']);

/** A handler that answers `getPrototypeOf` can make `instanceof` say anything. */
const PROTOTYPE_TRAP_DEFEATS: ReadonlySet<CheckKind> = new Set<CheckKind>([
  'identity',
  'private-brand',
  'instanceof',
  'constructor',
]);

/** Over an empty stand-in, nothing of the imitated class is there but what the traps answer. */
const STAND_IN_DEFEATS: ReadonlySet<CheckKind> = new Set<CheckKind>([
  'identity',
  'private-brand',
  'instanceof',
  'constructor',
  'discriminant',
  'capability',
]);

/** `new Proxy(target, handler)` with the global `Proxy`, as a wrapper of the target's type. */
export function findProxyWrapper(ctx: CoreContext, node: ts.NewExpression): Wrapper | undefined {
  const { ts, checker } = ctx;
  if (!isGlobalProxy(ctx, node.expression)) return undefined;

  const [target, handler] = node.arguments ?? [];
  if (!target) return undefined;

  const standIn = isStandIn(ctx, target);
  const trapsPrototype = handler !== undefined && handlerTraps(ctx, handler, 'getPrototypeOf');
  const defeats = standIn
    ? STAND_IN_DEFEATS
    : trapsPrototype
      ? PROTOTYPE_TRAP_DEFEATS
      : REAL_TARGET_DEFEATS;

  return {
    id: wrapperId(standIn ? 'stand-in' : 'proxy', node),
    kind: standIn ? 'stand-in' : 'proxy',
    name: 'Proxy',
    declaration: node,
    nameNode: node,
    producedType: checker.getTypeAtLocation(node),
    innerType: checker.getTypeAtLocation(target),
    classSymbol: undefined,
    defeats,
  };

  function isStandIn(context: CoreContext, expression: ts.Expression): boolean {
    const inner = skipOuterExpressions(context.ts, expression);
    return ts.isObjectLiteralExpression(inner) || ts.isArrayLiteralExpression(inner);
  }
}

/** Whether `expression` names the `Proxy` of the default library, not a local of that name. */
export function isGlobalProxy(ctx: CoreContext, expression: ts.Expression): boolean {
  const { ts, checker, program } = ctx;
  if (!ts.isIdentifier(expression) || expression.text !== 'Proxy') return false;

  const symbol = checker.getSymbolAtLocation(expression);
  return (
    symbol?.declarations?.some((declaration) =>
      program.isSourceFileDefaultLibrary(declaration.getSourceFile()),
    ) ?? false
  );
}

function handlerTraps(ctx: CoreContext, handler: ts.Expression, trap: string): boolean {
  const { ts } = ctx;
  const literal = skipOuterExpressions(ts, handler);
  if (!ts.isObjectLiteralExpression(literal)) return false;

  return literal.properties.some(
    (property) => property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === trap,
  );
}
