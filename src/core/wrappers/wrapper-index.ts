import type { CheckKind } from '../checks/check-kind.js';
import type { CoreContext } from '../context.js';
import type { FlowStep } from '../flows/flow-step.js';
import type { EntitySpecifier } from '../options.js';
import { compareSites, siteOf } from '../site.js';
import { matchesSpecifier } from '../specifiers.js';
import {
  calleeName,
  functionsOfSymbol,
  resolvedSymbol,
  selfNameOf,
  symbolOfFunction,
} from '../symbols.js';
import { enclosingFunction, forEachDescendant, isFunctionWithBody, shortText } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { TypeScriptApi, ts } from '../typescript-api.js';
import {
  DEFAULT_PROXY_MAKERS,
  DEFAULT_RAW_MARKERS,
  DEFAULT_UNWRAPPERS,
} from './configured-makers.js';
import type { ConfiguredMaker } from './configured-makers.js';
import { findDecoratorClass } from './decorator-classes.js';
import { findHeldValues } from './held-values.js';
import { findTrapKeys, receiverSafety, trapNames } from './deep-proxies.js';
import { prototypeMembers } from '../pitfalls/members.js';
import { DEFEATS } from './defeats.js';
import { findDuplicateClasses } from './duplicate-classes.js';
import { findErrorCause } from './error-causes.js';
import { findOpaqueFactory } from './opaque-factories.js';
import { findProxyEscapes } from './proxy-escapes.js';
import type { Wrapper, WrapperCreation } from './wrapper.js';
import { wrapperId } from './wrapper-id.js';
import { classifyWrapping } from './wrapping-expressions.js';
import type { WrappingExpression } from './wrapping-expressions.js';
import { DEFEATS_OF_KIND, findWrappingFunction } from './wrapping-functions.js';

const FORM_VERBS: Record<WrappingExpression['form'], string> = {
  'spread-copy': 'copies',
  'assign-copy': 'copies',
  'structured-clone': 'clones',
  'json-copy': 'copies',
  delegate: 'delegates to',
  proxy: 'proxies',
  'stand-in': 'stands in for',
  'forwarding-literal': 'forwards to',
};

/**
 * Every wrapper the program declares, found in one walk of its own source files. Facts come from
 * declarations and construction sites, never from types alone: the checker types `new Proxy(t, h)`
 * as `t`'s type and narrows the else branch of `instanceof` as if the test could not be fooled.
 */
/** What an expression makes on the spot, and how. */
interface InlineWrapping {
  readonly wrapper: Wrapper;
  readonly shape: WrappingExpression;
}

export class WrapperIndex {
  readonly wrappers: readonly Wrapper[];
  /** Errors the program makes around other errors (`new E(msg, { cause })`). */
  readonly errorCauses: readonly Wrapper[];
  readonly #errorCauses: Wrapper[] = [];
  readonly #byClass = new Map<ts.Symbol, Wrapper[]>();
  readonly #byFunction = new Map<ts.Node, Wrapper>();
  readonly #inline = new Map<ts.Node, Wrapper | null>();
  /** Classifying an expression asks the checker for a type: the tracer asks again and again. */
  readonly #inlineAt = new Map<ts.Node, InlineWrapping | null>();
  readonly #unwrappers = new Set<ts.Node>();
  readonly #rawMarkers = new Set<ts.Node>();
  readonly #makers: readonly ConfiguredMaker[];
  #importsMakerLibrary = false;
  /** Expressions that look like copies, delegates or proxies, classified on first need. */
  readonly #inlineCandidates: ts.Expression[] = [];
  /** Calls of functions imported from packages: possible wrappers declared only in types. */
  readonly #packageCalls: ts.CallExpression[] = [];
  readonly #packageImports = new Set<string>();
  #live: readonly Wrapper[] | undefined;
  #classes: readonly ts.ClassDeclaration[] = [];
  #prototypeKeepers: Map<string, ts.ClassDeclaration[]> | undefined;
  #kinds: ReadonlySet<CheckKind> | undefined;

  constructor(
    private readonly ctx: CoreContext,
    private readonly usesOf: (symbol: ts.Symbol) => {
      calls: readonly (ts.CallExpression | ts.NewExpression)[];
      escapes: readonly unknown[];
    },
  ) {
    const found: Wrapper[] = [];
    const classes: ts.ClassDeclaration[] = [];
    for (const sourceFile of analysedSourceFiles(ctx)) {
      this.#collect(sourceFile, found, classes);
    }

    for (const sourceFile of ctx.program.getSourceFiles()) {
      if (ctx.program.isSourceFileFromExternalLibrary(sourceFile))
        collectTopLevelClasses(ctx, sourceFile, classes);
    }

    for (const duplicate of findDuplicateClasses(ctx, classes)) {
      this.#addClassWrapper(duplicate);
      found.push(duplicate);
    }

    this.#makers = [
      ...DEFAULT_PROXY_MAKERS,
      ...ctx.options.proxyMakers.map((specifier) => ({
        specifier,
        shape: 'returns' as const,
        deep: true,
      })),
    ];
    this.wrappers = found.sort((a, b) => compareSites(siteOf(a.nameNode), siteOf(b.nameNode)));
    this.errorCauses = this.#errorCauses;
    this.#classes = classes;
  }

  /**
   * The classes that keep a method or accessor of this name on their prototype: the only
   * members a copy can lose. Classes of the program's sources and the top-level ones of its
   * libraries.
   */
  classesKeepingOnPrototype(member: string): readonly ts.ClassDeclaration[] {
    if (!this.#prototypeKeepers) {
      this.#prototypeKeepers = new Map();
      for (const cls of this.#classes) {
        for (const name of prototypeMembers(this.ctx, cls)) {
          const keepers = this.#prototypeKeepers.get(name);
          if (keepers) keepers.push(cls);
          else this.#prototypeKeepers.set(name, [cls]);
        }
      }
    }

    return this.#prototypeKeepers.get(member) ?? [];
  }

  /**
   * Whether anything in the program can make a deep proxy: a proxy-making function of its own
   * whose trap wraps what it hands out, an import from a library with configured makers, or
   * makers named in the options. Without one, no property read needs its base traced.
   */
  get mayHaveDeepProxies(): boolean {
    return (
      this.#importsMakerLibrary ||
      this.ctx.options.proxyMakers.length > 0 ||
      this.wrappers.some((wrapper) => wrapper.deep !== undefined)
    );
  }

  /**
   * The wrappers that can reach a check: every wrapper the program declares for a type (callers
   * outside the program may make them), and the proxies, copies and stand-ins the program
   * actually makes. A proxy-making function nobody calls makes none.
   */
  get liveWrappers(): readonly Wrapper[] {
    if (this.#live) return this.#live;

    const live: Wrapper[] = [];
    for (const wrapper of this.wrappers) {
      if (
        (this.#isDeclaredKind(wrapper) && !this.#isUncalledGeneric(wrapper)) ||
        this.#isMade(wrapper)
      ) {
        live.push(wrapper);
      }
    }

    for (const candidate of this.#inlineCandidates) {
      const inline = this.#inlineWrapper(candidate);
      if (inline && this.#runs(candidate)) live.push(inline.wrapper);
    }

    for (const call of this.#packageCalls) {
      for (const creation of this.#callCreations(call)) live.push(creation.wrapper);
    }

    live.push(...this.errorCauses);
    this.#live = live;
    return live;
  }

  /**
   * The kinds of check some wrapper of this program can fool: checks of other kinds need not
   * even be looked for.
   */
  get defeatableKinds(): ReadonlySet<CheckKind> {
    if (this.#kinds) return this.#kinds;

    const kinds = new Set<CheckKind>();
    for (const wrapper of this.liveWrappers) {
      for (const kind of wrapper.defeats) kinds.add(kind);
      if (MEMBER_HIDING_KINDS.has(wrapper.kind)) {
        kinds.add('capability');
        kinds.add('discriminant');
      }
    }

    if (this.usesConfiguredMakers || this.mayHaveDeepProxies) {
      kinds.add('identity');
      kinds.add('private-brand');
    }

    if (this.ctx.options.assumeWrappable) {
      kinds.add('instanceof');
      kinds.add('constructor');
    }

    if (this.ctx.options.wrapperFactories.length > 0) {
      for (const kind of DEFEATS.decorator) kinds.add(kind);
    }

    this.#kinds = kinds;
    return kinds;
  }

  /** Whether a library's proxy makers are in use (Vue, MobX, Immer, or the options' makers). */
  get usesConfiguredMakers(): boolean {
    return this.#importsMakerLibrary || this.ctx.options.proxyMakers.length > 0;
  }

  #isDeclaredKind(wrapper: Wrapper): boolean {
    return (
      wrapper.kind === 'decorator-class' ||
      wrapper.kind === 'wrapping-factory' ||
      wrapper.kind === 'prototype-copy' ||
      wrapper.kind === 'duplicate-class'
    );
  }

  /**
   * Whether code at this place runs in the program: module-level code does; code in a named
   * function does when the program calls the function or hands it on; a callback is assumed to.
   */
  #runs(node: ts.Node): boolean {
    const fn = enclosingFunction(this.ctx.ts, node);
    if (!fn) return true;

    const symbol = symbolOfFunction(this.ctx, fn);
    if (!symbol) return true;

    const uses = this.usesOf(symbol);
    return uses.calls.length > 0 || uses.escapes.length > 0;
  }

  /**
   * A generic helper (`merge<A, B>(a: A, b: B): A & B`) that nothing in the program calls: it is
   * declared for any type, so taking it for a wrapper of every type the program checks would put
   * every check in doubt on the word of a caller that may not exist.
   */
  #isUncalledGeneric(wrapper: Wrapper): boolean {
    const { ts } = this.ctx;
    const produced = wrapper.producedType;
    const parts = produced.isUnionOrIntersection() ? produced.types : [produced];
    const open = ts.TypeFlags.TypeParameter | ts.TypeFlags.Unknown | ts.TypeFlags.Any;
    if (wrapper.classSymbol || !parts.some((part) => part.flags & open)) return false;

    return !this.#isMade(wrapper);
  }

  /** Whether the program calls (or hands on) the function that makes this wrapper. */
  #isMade(wrapper: Wrapper): boolean {
    const uses = this.#usesOfMaker(wrapper);
    return !uses || uses.calls.length > 0 || uses.escapes.length > 0;
  }

  /** How the program uses the function that makes a wrapper; undefined when none is known. */
  #usesOfMaker(wrapper: Wrapper): ReturnType<typeof this.usesOf> | undefined {
    for (const [fn, candidate] of this.#byFunction) {
      if (candidate !== wrapper) continue;

      const symbol = symbolOfFunction(this.ctx, fn as FunctionWithBody);
      if (!symbol) return undefined;

      // A function expression's calls of itself by its own name make wrappers too.
      const uses = this.usesOf(symbol);
      const self = selfNameOf(this.ctx, fn as FunctionWithBody);
      if (!self) return uses;

      const own = this.usesOf(self);
      return { calls: [...uses.calls, ...own.calls], escapes: [...uses.escapes, ...own.escapes] };
    }

    return undefined;
  }

  /**
   * The calls that make a function's wrapper, when the program shows every one of them: none is
   * handed on, so what each call is given tells what the wrapper can stand for.
   */
  callsMaking(wrapper: Wrapper): readonly (ts.CallExpression | ts.NewExpression)[] | undefined {
    const uses = this.#usesOfMaker(wrapper);
    return !uses || uses.escapes.length > 0 || uses.calls.length === 0 ? undefined : uses.calls;
  }

  /** Whether the program makes copies of instances (inline or by a function). */
  get hasLiveCopies(): boolean {
    return this.liveWrappers.some((wrapper) => wrapper.kind === 'prototype-copy');
  }

  /** Wrappers whose values may stand wherever their produced type is expected. */
  get declaredWrappers(): readonly Wrapper[] {
    return this.wrappers.filter(
      (wrapper) =>
        wrapper.kind === 'decorator-class' ||
        wrapper.kind === 'wrapping-factory' ||
        wrapper.kind === 'prototype-copy',
    );
  }

  /** Whether a class is a wrapper itself: testing for it is how code peels it. */
  isWrapperClass(symbol: ts.Symbol): boolean {
    return (this.#byClass.get(symbol) ?? []).some((wrapper) => wrapper.kind === 'decorator-class');
  }

  /** Whether calling `fn` hands out the object behind a proxy (`toRaw`, `original`). */
  isUnwrapper(call: ts.CallExpression, functions: readonly FunctionWithBody[]): boolean {
    return (
      functions.some((fn) => this.#unwrappers.has(fn)) ||
      this.#calleeMatches(call, [...DEFAULT_UNWRAPPERS])
    );
  }

  /** Whether calling `fn` keeps a value out of a proxy layer (`markRaw`). */
  isRawMarker(call: ts.CallExpression, functions: readonly FunctionWithBody[]): boolean {
    return (
      functions.some((fn) => this.#rawMarkers.has(fn)) ||
      this.#calleeMatches(call, [...DEFAULT_RAW_MARKERS])
    );
  }

  /** The wrappers a class's instances are: a decorator class, or a copy of a twin class. */
  wrappersOfClass(symbol: ts.Symbol): readonly Wrapper[] {
    return this.#byClass.get(symbol) ?? [];
  }

  /** The wrappers an expression makes: `new W(...)`, `wrap(x)`, `new Proxy(...)`, `{ ...x }`. */
  creationsAt(expression: ts.Expression): WrapperCreation[] {
    const { ts } = this.ctx;
    const inline = this.#inlineWrapper(expression);
    if (inline) return [this.#inlineCreation(inline.wrapper, inline.shape, expression)];

    if (ts.isNewExpression(expression)) {
      const symbol = resolvedSymbol(this.ctx, calleeName(this.ctx, expression));
      return (symbol ? this.wrappersOfClass(symbol) : []).map((wrapper) => ({
        wrapper,
        node: expression,
        wrapped: this.#heldArgument(wrapper, expression),
        steps: [{ node: expression, message: `${wrapper.name} made here` }],
      }));
    }

    if (ts.isCallExpression(expression)) return this.#callCreations(expression);

    return [];
  }

  /** Function wrappers by their function: subclassing decorators among them. */
  wrapperOfFunction(fn: ts.Node): Wrapper | undefined {
    return this.#byFunction.get(fn);
  }

  #callCreations(call: ts.CallExpression): WrapperCreation[] {
    const functions = functionsOfSymbol(
      this.ctx,
      resolvedSymbol(this.ctx, calleeName(this.ctx, call)),
    );
    for (const fn of functions) {
      const wrapper = this.#byFunction.get(fn);
      if (!wrapper) continue;

      const made =
        wrapper.kind === 'subclassing-decorator'
          ? 'returns a subclass'
          : FORM_VERB_OF[wrapper.kind];
      const steps: FlowStep[] = [
        { node: wrapper.nameNode, message: `${wrapper.name}() ${made} here` },
        { node: call, message: `${wrapper.name}() called here` },
      ];
      return [
        {
          wrapper,
          node: call,
          wrapped: call.arguments[this.#wrappedParameter(fn, wrapper)],
          steps,
        },
      ];
    }

    const maker = this.#configuredMaker(call, 'returns');
    if (maker) return [this.#makerCreation(call, maker)];

    const opaque = this.#opaqueFactory(call);
    return opaque ? [opaque] : [];
  }

  /** A library proxy maker whose call this is, of the given shape. */
  configuredMakerOf(
    call: ts.CallExpression,
    shape: ConfiguredMaker['shape'],
  ): ConfiguredMaker | undefined {
    return this.#configuredMaker(call, shape);
  }

  #configuredMaker(call: ts.CallExpression, shape: ConfiguredMaker['shape']) {
    const symbol = resolvedSymbol(this.ctx, calleeName(this.ctx, call));
    if (!symbol) return undefined;

    return this.#makers.find(
      (maker) => maker.shape === shape && matchesSpecifier(this.ctx, symbol, maker.specifier),
    );
  }

  /** A proxy made by a library function, as its configuration describes it. */
  makerCreation(
    node: ts.Expression,
    call: ts.CallExpression,
    maker: ConfiguredMaker,
  ): WrapperCreation {
    const name = shortText(call.expression);
    const wrapper: Wrapper = {
      id: wrapperId('proxy', node),
      kind: 'proxy',
      name,
      declaration: call,
      nameNode: call,
      producedType: this.ctx.checker.getTypeAtLocation(node),
      innerType: this.ctx.checker.getTypeAtLocation(call.arguments[0] ?? call),
      classSymbol: undefined,
      defeats: DEFEATS.proxy,
      ownMembers: new Set(),
      ...(maker.deep ? { deep: { childCreation: call, trap: 'get' as const } } : {}),
    };
    return {
      wrapper,
      node,
      wrapped: call.arguments[0],
      steps: [{ node: call, message: `${name}() makes a proxy here` }],
    };
  }

  #makerCreation(call: ts.CallExpression, maker: ConfiguredMaker): WrapperCreation {
    return this.makerCreation(call, call, maker);
  }

  #opaqueFactory(call: ts.CallExpression): WrapperCreation | undefined {
    const wrapper = findOpaqueFactory(this.ctx, call, this.ctx.options.wrapperFactories);
    if (!wrapper) return undefined;

    return {
      wrapper,
      node: call,
      wrapped: call.arguments[0],
      steps: [{ node: call, message: `${wrapper.name}() returns a wrapper here` }],
    };
  }

  #calleeMatches(call: ts.CallExpression, specifiers: readonly EntitySpecifier[]): boolean {
    const symbol = resolvedSymbol(this.ctx, calleeName(this.ctx, call));
    return (
      symbol !== undefined &&
      specifiers.some((specifier) => matchesSpecifier(this.ctx, symbol, specifier))
    );
  }

  /** A copy, delegate or proxy made on the spot, cached per expression. */
  #inlineWrapper(expression: ts.Expression): InlineWrapping | undefined {
    const known = this.#inlineAt.get(expression);
    if (known !== undefined) return known ?? undefined;

    const shape = classifyWrapping(this.ctx, expression);
    let found: InlineWrapping | null = null;
    if (shape && shape.form !== 'forwarding-literal') {
      let wrapper = this.#inline.get(shape.node);
      if (wrapper === undefined) {
        wrapper = this.#makeInlineWrapper(shape);
        this.#inline.set(shape.node, wrapper);
      }

      found = wrapper ? { wrapper, shape } : null;
    }

    this.#inlineAt.set(expression, found);
    return found ?? undefined;
  }

  #makeInlineWrapper(shape: WrappingExpression): Wrapper | null {
    const { checker } = this.ctx;
    const kind = INLINE_KINDS[shape.form];
    const trapsPrototype =
      shape.form === 'proxy' && handlerTraps(this.ctx, shape.node, 'getPrototypeOf');
    return {
      id: wrapperId(kind, shape.node),
      kind,
      name: kind === 'proxy' || kind === 'stand-in' ? 'Proxy' : shortText(shape.node, 40),
      declaration: shape.node,
      nameNode: shape.node,
      producedType: checker.getTypeAtLocation(shape.node),
      innerType: checker.getTypeAtLocation(shape.wrapped ?? shape.node),
      classSymbol: undefined,
      defeats: trapsPrototype ? DEFEATS.prototypeTrap : DEFEATS_OF_KIND[kind],
      ownMembers: shape.overrides,
      inline: true,
      ...(kind === 'proxy' ? { receiverSafety: receiverSafety(this.ctx, shape.node) } : {}),
      ...(kind === 'proxy' || kind === 'stand-in'
        ? { traps: trapNames(this.ctx, shape.node) }
        : {}),
    };
  }

  #inlineCreation(
    wrapper: Wrapper,
    shape: WrappingExpression,
    node: ts.Expression,
  ): WrapperCreation {
    const verb = FORM_VERBS[shape.form];
    const what = shape.wrapped ? `\`${shortText(shape.wrapped, 30)}\`` : 'an empty object';
    const message =
      shape.form === 'stand-in'
        ? 'a Proxy over an empty object stands in here'
        : `${verb} ${what} here`;
    return { wrapper, node, wrapped: shape.wrapped, steps: [{ node: shape.node, message }] };
  }

  #heldArgument(wrapper: Wrapper, call: ts.NewExpression): ts.Expression | undefined {
    const { ts } = this.ctx;
    if (wrapper.kind !== 'decorator-class' || !ts.isClassLike(wrapper.declaration))
      return undefined;

    const constructor = wrapper.declaration.members.find(ts.isConstructorDeclaration);
    const held = findHeldValues(ts, wrapper.declaration)[0];
    if (!constructor || !held) return undefined;

    return call.arguments?.[constructor.parameters.indexOf(held.parameter)];
  }

  #wrappedParameter(fn: FunctionWithBody, wrapper: Wrapper): number {
    const { ts, checker } = this.ctx;
    const wrapped = wrapper.kind === 'subclassing-decorator' ? undefined : wrapper.declaration;
    if (!wrapped) return 0;

    const index = fn.parameters.findIndex((parameter) => {
      const symbol = checker.getSymbolAtLocation(parameter.name);
      let uses = false;
      const visit = (node: ts.Node): void => {
        if (uses) return;
        if (ts.isIdentifier(node) && symbol && checker.getSymbolAtLocation(node) === symbol)
          uses = true;
        else ts.forEachChild(node, visit);
      };
      visit(wrapped);
      return uses;
    });
    return Math.max(0, index);
  }

  #addClassWrapper(wrapper: Wrapper): void {
    if (!wrapper.classSymbol) return;

    const list = this.#byClass.get(wrapper.classSymbol);
    if (list) list.push(wrapper);
    else this.#byClass.set(wrapper.classSymbol, [wrapper]);
  }

  #collect(sourceFile: ts.SourceFile, found: Wrapper[], classes: ts.ClassDeclaration[]): void {
    const { ts } = this.ctx;
    forEachDescendant(ts, sourceFile, (node) => {
      if (ts.isClassDeclaration(node)) classes.push(node);

      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        this.#notePackageImport(node, node.moduleSpecifier.text);
      }

      if (looksLikeInlineWrapping(ts, node)) this.#inlineCandidates.push(node as ts.Expression);

      if (ts.isCallExpression(node) && this.#callsPackageImport(node))
        this.#packageCalls.push(node);

      if (ts.isClassLike(node)) {
        const wrapper = findDecoratorClass(this.ctx, node);
        if (wrapper) {
          this.#addClassWrapper(wrapper);
          found.push(wrapper);
        }
      } else if (ts.isNewExpression(node)) {
        const cause = findErrorCause(this.ctx, node);
        if (cause) this.#errorCauses.push(cause);
      } else if (isFunctionWithBody(ts, node) && node.parameters.length > 0) {
        const wrapper = findWrappingFunction(this.ctx, node);
        if (wrapper) {
          this.#byFunction.set(node, wrapper);
          found.push(wrapper);
          if (wrapper.kind === 'proxy' || wrapper.kind === 'stand-in')
            this.#collectEscapes(wrapper);
        }
      }
    });
  }

  #notePackageImport(node: ts.ImportDeclaration, from: string): void {
    const { ts } = this.ctx;
    if (MAKER_LIBRARIES.some((library) => from === library || from.startsWith(`${library}/`))) {
      this.#importsMakerLibrary = true;
    }

    if (from.startsWith('.') || from.startsWith('/') || from.startsWith('node:')) return;

    const clause = node.importClause;
    if (!clause || clause.isTypeOnly) return;

    if (clause.name) this.#packageImports.add(clause.name.text);

    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) this.#packageImports.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        if (!element.isTypeOnly) this.#packageImports.add(element.name.text);
      }
    }
  }

  /** `f(x)` or `pkg.f(x)` where `f` or `pkg` is imported from a package. Imports come first. */
  #callsPackageImport(call: ts.CallExpression): boolean {
    const { ts } = this.ctx;
    if (call.arguments.length === 0) return false;

    let callee: ts.Expression = call.expression;
    while (ts.isPropertyAccessExpression(callee)) callee = callee.expression;
    return ts.isIdentifier(callee) && this.#packageImports.has(callee.text);
  }

  /** Finds `toRaw`- and `markRaw`-like functions next to a proxy maker. */
  #collectEscapes(wrapper: Wrapper): void {
    const keys = findTrapKeys(this.ctx, wrapper.declaration as ts.Expression);
    const escapes = findProxyEscapes(this.ctx, wrapper.declaration.getSourceFile(), keys);
    for (const fn of escapes.unwrappers) this.#unwrappers.add(fn);
    for (const fn of escapes.rawMarkers) this.#rawMarkers.add(fn);
  }
}

/** The syntax of `{ ...x }`, `Object.assign(…)`, `structuredClone(…)`, `JSON.parse(…)`, `new Proxy(…)`. */
function looksLikeInlineWrapping(ts: TypeScriptApi, node: ts.Node): boolean {
  if (ts.isObjectLiteralExpression(node)) return node.properties.some(ts.isSpreadAssignment);

  if (ts.isNewExpression(node))
    return ts.isIdentifier(node.expression) && node.expression.text === 'Proxy';

  if (!ts.isCallExpression(node)) return false;

  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'structuredClone';

  return (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    ((callee.expression.text === 'Object' &&
      (callee.name.text === 'assign' || callee.name.text === 'create')) ||
      (callee.expression.text === 'JSON' && callee.name.text === 'parse'))
  );
}

/** Wrappers that can lack a member the wrapped value has, or not carry its discriminant. */
const MEMBER_HIDING_KINDS = new Set<Wrapper['kind']>([
  'stand-in',
  'decorator-class',
  'wrapping-factory',
  'prototype-copy',
]);

/** Packages whose configured functions make proxies. */
const MAKER_LIBRARIES = [
  ...new Set(
    DEFAULT_PROXY_MAKERS.map((maker) =>
      maker.specifier.from === 'package' ? maker.specifier.package : '',
    ),
  ),
].filter(Boolean);

const INLINE_KINDS: Record<WrappingExpression['form'], Wrapper['kind']> = {
  'spread-copy': 'prototype-copy',
  'assign-copy': 'prototype-copy',
  'structured-clone': 'prototype-copy',
  'json-copy': 'prototype-copy',
  delegate: 'prototype-delegate',
  proxy: 'proxy',
  'stand-in': 'stand-in',
  'forwarding-literal': 'wrapping-factory',
};

const FORM_VERB_OF: Record<Wrapper['kind'], string> = {
  'decorator-class': 'wraps its argument',
  'wrapping-factory': 'makes an object forwarding to its argument',
  'prototype-copy': 'copies its argument',
  'prototype-delegate': 'makes an object inheriting from its argument',
  proxy: 'makes a proxy',
  'stand-in': 'makes a stand-in proxy',
  'subclassing-decorator': 'returns a subclass',
  'duplicate-class': 'makes an instance of the other copy',
  'opaque-factory': 'returns a wrapper',
  'error-cause': 'wraps an error',
};

function handlerTraps(ctx: CoreContext, proxy: ts.Expression, trap: string): boolean {
  const { ts } = ctx;
  if (!ts.isNewExpression(proxy)) return false;

  const handler = proxy.arguments?.[1];
  if (!handler || !ts.isObjectLiteralExpression(handler)) return false;

  return handler.properties.some(
    (property) =>
      property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === trap,
  );
}

/** Classes at the top of a library's declaration file (and one module block deep). */
function collectTopLevelClasses(
  ctx: CoreContext,
  sourceFile: ts.SourceFile,
  classes: ts.ClassDeclaration[],
) {
  const { ts } = ctx;
  for (const statement of sourceFile.statements) {
    if (ts.isClassDeclaration(statement)) classes.push(statement);

    if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) {
      for (const inner of statement.body.statements) {
        if (ts.isClassDeclaration(inner)) classes.push(inner);
      }
    }
  }
}

/**
 * The program's own sources (no declaration files, nothing from `node_modules`) in path order,
 * so every walk over them goes the same way whatever order the program lists its files in.
 */
export function analysedSourceFiles(ctx: CoreContext): ts.SourceFile[] {
  const { program } = ctx;
  return program
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile && !program.isSourceFileFromExternalLibrary(file))
    .sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
}
