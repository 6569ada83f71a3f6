import type ts from 'typescript';

import type { TypeScriptApi } from '../../core/index.js';

export type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** One `eslint-disable`-family comment, placed and read as ESLint places and reads it. */
export interface Directive {
  readonly type: DirectiveType;
  /** The rules it names; null when it names none, and so applies to every rule. */
  readonly ruleIds: readonly string[] | null;
  /** ESLint's anchor: the comment's end for `disable-next-line`, its start otherwise; 1-based. */
  readonly line: number;
  readonly column: number;
  /** What follows ` -- ` in the comment. */
  readonly justification: string;
}

/** ESLint's test for a directive label at the start of a comment. */
const LABEL =
  /^(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?:\s|$)/;

/**
 * Every directive comment of a file. As in ESLint, `eslint-disable` and `eslint-enable` count
 * only in block comments, the `-line` forms in either kind, and an `eslint-disable-line` block
 * comment that spans lines counts for nothing.
 */
export function directiveComments(ts: TypeScriptApi, sourceFile: ts.SourceFile): Directive[] {
  const directives: Directive[] = [];
  for (const range of commentRanges(ts, sourceFile)) {
    const block = range.kind === ts.SyntaxKind.MultiLineCommentTrivia;
    const text = sourceFile.text.slice(range.pos + 2, block ? range.end - 2 : range.end);
    const directive = parseDirective(text);
    if (!directive) continue;

    const { type } = directive;
    if (!block && type !== 'disable-line' && type !== 'disable-next-line') continue;

    const start = sourceFile.getLineAndCharacterOfPosition(range.pos);
    const end = sourceFile.getLineAndCharacterOfPosition(range.end);
    if (type === 'disable-line' && start.line !== end.line) continue;

    const anchor = type === 'disable-next-line' ? end : start;
    directives.push({ ...directive, line: anchor.line + 1, column: anchor.character + 1 });
  }

  return directives;
}

/** Splits `eslint-disable a, b -- why` into its label, rule list and justification. */
function parseDirective(
  comment: string,
): { type: DirectiveType; ruleIds: string[] | null; justification: string } | undefined {
  const separator = /\s-{2,}\s/.exec(comment);
  const directivePart = (separator ? comment.slice(0, separator.index) : comment).trim();
  const justification = separator
    ? comment.slice(separator.index + separator[0].length).trim()
    : '';
  const match = LABEL.exec(directivePart);
  if (!match?.[1]) return undefined;

  const ruleIds = directivePart
    .slice(match[1].length)
    .split(',')
    .map((name) => name.trim().replace(/^(['"]?)(.*)\1$/s, '$2'))
    .filter((name) => name !== '');
  const type = match[1].slice('eslint-'.length) as DirectiveType;
  return { type, ruleIds: ruleIds.length > 0 ? ruleIds : null, justification };
}

/** The comments of a file in order, found through its tokens: none inside a string counts. */
function commentRanges(ts: TypeScriptApi, sourceFile: ts.SourceFile): ts.CommentRange[] {
  const { text } = sourceFile;
  const seen = new Set<number>();
  const ranges: ts.CommentRange[] = [];
  const collect = (found: ts.CommentRange[] | undefined) => {
    for (const range of found ?? []) {
      if (seen.has(range.pos)) continue;

      seen.add(range.pos);
      ranges.push(range);
    }
  };

  // An explicit stack rather than recursion: generated code nests deeper than the call stack.
  const pending: ts.Node[] = [sourceFile];
  while (pending.length > 0) {
    const node = pending.pop()!;
    // A JSDoc block is one comment; its parts would be misread as the start of others.
    if (ts.isJSDoc(node)) continue;

    const children = node.getChildren(sourceFile);
    if (children.length === 0) {
      collect(ts.getLeadingCommentRanges(text, node.getFullStart()));
      collect(ts.getTrailingCommentRanges(text, node.getEnd()));
      continue;
    }

    for (const child of children) pending.push(child);
  }

  return ranges.sort((a, b) => a.pos - b.pos);
}
