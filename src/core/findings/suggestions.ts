import type { ConcreteCheck } from '../checks/concrete-check.js';
import type { CoreContext } from '../context.js';
import type { Pitfall } from '../pitfalls/pitfall.js';
import { skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';

/** A rewrite offered to the user (an ESLint suggestion), never applied on its own. */
export interface Suggestion {
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  /** Replaces the source text between the two offsets. */
  readonly range: readonly [number, number];
  readonly text: string;
}

/**
 * For `x instanceof C` where the program's wrappers expose an unwrap member (the
 * `unwrapMembers` option): peel the wrappers off first, then check.
 */
export function unwrapSuggestion(ctx: CoreContext, index: WrapperIndex, pitfall: Pitfall): Suggestion | undefined {
  const { check } = pitfall;
  if (check.form !== 'instanceof' || !check.concreteClass) return undefined;

  const peelers = peelingClasses(ctx, index);
  if (peelers.length === 0) return undefined;

  const loopTest = (name: string) => peelers.map((peeler) => `${name} instanceof ${peeler.className}`).join(' || ');
  const step = (name: string) => {
    const first = peelers[0]!;
    return first.isMethod ? `${name}.${first.member}()` : `${name}.${first.member}`;
  };
  const member = peelers[0]!.member;
  const rewrite = rewriteCheck(ctx, check, 'unwrapped', (name) => [
    `let ${name}: unknown = ${subjectText(ctx, check)};`,
    `while (${loopTest(name)}) ${name} = ${step(name)};`,
  ], (name) => `${name} instanceof ${check.concreteClass!.name}`);
  if (!rewrite) return undefined;

  return { messageId: 'unwrapFirst', data: { unwrap: member }, ...rewrite };
}

/** For `err instanceof NotFound` where errors are wrapped as causes: walk the chain first. */
export function causeWalkSuggestion(ctx: CoreContext, pitfall: Pitfall): Suggestion | undefined {
  const { check } = pitfall;
  if (!pitfall.errorCause || check.form !== 'instanceof' || !check.concreteClass) return undefined;
  if (!errorHasCause(ctx)) return undefined;

  const cls = check.concreteClass.name;
  const rewrite = rewriteCheck(ctx, check, 'cause', (name) => [
    `let ${name}: unknown = ${subjectText(ctx, check)};`,
    `while (!(${name} instanceof ${cls}) && ${name} instanceof Error && ${name}.cause !== undefined) ${name} = ${name}.cause;`,
  ], (name) => `${name} instanceof ${cls}`);
  if (!rewrite) return undefined;

  return { messageId: 'walkCauses', data: {}, ...rewrite };
}

interface PeelingClass {
  readonly className: string;
  readonly member: string;
  readonly isMethod: boolean;
}

/** Wrapper classes that hand out what they wrap through a member the options name. */
function peelingClasses(ctx: CoreContext, index: WrapperIndex): PeelingClass[] {
  const { ts, checker } = ctx;
  const peelers: PeelingClass[] = [];
  for (const wrapper of index.wrappers) {
    if (wrapper.kind !== 'decorator-class' || !wrapper.classSymbol) continue;

    const instance = checker.getDeclaredTypeOfSymbol(wrapper.classSymbol);
    for (const member of ctx.options.unwrapMembers) {
      const property = instance.getProperty(member);
      const declaration = property?.valueDeclaration;
      if (!property || !declaration) continue;

      const modifiers = ts.canHaveModifiers(declaration) ? (ts.getModifiers(declaration) ?? []) : [];
      const hidden = modifiers.some(
        (modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword || modifier.kind === ts.SyntaxKind.ProtectedKeyword,
      );
      const declaredName = (declaration as { name?: ts.Node }).name;
      if (hidden || (declaredName && ts.isPrivateIdentifier(declaredName))) continue;

      const isMethod = ts.isMethodDeclaration(declaration);
      if (isMethod && (declaration as ts.MethodDeclaration).parameters.length > 0) continue;

      peelers.push({ className: wrapper.name, member, isMethod });
      break;
    }
  }

  return peelers;
}

/**
 * Rewrites a check. As the whole condition of an `if` in a block, the statements that peel the
 * value go before the `if`, and the `if` tests (and its body uses) the peeled value, so the body
 * keeps its narrowing; anywhere else, the check becomes a function called on the spot.
 */
function rewriteCheck(
  ctx: CoreContext,
  check: ConcreteCheck,
  preferredName: string,
  prelude: (name: string) => string[],
  test: (name: string) => string,
): Pick<Suggestion, 'range' | 'text'> | undefined {
  const { ts } = ctx;
  const node = check.node;
  const subject = skipOuterExpressions(ts, check.subject);
  if (!ts.isIdentifier(subject)) return undefined;

  const name = freshName(ctx, node, preferredName);
  const statement = node.parent;
  if (ts.isIfStatement(statement) && statement.expression === node && (ts.isBlock(statement.parent) || ts.isSourceFile(statement.parent))) {
    const indent = indentationOf(statement);
    const then = replaceReferences(ctx, statement.thenStatement, subject, name);
    const elseText = statement.elseStatement ? ` else ${replaceReferences(ctx, statement.elseStatement, subject, name)}` : '';
    const lines = [...prelude(name), `if (${test(name)}) ${then}${elseText}`];
    return { range: [statement.getStart(), statement.getEnd()], text: lines.join(`\n${indent}`) };
  }

  const body = [...prelude(name), `return ${test(name)};`].join(' ');
  return { range: [node.getStart(), node.getEnd()], text: `((): boolean => { ${body} })()` };
}

/** The statement's text with every reference to the subject's variable renamed. */
function replaceReferences(ctx: CoreContext, statement: ts.Statement, subject: ts.Identifier, name: string): string {
  const { ts, checker } = ctx;
  const symbol = checker.getSymbolAtLocation(subject);
  const start = statement.getStart();
  let text = statement.getText();
  const edits: { at: number; length: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && symbol && checker.getSymbolAtLocation(node) === symbol) {
      const parent = node.parent;
      const shorthand = ts.isShorthandPropertyAssignment(parent) && parent.name === node;
      if (!shorthand) edits.push({ at: node.getStart() - start, length: node.getWidth() });
    }

    ts.forEachChild(node, visit);
  };
  visit(statement);
  for (const edit of edits.reverse()) {
    text = text.slice(0, edit.at) + name + text.slice(edit.at + edit.length);
  }

  return text;
}

function subjectText(ctx: CoreContext, check: ConcreteCheck): string {
  return skipOuterExpressions(ctx.ts, check.subject).getText();
}

/** A name free at `node`: `unwrapped`, else `unwrapped2`, … */
function freshName(ctx: CoreContext, node: ts.Node, preferred: string): string {
  const { ts, checker } = ctx;
  for (let suffix = 1; ; suffix++) {
    const name = suffix === 1 ? preferred : `${preferred}${suffix}`;
    if (!checker.resolveName(name, node, ts.SymbolFlags.Value, false)) return name;
  }
}

function indentationOf(node: ts.Node): string {
  const sourceFile = node.getSourceFile();
  const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
  const lineStart = sourceFile.getPositionOfLineAndCharacter(line, 0);
  return /^[ \t]*/.exec(sourceFile.text.slice(lineStart, node.getStart()))?.[0] ?? '';
}

/** Whether `Error` has `cause` in this program's lib (ES2022 or later). */
function errorHasCause(ctx: CoreContext): boolean {
  const { ts, checker } = ctx;
  const errorSymbol = checker.resolveName('Error', undefined, ts.SymbolFlags.Type, false);
  if (!errorSymbol) return false;

  return checker.getDeclaredTypeOfSymbol(errorSymbol).getProperty('cause') !== undefined;
}
