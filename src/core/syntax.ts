import type { TypeScriptApi, ts } from './typescript-api.js';

/** Looks through parentheses, type assertions, `!` and `satisfies`, which do not change a value. */
export function skipOuterExpressions(ts: TypeScriptApi, node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isTypeAssertionExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isSatisfiesExpression(current)
    ) {
      current = current.expression;
      continue;
    }

    return current;
  }
}

/** The node whose value `node` is, seen from outside the wrappers that `skipOuterExpressions` skips. */
export function climbOuterExpressions(ts: TypeScriptApi, node: ts.Node): ts.Node {
  let current = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isTypeAssertionExpression(current.parent) ||
    ts.isNonNullExpression(current.parent) ||
    ts.isSatisfiesExpression(current.parent)
  ) {
    current = current.parent;
  }

  return current;
}

export type FunctionWithBody =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

export function isFunctionWithBody(ts: TypeScriptApi, node: ts.Node): node is FunctionWithBody {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)) &&
    node.body !== undefined
  );
}

/** The innermost function around `node`, or undefined at module level. */
export function enclosingFunction(ts: TypeScriptApi, node: ts.Node): FunctionWithBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionWithBody(ts, current)) return current;
  }

  return undefined;
}

/** How people call a function: its declared name, or the variable or property it is stored in. */
export function functionName(ts: TypeScriptApi, fn: ts.Node): string | undefined {
  if (ts.isConstructorDeclaration(fn)) {
    const owner = fn.parent;
    return owner.name ? `new ${owner.name.text}` : 'constructor';
  }

  const named = fn as ts.Node & { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isPrivateIdentifier(named.name))) {
    return named.name.text;
  }

  const holder = climbOuterExpressions(ts, fn).parent;
  if (holder && ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) {
    return holder.name.text;
  }

  if (holder && ts.isPropertyAssignment(holder) && ts.isIdentifier(holder.name)) {
    return holder.name.text;
  }

  if (holder && ts.isPropertyDeclaration(holder) && ts.isIdentifier(holder.name)) {
    return holder.name.text;
  }

  return undefined;
}

/** How messages name the function `node` runs in: `withScopeHint`, or the callback of `produce()`. */
export function describeFunction(ts: TypeScriptApi, fn: ts.Node | undefined): string {
  if (!fn) return 'the module';

  const name = functionName(ts, fn);
  if (name) return name;

  // `return () => …` or `() => () => …`: the function another one returns.
  const holder = climbOuterExpressions(ts, fn).parent;
  const returner = ts.isReturnStatement(holder) ? enclosingFunction(ts, holder) : ts.isArrowFunction(holder) ? holder : undefined;
  const returnerName = returner && functionName(ts, returner);
  if (returnerName) return `the function ${returnerName}() returns`;

  const call = climbOuterExpressions(ts, fn).parent;
  if (call && (ts.isCallExpression(call) || ts.isNewExpression(call))) {
    const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
    return `the callback passed to ${shortText(callee, 30)}()`;
  }

  return 'an anonymous function';
}

/**
 * Visits `root` and every node under it in source order, like a recursive walk with
 * `ts.forEachChild`, but without recursion: a chain such as `a + b + …` over thousands of terms
 * (generated code has them) nests that deep, and TypeScript itself copes with it. `visit`
 * returns false to skip a node's children.
 */
export function forEachDescendant(
  ts: TypeScriptApi,
  root: ts.Node,
  visit: (node: ts.Node) => boolean | void,
): void {
  const pending: ts.Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (visit(node) === false) continue;

    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
  }
}

/** The source text of `node` on one line, cut to `max` characters, for messages. */
export function shortText(node: ts.Node, max = 60): string {
  const text = node.getText().replace(/\s*\n\s*/g, ' ');
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Whether `node` sits in `ancestor`'s subtree (or is it). */
export function isInside(node: ts.Node, ancestor: ts.Node): boolean {
  return node.pos >= ancestor.pos && node.end <= ancestor.end && node.getSourceFile() === ancestor.getSourceFile();
}

/** Whether the declaration carries an `export` modifier, or is exported by a default export. */
export function isExported(ts: TypeScriptApi, node: ts.Node): boolean {
  let declaration: ts.Node = node;
  if (ts.isVariableDeclaration(node)) declaration = node.parent.parent;

  if (!ts.canHaveModifiers(declaration)) return false;

  const modifiers = ts.getModifiers(declaration) ?? [];
  return modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}
