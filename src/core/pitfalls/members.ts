import type { CoreContext } from '../context.js';
import type { OriginTracer } from '../flows/origins.js';
import type { ts } from '../typescript-api.js';
import type { Wrapper, WrapperCreation } from '../wrappers/wrapper.js';

/** Every object has these through `Object.prototype`, copies and wrappers alike. */
export const OBJECT_PROTOTYPE_MEMBERS: ReadonlySet<string> = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__proto__',
]);

/** Whether values of a type have a member (declared, inherited or optional). */
export function hasMember(ctx: CoreContext, type: ts.Type, member: string): boolean {
  return ctx.checker.getApparentType(type).getProperty(member) !== undefined;
}

/** Whether a type's member can hold the literal a discriminant check compares with. */
export function carriesLiteral(
  ctx: CoreContext,
  type: ts.Type,
  member: string,
  literal: string,
): boolean {
  const { checker } = ctx;
  const property = checker.getApparentType(type).getProperty(member);
  if (!property) return false;

  const declaration = property.valueDeclaration ?? property.declarations?.[0];
  if (!declaration) return true;

  const memberType = checker.getTypeOfSymbolAtLocation(property, declaration);
  const parts = memberType.isUnion() ? memberType.types : [memberType];
  const wanted = unquote(literal);
  return parts.some((part) => {
    if (part.isStringLiteral() || part.isNumberLiteral()) return String(part.value) === wanted;
    if (part.flags & ctx.ts.TypeFlags.BooleanLiteral) return checker.typeToString(part) === wanted;
    return true;
  });
}

/** The type of the values a wrapper yields: a class's instances, or what a factory returns. */
export function valueTypeOf(ctx: CoreContext, wrapper: Wrapper): ts.Type {
  return wrapper.classSymbol
    ? ctx.checker.getDeclaredTypeOfSymbol(wrapper.classSymbol)
    : wrapper.producedType;
}

/**
 * The members a copy lacks: those the copied object's class keeps on its prototype (methods and
 * accessors) that the copy does not define itself. Known only where the program shows which
 * class the copied object is an instance of.
 */
export function lostMembers(
  ctx: CoreContext,
  tracer: OriginTracer,
  creation: WrapperCreation,
): Set<string> {
  const { ts } = ctx;
  const lost = new Set<string>();
  const { wrapper, wrapped } = creation;
  if (!wrapped) return lost;

  for (const source of tracer.originsOf(wrapped)) {
    if (source.kind !== 'concrete' || !source.classSymbol) continue;

    for (const declaration of source.classSymbol.declarations ?? []) {
      if (!ts.isClassLike(declaration)) continue;

      for (const member of prototypeMembers(ctx, declaration)) {
        if (!wrapper.ownMembers.has(member)) lost.add(member);
      }
    }
  }

  return lost;
}

/** Methods and accessors: they live on the prototype, which a copy does not take along. */
export function prototypeMembers(ctx: CoreContext, cls: ts.ClassLikeDeclaration): string[] {
  const { ts } = ctx;
  const names: string[] = [];
  for (const member of cls.members) {
    const isStatic =
      ts.canHaveModifiers(member) &&
      (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (isStatic || !member.name || !ts.isIdentifier(member.name)) continue;

    if (ts.isMethodDeclaration(member) || ts.isAccessor(member)) names.push(member.name.text);
  }

  return names;
}

function unquote(literal: string): string {
  return literal.replace(/^(['"`])(.*)\1$/, '$2');
}
