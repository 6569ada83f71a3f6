import { createHash } from 'node:crypto';

import type ts from 'typescript';

import { displayPath } from '../core/index.js';
import type { Finding, TypeScriptApi } from '../core/index.js';

/** A finding with what identifies it from one version of the code to the next. */
export interface Fingerprinted<F extends Finding> {
  readonly finding: F;
  readonly fingerprint: string;
  readonly enclosing: string;
}

/**
 * Fingerprints the findings of one file. A fingerprint hashes the rule, the file (relative to the
 * project root), the flagged code with its layout and comments taken out, the functions around it
 * and its rank among findings that share all of these; never a line or column, so it survives
 * moved lines and edits elsewhere in the file.
 */
export function fingerprintFindings<F extends Finding>(
  ts: TypeScriptApi,
  sourceFile: ts.SourceFile,
  findings: readonly F[],
  root: string,
): Fingerprinted<F>[] {
  const file = displayPath(sourceFile.fileName, root);
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const code = normalisedCode(ts, sourceFile.text.slice(finding.site.start, finding.site.end));
    const enclosing = enclosingFunctions(ts, sourceFile, finding.site.start);
    const identity = JSON.stringify([finding.ruleId, file, code, enclosing]);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const fingerprint = createHash('sha256')
      .update(`${identity}#${occurrence}`)
      .digest('hex')
      .slice(0, 32);
    return { finding, fingerprint, enclosing };
  });
}

/** The code's tokens joined by single spaces: layout and comments do not change it. */
export function normalisedCode(ts: TypeScriptApi, code: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  const tokens: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    tokens.push(scanner.getTokenText());
  }

  return tokens.join(' ');
}

/** The names of the functions around `position`, outermost first: `Registry.push > onDone`. */
export function enclosingFunctions(
  ts: TypeScriptApi,
  sourceFile: ts.SourceFile,
  position: number,
): string {
  const names: string[] = [];
  let node: ts.Node | undefined = sourceFile;
  while (node) {
    const name = functionName(ts, node);
    if (name !== undefined) names.push(name);

    node = ts.forEachChild(node, (child) =>
      child.getStart(sourceFile) <= position && position < child.getEnd() ? child : undefined,
    );
  }

  return names.join(' > ');
}

function functionName(ts: TypeScriptApi, node: ts.Node): string | undefined {
  if (ts.isFunctionDeclaration(node)) return node.name?.text ?? 'default';
  if (ts.isConstructorDeclaration(node)) return `${className(ts, node.parent)}.constructor`;
  if (ts.isClassStaticBlockDeclaration(node)) return `${className(ts, node.parent)}.static`;
  if (ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) {
    const owner = ts.isClassLike(node.parent) ? `${className(ts, node.parent)}.` : '';
    return `${owner}${memberName(ts, node.name)}`;
  }

  if (ts.isFunctionExpression(node) || ts.isArrowFunction(node)) {
    if (ts.isFunctionExpression(node) && node.name) return node.name.text;

    return boundName(ts, node.parent) ?? '(anonymous)';
  }

  return undefined;
}

/** The name a function expression is bound to: `const f = …`, `{ f: … }`, `x.f = …`. */
function boundName(ts: TypeScriptApi, parent: ts.Node): string | undefined {
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent)) return memberName(ts, parent.name);
  if (ts.isPropertyDeclaration(parent)) {
    return `${className(ts, parent.parent)}.${memberName(ts, parent.name)}`;
  }

  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return parent.left.getText();
  }

  return undefined;
}

function className(ts: TypeScriptApi, node: ts.Node): string {
  return ts.isClassLike(node) && node.name ? node.name.text : '(anonymous class)';
}

function memberName(ts: TypeScriptApi, name: ts.PropertyName): string {
  if (ts.isComputedPropertyName(name)) return `[${name.expression.getText()}]`;

  return name.text;
}
