import { cachedIn } from '../cache.js';
import type { CoreContext } from '../context.js';
import { calledFunctions, resolvedSymbol, selfNameOf, symbolOfFunction } from '../symbols.js';
import {
  enclosingFunction,
  forEachDescendant,
  isFunctionWithBody,
  skipOuterExpressions,
} from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import { isGlobalMethodCall } from '../wrappers/wrapping-expressions.js';
import type { Wrapper } from '../wrappers/wrapper.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import { functionsACallRuns } from './forward-callees.js';
import { isAssignmentPattern, isDeadEnd, receiverMethod, thisIn } from './forward-syntax.js';
import { callsOf } from './function-values.js';
import type { ReferenceIndex } from './reference-index.js';

/** How many places one wrapper's values are followed to before it counts as reaching anywhere. */
const MAX_PLACES = 4000;

/** Kinds of wrapper a function of the program makes, which the program alone calls. */
const MADE_ONLY_BY_CALLS = new Set<Wrapper['kind']>([
  'proxy',
  'stand-in',
  'prototype-delegate',
  'subclassing-decorator',
]);

/** Methods that put a value into a collection, whose elements are not followed. */
const COLLECTION_WRITES = new Set(['push', 'unshift', 'add', 'set', 'splice', 'fill']);

/** Where the program makes a wrapper, and whether nothing outside it can make one too. */
interface Made {
  readonly at: readonly ts.Expression[];
  readonly onlyHere: boolean;
}

/**
 * Where the values one wrapper makes can be held: the variables and parameters, the properties
 * (by name, whatever object has them), the functions returning them and the methods running on
 * them. Undefined where they go somewhere not followed here (into a collection, a callback, a
 * generator), so the wrapper may reach anything.
 */
interface Reach {
  readonly expressions: Set<ts.Node>;
  readonly symbols: Set<ts.Symbol>;
  readonly properties: Set<string>;
  readonly returning: Set<FunctionWithBody>;
  readonly receivers: Set<FunctionWithBody>;
  readonly privateFields: Set<ts.Symbol>;
}

/**
 * The places a wrapper's values can reach, followed forward once per wrapper from where the
 * program makes them (a copy, a proxy, a stand-in or a delegate made on the spot, or by a
 * function of its own). The tracer answers the same
 * question backward, one check at a time; this answer is coarser (properties go by name, calls
 * by every function the callee may be) but costs one walk per wrapper, so a check that no
 * wrapper can reach is let go before it is traced. Every path the tracer follows is followed
 * here, or the wrapper counts as reaching anywhere.
 */
export class ForwardReach {
  readonly #made = new WeakMap<Wrapper, Made | null>();
  readonly #reach = new WeakMap<Wrapper, Reach | null>();

  constructor(
    private readonly ctx: CoreContext,
    private readonly index: WrapperIndex,
    private readonly references: ReferenceIndex,
  ) {}

  /**
   * Whether a value of `wrapper` may be what `expression` evaluates to. With `tracedOnly`, for a
   * check that only the program's own paths can fool (an identity check), a wrapper counts only
   * where the program makes it; otherwise one that callers outside the program may make too
   * (a class, a factory) may be anywhere.
   */
  mayHold(wrapper: Wrapper, expression: ts.Expression, tracedOnly: boolean): boolean {
    const made = cachedIn(this.#made, wrapper, () => this.#whereMade(wrapper) ?? null);
    if (!made || !(made.onlyHere || tracedOnly)) return true;

    const reach = cachedIn(this.#reach, wrapper, () => this.#follow(made.at) ?? null);
    return reach === null || this.#holds(reach, expression);
  }

  /**
   * Where the program makes the wrapper's values: the expression that makes one on the spot,
   * each call of the function that makes it, each `new` of its class. Undefined where a deep
   * proxy makes them anywhere, or a function making them is handed on.
   */
  #whereMade(wrapper: Wrapper): Made | undefined {
    const { ts } = this.ctx;
    if (wrapper.deep) return undefined;
    if (wrapper.inline) return { at: [wrapper.declaration as ts.Expression], onlyHere: true };

    const classSymbol = wrapper.classSymbol;
    if (classSymbol && (wrapper.kind === 'decorator-class' || wrapper.kind === 'duplicate-class')) {
      const made = this.references.usesOf(classSymbol).calls.filter(ts.isNewExpression);
      return { at: made, onlyHere: false };
    }

    const calls = this.index.callsMaking(wrapper);
    return calls && { at: calls, onlyHere: MADE_ONLY_BY_CALLS.has(wrapper.kind) };
  }

  #holds(reach: Reach, expression: ts.Expression): boolean {
    const { ts } = this.ctx;
    const node = skipOuterExpressions(ts, expression);
    if (reach.expressions.has(node)) return true;

    if (ts.isAwaitExpression(node)) return this.#holds(reach, node.expression);
    if (ts.isConditionalExpression(node)) {
      return this.#holds(reach, node.whenTrue) || this.#holds(reach, node.whenFalse);
    }

    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      const either =
        operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken;
      return (either && this.#holds(reach, node.left)) || this.#holds(reach, node.right);
    }

    if (ts.isIdentifier(node)) {
      const symbol = this.#valueSymbol(node);
      return symbol !== undefined && reach.symbols.has(symbol);
    }

    if (node.kind === ts.SyntaxKind.ThisKeyword) {
      const method = receiverMethod(this.ctx, node);
      return method !== undefined && reach.receivers.has(method);
    }

    if (ts.isPropertyAccessExpression(node)) return reach.properties.has(node.name.text);

    if (ts.isElementAccessExpression(node)) {
      const key = node.argumentExpression;
      return ts.isStringLiteralLike(key) && reach.properties.has(key.text);
    }

    if (ts.isCallExpression(node)) {
      return calledFunctions(this.ctx, node).some((fn) => reach.returning.has(fn));
    }

    return false;
  }

  /** Follows a wrapper's values from where they are made; undefined where they get away. */
  #follow(made: readonly ts.Expression[]): Reach | undefined {
    const reach: Reach = {
      expressions: new Set(),
      symbols: new Set(),
      properties: new Set(),
      returning: new Set(),
      receivers: new Set(),
      privateFields: new Set(),
    };
    const pending: ts.Expression[] = [...made];
    while (pending.length > 0) {
      const expression = pending.pop()!;
      if (reach.expressions.has(expression)) continue;
      if (reach.expressions.size >= MAX_PLACES) return undefined;

      reach.expressions.add(expression);
      const next = this.#whereItGoes(reach, expression);
      if (next === undefined) return undefined;

      pending.push(...next);
    }

    return reach;
  }

  /**
   * The expressions that hold the value of `expression` next: the reads of the variable it is
   * stored in, the calls of the function returning it, and so on. Undefined where the value goes
   * somewhere this walk does not follow.
   */
  #whereItGoes(reach: Reach, expression: ts.Expression): ts.Expression[] | undefined {
    const { ts } = this.ctx;
    const parent = expression.parent;

    if (
      ts.isParenthesizedExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isTypeAssertionExpression(parent) ||
      ts.isNonNullExpression(parent) ||
      ts.isSatisfiesExpression(parent) ||
      ts.isAwaitExpression(parent)
    ) {
      return [parent];
    }

    if (ts.isConditionalExpression(parent)) return parent.condition === expression ? [] : [parent];

    if (ts.isBinaryExpression(parent)) return this.#throughBinary(reach, parent, expression);

    if (ts.isVariableDeclaration(parent)) {
      if (parent.initializer !== expression) return [];
      if (!ts.isIdentifier(parent.name)) return [];

      return this.#intoSymbol(reach, this.ctx.checker.getSymbolAtLocation(parent.name));
    }

    if (
      ts.isReturnStatement(parent) ||
      (ts.isArrowFunction(parent) && parent.body === expression)
    ) {
      const fn = ts.isArrowFunction(parent) ? parent : enclosingFunction(ts, parent);
      return fn ? this.#outOf(reach, fn) : undefined;
    }

    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      return parent.expression === expression ? [] : this.#intoCall(reach, parent, expression);
    }

    if (ts.isPropertyAccessExpression(parent)) return this.#onMember(reach, parent);

    if (ts.isElementAccessExpression(parent)) return [];

    if (ts.isPropertyAssignment(parent) && parent.initializer === expression) {
      return this.#intoProperty(reach, parent.name);
    }

    if (ts.isShorthandPropertyAssignment(parent)) return this.#intoProperty(reach, parent.name);

    if (ts.isPropertyDeclaration(parent) && parent.initializer === expression) {
      return this.#intoProperty(reach, parent.name);
    }

    if (ts.isParameter(parent) && parent.initializer === expression) {
      if (!ts.isIdentifier(parent.name)) return undefined;

      return this.#intoSymbol(reach, this.ctx.checker.getSymbolAtLocation(parent.name));
    }

    return isDeadEnd(this.ctx, parent) ? [] : undefined;
  }

  #throughBinary(
    reach: Reach,
    binary: ts.BinaryExpression,
    expression: ts.Expression,
  ): ts.Expression[] | undefined {
    const { ts } = this.ctx;
    const right = binary.right === expression;
    switch (binary.operatorToken.kind) {
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.BarBarToken:
        return [binary];
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
        return right ? [binary] : [];
      case ts.SyntaxKind.EqualsToken:
        return right ? this.#intoTarget(reach, binary) : [];
      case ts.SyntaxKind.QuestionQuestionEqualsToken:
      case ts.SyntaxKind.BarBarEqualsToken:
      case ts.SyntaxKind.AmpersandAmpersandEqualsToken:
        return right ? undefined : [];
      default:
        return [];
    }
  }

  /** `target = value`: the assignment itself, and what it assigns to. */
  #intoTarget(reach: Reach, assignment: ts.BinaryExpression): ts.Expression[] | undefined {
    const { ts } = this.ctx;
    const target = skipOuterExpressions(ts, assignment.left);
    let into: ts.Expression[] | undefined;
    if (ts.isIdentifier(target)) into = this.#intoSymbol(reach, resolvedSymbol(this.ctx, target));
    else if (ts.isPropertyAccessExpression(target)) into = this.#intoProperty(reach, target.name);
    else if (
      ts.isElementAccessExpression(target) &&
      ts.isStringLiteralLike(target.argumentExpression)
    )
      into = this.#intoPropertyNamed(reach, target.argumentExpression.text);

    return into && [assignment, ...into];
  }

  /** Every read of a variable or parameter now holding the value. */
  #intoSymbol(reach: Reach, symbol: ts.Symbol | undefined): ts.Expression[] | undefined {
    if (!symbol) return undefined;
    if (reach.symbols.has(symbol)) return [];

    reach.symbols.add(symbol);
    const { ts } = this.ctx;
    const reads: ts.Expression[] = [];
    const names = new Set([symbol.name]);
    for (const reference of this.references.referencesTo(symbol)) {
      names.add(reference.text);
      const renaming = reference.parent;
      if (ts.isImportSpecifier(renaming) || ts.isExportSpecifier(renaming))
        names.add(renaming.name.text);

      const assigned =
        ts.isBinaryExpression(reference.parent) &&
        reference.parent.left === reference &&
        reference.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      if (!assigned) reads.push(reference);
    }

    // `{ name }` reads the variable, though its identifier names the property.
    for (const name of names) {
      for (const identifier of this.references.identifiersNamed(name)) {
        const parent = identifier.parent;
        if (ts.isShorthandPropertyAssignment(parent) && this.#valueSymbol(identifier) === symbol)
          reads.push(identifier);
      }
    }

    return reads;
  }

  /**
   * A property now holding the value, on whatever object: every read of a property of that name.
   * The tracer goes by the property's declaration; going by its name finds those reads and more.
   */
  #intoProperty(reach: Reach, name: ts.PropertyName): ts.Expression[] | undefined {
    const { ts } = this.ctx;
    if (ts.isPrivateIdentifier(name)) return this.#intoPrivateName(reach, name);

    const text =
      ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)
        ? name.text
        : undefined;
    return text === undefined ? undefined : this.#intoPropertyNamed(reach, text);
  }

  /** `this.#name`: read only inside the class that declares it (and classes nested in it). */
  #intoPrivateName(reach: Reach, name: ts.PrivateIdentifier): ts.Expression[] | undefined {
    const { ts } = this.ctx;
    const field = this.ctx.checker.getSymbolAtLocation(name);
    const owner = field?.valueDeclaration?.parent;
    if (!field || !owner || !ts.isClassLike(owner)) return undefined;

    // Classes may each have a `#name` of their own: each field is followed once.
    if (reach.privateFields.has(field)) return [];

    reach.privateFields.add(field);
    reach.properties.add(name.text);
    const reads: ts.Expression[] = [];
    forEachDescendant(ts, owner, (node) => {
      if (ts.isPropertyAccessExpression(node) && node.name.text === name.text) reads.push(node);
    });
    return reads;
  }

  #intoPropertyNamed(reach: Reach, name: string): ts.Expression[] | undefined {
    if (reach.properties.has(name)) return [];

    reach.properties.add(name);
    const { ts } = this.ctx;
    const reads: ts.Expression[] = [...this.references.keyedReads(name)];
    for (const identifier of this.references.identifiersNamed(name)) {
      const parent = identifier.parent;
      if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) {
        reads.push(parent);
        continue;
      }

      // `const { name } = o` and `const { name: local } = o` put the value in a new variable.
      if (ts.isBindingElement(parent) && (parent.propertyName ?? parent.name) === identifier) {
        if (!ts.isIdentifier(parent.name)) return undefined;

        const into = this.#intoSymbol(reach, this.ctx.checker.getSymbolAtLocation(parent.name));
        if (!into) return undefined;

        reads.push(...into);
        continue;
      }

      // `({ name } = o)` assigns to a variable through a pattern.
      if (ts.isShorthandPropertyAssignment(parent) && isAssignmentPattern(this.ctx, parent.parent))
        return undefined;
    }

    return reads;
  }

  /** A function now returning the value: every call of it holds the value. */
  #outOf(reach: Reach, fn: FunctionWithBody): ts.Expression[] | undefined {
    const { ts } = this.ctx;
    if (reach.returning.has(fn)) return [];

    // A getter's value is read, not called, and a generator's is iterated.
    if (ts.isAccessor(fn) || fn.asteriskToken) return undefined;

    // `export default` lets other modules call it by any name.
    const symbol = symbolOfFunction(this.ctx, fn);
    const modifiers = ts.canHaveModifiers(fn) ? (ts.getModifiers(fn) ?? []) : [];
    if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword))
      return undefined;
    if (
      symbol &&
      this.references.referencesTo(symbol).some((use) => ts.isExportAssignment(use.parent))
    )
      return undefined;

    reach.returning.add(fn);
    const calls: ts.Expression[] = [];
    for (const site of callsOf(this.ctx, this.index, this.references, fn).sites) {
      if (site.kind === 'call') calls.push(site.call);
    }

    if (symbol) calls.push(...this.references.usesOf(symbol).calls);

    const self = selfNameOf(this.ctx, fn);
    if (self) calls.push(...this.references.usesOf(self).calls);
    return calls;
  }

  /** The value passed to a call: the callee's parameter, or what the call makes of it. */
  #intoCall(
    reach: Reach,
    call: ts.CallExpression | ts.NewExpression,
    argument: ts.Expression,
  ): ts.Expression[] | undefined {
    const { ts } = this.ctx;
    const args: readonly ts.Expression[] = call.arguments ?? [];
    const position = args.indexOf(argument);
    if (position < 0 || args.slice(0, position + 1).some(ts.isSpreadElement)) return undefined;

    // `Promise.resolve(x)` and what marks a value raw hand the value itself on.
    if (ts.isCallExpression(call) && isGlobalMethodCall(this.ctx, call, 'Promise', 'resolve'))
      return [call];

    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee) && COLLECTION_WRITES.has(callee.name.text))
      return undefined;

    const functions = functionsACallRuns(this.ctx, call);
    if (functions === undefined) return undefined;
    if (ts.isCallExpression(call) && this.index.isRawMarker(call, functions)) return [call];

    const into: ts.Expression[] = [];
    for (const fn of functions) {
      const parameter =
        fn.parameters[position] ?? fn.parameters.find((each) => each.dotDotDotToken);
      if (!parameter) continue;
      if (!ts.isIdentifier(parameter.name)) return undefined;

      const symbol = this.ctx.checker.getSymbolAtLocation(parameter.name);
      const reads = this.#intoSymbol(reach, symbol);
      if (!reads) return undefined;

      into.push(...reads);
      if (ts.isParameterPropertyDeclaration(parameter, parameter.parent)) {
        const fields = this.#intoProperty(reach, parameter.name);
        if (!fields) return undefined;

        into.push(...fields);
      }
    }

    return into;
  }

  /** `value.name` or `value.name()`: the methods that then run with the value as `this`. */
  #onMember(reach: Reach, access: ts.PropertyAccessExpression): ts.Expression[] | undefined {
    const { ts, checker } = this.ctx;
    if (this.ctx.options.unwrapMembers.includes(access.name.text)) return [];

    // A member of a mapped or instantiated type leads back to the declarations it was made from.
    const symbol = checker.getSymbolAtLocation(access.name);
    const declarations = (symbol ? [symbol, ...checker.getRootSymbols(symbol)] : []).flatMap(
      (each) => each.declarations ?? [],
    );

    const methods = [...new Set(declarations)].filter(
      (declaration): declaration is FunctionWithBody => isFunctionWithBody(ts, declaration),
    );
    const receivesThis: ts.Expression[] = [];
    for (const method of methods) {
      if (reach.receivers.has(method)) continue;

      reach.receivers.add(method);
      receivesThis.push(...thisIn(this.ctx, method));
    }

    // `value.then(callback)` hands the value to the callback, which is not followed.
    const call = access.parent;
    if (access.name.text === 'then' && ts.isCallExpression(call) && call.expression === access)
      return undefined;

    return receivesThis;
  }

  #valueSymbol(identifier: ts.Identifier): ts.Symbol | undefined {
    const { ts, checker } = this.ctx;
    const parent = identifier.parent;
    if (!ts.isShorthandPropertyAssignment(parent) || parent.name !== identifier)
      return resolvedSymbol(this.ctx, identifier);

    const symbol = checker.getShorthandAssignmentValueSymbol(parent);
    return symbol && symbol.flags & ts.SymbolFlags.Alias
      ? checker.getAliasedSymbol(symbol)
      : symbol;
  }
}
