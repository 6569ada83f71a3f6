import type { TypeScriptApi, ts } from '../typescript-api.js';

/**
 * A value a class keeps from its constructor: a parameter property (`private inner: T`), a field
 * the constructor assigns a parameter to (`this.#inner = inner`), or a parameter that methods
 * defined in the constructor close over.
 */
export interface HeldValue {
  readonly name: string;
  readonly parameter: ts.ParameterDeclaration;
  /** True where the value is read as `this.name` / `this.#name`; false for a closure variable. */
  readonly onThis: boolean;
}

export function findHeldValues(ts: TypeScriptApi, cls: ts.ClassLikeDeclaration): HeldValue[] {
  const constructor = cls.members.find(ts.isConstructorDeclaration);
  if (!constructor) return [];

  const held: HeldValue[] = [];
  for (const parameter of constructor.parameters) {
    if (!ts.isIdentifier(parameter.name)) continue;

    if (ts.isParameterPropertyDeclaration(parameter, constructor)) {
      held.push({ name: parameter.name.text, parameter, onThis: true });
      continue;
    }

    const field = fieldAssignedFrom(ts, constructor, parameter.name.text);
    if (field) held.push({ name: field, parameter, onThis: true });
  }

  return held;
}

/** `this.inner = inner` or `this.#inner = inner` at the top level of the constructor body. */
function fieldAssignedFrom(
  ts: TypeScriptApi,
  constructor: ts.ConstructorDeclaration,
  parameterName: string,
): string | undefined {
  for (const statement of constructor.body?.statements ?? []) {
    if (!ts.isExpressionStatement(statement)) continue;

    const assignment = statement.expression;
    if (!ts.isBinaryExpression(assignment)) continue;
    if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;

    const { left, right } = assignment;
    if (!ts.isIdentifier(right) || right.text !== parameterName) continue;
    if (!ts.isPropertyAccessExpression(left)) continue;
    if (left.expression.kind !== ts.SyntaxKind.ThisKeyword) continue;

    return left.name.text;
  }

  return undefined;
}

/** Whether `node` reads the held value: `this.inner`, `this.#inner`, or the closed-over name. */
export function readsHeldValue(ts: TypeScriptApi, node: ts.Node, held: HeldValue): boolean {
  if (held.onThis) {
    return (
      ts.isPropertyAccessExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ThisKeyword &&
      node.name.text === held.name
    );
  }

  return ts.isIdentifier(node) && node.text === held.name;
}
