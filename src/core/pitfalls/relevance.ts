import { cachedIn } from '../cache.js';
import type { ConcreteCheck } from '../checks/concrete-check.js';
import type { CoreContext } from '../context.js';
import type { OriginTracer } from '../flows/origins.js';
import { forEachDescendant, skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { Wrapper } from '../wrappers/wrapper.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import { DEFEATS } from '../wrappers/defeats.js';
import { hasMember, lostMembers, valueTypeOf } from './members.js';
import { mayBeRelated } from './type-shapes.js';

/**
 * Wrapper kinds that can be `this` in a method of the class they stand for without carrying its
 * private names: they reach the class's own methods through its prototype (a proxy, an object
 * delegating to an instance) or may be anything (what a library's typed-only factory returns).
 * A decorator or a subclass runs the class's constructor or has methods of its own.
 */
const UNBRANDED_RECEIVERS = new Set<Wrapper['kind']>([
  'proxy',
  'prototype-delegate',
  'stand-in',
  'opaque-factory',
]);

/** Wrapper kinds that can make a probe or a discriminant answer wrongly. */
const MEMBER_HIDERS = new Set<Wrapper['kind']>([
  'stand-in',
  'decorator-class',
  'wrapping-factory',
  'prototype-copy',
]);

const assignability = new WeakMap<ts.Type, Map<ts.Type, boolean>>();
const produced = new WeakMap<Wrapper, readonly ts.Type[]>();
const copyLosses = new WeakMap<Wrapper, Map<string, boolean>>();
/** What each copy made on the spot loses; null where its making is not found. */
const inlineLost = new WeakMap<Wrapper, ReadonlySet<string> | null>();

/**
 * A cheap first answer to "can any wrapper fool this check?", asked before any value is traced:
 * some wrapper the program has (or declares) must defeat this kind of check and fit the checked
 * value's type. Most checks of most programs stop here.
 */
export function mayBeDefeated(
  ctx: CoreContext,
  index: WrapperIndex,
  tracer: OriginTracer,
  check: ConcreteCheck,
): boolean {
  // Proxies of Vue, MobX or Immer, and deep proxies, can be read out as any object.
  if (index.usesConfiguredMakers || index.mayHaveDeepProxies) {
    if (check.kind === 'identity' || check.kind === 'private-brand') return true;
  }

  // Library functions named as wrapper factories are found at their calls, not ahead of them.
  if (ctx.options.wrapperFactories.length > 0 && DEFEATS.decorator.has(check.kind)) return true;

  const candidates = index.liveWrappers.filter(
    (wrapper) =>
      defeatsKind(wrapper, check) &&
      mayHideMember(ctx, index, wrapper, check) &&
      !(check.kind === 'identity' && standsForNothing(ctx, wrapper)) &&
      mayReachCheck(tracer, wrapper, check),
  );
  if (candidates.length === 0) return false;

  const { checker } = ctx;
  if (check.kind === 'private-brand' && isMethodReceiver(ctx, check.subject)) {
    const receivers = candidates.filter((wrapper) => UNBRANDED_RECEIVERS.has(wrapper.kind));
    const receiver = checker.getTypeAtLocation(check.subject);
    return receivers.length > 0 && fitsSome(ctx, index, check, receivers, receiver, () => true);
  }

  // Tracing what a copy copied costs more than the rest of the gate, so it comes last.
  const loses = (wrapper: Wrapper) =>
    !isMemberCheck(check) || copyLoses(ctx, index, tracer, wrapper, check);
  const sides = sideTypes(ctx, check);
  return (
    sides === undefined ||
    sides.some((side) => fitsSome(ctx, index, check, candidates, side, loses))
  );
}

/**
 * Whether the wrapper's values may get to the checked value, or for an identity check to what
 * it is compared with (a collection's keys and elements get no wrapper that is followed).
 */
function mayReachCheck(tracer: OriginTracer, wrapper: Wrapper, check: ConcreteCheck): boolean {
  // An identity check and a call of a lost member are fooled only along paths the program
  // shows; the others also by what callers outside it pass in.
  const tracedOnly = check.kind === 'identity' || check.form === 'lost-member-call';
  if (tracer.mayReach(wrapper, check.subject, tracedOnly)) return true;

  const counterpart = check.counterpart;
  return (
    counterpart?.kind === 'value' && tracer.mayReach(wrapper, counterpart.expression, tracedOnly)
  );
}

/**
 * The types a wrapper would have to fit on either side of the check: the checked value, and for
 * an identity check what it is compared with, or the keys or elements of the collection it is
 * looked up in, as the lookup method declares them. Undefined when the collection's are unknown.
 */
function sideTypes(ctx: CoreContext, check: ConcreteCheck): readonly ts.Type[] | undefined {
  const { ts, checker } = ctx;
  const subject = checker.getTypeAtLocation(check.subject);
  const counterpart = check.counterpart;
  if (!counterpart) return [subject];
  if (counterpart.kind === 'value')
    return [subject, checker.getTypeAtLocation(counterpart.expression)];

  if (!ts.isCallExpression(check.node)) return undefined;

  const parameter = checker.getResolvedSignature(check.node)?.getParameters()[0];
  return parameter ? [subject, checker.getTypeOfSymbol(parameter)] : undefined;
}

/**
 * A stand-in over an object made for it alone (`new Proxy({}, traps)`): nothing else holds the
 * object it stands for, so no identity check can meet the stand-in on one side and that object
 * on the other.
 */
function standsForNothing(ctx: CoreContext, wrapper: Wrapper): boolean {
  const { ts } = ctx;
  if (wrapper.kind !== 'stand-in' || !ts.isNewExpression(wrapper.declaration)) return false;

  const target = wrapper.declaration.arguments?.[0];
  if (!target) return false;

  const inner = skipOuterExpressions(ts, target);
  if (ts.isObjectLiteralExpression(inner) || ts.isArrayLiteralExpression(inner)) return true;

  return ts.isIdentifier(inner) && isUnsharedLiteral(ctx, inner);
}

/** `const target = {}` that nothing but this one reference reads. */
function isUnsharedLiteral(ctx: CoreContext, reference: ts.Identifier): boolean {
  const { ts, checker } = ctx;
  const symbol = checker.getSymbolAtLocation(reference);
  const declaration = symbol?.valueDeclaration;
  if (
    !symbol ||
    !declaration ||
    !ts.isVariableDeclaration(declaration) ||
    !declaration.initializer
  ) {
    return false;
  }

  const list = declaration.parent;
  const initializer = skipOuterExpressions(ts, declaration.initializer);
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const)) return false;
  if (!ts.isObjectLiteralExpression(initializer) || !ts.isIdentifier(declaration.name))
    return false;
  if (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Export) return false;

  let others = 0;
  forEachDescendant(ts, list.parent.parent, (node) => {
    if (ts.isIdentifier(node) && node !== reference && node !== declaration.name) {
      if (node.text === reference.text && checker.getSymbolAtLocation(node) === symbol) others++;
    }

    return others === 0;
  });
  return others === 0;
}

function fitsSome(
  ctx: CoreContext,
  index: WrapperIndex,
  check: ConcreteCheck,
  candidates: readonly Wrapper[],
  side: ts.Type,
  confirm: (wrapper: Wrapper) => boolean,
): boolean {
  const subject = boundOf(ctx, side);
  if (isWildcard(ctx, subject)) return candidates.some(confirm);

  const fits = (wrapper: Wrapper) =>
    wrapper.kind === 'subclassing-decorator'
      ? mayBeDecoratedClass(ctx, check, subject)
      : producedTypes(ctx, index, wrapper).some(
          (produced) =>
            isWildcard(ctx, produced) ||
            (mayBeRelated(ctx, produced, subject) && assignableEitherWay(ctx, produced, subject)),
        );
  return candidates.some((wrapper) => fits(wrapper) && confirm(wrapper));
}

/**
 * A class a decorator replaced by a subclass: an instance's `constructor` points at it, and
 * only a value that can be a class can be compared with it.
 */
function mayBeDecoratedClass(ctx: CoreContext, check: ConcreteCheck, subject: ts.Type): boolean {
  const { ts } = ctx;
  if ((subject.flags & ts.TypeFlags.Object) === 0) return false;

  return (
    check.kind !== 'identity' ||
    subject.getConstructSignatures().length > 0 ||
    ctx.checker.getApparentType(subject).getProperty('prototype') !== undefined
  );
}

function assignableEitherWay(ctx: CoreContext, produced: ts.Type, subject: ts.Type): boolean {
  const known = cachedIn(assignability, produced, () => new Map<ts.Type, boolean>());
  return cachedIn(
    known,
    subject,
    () =>
      ctx.checker.isTypeAssignableTo(produced, subject) ||
      ctx.checker.isTypeAssignableTo(subject, produced),
  );
}

/**
 * What a wrapper yields: its declared type, or for a generic function that the program alone
 * calls, what each of its calls yields (`merge<A, B>(a, b): A & B` called on plain records
 * makes records, whatever its signature allows).
 */
function producedTypes(
  ctx: CoreContext,
  index: WrapperIndex,
  wrapper: Wrapper,
): readonly ts.Type[] {
  return cachedIn(produced, wrapper, () => typesMadeBy(ctx, index, wrapper));
}

function typesMadeBy(ctx: CoreContext, index: WrapperIndex, wrapper: Wrapper): readonly ts.Type[] {
  const declared = valueTypeOf(ctx, wrapper);

  // `Object.create(proto)` is typed `any`, but the object answers as the prototype it inherits.
  if (wrapper.kind === 'prototype-delegate' && declared.flags & ctx.ts.TypeFlags.Any) {
    return [wrapper.innerType];
  }

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
  if (type.flags & (ts.TypeFlags.TypeParameter | ts.TypeFlags.Unknown | ts.TypeFlags.Any))
    return true;
  if (type.isUnionOrIntersection()) return type.types.some((part) => isGeneric(ctx, part));

  return false;
}

/** Members every object has, wrapped or not. */
const OBJECT_MEMBERS = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
]);

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
  if (!isMemberCheck(check)) return true;

  const member = check.member ?? '';
  if (OBJECT_MEMBERS.has(member)) return false;

  switch (wrapper.kind) {
    case 'prototype-copy':
      return copyMayLose(ctx, index, wrapper, member);
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

/**
 * A copy loses a member only when what it copied can be an instance of a class that keeps the
 * member on its prototype: copying a `Target` loses `push` where some class with a `push`
 * method is a `Target`, never where no such class fits what was copied.
 */
function copyMayLose(
  ctx: CoreContext,
  index: WrapperIndex,
  wrapper: Wrapper,
  member: string,
): boolean {
  const byMember = cachedIn(copyLosses, wrapper, () => new Map<string, boolean>());
  return cachedIn(
    byMember,
    member,
    () => !wrapper.ownMembers.has(member) && keeperFits(ctx, index, wrapper.innerType, member),
  );
}

/**
 * A copy made on the spot copies one value, so what it loses is known once that value is traced:
 * the same answer the check's own evaluation would reach, at the cost of one trace per copy.
 */
function copyLoses(
  ctx: CoreContext,
  index: WrapperIndex,
  tracer: OriginTracer,
  wrapper: Wrapper,
  check: ConcreteCheck,
): boolean {
  if (wrapper.kind !== 'prototype-copy' || !wrapper.inline) return true;

  const lost = cachedIn(inlineLost, wrapper, () => {
    const creation = index
      .creationsAt(wrapper.declaration as ts.Expression)
      .find((made) => made.wrapper === wrapper);
    return creation ? lostMembers(ctx, tracer, creation) : null;
  });
  return lost === null || lost.has(check.member ?? '');
}

function keeperFits(
  ctx: CoreContext,
  index: WrapperIndex,
  innerType: ts.Type,
  member: string,
): boolean {
  const { checker } = ctx;
  const keepers = index.classesKeepingOnPrototype(member);
  if (keepers.length === 0) return false;

  const copied = boundOf(ctx, innerType);
  if (isWildcard(ctx, copied) || checker.getPropertiesOfType(copied).length === 0) return true;
  if (!hasMember(ctx, copied, member)) return false;

  return keepers.some((cls) => {
    const symbol = cls.name ? checker.getSymbolAtLocation(cls.name) : undefined;
    // A generic class's own type names its parameters, which nothing outside it is assignable to.
    if (!symbol || cls.typeParameters) return true;

    const instance = checker.getDeclaredTypeOfSymbol(symbol);
    return mayBeRelated(ctx, instance, copied) && assignableEitherWay(ctx, instance, copied);
  });
}

function isMemberCheck(check: ConcreteCheck): boolean {
  return check.kind === 'capability' || check.kind === 'discriminant';
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
  if (!fn || !(ts.isMethodDeclaration(fn) || ts.isAccessor(fn)) || !ts.isClassLike(fn.parent))
    return false;

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
    (type.flags &
      (ts.TypeFlags.Any |
        ts.TypeFlags.Unknown |
        ts.TypeFlags.TypeParameter |
        ts.TypeFlags.NonPrimitive)) !==
    0
  );
}
