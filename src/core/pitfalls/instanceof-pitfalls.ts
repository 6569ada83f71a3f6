import type { ConcreteCheck } from '../checks/concrete-check.js';
import { derivesFrom, supertypeSymbols } from '../checks/concrete-class.js';
import type { ConcreteClass } from '../checks/concrete-class.js';
import type { CoreContext } from '../context.js';
import type { OriginTracer, WrapperOrigin } from '../flows/origins.js';
import { isUnwrapAware } from '../flows/unwrapping.js';
import { compareSites, siteOf } from '../site.js';
import type { ts } from '../typescript-api.js';
import type { Wrapper } from '../wrappers/wrapper.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import { matchesSpecifier } from '../specifiers.js';
import type { Pitfall } from './pitfall.js';

/**
 * Decides whether `x instanceof C` can be fooled: some wrapper that is not a `C`, but may hold
 * one, can arrive in `x`. The program's own paths decide first; where they run out (a caller
 * outside the program), any declared wrapper of `x`'s type may arrive.
 */
export function evaluateInstanceof(
  ctx: CoreContext,
  index: WrapperIndex,
  tracer: OriginTracer,
  check: ConcreteCheck,
): Pitfall | undefined {
  const concrete = check.concreteClass;
  if (!concrete) return undefined;

  if (ctx.options.ignoreClasses.some((specifier) => matchesSpecifier(ctx, concrete.symbol, specifier))) {
    return undefined;
  }

  // Testing for the wrapper itself is how code peels it, not a pitfall.
  if (index.isWrapperClass(concrete.symbol)) return undefined;

  if (isUnwrapAware(ctx, check.node, check.subject)) return undefined;

  const candidates = declaredCandidates(ctx, index, check.subject, concrete);
  const defeats = (wrapper: Wrapper): boolean =>
    wrapper.defeats.has('instanceof') &&
    !(wrapper.classSymbol && derivesFrom(ctx, wrapper.classSymbol, concrete.symbol)) &&
    mayHold(ctx, wrapper, concrete);

  const origins = tracer.originsOf(check.subject);
  const reaching = origins
    .filter((origin): origin is WrapperOrigin => origin.kind === 'wrapper')
    .filter((origin) => defeats(origin.creation.wrapper))
    .sort(byShortestPath);

  const first = reaching[0];
  if (first) {
    return { check, wrapper: first.creation.wrapper, origin: first, otherPaths: reaching.length - 1 };
  }

  const open = origins.some((origin) => origin.kind === 'open');
  const declared = candidates.find(defeats);
  if (open && declared) return { check, wrapper: declared, origin: undefined, otherPaths: 0 };

  return undefined;
}

/**
 * Wrappers that may stand where `subject` is read, by its declared type. A value typed `any` or
 * `unknown` may be any wrapper of the interfaces and base classes that `C` implements or extends.
 */
function declaredCandidates(
  ctx: CoreContext,
  index: WrapperIndex,
  subject: ts.Expression,
  concrete: ConcreteClass,
): Wrapper[] {
  const { ts, checker } = ctx;
  const declared = checker.getTypeAtLocation(subject);
  if (declared.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
    const supertypes = supertypeSymbols(ctx, concrete.symbol);
    return index.declaredWrappers.filter((wrapper) => {
      const produced = wrapper.producedType.getSymbol();
      return produced !== undefined && supertypes.has(produced);
    });
  }

  // A value already typed as the class is trusted to be one.
  if (checker.isTypeAssignableTo(declared, concrete.instanceType)) return [];

  const listed = new Set(
    (declared.isUnion() ? declared.types : [declared]).map((type) => type.getSymbol()),
  );
  return index.declaredWrappers.filter((wrapper) => {
    // A union that names the wrapper class tells it apart on purpose.
    if (wrapper.classSymbol && listed.has(wrapper.classSymbol)) return false;

    return checker.isTypeAssignableTo(valueTypeOf(ctx, wrapper), declared);
  });
}

/** The type of the values a wrapper yields: a class's instances, or what a factory returns. */
function valueTypeOf(ctx: CoreContext, wrapper: Wrapper): ts.Type {
  return wrapper.classSymbol
    ? ctx.checker.getDeclaredTypeOfSymbol(wrapper.classSymbol)
    : wrapper.producedType;
}

/** Whether a `C` could be inside the wrapper, so that the check would pass without it. */
function mayHold(ctx: CoreContext, wrapper: Wrapper, concrete: ConcreteClass): boolean {
  const { checker } = ctx;
  return checker.isTypeAssignableTo(concrete.instanceType, checker.getApparentType(wrapper.innerType));
}

function byShortestPath(a: WrapperOrigin, b: WrapperOrigin): number {
  return (
    a.steps.length - b.steps.length ||
    compareSites(siteOf(a.creation.node), siteOf(b.creation.node))
  );
}
