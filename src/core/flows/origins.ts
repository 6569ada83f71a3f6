import type { CoreContext } from '../context.js';
import { calledFunctions, calleeName, resolvedSymbol, symbolOfFunction } from '../symbols.js';
import { functionName, isFunctionWithBody, shortText, skipOuterExpressions } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { TypeScriptApi, ts } from '../typescript-api.js';
import type { Wrapper, WrapperCreation } from '../wrappers/wrapper.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import { returnedExpressions, returnedValues } from '../wrappers/returned-values.js';
import { isGlobalMethodCall } from '../wrappers/wrapping-expressions.js';
import { guardingConditions } from './conditions.js';
import { FieldWrites } from './field-writes.js';
import { ForwardReach } from './forward-reach.js';
import { FlowPath, nodeId } from './flow-path.js';
import type { FlowStep } from './flow-step.js';
import { callsOf, collectionKind, isArrayLike } from './function-values.js';
import type { CallSite } from './function-values.js';
import { withStep, withSteps } from './origin.js';
import type { LocalOrigin, OpenReason, Origin, WrapperOrigin } from './origin.js';
import type { ReferenceIndex } from './reference-index.js';
import { knownClasses } from './narrowing.js';
import { isUnwrapFunction } from './unwrapping.js';
import { passesInstanceof } from '../wrappers/passes-instanceof.js';

export type { Origin, WrapperOrigin, ConcreteOrigin, OpenOrigin, OpenReason } from './origin.js';

/** Stops one expression with many sources from making the search explode. */
const MAX_ORIGINS = 64;

/** Array methods that hand out one of the elements. */
const ELEMENT_READS = new Set(['find', 'findLast', 'at', 'pop', 'shift']);

/** Methods that put elements into an array, a set or a map (the last argument, for `set`). */
const ELEMENT_WRITES = new Set(['push', 'unshift', 'add', 'set', 'splice']);

/**
 * Follows a value back to where it was made. Within a function the answer is kept symbolic in
 * the function's parameters and receiver, so a helper called from many places is traced once and
 * each call site substitutes its own arguments (the analysis is context-sensitive for calls, and
 * field-based for properties). Answers are remembered per node for the life of the program.
 */
export class OriginTracer {
  readonly #local = new Map<ts.Node, readonly LocalOrigin[]>();
  readonly #expanded = new Map<ts.Node, readonly Origin[]>();
  readonly #elementCache = new Map<ts.Node, readonly LocalOrigin[]>();
  /** Searches under way, per cache: the same node is asked different questions in each. */
  readonly #active = new Map<Map<ts.Node, unknown>, Set<ts.Node>>();
  readonly #fields: FieldWrites;
  readonly #reach: ForwardReach;
  #depth = 0;
  #depthCut = false;
  #timeCut = false;
  #deadline: number | undefined;

  constructor(
    private readonly ctx: CoreContext,
    private readonly index: WrapperIndex,
    private readonly references: ReferenceIndex,
    startedAt: number = Date.now(),
  ) {
    this.#fields = new FieldWrites(ctx, references);
    this.#reach = new ForwardReach(ctx, index, references);
    if (ctx.options.flowTimeoutMs > 0) this.#deadline = startedAt + ctx.options.flowTimeoutMs;
  }

  /** Which bounds cut some search short so far: the depth, the time, both or neither. */
  get limitsHit(): { readonly depth: boolean; readonly time: boolean } {
    return { depth: this.#depthCut, time: this.#timeCut };
  }

  /**
   * Whether a value the wrapper makes may be what `expression` evaluates to, by following the
   * wrapper forward once: a cheap no before any tracing. Unless `tracedOnly` (only the program's
   * own paths count), always yes for a wrapper that callers outside the program may make too.
   */
  mayReach(wrapper: Wrapper, expression: ts.Expression, tracedOnly: boolean): boolean {
    return this.#reach.mayHold(wrapper, expression, tracedOnly);
  }

  /** Where the value of `expression` may come from, across the whole program. */
  originsOf(expression: ts.Expression): readonly Origin[] {
    return this.#expand(this.#traceLocal(expression));
  }

  /** Where the elements of a collection (array, set, map values) may come from. */
  elementOriginsOf(collection: ts.Expression, at: ts.Node): readonly Origin[] {
    return this.#expand(this.#elements(collection, at));
  }

  /** Where the keys of a map or the members of a set may come from: what `set` and `add` got. */
  keyOriginsOf(collection: ts.Expression): readonly Origin[] {
    const { ts } = this.ctx;
    const node = skipOuterExpressions(ts, collection);
    const name = ts.isPropertyAccessExpression(node) ? node.name : ts.isIdentifier(node) ? node : undefined;
    const symbol = name ? resolvedSymbol(this.ctx, name) : undefined;
    if (!symbol) return [{ kind: 'open', node, reason: 'elements' }];

    const keys: LocalOrigin[] = [];
    for (const reference of this.references.referencesTo(symbol)) {
      const access = reference.parent;
      const holder = ts.isPropertyAccessExpression(access) && access.name === reference ? access : reference;
      const method = holder.parent;
      const call = method.parent;
      if (!ts.isPropertyAccessExpression(method) || method.expression !== holder) continue;
      if ((method.name.text !== 'set' && method.name.text !== 'add') || !ts.isCallExpression(call)) continue;

      const [key] = call.arguments;
      if (key) keys.push(...withStep(this.#traceLocal(key), { node: call, message: `stored as a key here` }));
    }

    return keys.length > 0 ? this.#expand(keys) : [{ kind: 'open', node, reason: 'elements' }];
  }

  /** Where the value a wrapper stands for comes from. */
  standsForOf(origin: WrapperOrigin): readonly Origin[] {
    const { creation } = origin;
    if (creation.standsFor) return creation.standsFor();

    return creation.wrapped ? this.originsOf(creation.wrapped) : [];
  }

  /** The values a class field or other property may hold, by its declaration. */
  fieldWrites(name: ts.Identifier | ts.PrivateIdentifier) {
    return this.#fields.writesOf(name);
  }

  #guarded<T>(cache: Map<ts.Node, readonly T[]>, key: ts.Node, cut: T, compute: () => T[]): readonly T[] {
    const cached = cache.get(key);
    if (cached) return cached;

    let active = this.#active.get(cache);
    if (!active) {
      active = new Set();
      this.#active.set(cache, active);
    }

    if (active.has(key)) return [];

    if (this.#depth >= this.ctx.options.maxDepth) {
      this.#depthCut = true;
      return [cut];
    }

    if (this.#pastDeadline()) {
      this.#timeCut = true;
      return [{ ...(cut as object), reason: 'time-limit' } as T];
    }

    active.add(key);
    this.#depth++;
    let result: T[];
    try {
      result = dedupe(compute()).slice(0, MAX_ORIGINS) as T[];
    } finally {
      active.delete(key);
      this.#depth--;
    }

    const wasCut = result.some((origin) => {
      const reason = (origin as { reason?: string }).reason;
      return reason === 'depth-limit' || reason === 'time-limit';
    });
    if (!wasCut) cache.set(key, result);
    return result;
  }

  /** The time budget runs from when the analysis of the program began. */
  #pastDeadline(): boolean {
    return this.#deadline !== undefined && Date.now() > this.#deadline;
  }

  #traceLocal(expression: ts.Expression): readonly LocalOrigin[] {
    const node = skipOuterExpressions(this.ctx.ts, expression);
    const cut: LocalOrigin = { kind: 'open', node, reason: 'depth-limit' };
    return this.#guarded(this.#local, node, cut, () => this.#traceNode(node));
  }

  #expand(origins: readonly LocalOrigin[]): Origin[] {
    const expanded: Origin[] = [];
    for (const origin of origins) {
      if (origin.kind === 'parameter') {
        const found = withSteps(this.#parameterOrigins(origin.parameter), origin.steps);
        expanded.push(...this.#narrow(found, origin.instanceOf ?? []));
      } else if (origin.kind === 'receiver') {
        const found = withSteps(this.#receiverOrigins(origin.method), origin.steps);
        expanded.push(...this.#narrow(found, origin.instanceOf ?? []));
      } else {
        expanded.push(origin);
      }
    }

    return dedupe(expanded).slice(0, MAX_ORIGINS);
  }

  /** Drops the wrappers that could not have passed the `instanceof` checks guarding a read. */
  #narrow<T extends LocalOrigin>(origins: readonly T[], classes: readonly ts.Symbol[]): T[] {
    if (classes.length === 0) return [...origins];

    return origins.flatMap((origin): T[] => {
      if (origin.kind === 'wrapper') {
        const passes = classes.every((cls) => passesInstanceof(this.ctx, origin.creation.wrapper, cls));
        return passes ? [origin] : [];
      }

      if (origin.kind === 'parameter' || origin.kind === 'receiver') {
        return [{ ...origin, instanceOf: [...(origin.instanceOf ?? []), ...classes] }];
      }

      return [origin];
    });
  }

  #traceNode(node: ts.Expression): LocalOrigin[] {
    const { ts } = this.ctx;

    if (ts.isAwaitExpression(node)) return [...this.#traceLocal(node.expression)];

    if (ts.isConditionalExpression(node)) {
      return [...this.#traceLocal(node.whenTrue), ...this.#traceLocal(node.whenFalse)];
    }

    if (ts.isBinaryExpression(node)) return this.#traceBinary(node);

    const creations = this.index.creationsAt(node);
    if (creations.length > 0) return creations.map((creation) => this.#wrapperOrigin(creation));

    if (ts.isNewExpression(node)) {
      const classSymbol = resolvedSymbol(this.ctx, calleeName(this.ctx, node));
      return [{ kind: 'concrete', node, ...(classSymbol ? { classSymbol } : {}) }];
    }

    if (ts.isCallExpression(node)) return this.#traceCall(node);

    if (ts.isIdentifier(node)) return this.#narrow(this.#traceIdentifier(node), knownClasses(this.ctx, node));

    if (node.kind === ts.SyntaxKind.ThisKeyword) return this.#narrow(this.#traceThis(node), knownClasses(this.ctx, node));

    if (ts.isPropertyAccessExpression(node)) {
      return this.#narrow(this.#traceProperty(node), knownClasses(this.ctx, node));
    }

    if (ts.isElementAccessExpression(node)) return this.#traceElementAccess(node);

    if (isFreshValue(this.ctx, node)) return [{ kind: 'concrete', node }];

    return [{ kind: 'open', node, reason: 'unresolved' }];
  }

  #traceBinary(node: ts.BinaryExpression): LocalOrigin[] {
    const { ts } = this.ctx;
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.BarBarToken:
        return [...this.#traceLocal(node.left), ...this.#traceLocal(node.right)];
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
      case ts.SyntaxKind.EqualsToken:
        return [...this.#traceLocal(node.right)];
      default:
        return [{ kind: 'concrete', node }];
    }
  }

  #wrapperOrigin(creation: WrapperCreation): WrapperOrigin {
    const conditions = guardingConditions(this.ctx, creation.node);
    const steps = [...creation.steps];
    const last = steps.pop();
    if (last) steps.push({ ...last, message: [last.message, ...conditions].join(', ') });
    return { kind: 'wrapper', creation, steps: FlowPath.of(steps)! };
  }

  #traceCall(call: ts.CallExpression): LocalOrigin[] {
    const { ts } = this.ctx;
    if (this.#isUnwrapMember(call.expression)) return [{ kind: 'concrete', node: call }];

    const functions = calledFunctions(this.ctx, call);
    if (this.index.isUnwrapper(call, functions) || functions.some((fn) => isUnwrapFunction(this.ctx, fn))) {
      return [{ kind: 'concrete', node: call }];
    }

    // `Promise.resolve(x)` hands `x` to whoever awaits it.
    if (isGlobalMethodCall(this.ctx, call, 'Promise', 'resolve')) {
      const [resolved] = call.arguments;
      return resolved ? [...this.#traceLocal(resolved)] : [{ kind: 'concrete', node: call }];
    }

    if (this.index.isRawMarker(call, functions)) {
      const [marked] = call.arguments;
      return marked ? [...this.#traceLocal(marked)] : [];
    }

    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const collection = callee.expression;
      const readsElement =
        (ELEMENT_READS.has(method) && isArrayLike(this.ctx, collection)) ||
        (method === 'get' && collectionKind(this.ctx, collection)?.endsWith('Map'));
      if (readsElement) return this.#elements(collection, call);
    }

    if (functions.length === 0) return [{ kind: 'open', node: call, reason: 'opaque-call' }];

    const origins: LocalOrigin[] = [];
    for (const fn of functions) {
      const step = { node: call, message: `returned from ${functionName(ts, fn) ?? 'a function'}()` };
      origins.push(...withStep(this.#substitute(this.#summary(fn), fn, call), step));
    }

    return origins;
  }

  /** What a function returns, in terms of its own parameters and receiver. */
  #summary(fn: FunctionWithBody): readonly LocalOrigin[] {
    const cut: LocalOrigin = { kind: 'open', node: fn, reason: 'depth-limit' };
    return this.#guarded(this.#local, fn, cut, () =>
      returnedExpressions(this.ctx, fn).flatMap((returned) => [...this.#traceLocal(returned)]),
    );
  }

  /** Puts this call's arguments and receiver in place of the callee's parameters and `this`. */
  #substitute(summary: readonly LocalOrigin[], fn: FunctionWithBody, call: ts.CallExpression): LocalOrigin[] {
    const { ts } = this.ctx;
    const substituted: LocalOrigin[] = [];
    for (const origin of summary) {
      if (origin.kind === 'parameter' && origin.parameter.parent === fn) {
        const position = fn.parameters.indexOf(origin.parameter);
        const argument = call.arguments[position];
        if (!argument || origin.parameter.dotDotDotToken) {
          substituted.push(origin);
          continue;
        }

        const name = shortText(origin.parameter.name);
        const pass = { node: argument, message: `passed as \`${name}\` to ${functionName(ts, fn) ?? 'a function'}()` };
        substituted.push(...withSteps(withStep(this.#traceLocal(argument), pass), origin.steps));
        continue;
      }

      if (origin.kind === 'receiver' && origin.method === fn && ts.isPropertyAccessExpression(call.expression)) {
        substituted.push(...withSteps(this.#traceLocal(call.expression.expression), origin.steps));
        continue;
      }

      substituted.push(origin);
    }

    return substituted;
  }

  #traceIdentifier(identifier: ts.Identifier): LocalOrigin[] {
    const moduleSteps = this.#moduleHops(identifier);
    const origins = this.#traceIdentifierValue(identifier);
    return moduleSteps.reduce((current, step) => withStep(current, step), origins);
  }

  /**
   * The module boundaries a name crosses, from where it is declared to where it is read: the
   * export, each re-export (`export { x } from`, `export *`) and the import, so a flow shows how
   * the value got into this module.
   */
  #moduleHops(identifier: ts.Identifier): FlowStep[] {
    const { ts, checker } = this.ctx;
    let symbol = checker.getSymbolAtLocation(identifier);
    if (!symbol || !(symbol.flags & ts.SymbolFlags.Alias)) return [];

    const hops: FlowStep[] = [];
    for (let guard = 0; symbol && symbol.flags & ts.SymbolFlags.Alias && guard < 16; guard++) {
      const declaration = symbol.declarations?.[0];
      if (!declaration) break;

      const hop = aliasHop(ts, declaration, symbol.name);
      if (hop) hops.push(hop);

      const next: ts.Symbol | undefined = checker.getImmediateAliasedSymbol(symbol);
      if (!next || next === symbol) break;

      hops.push(...this.#starHops(declaration, next));
      symbol = next;
    }

    return hops.reverse();
  }

  /**
   * `export * from` declarations a name passes through between an import or re-export and the
   * module that declares it (the checker resolves them without an alias of their own).
   */
  #starHops(from: ts.Declaration, target: ts.Symbol): FlowStep[] {
    const { ts, checker } = this.ctx;
    const clause = ts.isImportSpecifier(from) ? from.parent.parent.parent : ts.isExportSpecifier(from) ? from.parent.parent : ts.isImportClause(from) ? from.parent : undefined;
    const specifier = clause && (ts.isImportDeclaration(clause) || ts.isExportDeclaration(clause)) ? clause.moduleSpecifier : undefined;
    const targetFile = target.declarations?.[0]?.getSourceFile();
    let moduleSymbol = specifier ? checker.getSymbolAtLocation(specifier) : undefined;
    const hops: FlowStep[] = [];
    for (let guard = 0; moduleSymbol && targetFile && guard < 16; guard++) {
      const moduleFile = moduleSymbol.valueDeclaration?.getSourceFile();
      if (!moduleFile || moduleFile === targetFile) break;

      const star = moduleFile.statements.find(
        (statement): statement is ts.ExportDeclaration =>
          ts.isExportDeclaration(statement) &&
          !statement.exportClause &&
          statement.moduleSpecifier !== undefined &&
          this.#exportsName(statement.moduleSpecifier, target.name),
      );
      if (!star || !star.moduleSpecifier) break;

      hops.push({ node: star, message: `re-exported by \`${shortText(star)}\`` });
      moduleSymbol = checker.getSymbolAtLocation(star.moduleSpecifier);
    }

    return hops.reverse();
  }

  #exportsName(specifier: ts.Expression, name: string): boolean {
    const moduleSymbol = this.ctx.checker.getSymbolAtLocation(specifier);
    return moduleSymbol !== undefined && this.ctx.checker.getExportsOfModule(moduleSymbol).some((each) => each.name === name);
  }

  #traceIdentifierValue(identifier: ts.Identifier): LocalOrigin[] {
    const { ts, checker } = this.ctx;
    // `{ instance }` names the property; the value is the variable of the same name.
    const shorthand = ts.isShorthandPropertyAssignment(identifier.parent) && identifier.parent.name === identifier;
    const symbol = shorthand
      ? checker.getShorthandAssignmentValueSymbol(identifier.parent)
      : resolvedSymbol(this.ctx, identifier);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (!symbol || !declaration) return [{ kind: 'open', node: identifier, reason: 'unresolved' }];

    if (ts.isParameter(declaration)) {
      if (!ts.isIdentifier(declaration.name)) return [{ kind: 'open', node: identifier, reason: 'destructured' }];
      return [{ kind: 'parameter', parameter: declaration, steps: undefined }];
    }

    if (ts.isVariableDeclaration(declaration)) {
      if (ts.isCatchClause(declaration.parent)) return [{ kind: 'open', node: identifier, reason: 'caught' }];
      return this.#traceVariable(symbol, declaration);
    }

    if (ts.isBindingElement(declaration)) return this.#traceBinding(declaration, identifier);

    if (ts.isExportAssignment(declaration)) return [...this.#traceLocal(declaration.expression)];

    if (ts.isClassDeclaration(declaration)) return this.#traceClass(declaration, identifier, symbol);

    if (
      isFunctionWithBody(ts, declaration) ||
      ts.isFunctionDeclaration(declaration) ||
      ts.isClassLike(declaration) ||
      ts.isEnumDeclaration(declaration) ||
      ts.isModuleDeclaration(declaration)
    ) {
      return [{ kind: 'concrete', node: declaration }];
    }

    return [{ kind: 'open', node: identifier, reason: 'unresolved' }];
  }

  #traceVariable(symbol: ts.Symbol, declaration: ts.VariableDeclaration): LocalOrigin[] {
    const { ts } = this.ctx;
    const name = shortText(declaration.name);
    const loop = declaration.parent.parent;
    if (ts.isForOfStatement(loop)) {
      return withStep(this.#elements(loop.expression, loop), { node: declaration.name, message: `iterated into \`${name}\`` });
    }

    if (ts.isForInStatement(loop)) return [{ kind: 'concrete', node: declaration }];

    const writes: { value: ts.Expression; at: ts.Node }[] = [];
    if (declaration.initializer) writes.push({ value: declaration.initializer, at: declaration.name });

    const isConst = (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;
    if (!isConst) {
      for (const reference of this.references.referencesTo(symbol)) {
        const parent = reference.parent;
        if (
          ts.isBinaryExpression(parent) &&
          parent.left === reference &&
          parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
        ) {
          writes.push({ value: parent.right, at: parent });
        }
      }
    }

    if (writes.length === 0) return [{ kind: 'open', node: declaration, reason: 'unresolved' }];

    return writes.flatMap(({ value, at }) =>
      withStep(this.#traceLocal(value), { node: at, message: `held in \`${name}\`` }),
    );
  }

  /** `const { a } = value` reads `value.a`; `const [a] = list` reads an element. */
  #traceBinding(element: ts.BindingElement, identifier: ts.Identifier): LocalOrigin[] {
    const { ts, checker } = this.ctx;
    const pattern = element.parent;
    const holder = pattern.parent;
    if (!ts.isVariableDeclaration(holder) || !holder.initializer) {
      return [{ kind: 'open', node: identifier, reason: 'destructured' }];
    }

    if (ts.isArrayBindingPattern(pattern)) {
      const position = pattern.elements.indexOf(element);
      const step = { node: element, message: `destructured into \`${shortText(element.name)}\`` };
      return withStep(this.#elementAt(holder.initializer, position, element), step);
    }

    const property = element.propertyName ?? element.name;
    if (!ts.isIdentifier(property)) return [{ kind: 'open', node: identifier, reason: 'destructured' }];

    const symbol = checker.getTypeAtLocation(holder.initializer).getProperty(property.text);
    const step = { node: element, message: `destructured into \`${shortText(element.name)}\`` };
    return withStep(this.#propertyRead(holder.initializer, property.text, symbol, element), step);
  }

  /**
   * The element at one position of an array value (`const [a, b] = pair()`): the matching
   * element of the array literal it comes from, through calls and variables; any element
   * where the position cannot be told.
   */
  #elementAt(expression: ts.Expression, position: number, at: ts.Node): LocalOrigin[] {
    const { ts } = this.ctx;
    const node = skipOuterExpressions(ts, expression);
    if (ts.isAwaitExpression(node)) return this.#elementAt(node.expression, position, at);

    if (ts.isArrayLiteralExpression(node)) {
      const before = node.elements.slice(0, position + 1);
      const element = node.elements[position];
      if (!element || before.some(ts.isSpreadElement)) return this.#elements(node, at);
      return [...this.#traceLocal(element)];
    }

    if (ts.isCallExpression(node) && this.index.creationsAt(node).length === 0) {
      const functions = calledFunctions(this.ctx, node);
      if (functions.length > 0) {
        return functions.flatMap((fn) => {
          const step = { node, message: `returned from ${functionName(ts, fn) ?? 'a function'}()` };
          const inner = returnedExpressions(this.ctx, fn).flatMap((returned) => this.#elementAt(returned, position, at));
          return withStep(this.#substitute(inner, fn, node), step);
        });
      }
    }

    if (ts.isIdentifier(node)) {
      const declaration = resolvedSymbol(this.ctx, node)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
        const step = { node: declaration.name, message: `held in \`${shortText(declaration.name)}\`` };
        return withStep(this.#elementAt(declaration.initializer, position, at), step);
      }
    }

    return this.#elements(node, at);
  }

  /** A class name as a value: the class itself, or the subclass a class decorator put there. */
  #traceClass(cls: ts.ClassDeclaration, identifier: ts.Identifier, symbol: ts.Symbol): LocalOrigin[] {
    const { ts } = this.ctx;
    for (const decorator of ts.getDecorators(cls) ?? []) {
      const subclassing = this.#traceDecoratorResult(decorator, cls, identifier);
      if (subclassing) return [subclassing];
    }

    return [{ kind: 'concrete', node: cls, classSymbol: symbol }];
  }

  /** The subclass a subclassing class decorator puts in place of the class, if it is one. */
  #traceDecoratorResult(
    decorator: ts.Decorator,
    cls: ts.ClassLikeDeclaration,
    identifier?: ts.Identifier,
  ): WrapperOrigin | undefined {
    const wrapper = this.#subclassingDecorator(decorator.expression);
    if (!wrapper) return undefined;

    const className = cls.name?.text ?? 'the class';
    const original: Origin = { kind: 'concrete', node: cls, ...this.#classSymbolOf(cls) };
    return this.#wrapperOrigin({
      wrapper,
      node: decorator.expression,
      wrapped: identifier,
      standsFor: () => [original],
      steps: [
        { node: wrapper.declaration, message: `${wrapper.name}() returns a subclass here` },
        { node: decorator, message: `@${shortText(decorator.expression)} puts it in place of \`${className}\`` },
      ],
    });
  }

  #subclassingDecorator(expression: ts.Expression) {
    const { ts } = this.ctx;
    const callee = ts.isCallExpression(expression) ? expression.expression : expression;
    const functions = calledFunctionsOf(this.ctx, callee);
    for (const fn of functions) {
      const direct = this.index.wrapperOfFunction(fn);
      if (!ts.isCallExpression(expression) && direct?.kind === 'subclassing-decorator') return direct;

      if (!ts.isCallExpression(expression)) continue;

      // A decorator factory: the function it returns is the decorator.
      for (const returned of returnedValues(this.ctx, fn)) {
        const inner = this.index.wrapperOfFunction(returned);
        if (inner?.kind === 'subclassing-decorator') return inner;
      }
    }

    return undefined;
  }

  #traceThis(node: ts.Node): LocalOrigin[] {
    const { ts } = this.ctx;
    let fn: ts.Node | undefined = node.parent;
    while (fn && (!isFunctionWithBody(ts, fn) || ts.isArrowFunction(fn))) fn = fn.parent;
    if (!fn || !isFunctionWithBody(ts, fn)) return [{ kind: 'open', node, reason: 'this' }];

    const owner = fn.parent;
    if (!ts.isClassLike(owner)) return [{ kind: 'open', node, reason: 'this' }];

    const isStatic = ts.canHaveModifiers(fn) && (ts.getModifiers(fn) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (ts.isConstructorDeclaration(fn) || isStatic) {
      const classSymbol = owner.name ? this.ctx.checker.getSymbolAtLocation(owner.name) : undefined;
      return [{ kind: 'concrete', node, ...(classSymbol ? { classSymbol } : {}) }];
    }

    return [{ kind: 'receiver', method: fn, steps: undefined }];
  }

  #traceProperty(node: ts.PropertyAccessExpression): LocalOrigin[] {
    const { ts, checker } = this.ctx;
    if (this.#isUnwrapMember(node)) return [{ kind: 'concrete', node }];

    const symbol = checker.getSymbolAtLocation(node.name);
    const getter = symbol?.declarations?.find(ts.isGetAccessorDeclaration);
    if (getter?.body) {
      const step = { node, message: `returned from the getter \`${node.name.text}\`` };
      const substituted = this.#summary(getter).flatMap((origin) =>
        origin.kind === 'receiver' && origin.method === getter
          ? withSteps(this.#traceLocal(node.expression), origin.steps)
          : [origin],
      );
      return withStep(substituted, step);
    }

    return this.#propertyRead(node.expression, node.name.text, symbol, node);
  }

  #traceElementAccess(node: ts.ElementAccessExpression): LocalOrigin[] {
    const { ts, checker } = this.ctx;
    const key = node.argumentExpression;
    if (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)) {
      return this.#propertyRead(node.expression, key.text, checker.getSymbolAtLocation(key), node);
    }

    return this.#elements(node.expression, node);
  }

  /**
   * `base.name`: what was stored into that property anywhere, and, where `base` is a deep proxy,
   * the proxy its `get` trap makes of what was stored (unless it was marked raw).
   */
  #propertyRead(
    base: ts.Expression,
    name: string,
    symbol: ts.Symbol | undefined,
    at: ts.Node,
  ): LocalOrigin[] {
    const origins: LocalOrigin[] = [];
    const writes = symbol ? this.#fields.writesOfSymbol(symbol, name) : [];
    const baseOrigins = this.index.mayHaveDeepProxies ? this.originsOf(base) : [];
    const deepBases = baseOrigins.filter(
      (origin): origin is WrapperOrigin => origin.kind === 'wrapper' && origin.creation.wrapper.deep !== undefined,
    );

    const proxied = writes.filter((write) => !this.#isRawWrite(write.value) && this.#mayBeObject(write.value));
    if (deepBases.length > 0 && (writes.length === 0 || proxied.length > 0)) {
      for (const deepBase of deepBases) origins.push(this.#childProxy(deepBase, at, name, proxied[0]));
    }

    const onlyThroughProxies = deepBases.length > 0 && deepBases.length === baseOrigins.length;
    for (const write of writes) {
      if (onlyThroughProxies && proxied.includes(write)) continue;

      const step = { node: write.at, message: `stored in \`${name}\` here` };
      origins.push(...withStep(this.#traceLocal(write.value), step));
    }

    if (origins.length === 0) origins.push({ kind: 'open', node: at, reason: 'property' });
    return origins;
  }

  /** The proxy a deep proxy's `get` trap hands out for what is read through it. */
  #childProxy(
    base: WrapperOrigin,
    at: ts.Node,
    name: string | undefined,
    write: { value: ts.Expression; at: ts.Node } | undefined,
    elementsStandFor?: () => readonly Origin[],
  ): WrapperOrigin {
    const deep = base.creation.wrapper.deep!;
    const maker = base.creation.wrapper.name;
    const steps: FlowStep[] = base.steps.toArray();
    if (write) {
      const into = name ? `the proxy's \`${name}\`` : 'the proxy';
      steps.push({ node: write.at, message: `\`${shortText(write.value, 40)}\` put into ${into} here` });
    }

    const trapStep =
      deep.trap === 'set'
        ? `${maker}()'s set trap stores a new proxy of what is put in, here`
        : `${maker}()'s get trap wraps what is read in a new proxy here`;
    steps.push({ node: deep.childCreation, message: trapStep });
    steps.push({ node: at, message: 'read through the proxy here: a proxy, not the stored object' });
    const target = base.creation.wrapped;
    const standsFor =
      elementsStandFor ??
      (write ? () => this.originsOf(write.value) : () => (target ? this.elementOriginsOf(target, at) : []));
    return {
      kind: 'wrapper',
      creation: { wrapper: base.creation.wrapper, node: at as ts.Expression, wrapped: write?.value, steps, standsFor },
      steps: FlowPath.of(steps)!,
    };
  }

  #isRawWrite(value: ts.Expression): boolean {
    const { ts } = this.ctx;
    const call = skipOuterExpressions(ts, value);
    return ts.isCallExpression(call) && this.index.isRawMarker(call, calledFunctions(this.ctx, call));
  }

  #mayBeObject(value: ts.Expression): boolean {
    const { ts, checker } = this.ctx;
    const type = checker.getTypeAtLocation(value);
    const types = type.isUnion() ? type.types : [type];
    return types.some(
      (each) =>
        (each.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive)) !== 0 ||
        (checker.getApparentType(each).flags & ts.TypeFlags.Object) !== 0 &&
          !(each.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike |
            ts.TypeFlags.BigIntLike | ts.TypeFlags.ESSymbolLike | ts.TypeFlags.Null | ts.TypeFlags.Undefined)),
    );
  }

  /** The elements of a collection: what was put into it, or the proxies a deep proxy hands out. */
  #elements(collection: ts.Expression, at: ts.Node): LocalOrigin[] {
    const node = skipOuterExpressions(this.ctx.ts, collection);
    const cut: LocalOrigin = { kind: 'open', node, reason: 'depth-limit' };
    return [...this.#guarded(this.#elementCache, node, cut, () => this.#traceElements(node, at))];
  }

  #traceElements(node: ts.Expression, at: ts.Node): LocalOrigin[] {
    const { ts } = this.ctx;
    if (ts.isArrayLiteralExpression(node)) {
      return node.elements.flatMap((element) =>
        ts.isSpreadElement(element) ? this.#elements(element.expression, at) : [...this.#traceLocal(element)],
      );
    }

    const { written, firstWrite } = this.#writtenElements(node);
    const collections = this.originsOf(node);
    const deepBases = collections.filter(
      (origin): origin is WrapperOrigin => origin.kind === 'wrapper' && origin.creation.wrapper.deep !== undefined,
    );
    const origins: LocalOrigin[] = [];
    for (const origin of collections) {
      if (origin.kind === 'wrapper' && origin.creation.wrapper.deep) {
        // What is read through a deep proxy is a proxy of what was put in, or was there.
        const target = origin.creation.wrapped;
        const standsFor = () => [
          ...(target ? this.elementOriginsOf(target, at) : []),
          ...this.#expand(written),
        ];
        origins.push(this.#childProxy(origin, at, undefined, firstWrite, standsFor));
      } else if (origin.kind === 'concrete' && ts.isArrayLiteralExpression(origin.node)) {
        origins.push(...this.#elements(origin.node, at));
      }
    }

    // Through a deep proxy only, what was put in comes back out as proxies, never as itself.
    if (deepBases.length === 0 || deepBases.length < collections.length) origins.push(...written);

    if (origins.length === 0) origins.push({ kind: 'open', node: at, reason: 'elements' });
    return origins;
  }

  /** What `push`, `unshift`, `splice`, `set` and `add` put into a collection, by its name. */
  #writtenElements(node: ts.Expression): {
    written: LocalOrigin[];
    firstWrite: { value: ts.Expression; at: ts.Node } | undefined;
  } {
    const { ts } = this.ctx;
    const name = ts.isPropertyAccessExpression(node) ? node.name : ts.isIdentifier(node) ? node : undefined;
    const symbol = name ? resolvedSymbol(this.ctx, name) : undefined;
    if (!symbol) return { written: [], firstWrite: undefined };

    const written: LocalOrigin[] = [];
    let firstWrite: { value: ts.Expression; at: ts.Node } | undefined;
    for (const reference of this.references.referencesTo(symbol)) {
      const access = reference.parent;
      const holder = ts.isPropertyAccessExpression(access) && access.name === reference ? access : reference;
      const method = holder.parent;
      const call = method.parent;
      if (!ts.isPropertyAccessExpression(method) || method.expression !== holder) continue;
      if (!ELEMENT_WRITES.has(method.name.text) || !ts.isCallExpression(call)) continue;

      const values =
        method.name.text === 'set'
          ? call.arguments.slice(1, 2)
          : method.name.text === 'splice'
            ? call.arguments.slice(2)
            : call.arguments;
      for (const value of values) {
        firstWrite ??= { value, at: call };
        written.push(...withStep(this.#traceLocal(value), { node: call, message: `put into \`${shortText(holder)}\` here` }));
      }
    }

    return { written, firstWrite };
  }

  #parameterOrigins(parameter: ts.ParameterDeclaration): readonly Origin[] {
    const cut: Origin = { kind: 'open', node: parameter, reason: 'depth-limit' };
    return this.#guarded(this.#expanded, parameter, cut, () => this.#traceParameter(parameter));
  }

  #traceParameter(parameter: ts.ParameterDeclaration): Origin[] {
    const { ts } = this.ctx;
    const fn = parameter.parent;
    if (!isFunctionWithBody(ts, fn)) return [{ kind: 'open', node: parameter, reason: 'callback-parameter' }];

    const position = fn.parameters.indexOf(parameter);
    const name = shortText(parameter.name);
    const callee = functionName(ts, fn);
    const calls = callsOf(this.ctx, this.index, this.references, fn);
    const origins: Origin[] = [];
    if (calls.open) origins.push({ kind: 'open', node: parameter, reason: calls.open });

    for (const site of calls.sites) {
      origins.push(...this.#argumentOrigins(site, parameter, position, name, callee));
    }

    return origins;
  }

  #argumentOrigins(
    site: CallSite,
    parameter: ts.ParameterDeclaration,
    position: number,
    name: string,
    callee: string | undefined,
  ): Origin[] {
    const { ts } = this.ctx;
    const into = callee ? `to ${callee}()` : 'to the callback';
    switch (site.kind) {
      case 'call': {
        const args = site.call.arguments ?? [];
        if (args.slice(0, position + 1).some(ts.isSpreadElement)) {
          return [{ kind: 'open', node: site.call, reason: 'unresolved' }];
        }

        const values = parameter.dotDotDotToken ? args.slice(position) : [args[position]];
        return values.flatMap((value) => {
          if (!value) return parameter.initializer ? this.originsOf(parameter.initializer) : [];
          return withStep(this.originsOf(value), { node: value, message: `passed as \`${name}\` ${into}` });
        });
      }

      case 'decorator': {
        if (position !== 0) return [];

        // Decorators run bottom-up: one below a subclassing decorator is given the subclass.
        const decorators = [...(ts.getDecorators(site.cls) ?? [])];
        for (const below of decorators.slice(decorators.indexOf(site.decorator) + 1)) {
          const subclassing = this.#traceDecoratorResult(below, site.cls);
          if (subclassing) return [subclassing];
        }

        return [{ kind: 'concrete', node: site.cls, ...this.#classSymbolOf(site.cls) }];
      }

      case 'elements': {
        if (position !== 0) return [];
        const step = { node: site.at, message: `each element passed as \`${name}\` here` };
        return withStep(this.elementOriginsOf(site.collection, site.at), step);
      }

      case 'draft': {
        if (position !== 0) return [];
        const creation = this.index.makerCreation(parameter.name as ts.Expression, site.call, site.maker);
        return [this.#wrapperOrigin(creation)];
      }

      case 'promise': {
        if (position !== 0) return [];
        const step = { node: site.at, message: `resolved value passed as \`${name}\` here` };
        return withStep(this.originsOf(site.promise), step);
      }
    }
  }

  #classSymbolOf(cls: ts.ClassLikeDeclaration): { classSymbol?: ts.Symbol } {
    const symbol = cls.name ? this.ctx.checker.getSymbolAtLocation(cls.name) : undefined;
    return symbol ? { classSymbol: symbol } : {};
  }

  #receiverOrigins(method: FunctionWithBody): readonly Origin[] {
    const cut: Origin = { kind: 'open', node: method, reason: 'depth-limit' };
    return this.#guarded(this.#expanded, method, cut, () => this.#traceReceiver(method));
  }

  /** `this` in a method: every receiver the method is called, or the getter read, on. */
  #traceReceiver(method: FunctionWithBody): Origin[] {
    const { ts } = this.ctx;
    const symbol = symbolOfFunction(this.ctx, method);
    if (!symbol) return [{ kind: 'open', node: method, reason: 'this' }];

    const origins: Origin[] = [];
    const calls = callsOf(this.ctx, this.index, this.references, method);
    if (calls.open) origins.push({ kind: 'open', node: method, reason: calls.open });

    const member = symbol.name;
    for (const reference of this.references.referencesTo(symbol)) {
      const access = reference.parent;
      if (!ts.isPropertyAccessExpression(access) || access.name !== reference) continue;

      const called = ts.isCallExpression(access.parent) && access.parent.expression === access;
      const message = called ? `\`${member}()\` called on it here` : `\`${member}\` read on it here`;
      // A proxy that binds what it hands out to the real object runs the method on that object.
      const receivers = this.originsOf(access.expression).filter((origin) => {
        const safety = origin.kind === 'wrapper' ? origin.creation.wrapper.receiverSafety : undefined;
        return !(safety && (called ? safety.methods : safety.getters));
      });
      origins.push(...withStep(receivers, { node: access, message }));
    }

    return origins;
  }

  /** `x.unwrap()` or `x.inner`, where the options name `unwrap` and `inner` as the protocol. */
  #isUnwrapMember(node: ts.Expression): boolean {
    const { ts } = this.ctx;
    return ts.isPropertyAccessExpression(node) && this.ctx.options.unwrapMembers.includes(node.name.text);
  }
}

/** The step an import or export declaration adds to a flow. */
function aliasHop(ts: TypeScriptApi, declaration: ts.Declaration, name: string): FlowStep | undefined {
  if (ts.isImportSpecifier(declaration) || ts.isImportClause(declaration) || ts.isNamespaceImport(declaration)) {
    const local = declaration.name?.text ?? name;
    return { node: declaration, message: `imported as \`${local}\`` };
  }

  if (ts.isExportSpecifier(declaration)) {
    const from = declaration.parent.parent.moduleSpecifier;
    const verb = from ? 're-exported' : 'exported';
    return { node: declaration, message: `${verb} as \`${declaration.name.text}\`` };
  }

  if (ts.isExportAssignment(declaration)) return { node: declaration, message: 'exported as the default' };

  return undefined;
}

function calledFunctionsOf(ctx: CoreContext, callee: ts.Expression): FunctionWithBody[] {
  const { ts } = ctx;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  const symbol = resolvedSymbol(ctx, name);
  const found: FunctionWithBody[] = [];
  for (const declaration of symbol?.declarations ?? []) {
    if (isFunctionWithBody(ts, declaration)) found.push(declaration);
    else if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
      const value = skipOuterExpressions(ts, declaration.initializer);
      if (isFunctionWithBody(ts, value)) found.push(value);
    }
  }

  return found;
}

/** Drops repeated origins: the same wrapper along the same path, the same concrete node. */
function dedupe<T>(origins: readonly T[]): T[] {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const origin of origins) {
    const key = originKey(origin as LocalOrigin);
    if (seen.has(key)) continue;

    seen.add(key);
    unique.push(origin);
  }

  return unique;
}

function originKey(origin: LocalOrigin): string {
  const path = (steps: FlowPath | undefined) => (steps ? `${steps.key}/${steps.length}` : '-');
  switch (origin.kind) {
    case 'wrapper':
      return `w|${origin.creation.wrapper.id}|${nodeId(origin.creation.node)}|${path(origin.steps)}`;
    case 'concrete':
      return `c|${nodeId(origin.node)}`;
    case 'open':
      return `o|${nodeId(origin.node)}|${origin.reason}`;
    case 'parameter':
      return `p|${nodeId(origin.parameter)}|${path(origin.steps)}|${origin.instanceOf?.length ?? 0}`;
    case 'receiver':
      return `r|${nodeId(origin.method)}|${path(origin.steps)}|${origin.instanceOf?.length ?? 0}`;
  }
}

/** Values made on the spot that cannot be anybody's wrapper. */
function isFreshValue(ctx: CoreContext, node: ts.Expression): boolean {
  const { ts } = ctx;
  return (
    ts.isLiteralExpression(node) ||
    ts.isObjectLiteralExpression(node) ||
    ts.isArrayLiteralExpression(node) ||
    ts.isTemplateExpression(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isClassExpression(node) ||
    ts.isPrefixUnaryExpression(node) ||
    ts.isTypeOfExpression(node) ||
    ts.isVoidExpression(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  );
}
