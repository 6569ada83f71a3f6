import type { CoreContext } from '../context.js';
import type { TypeScriptApi, ts } from '../typescript-api.js';
import { findHeldValues, readsHeldValue } from './held-values.js';
import type { HeldValue } from './held-values.js';
import { DEFEATS } from './defeats.js';
import type { Wrapper } from './wrapper.js';
import { wrapperId } from './wrapper-id.js';

/**
 * A class is a decorator of T when its instances are T, it keeps another T from its constructor,
 * and at least one of its members forwards to the same member of what it keeps. The forwarding
 * is what tells a decorator from a class that merely points at a neighbour (a tree node's parent).
 */
export function findDecoratorClass(
  ctx: CoreContext,
  cls: ts.ClassLikeDeclaration,
): Wrapper | undefined {
  const { ts, checker } = ctx;
  if (!cls.name) return undefined;

  const held = findHeldValues(ts, cls).filter((value) => forwardedMembers(ts, cls, value).size > 0);
  if (held.length === 0) return undefined;

  const classSymbol = checker.getSymbolAtLocation(cls.name);
  if (!classSymbol) return undefined;

  const instanceType = checker.getDeclaredTypeOfSymbol(classSymbol);
  for (const value of held) {
    const innerType = checker.getTypeAtLocation(value.parameter);
    if (!isObjectLike(ctx, innerType)) continue;

    const produced = abstractionsOf(ctx, cls, innerType).find(
      (candidate) =>
        checker.isTypeAssignableTo(instanceType, candidate) &&
        checker.isTypeAssignableTo(innerType, candidate) &&
        forwardsMemberOf(ctx, cls, value, candidate),
    );
    if (!produced) continue;

    return {
      id: wrapperId('decorator-class', cls),
      kind: 'decorator-class',
      name: cls.name.text,
      declaration: cls,
      nameNode: cls.name,
      producedType: produced,
      innerType,
      classSymbol,
      defeats: DEFEATS.decorator,
      ownMembers: new Set(memberNames(ts, cls)),
    };
  }

  return undefined;
}

/** The types a class may stand for: what it holds (or its constraint), then what it implements. */
function abstractionsOf(
  ctx: CoreContext,
  cls: ts.ClassLikeDeclaration,
  innerType: ts.Type,
): ts.Type[] {
  const { ts, checker } = ctx;
  const candidates = [checker.getApparentType(innerType)];
  for (const clause of cls.heritageClauses ?? []) {
    for (const heritage of clause.types) {
      candidates.push(checker.getTypeAtLocation(heritage));
    }
  }

  return candidates.filter((type) => isObjectLike(ctx, type) && !isDeclaredBy(type, cls));
}

function isDeclaredBy(type: ts.Type, cls: ts.ClassLikeDeclaration): boolean {
  return type.getSymbol()?.declarations?.includes(cls) ?? false;
}

function isObjectLike(ctx: CoreContext, type: ts.Type): boolean {
  const { ts } = ctx;
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) return false;

  const apparent = ctx.checker.getApparentType(type);
  return (apparent.flags & ts.TypeFlags.Object) !== 0 && apparent.getProperties().length > 0;
}

/**
 * Names of the class's members that read the same-named member of the held value, such as
 * `push(...) { return this.inner.push(...) }` or `get reference() { return this.inner.reference }`.
 */
export function forwardedMembers(
  ts: TypeScriptApi,
  cls: ts.ClassLikeDeclaration,
  held: HeldValue,
): Set<string> {
  const forwarded = new Set<string>();
  for (const member of cls.members) {
    const name = member.name;
    if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name))) continue;

    const memberName = name.text;
    const visit = (node: ts.Node): void => {
      if (forwarded.has(memberName)) return;

      if (
        ts.isPropertyAccessExpression(node) &&
        node.name.text === memberName &&
        readsHeldValue(ts, node.expression, held)
      ) {
        forwarded.add(memberName);
        return;
      }

      ts.forEachChild(node, visit);
    };
    ts.forEachChild(member, visit);
  }

  return forwarded;
}

/**
 * Whether the class forwards a required member of the abstraction. Optional members do not
 * count: every class is assignable to a type of optional fields (an options bag), and reading
 * one of them from the held value is configuration, not delegation.
 */
function forwardsMemberOf(
  ctx: CoreContext,
  cls: ts.ClassLikeDeclaration,
  held: HeldValue,
  abstraction: ts.Type,
): boolean {
  const { ts } = ctx;
  const members = new Set(
    abstraction
      .getProperties()
      .filter((property) => !(property.flags & ts.SymbolFlags.Optional))
      .map((property) => property.name),
  );
  for (const name of forwardedMembers(ctx.ts, cls, held)) {
    if (members.has(name)) return true;
  }

  return false;
}

export function memberNames(ts: TypeScriptApi, cls: ts.ClassLikeDeclaration): string[] {
  return cls.members.flatMap((member) => {
    const name = member.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))) {
      return [name.text];
    }

    if (ts.isConstructorDeclaration(member)) {
      return member.parameters.flatMap((parameter) =>
        ts.isParameterPropertyDeclaration(parameter, member) && ts.isIdentifier(parameter.name)
          ? [parameter.name.text]
          : [],
      );
    }

    return [];
  });
}
