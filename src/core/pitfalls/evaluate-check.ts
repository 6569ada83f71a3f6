import type { ConcreteCheck } from '../checks/concrete-check.js';
import { derivesFrom, derivesFromError, supertypeSymbols } from '../checks/concrete-class.js';
import type { CoreContext } from '../context.js';
import type { OpenOrigin, Origin, WrapperOrigin } from '../flows/origin.js';
import type { OriginTracer } from '../flows/origins.js';
import { isUnwrapAware } from '../flows/unwrapping.js';
import { compareSites, siteOf } from '../site.js';
import { matchesSpecifier } from '../specifiers.js';
import { shortText } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import { DEFEATS } from '../wrappers/defeats.js';
import type { Wrapper } from '../wrappers/wrapper.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import { declaredCandidates } from './declared-candidates.js';
import { hasMember, valueTypeOf } from './members.js';
import { defeatsCheck } from './defeats-check.js';
import { mayBeDefeated } from './relevance.js';
import type { Pitfall } from './pitfall.js';

/**
 * Decides whether a concrete check can be fooled: some wrapper the check answers wrongly for can
 * arrive in the checked value. The program's own paths decide first; where they run out (a caller
 * outside the program, a value read from somewhere the search cannot see), any declared wrapper
 * of the value's type may arrive.
 */
export function evaluateCheck(
  ctx: CoreContext,
  index: WrapperIndex,
  tracer: OriginTracer,
  check: ConcreteCheck,
): Pitfall | undefined {
  if (isExempt(ctx, index, check)) return undefined;

  const assumable = ctx.options.assumeWrappable && assumedWrapper(ctx, check) !== undefined;
  if (!assumable && !mayBeDefeated(ctx, index, tracer, check) && !mayWrapError(ctx, index, check))
    return undefined;

  if (check.kind === 'identity') return evaluateIdentity(ctx, tracer, check);

  const origins = tracer.originsOf(check.subject);
  const reaching = origins
    .filter((origin): origin is WrapperOrigin => origin.kind === 'wrapper')
    .filter((origin) => defeatsCheck(ctx, tracer, origin.creation.wrapper, origin, check))
    .sort(byShortestPath);

  const first = reaching[0];
  if (first) {
    return {
      check,
      wrapper: first.creation.wrapper,
      origin: first,
      reaching,
      otherPaths: reaching.length - 1,
      ...(first.creation.wrapper.kind === 'error-cause' ? { errorCause: true } : {}),
      ...(carriesOtherValue(ctx, first.creation.wrapper, check) ? { otherDiscriminant: true } : {}),
    };
  }

  const open = origins.filter((origin): origin is OpenOrigin => origin.kind === 'open');
  if (open.length === 0) return undefined;

  const wrappedError = errorCauseFor(ctx, index, check, origins);
  if (wrappedError) return wrappedError;

  if (check.form === 'lost-member-call') return undefined;

  // What arrives where the search lost track is still typed: a parameter typed as the class
  // itself lets no wrapper of its interface in.
  const declared = declaredCandidates(ctx, index, check).find(
    (wrapper) =>
      defeatsCheck(ctx, tracer, wrapper, undefined, check) && fitsSomeOpening(ctx, wrapper, open),
  );
  if (declared) {
    return {
      check,
      wrapper: declared,
      origin: undefined,
      otherPaths: 0,
      ...(carriesOtherValue(ctx, declared, check) ? { otherDiscriminant: true } : {}),
    };
  }

  return ctx.options.assumeWrappable ? assumedWrapper(ctx, check) : undefined;
}

/**
 * Under `assumeWrappable`: a check against a class on a value typed as an interface or base
 * class that the class implements or extends, which a caller's wrapper could stand for.
 */
function assumedWrapper(ctx: CoreContext, check: ConcreteCheck): Pitfall | undefined {
  const { checker } = ctx;
  const concrete = check.concreteClass;
  if (!concrete || check.form === 'type-guard-call') return undefined;
  if (check.kind !== 'instanceof' && check.kind !== 'constructor') return undefined;

  const declared = checker.getTypeAtLocation(check.subject);
  const abstraction = declared.getSymbol();
  if (!abstraction || !supertypeSymbols(ctx, concrete.symbol).has(abstraction)) return undefined;

  const declaration = abstraction.declarations?.[0];
  if (!declaration) return undefined;

  const nameNode = (declaration as { name?: ts.Node }).name ?? declaration;
  const wrapper: Wrapper = {
    id: `assumed@${abstraction.name}`,
    kind: 'decorator-class',
    name: abstraction.name,
    declaration,
    nameNode,
    producedType: declared,
    innerType: declared,
    classSymbol: undefined,
    defeats: DEFEATS.decorator,
    ownMembers: new Set(),
  };
  return { check, wrapper, origin: undefined, otherPaths: 0, assumed: abstraction.name };
}

/** Whether a wrapper could be what arrives at one of the places the search lost track. */
function fitsSomeOpening(ctx: CoreContext, wrapper: Wrapper, open: readonly OpenOrigin[]): boolean {
  const { ts, checker } = ctx;
  return open.some((origin) => {
    const type = checker.getTypeAtLocation(origin.node);
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter))
      return true;

    return checker.isTypeAssignableTo(valueTypeOf(ctx, wrapper), type);
  });
}

/** A decorator that has the discriminant, with another value than the one compared with. */
function carriesOtherValue(ctx: CoreContext, wrapper: Wrapper, check: ConcreteCheck): boolean {
  return (
    check.kind === 'discriminant' &&
    wrapper.kind === 'decorator-class' &&
    hasMember(ctx, valueTypeOf(ctx, wrapper), check.member ?? '')
  );
}

/** A caught error may be wrapped where the program wraps errors at all. */
function mayWrapError(ctx: CoreContext, index: WrapperIndex, check: ConcreteCheck): boolean {
  const concrete = check.concreteClass;
  return (
    check.kind === 'instanceof' &&
    concrete !== undefined &&
    index.errorCauses.length > 0 &&
    derivesFromError(ctx, concrete.symbol)
  );
}

function isExempt(ctx: CoreContext, index: WrapperIndex, check: ConcreteCheck): boolean {
  const concrete = check.concreteClass;
  if (
    concrete &&
    ctx.options.ignoreClasses.some((specifier) => matchesSpecifier(ctx, concrete.symbol, specifier))
  ) {
    return true;
  }

  // Testing for the wrapper itself is how code peels it, not a pitfall.
  if (
    concrete &&
    (check.kind === 'instanceof' || check.kind === 'constructor') &&
    index.isWrapperClass(concrete.symbol)
  ) {
    return true;
  }

  return isUnwrapAware(ctx, check.node, check.subject);
}

/**
 * `err instanceof NotFound` on a caught error, where the program wraps errors in others as their
 * `cause`: the wrapped ones are missed. The error wrapper must be able to carry a `NotFound` and
 * must not be one itself.
 */
function errorCauseFor(
  ctx: CoreContext,
  index: WrapperIndex,
  check: ConcreteCheck,
  origins: readonly Origin[],
): Pitfall | undefined {
  const concrete = check.concreteClass;
  if (check.kind !== 'instanceof' || !concrete || !derivesFromError(ctx, concrete.symbol))
    return undefined;

  const caught = origins.some(
    (origin) =>
      origin.kind === 'open' &&
      (origin.reason === 'caught' || origin.reason === 'callback-parameter'),
  );
  if (!caught) return undefined;

  const { checker } = ctx;
  const wrapper = index.errorCauses.find(
    (cause) =>
      cause.classSymbol !== undefined &&
      !derivesFrom(ctx, cause.classSymbol, concrete.symbol) &&
      checker.isTypeAssignableTo(concrete.instanceType, checker.getApparentType(cause.innerType)),
  );
  return wrapper
    ? { check, wrapper, origin: undefined, otherPaths: 0, errorCause: true }
    : undefined;
}

/**
 * An identity check fails when one side may be a wrapper while the other is the object it
 * stands for (or another wrapper): an element read through a draft against the caller's
 * original, a map lookup with a subclass against the class it was filled with.
 */
function evaluateIdentity(
  ctx: CoreContext,
  tracer: OriginTracer,
  check: ConcreteCheck,
): Pitfall | undefined {
  const counterpart = check.counterpart;
  if (!counterpart) return undefined;

  const subject = tracer.originsOf(check.subject);
  const other =
    counterpart.kind === 'value'
      ? tracer.originsOf(counterpart.expression)
      : counterpart.kind === 'elements'
        ? tracer.elementOriginsOf(counterpart.collection, check.node)
        : tracer.keyOriginsOf(counterpart.collection);

  const pick = (wrapped: readonly Origin[], plain: readonly Origin[], wrappedValue?: string) => {
    const wrappers = wrapped
      .filter((origin): origin is WrapperOrigin => origin.kind === 'wrapper')
      .filter((origin) => defeatsCheck(ctx, tracer, origin.creation.wrapper, origin, check))
      .sort(byShortestPath);

    // The check misses only where the other side can be the very value a wrapper stands for.
    const missing = wrappers.filter((origin) =>
      tracer
        .standsForOf(origin)
        .some((original) => plain.some((other) => sameValue(original, other))),
    );
    const first = missing[0];
    if (!first) return undefined;

    const pitfall: Pitfall = {
      check,
      wrapper: first.creation.wrapper,
      origin: first,
      reaching: missing,
      otherPaths: missing.length - 1,
    };
    return wrappedValue ? { ...pitfall, wrappedValue } : pitfall;
  };

  return pick(subject, other) ?? pick(other, subject, counterpartPhrase(counterpart));
}

/** Two origins that are one value: the same object made at one place. */
function sameValue(a: Origin, b: Origin): boolean {
  if (a.kind === 'concrete' && b.kind === 'concrete') return a.node === b.node;
  if (a.kind === 'wrapper' && b.kind === 'wrapper') return a.creation.node === b.creation.node;
  return false;
}

/** `` `b` `` for `a === b`, "an element of `list`", "a key of `map`". */
function counterpartPhrase(counterpart: NonNullable<ConcreteCheck['counterpart']>): string {
  switch (counterpart.kind) {
    case 'value':
      return `\`${shortText(counterpart.expression)}\``;
    case 'elements':
      return `an element of \`${shortText(counterpart.collection)}\``;
    case 'keys':
      return `a key of \`${shortText(counterpart.collection)}\``;
  }
}

/**
 * Shortest path first, then by where each step is, so that the flow shown does not depend on
 * the order the program happened to list its files in.
 */
function byShortestPath(a: WrapperOrigin, b: WrapperOrigin): number {
  const bySteps =
    a.steps.length - b.steps.length ||
    compareSites(siteOf(a.creation.node), siteOf(b.creation.node));
  if (bySteps !== 0) return bySteps;

  const others = b.steps.toArray();
  for (const [index, step] of a.steps.toArray().entries()) {
    const other = others[index]!;
    const order = compareSites(siteOf(step.node), siteOf(other.node));
    if (order !== 0) return order;

    if (step.message !== other.message) return step.message < other.message ? -1 : 1;
  }

  return 0;
}
