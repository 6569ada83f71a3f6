import type { ConcreteCheck } from '../checks/concrete-check.js';
import type { CoreContext } from '../context.js';
import type { ts } from '../typescript-api.js';
import type { Wrapper } from '../wrappers/wrapper.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import { DEFEATS } from '../wrappers/defeats.js';
import { hasMember, valueTypeOf } from './members.js';
import { mayBeRelated } from './type-shapes.js';

/**
 * Wrapper kinds that can be `this` in a method of the class they stand for without carrying its
 * private names: they reach the class's own methods through its prototype (a proxy, an object
 * delegating to an instance) or may be anything (what a library's typed-only factory returns).
 * A decorator or a subclass runs the class's constructor or has methods of its own.
 */
const UNBRANDED_RECEIVERS = new Set<Wrapper['kind']>(['proxy', 'prototype-delegate', 'stand-in', 'opaque-factory']);

/** Wrapper kinds that can make a probe or a discriminant answer wrongly. */
const MEMBER_HIDERS = new Set<Wrapper['kind']>(['stand-in', 'decorator-class', 'wrapping-factory', 'prototype-copy']);

const assignability = new WeakMap<ts.Type, Map<ts.Type, boolean>>();
const produced = new WeakMap<Wrapper, readonly ts.Type[]>();

/**
 * A cheap first answer to "can any wrapper fool this check?", asked before any value is traced:
 * some wrapper the program has (or declares) must defeat this kind of check and fit the checked
 * value's type. Most checks of most programs stop here.
 */
export function mayBeDefeated(ctx: CoreContext, index: WrapperIndex, check: ConcreteCheck): boolean {
  // Proxies of Vue, MobX or Immer, and deep proxies, can be read out as any object.
  if (index.usesConfiguredMakers || index.mayHaveDeepProxies) {
    if (check.kind === 'identity' || check.kind === 'private-brand') return true;
  }

  // Library functions named as wrapper factories are found at their calls, not ahead of them.
  if (ctx.options.wrapperFactories.length > 0 && DEFEATS.decorator.has(check.kind)) return true;

  const candidates = index.liveWrappers.filter(
    (wrapper) => defeatsKind(wrapper, check) && mayHideMember(ctx, index, wrapper, check),
  );
  if (candidates.length === 0) return false;

  // Either side of an identity check may be the wrapper; a collection's elements are not typed here.
  const counterpart = check.counterpart;
  if (counterpart && counterpart.kind !== 'value') return true;

  if (check.kind === 'private-brand' && isMethodReceiver(ctx, check.subject)) {
    const receivers = candidates.filter((wrapper) => UNBRANDED_RECEIVERS.has(wrapper.kind));
    return receivers.length > 0 && fitsSome(ctx, index, receivers, check.subject);
  }

  const sides = counterpart ? [check.subject, counterpart.expression] : [check.subject];
  return sides.some((side) => fitsSome(ctx, index, candidates, side));
}

function fitsSome(
  ctx: CoreContext,
  index: WrapperIndex,
  candidates: readonly Wrapper[],
  side: ts.Expression,
): boolean {
  const { ts, checker } = ctx;
  const subject = boundOf(ctx, checker.getTypeAtLocation(side));
  if (isWildcard(ctx, subject)) return true;

  return candidates.some(
    (wrapper) =>
      ((subject.flags & ts.TypeFlags.Object) !== 0 && wrapper.kind === 'subclassing-decorator') ||
      producedTypes(ctx, index, wrapper).some(
        (produced) =>
          isWildcard(ctx, produced) ||
          (mayBeRelated(ctx, produced, subject) && assignableEitherWay(ctx, produced, subject)),
      ),
  );
}

function assignableEitherWay(ctx: CoreContext, produced: ts.Type, subject: ts.Type): boolean {
  let known = assignability.get(produced);
  if (!known) {
    known = new Map();
    assignability.set(produced, known);
  }

  let related = known.get(subject);
  if (related === undefined) {
    related =
      ctx.checker.isTypeAssignableTo(produced, subject) ||
      ctx.checker.isTypeAssignableTo(subject, produced);
    known.set(subject, related);
  }

  return related;
}

/**
 * What a wrapper yields: its declared type, or for a generic function that the program alone
 * calls, what each of its calls yields (`merge<A, B>(a, b): A & B` called on plain records
 * makes records, whatever its signature allows).
 */
function producedTypes(ctx: CoreContext, index: WrapperIndex, wrapper: Wrapper): readonly ts.Type[] {
  let types = produced.get(wrapper);
  if (!types) {
    types = typesMadeBy(ctx, index, wrapper);
    produced.set(wrapper, types);
  }

  return types;
}

function typesMadeBy(ctx: CoreContext, index: WrapperIndex, wrapper: Wrapper): readonly ts.Type[] {
  const declared = valueTypeOf(ctx, wrapper);

  // A copy is typed by what it kept (`{ reference: string }`), but code casts it to what it
  // copied (`{ ...repository } as Target`) and hands it on as that.
  const types =
    wrapper.kind === 'prototype-copy' && wrapper.innerType !== declared
      ? [declared, wrapper.innerType]
      : [declared];
  if (!types.some((type) => isGeneric(ctx, type))) return types;

  const calls = index.callsMaking(wrapper);
  if (!calls) return types;

  return calls.map((call) => ctx.checker.getTypeAtLocation(call));
}

function isGeneric(ctx: CoreContext, type: ts.Type): boolean {
  const { ts } = ctx;
  if (type.flags & (ts.TypeFlags.TypeParameter | ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return true;
  if (type.isUnionOrIntersection()) return type.types.some((part) => isGeneric(ctx, part));

  return false;
}

/** Members every object has, wrapped or not. */
const OBJECT_MEMBERS = new Set(['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty']);

/**
 * For a probe, a discriminant or a method call: whether this wrapper can lack the member at all.
 * A copy loses only what a class keeps on its prototype; a stand-in whose traps answer the probe
 * lacks nothing it is asked for.
 */
function mayHideMember(
  ctx: CoreContext,
  index: WrapperIndex,
  wrapper: Wrapper,
  check: ConcreteCheck,
): boolean {
  if (check.kind !== 'capability' && check.kind !== 'discriminant') return true;

  const member = check.member ?? '';
  if (OBJECT_MEMBERS.has(member)) return false;

  switch (wrapper.kind) {
    case 'prototype-copy':
      return index.prototypeMemberNames.has(member);
    case 'stand-in':
      if (check.kind === 'discriminant') return true;

      return !(wrapper.traps ?? []).includes(check.form === 'in-probe' ? 'has' : 'get');
    case 'decorator-class':
      // A decorator that has the member answers a probe for it as the real object does.
      return check.kind === 'discriminant' || !hasMember(ctx, valueTypeOf(ctx, wrapper), member);
    case 'wrapping-factory':
      return !wrapper.ownMembers.has(member);
    default:
      return true;
  }
}

function defeatsKind(wrapper: Wrapper, check: ConcreteCheck): boolean {
  switch (check.kind) {
    case 'capability':
    case 'discriminant':
      return MEMBER_HIDERS.has(wrapper.kind);
    default:
      return wrapper.defeats.has(check.kind);
  }
}

/** `this` in a method of a class: the object the method was called on. */
function isMethodReceiver(ctx: CoreContext, node: ts.Expression): boolean {
  const { ts } = ctx;
  if (node.kind !== ts.SyntaxKind.ThisKeyword) return false;

  let fn: ts.Node | undefined = node.parent;
  while (fn && !(ts.isFunctionLike(fn) && !ts.isArrowFunction(fn))) fn = fn.parent;
  if (!fn || !(ts.isMethodDeclaration(fn) || ts.isAccessor(fn)) || !ts.isClassLike(fn.parent)) return false;

  return !(ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Static);
}

/**
 * What a type parameter stands for at most: `this` in a class's method is an instance of the
 * class or of a subclass, `T extends Target` is some Target. Unbounded parameters stay open.
 */
function boundOf(ctx: CoreContext, type: ts.Type): ts.Type {
  const { ts, checker } = ctx;
  if (!(type.flags & ts.TypeFlags.TypeParameter)) return type;

  const constraint = checker.getBaseConstraintOfType(type);
  if (!constraint || constraint.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return type;
  if (checker.getPropertiesOfType(constraint).length === 0) return type;

  return constraint;
}

/** `any`, `unknown`, a type parameter, or an object type: anything may be in it. */
function isWildcard(ctx: CoreContext, type: ts.Type): boolean {
  const { ts } = ctx;
  return (
    (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter | ts.TypeFlags.NonPrimitive)) !== 0
  );
}
