import type { CoreContext } from '../context.js';
import { collectionKind, isArrayLike } from '../flows/function-values.js';
import { skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { ConcreteCheck } from './concrete-check.js';
import { isEquality, isInequality } from './constructor-checks.js';

const SEARCHES = new Set(['indexOf', 'lastIndexOf', 'includes']);
const KEYED = new Set(['get', 'has', 'delete']);

/** `a === b` (or `!==`, `==`, `!=`) between two objects. */
export function strictEquality(ctx: CoreContext, node: ts.BinaryExpression): ConcreteCheck | undefined {
  const { ts } = ctx;
  if (!isEquality(ts, node.operatorToken.kind)) return undefined;
  if (!isObjectTyped(ctx, node.left) || !isObjectTyped(ctx, node.right)) return undefined;

  return {
    kind: 'identity',
    form: 'strict-equality',
    node,
    subject: node.left,
    counterpart: { kind: 'value', expression: node.right },
    ...(isInequality(ts, node.operatorToken.kind) ? { negated: true } : {}),
  };
}

/**
 * `list.indexOf(x)`, `list.includes(x)`: a search by identity among the elements; and
 * `map.get(k)`, `set.has(k)` and the like on Map, Set, WeakMap and WeakSet: a lookup by identity
 * among the keys.
 */
export function collectionLookup(ctx: CoreContext, node: ts.CallExpression): ConcreteCheck | undefined {
  const { ts } = ctx;
  const callee = node.expression;
  const [subject] = node.arguments;
  if (!subject || !ts.isPropertyAccessExpression(callee)) return undefined;

  const method = callee.name.text;
  const collection = callee.expression;
  if (SEARCHES.has(method) && isArrayLike(ctx, collection) && isObjectTyped(ctx, subject)) {
    return {
      kind: 'identity',
      form: 'collection-search',
      node,
      subject,
      counterpart: { kind: 'elements', collection },
    };
  }

  if (KEYED.has(method) && collectionKind(ctx, collection) && isObjectTyped(ctx, subject)) {
    return {
      kind: 'identity',
      form: 'collection-key',
      node,
      subject,
      counterpart: { kind: 'keys', collection },
    };
  }

  return undefined;
}

/** Objects compare by identity; strings, numbers, `null` and `undefined` do not. */
export function isObjectTyped(ctx: CoreContext, expression: ts.Expression): boolean {
  const { ts, checker } = ctx;
  const value = skipOuterExpressions(ts, expression);
  if (ts.isLiteralExpression(value) || value.kind === ts.SyntaxKind.NullKeyword) return false;
  if (ts.isIdentifier(value) && value.text === 'undefined') return false;

  const type = checker.getTypeAtLocation(value);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;

  const parts = type.isUnion() ? type.types : [type];
  return parts.some(
    (part) =>
      (part.flags & ts.TypeFlags.NonPrimitive) !== 0 ||
      ((part.flags & ts.TypeFlags.Object) !== 0 && !isPrimitiveWrapper(part)),
  );
}

function isPrimitiveWrapper(type: ts.Type): boolean {
  const name = type.getSymbol()?.name;
  return name === 'String' || name === 'Number' || name === 'Boolean';
}
