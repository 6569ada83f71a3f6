import type { CoreContext } from '../context.js';
import { calledFunctions, resolvedSymbol, symbolOfFunction } from '../symbols.js';
import { functionName, isExported, isFunctionWithBody, shortText, skipOuterExpressions } from '../syntax.js';
import type { FunctionWithBody } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { WrapperCreation } from '../wrappers/wrapper.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import { returnedExpressions } from '../wrappers/wrapping-factories.js';
import { guardingConditions } from './conditions.js';
import type { FlowStep } from './flow-step.js';
import type { ReferenceIndex } from './reference-index.js';
import { isUnwrapFunction } from './unwrapping.js';

/** Why the search cannot tell where a value comes from. */
export type OpenReason =
  | 'outside-callers'
  | 'opaque-call'
  | 'property'
  | 'this'
  | 'destructured'
  | 'iterated'
  | 'callback-parameter'
  | 'unresolved'
  | 'depth-limit';

/** A wrapper made somewhere, and the steps that carry it to the expression asked about. */
export interface WrapperOrigin {
  readonly kind: 'wrapper';
  readonly creation: WrapperCreation;
  readonly steps: readonly FlowStep[];
}

/** A value that is what it is: a fresh instance of a class that is no wrapper, a literal. */
export interface ConcreteOrigin {
  readonly kind: 'concrete';
  readonly node: ts.Node;
}

/** A value the search lost track of; anything its type allows may arrive this way. */
export interface OpenOrigin {
  readonly kind: 'open';
  readonly node: ts.Node;
  readonly reason: OpenReason;
}

export type Origin = WrapperOrigin | ConcreteOrigin | OpenOrigin;

/** Stops one expression with many sources from making the search explode. */
const MAX_ORIGINS = 64;

/**
 * Follows a value back from an expression to where it was made: through variables and their
 * reassignments, parameters to the arguments of every call, calls to their returns, `await` and
 * both branches of `?:`. Answers are remembered per node for the life of the program.
 */
export class OriginTracer {
  readonly #memo = new Map<ts.Node, readonly Origin[]>();
  readonly #inProgress = new Set<ts.Node>();

  constructor(
    private readonly ctx: CoreContext,
    private readonly index: WrapperIndex,
    private readonly references: ReferenceIndex,
  ) {}

  originsOf(expression: ts.Expression): readonly Origin[] {
    return this.#trace(expression, 0);
  }

  #trace(expression: ts.Expression, depth: number): readonly Origin[] {
    const node = skipOuterExpressions(this.ctx.ts, expression);
    const cached = this.#memo.get(node);
    if (cached) return cached;

    if (this.#inProgress.has(node)) return [];

    if (depth > this.ctx.options.maxDepth) return [{ kind: 'open', node, reason: 'depth-limit' }];

    this.#inProgress.add(node);
    const origins = this.#traceNode(node, depth).slice(0, MAX_ORIGINS);
    this.#inProgress.delete(node);

    const cut = origins.some((origin) => origin.kind === 'open' && origin.reason === 'depth-limit');
    if (!cut) this.#memo.set(node, origins);
    return origins;
  }

  #traceNode(node: ts.Expression, depth: number): readonly Origin[] {
    const { ts } = this.ctx;
    const next = depth + 1;

    if (ts.isAwaitExpression(node)) return this.#trace(node.expression, next);

    if (ts.isConditionalExpression(node)) {
      return [...this.#trace(node.whenTrue, next), ...this.#trace(node.whenFalse, next)];
    }

    if (ts.isBinaryExpression(node)) return this.#traceBinary(node, next);

    if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      const creation = this.index.creationAt(node);
      if (creation) {
        return [{ kind: 'wrapper', creation, steps: [this.#creationStep(creation)] }];
      }

      if (ts.isNewExpression(node)) return [{ kind: 'concrete', node }];

      if (this.#isUnwrapMember(node.expression)) return [{ kind: 'concrete', node }];

      return this.#traceCall(node, next);
    }

    if (ts.isIdentifier(node)) return this.#traceIdentifier(node, next);

    if (node.kind === ts.SyntaxKind.ThisKeyword) return [{ kind: 'open', node, reason: 'this' }];

    if (this.#isUnwrapMember(node)) return [{ kind: 'concrete', node }];

    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      return [{ kind: 'open', node, reason: 'property' }];
    }

    if (isFreshValue(this.ctx, node)) return [{ kind: 'concrete', node }];

    return [{ kind: 'open', node, reason: 'unresolved' }];
  }

  /** `x.unwrap()` or `x.inner`, where the options name `unwrap` and `inner` as the protocol. */
  #isUnwrapMember(node: ts.Expression): boolean {
    const { ts } = this.ctx;
    return (
      ts.isPropertyAccessExpression(node) &&
      this.ctx.options.unwrapMembers.includes(node.name.text)
    );
  }

  #traceBinary(node: ts.BinaryExpression, depth: number): readonly Origin[] {
    const { ts } = this.ctx;
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.BarBarToken:
        return [...this.#trace(node.left, depth), ...this.#trace(node.right, depth)];
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
      case ts.SyntaxKind.EqualsToken:
        return this.#trace(node.right, depth);
      default:
        return [{ kind: 'concrete', node }];
    }
  }

  #traceCall(call: ts.CallExpression, depth: number): readonly Origin[] {
    const functions = calledFunctions(this.ctx, call);
    if (functions.length === 0) return [{ kind: 'open', node: call, reason: 'opaque-call' }];

    const origins: Origin[] = [];
    for (const fn of functions) {
      if (isUnwrapFunction(this.ctx, fn)) {
        origins.push({ kind: 'concrete', node: call });
        continue;
      }

      const step = { node: call, message: `returned from ${functionName(this.ctx.ts, fn) ?? 'a function'}()` };
      for (const returned of returnedExpressions(this.ctx.ts, fn)) {
        origins.push(...withStep(this.#trace(returned, depth), step));
      }
    }

    return origins;
  }

  #traceIdentifier(identifier: ts.Identifier, depth: number): readonly Origin[] {
    const { ts } = this.ctx;
    const symbol = resolvedSymbol(this.ctx, identifier);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (!symbol || !declaration) return [{ kind: 'open', node: identifier, reason: 'unresolved' }];

    if (ts.isParameter(declaration)) return this.#traceParameter(declaration, depth);

    if (ts.isVariableDeclaration(declaration)) return this.#traceVariable(symbol, declaration, depth);

    if (ts.isBindingElement(declaration)) {
      return [{ kind: 'open', node: identifier, reason: 'destructured' }];
    }

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

  #traceVariable(
    symbol: ts.Symbol,
    declaration: ts.VariableDeclaration,
    depth: number,
  ): readonly Origin[] {
    const { ts } = this.ctx;
    const loop = declaration.parent.parent;
    if (ts.isForOfStatement(loop) || ts.isForInStatement(loop)) {
      return [{ kind: 'open', node: declaration, reason: 'iterated' }];
    }

    const name = ts.isIdentifier(declaration.name) ? declaration.name.text : shortText(declaration.name);
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
      withStep(this.#trace(value, depth), { node: at, message: `held in \`${name}\`` }),
    );
  }

  #traceParameter(parameter: ts.ParameterDeclaration, depth: number): readonly Origin[] {
    const { ts } = this.ctx;
    const fn = parameter.parent;
    if (!isFunctionWithBody(ts, fn) || !ts.isIdentifier(parameter.name)) {
      return [{ kind: 'open', node: parameter, reason: 'destructured' }];
    }

    const symbol = symbolOfFunction(this.ctx, fn);
    if (!symbol) return [{ kind: 'open', node: parameter, reason: 'callback-parameter' }];

    const uses = this.references.usesOf(symbol);
    const origins: Origin[] = [];
    if (this.#hasOutsideCallers(fn, uses.calls.length, uses.escapes.length)) {
      origins.push({ kind: 'open', node: parameter, reason: 'outside-callers' });
    }

    const position = fn.parameters.indexOf(parameter);
    const name = parameter.name.text;
    const callee = functionName(ts, fn) ?? 'a function';
    for (const call of uses.calls) {
      const args = call.arguments ?? [];
      const spreadBefore = args.slice(0, position + 1).some(ts.isSpreadElement);
      if (spreadBefore) {
        origins.push({ kind: 'open', node: call, reason: 'unresolved' });
        continue;
      }

      const values = parameter.dotDotDotToken ? args.slice(position) : [args[position]];
      for (const value of values) {
        if (!value) {
          if (parameter.initializer) origins.push(...this.#trace(parameter.initializer, depth));
          continue;
        }

        const step = { node: value, message: `passed as \`${name}\` to ${callee}()` };
        origins.push(...withStep(this.#trace(value, depth), step));
      }
    }

    return origins;
  }

  /**
   * Callers the program cannot show: the function leaks as a value, is exported with no caller
   * here (or the options say exports are open), or is a method reached through an interface.
   */
  #hasOutsideCallers(fn: FunctionWithBody, calls: number, escapes: number): boolean {
    const { ts } = this.ctx;
    if (escapes > 0) return true;

    if (ts.isMethodDeclaration(fn) || ts.isConstructorDeclaration(fn)) {
      const owner = fn.parent;
      if (ts.isClassLike(owner) && owner.heritageClauses?.length) return true;
    }

    const holder = exportHolder(this.ctx, fn);
    if (!holder || !isExported(ts, holder)) return false;

    return this.ctx.options.assumeExportsOpen || calls === 0;
  }

  #creationStep(creation: WrapperCreation): FlowStep {
    const conditions = guardingConditions(this.ctx, creation.node);
    const made = creation.wrapper.kind === 'decorator-class'
      ? `${creation.wrapper.name} made here`
      : `${creation.wrapper.name} wrapper made here`;
    return { node: creation.node, message: [made, ...conditions].join(', ') };
  }
}

function withStep(origins: readonly Origin[], step: FlowStep): Origin[] {
  return origins.map((origin) =>
    origin.kind === 'wrapper' ? { ...origin, steps: [...origin.steps, step] } : origin,
  );
}

/** The declaration whose `export` makes a function reachable from other programs. */
function exportHolder(ctx: CoreContext, fn: FunctionWithBody): ts.Node | undefined {
  const { ts } = ctx;
  if (ts.isFunctionDeclaration(fn)) return fn;

  if (ts.isMethodDeclaration(fn) || ts.isConstructorDeclaration(fn)) {
    return ts.isClassDeclaration(fn.parent) ? fn.parent : undefined;
  }

  const holder = fn.parent;
  return ts.isVariableDeclaration(holder) ? holder : undefined;
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
