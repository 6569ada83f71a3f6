import type { ConcreteCheck } from '../checks/concrete-check.js';
import { derivesFrom } from '../checks/concrete-class.js';
import type { CoreContext } from '../context.js';
import type { OriginTracer } from '../flows/origins.js';
import type { WrapperOrigin } from '../flows/origin.js';
import type { ts } from '../typescript-api.js';
import type { Wrapper } from '../wrappers/wrapper.js';
import {
  carriesLiteral,
  hasMember,
  lostMembers,
  OBJECT_PROTOTYPE_MEMBERS,
  valueTypeOf,
} from './members.js';

/**
 * Whether a wrapper answers a check differently from the value it stands for. `origin` is the
 * path the wrapper took to the check, where the program shows it; a copy's lost members are
 * known only through it.
 */
export function defeatsCheck(
  ctx: CoreContext,
  tracer: OriginTracer,
  wrapper: Wrapper,
  origin: WrapperOrigin | undefined,
  check: ConcreteCheck,
): boolean {
  const concrete = check.concreteClass;
  switch (check.kind) {
    case 'instanceof':
    case 'constructor': {
      if (!concrete || !wrapper.defeats.has(check.kind)) return false;

      if (wrapper.kind === 'duplicate-class') {
        return wrapper.twin === concrete.symbol && check.form !== 'constructor-name';
      }

      // A subclass passes `instanceof`, `isPrototypeOf` and the inherited tag, not the others.
      if (wrapper.classSymbol && derivesFrom(ctx, wrapper.classSymbol, concrete.symbol)) {
        const subclassFails =
          check.kind === 'constructor' &&
          check.form !== 'is-prototype-of' &&
          check.form !== 'to-string-tag';
        return subclassFails && wrapper.classSymbol !== concrete.symbol;
      }

      if (wrapper.kind === 'stand-in' || wrapper.kind === 'error-cause') return true;

      return mayHold(ctx, wrapper, concrete.instanceType);
    }

    case 'private-brand': {
      if (!wrapper.defeats.has('private-brand')) return false;
      if (wrapper.kind === 'duplicate-class')
        return concrete !== undefined && wrapper.twin === concrete.symbol;
      if (wrapper.classSymbol && concrete && derivesFrom(ctx, wrapper.classSymbol, concrete.symbol))
        return false;

      return true;
    }

    case 'capability':
      return hidesMember(ctx, tracer, wrapper, origin, check);

    case 'discriminant': {
      const member = check.member ?? '';
      if (wrapper.kind === 'stand-in') return true;
      if (wrapper.kind === 'decorator-class') {
        return !carriesLiteral(ctx, valueTypeOf(ctx, wrapper), member, check.literal ?? '');
      }

      if (wrapper.kind === 'wrapping-factory') return !wrapper.ownMembers.has(member);
      if (wrapper.kind === 'prototype-copy' && origin)
        return lostMembers(ctx, tracer, origin.creation).has(member);

      return false;
    }

    case 'identity':
      return wrapper.defeats.has('identity');
  }
}

/**
 * Whether the wrapper lacks a member that the value it stands for has (or may have: the checked
 * value's type declares it). Without that evidence a probe for a member is just a probe.
 */
function hidesMember(
  ctx: CoreContext,
  tracer: OriginTracer,
  wrapper: Wrapper,
  origin: WrapperOrigin | undefined,
  check: ConcreteCheck,
): boolean {
  const member = check.member ?? '';
  if (OBJECT_PROTOTYPE_MEMBERS.has(member)) return false;

  switch (wrapper.kind) {
    case 'stand-in':
      // A `has` trap answers `in`; a `get` trap answers `typeof x.m` and `x.m !== undefined`.
      return !(wrapper.traps ?? []).includes(check.form === 'in-probe' ? 'has' : 'get');
    case 'decorator-class':
      return (
        !hasMember(ctx, valueTypeOf(ctx, wrapper), member) &&
        innerMayHave(ctx, tracer, wrapper, origin, check)
      );
    case 'wrapping-factory':
      return !wrapper.ownMembers.has(member) && innerMayHave(ctx, tracer, wrapper, origin, check);
    case 'prototype-copy':
      return origin !== undefined && lostMembers(ctx, tracer, origin.creation).has(member);
    default:
      return false;
  }
}

function innerMayHave(
  ctx: CoreContext,
  tracer: OriginTracer,
  wrapper: Wrapper,
  origin: WrapperOrigin | undefined,
  check: ConcreteCheck,
): boolean {
  const member = check.member ?? '';
  if (hasMember(ctx, wrapper.innerType, member)) return true;
  if (hasMember(ctx, ctx.checker.getTypeAtLocation(check.subject), member)) return true;

  const wrapped = origin?.creation.wrapped;
  if (!wrapped) return false;

  return tracer
    .originsOf(wrapped)
    .some(
      (source) =>
        source.kind === 'concrete' &&
        source.classSymbol !== undefined &&
        hasMember(ctx, ctx.checker.getDeclaredTypeOfSymbol(source.classSymbol), member),
    );
}

/** Whether an instance of the checked class could be inside the wrapper. */
function mayHold(ctx: CoreContext, wrapper: Wrapper, instanceType: ts.Type): boolean {
  const { checker } = ctx;
  return checker.isTypeAssignableTo(instanceType, checker.getApparentType(wrapper.innerType));
}
