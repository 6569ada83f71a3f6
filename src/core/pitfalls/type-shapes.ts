import { cachedIn } from '../cache.js';
import type { CoreContext } from '../context.js';
import type { ts } from '../typescript-api.js';
import { OBJECT_PROTOTYPE_MEMBERS } from './members.js';

/**
 * What a type demands of any type related to it, read from its members without asking the
 * checker to relate anything. Two types whose shapes clash cannot be assigned to each other in
 * either direction, so the relevance gate need not ask `isTypeAssignableTo` about them: on a
 * large program most pairs of a wrapper's type and a checked type clash, and asking the checker
 * about every pair grows with the square of the program.
 */
interface Shape {
  /** Every property name, including optional ones. */
  readonly names: ReadonlySet<string>;
  /** Properties a type assigned to this one must have. */
  readonly required: readonly string[];
  /**
   * Unit literal types at fixed places: `kind` for a property, `write(0).kind` for a property of
   * the first parameter of a method. Two types that hold different literals at the same place
   * are unrelated: neither literal is assignable to the other.
   */
  readonly literals: ReadonlyMap<string, string>;
}

/**
 * Names every object answers through its prototype, and every function through
 * `Function.prototype`, so no type needs to declare them.
 */
const INHERITED_BY_EVERY_OBJECT = new Set([
  ...OBJECT_PROTOTYPE_MEMBERS,
  'apply',
  'call',
  'bind',
  'length',
  'name',
  'arguments',
  'caller',
  'prototype',
]);

const shapesByChecker = new WeakMap<ts.TypeChecker, WeakMap<ts.Type, readonly Shape[] | null>>();

/**
 * False only when neither type can be assigned to the other; true when they may be related or
 * the shapes cannot tell (generic, primitive or mapped types).
 */
export function mayBeRelated(ctx: CoreContext, left: ts.Type, right: ts.Type): boolean {
  const leftShapes = shapesOf(ctx, left);
  const rightShapes = shapesOf(ctx, right);
  if (!leftShapes || !rightShapes) return true;

  // A union relates to a type through one of its members at least, either way round.
  return leftShapes.some((a) => rightShapes.some((b) => !clash(a, b)));
}

function clash(a: Shape, b: Shape): boolean {
  return (
    (lacksSome(a, b.required) && lacksSome(b, a.required)) ||
    holdsOtherLiteral(a.literals, b.literals)
  );
}

function lacksSome(shape: Shape, names: readonly string[]): boolean {
  return names.some((name) => !shape.names.has(name));
}

function holdsOtherLiteral(
  a: ReadonlyMap<string, string>,
  b: ReadonlyMap<string, string>,
): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [place, literal] of small) {
    const other = large.get(place);
    if (other !== undefined && other !== literal) return true;
  }

  return false;
}

/** One shape per member of a union; null when some member cannot be read. */
function shapesOf(ctx: CoreContext, type: ts.Type): readonly Shape[] | null {
  const cache = cachedIn(shapesByChecker, ctx.checker, () => new WeakMap());
  return cachedIn(cache, type, () => {
    const parts = type.isUnion() ? type.types : [type];
    const read = parts.map((part) => shapeOf(ctx, part));
    return read.every((shape) => shape !== undefined) ? (read as Shape[]) : null;
  });
}

function shapeOf(ctx: CoreContext, type: ts.Type): Shape | undefined {
  const { ts, checker } = ctx;
  if (!isPlainObject(ctx, type)) return undefined;

  const names = new Set<string>();
  const required: string[] = [];
  const literals = new Map<string, string>();
  for (const property of checker.getPropertiesOfType(type)) {
    const name = property.escapedName as string;
    names.add(name);
    if (property.flags & ts.SymbolFlags.Optional) continue;

    if (!INHERITED_BY_EVERY_OBJECT.has(name) && !name.startsWith('__@')) required.push(name);

    const propertyType = checker.getTypeOfSymbol(property);
    const literal = unitLiteral(ctx, propertyType);
    if (literal !== undefined) literals.set(name, literal);
    else addParameterLiterals(ctx, name, propertyType, literals);
  }

  return { names, required, literals };
}

/**
 * For a method with one plain signature: the literals of its parameters' own properties. Methods
 * whose parameters clash are unrelated whichever way parameters are compared.
 */
function addParameterLiterals(
  ctx: CoreContext,
  name: string,
  type: ts.Type,
  literals: Map<string, string>,
): void {
  const { ts, checker } = ctx;
  if (!(type.flags & ts.TypeFlags.Object)) return;

  const signatures = type.getCallSignatures();
  const signature = signatures[0];
  if (!signature || signatures.length > 1 || type.getConstructSignatures().length > 0) return;
  if (signature.getTypeParameters()?.length) return;

  signature.getParameters().forEach((parameter, position) => {
    const declaration = parameter.valueDeclaration;
    if (declaration && ts.isParameter(declaration) && declaration.dotDotDotToken) return;

    const parameterType = checker.getTypeOfSymbol(parameter);
    if (!isPlainObject(ctx, parameterType)) return;

    for (const property of checker.getPropertiesOfType(parameterType)) {
      if (property.flags & ts.SymbolFlags.Optional) continue;

      const literal = unitLiteral(ctx, checker.getTypeOfSymbol(property));
      if (literal !== undefined)
        literals.set(`${name}(${position}).${property.escapedName as string}`, literal);
    }
  });
}

/** An object type whose members are known: not generic, not a mapped type over a parameter. */
function isPlainObject(ctx: CoreContext, type: ts.Type): boolean {
  const { ts } = ctx;
  const parts = type.isIntersection() ? type.types : [type];
  return parts.every(
    (part) =>
      (part.flags & ts.TypeFlags.Object) !== 0 &&
      ((part as ts.ObjectType).objectFlags &
        (ts.ObjectFlags.Mapped | ts.ObjectFlags.ReverseMapped)) ===
        0,
  );
}

/** A string, number, bigint or boolean literal type, keyed so that equal literals compare equal. */
function unitLiteral(ctx: CoreContext, type: ts.Type): string | undefined {
  const { ts } = ctx;
  if (type.flags & ts.TypeFlags.EnumLiteral) return undefined;
  if (type.isStringLiteral()) return `s${type.value}`;
  if (type.isNumberLiteral()) return `n${type.value}`;
  if (type.flags & ts.TypeFlags.BigIntLiteral) {
    const { negative, base10Value } = (type as ts.BigIntLiteralType).value;
    return `b${negative ? '-' : ''}${base10Value}`;
  }
  if (type.flags & ts.TypeFlags.BooleanLiteral) return `l${ctx.checker.typeToString(type)}`;

  return undefined;
}
