import type { ConcreteCheck } from '../checks/concrete-check.js';
import type { CoreContext } from '../context.js';
import type { ts } from '../typescript-api.js';
import type { Wrapper } from '../wrappers/wrapper.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import { DEFEATS } from '../wrappers/defeats.js';
import { valueTypeOf } from './members.js';

/** Wrapper kinds that can make a probe or a discriminant answer wrongly. */
const MEMBER_HIDERS = new Set<Wrapper['kind']>(['stand-in', 'decorator-class', 'wrapping-factory', 'prototype-copy']);

const compatibility = new WeakMap<ts.Type, Map<string, boolean>>();

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

  const candidates = index.liveWrappers.filter((wrapper) => defeatsKind(wrapper, check));
  if (candidates.length === 0) return false;

  // Either side of an identity check may be the wrapper; a collection's elements are not typed here.
  const counterpart = check.counterpart;
  if (counterpart && counterpart.kind !== 'value') return true;

  const sides = counterpart ? [check.subject, counterpart.expression] : [check.subject];
  return sides.some((side) => fitsSome(ctx, candidates, side));
}

function fitsSome(ctx: CoreContext, candidates: readonly Wrapper[], side: ts.Expression): boolean {
  const { ts, checker } = ctx;
  const subject = checker.getTypeAtLocation(side);
  if (isWildcard(ctx, subject)) return true;

  return candidates.some((wrapper) => {
    let known = compatibility.get(subject);
    if (!known) {
      known = new Map();
      compatibility.set(subject, known);
    }

    let fits = known.get(wrapper.id);
    if (fits === undefined) {
      const produced = valueTypeOf(ctx, wrapper);
      fits =
        isWildcard(ctx, produced) ||
        checker.isTypeAssignableTo(produced, subject) ||
        checker.isTypeAssignableTo(subject, produced) ||
        (subject.flags & ts.TypeFlags.Object) !== 0 && wrapper.kind === 'subclassing-decorator';
      known.set(wrapper.id, fits);
    }

    return fits;
  });
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

/** `any`, `unknown`, a type parameter, or an object type: anything may be in it. */
function isWildcard(ctx: CoreContext, type: ts.Type): boolean {
  const { ts } = ctx;
  return (
    (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter | ts.TypeFlags.NonPrimitive)) !== 0
  );
}
