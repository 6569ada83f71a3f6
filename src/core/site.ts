import path from 'node:path';

import type { ts } from './typescript-api.js';

/** A place in a source file, with ESLint's conventions: lines and columns start at 1. */
export interface Site {
  readonly fileName: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function siteOf(node: ts.Node, start = node.getStart(), end = node.getEnd()): Site {
  const sourceFile = node.getSourceFile();
  const from = sourceFile.getLineAndCharacterOfPosition(start);
  const to = sourceFile.getLineAndCharacterOfPosition(end);
  return {
    fileName: sourceFile.fileName,
    start,
    end,
    line: from.line + 1,
    column: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
  };
}

/** `src/push.ts:41`, relative to the project root, with forward slashes on every platform. */
export function describeSite(site: Site, projectRoot: string): string {
  return `${displayPath(site.fileName, projectRoot)}:${site.line}`;
}

export function displayPath(fileName: string, projectRoot: string): string {
  const relative = path.relative(projectRoot, fileName).split(path.sep).join('/');
  return relative.startsWith('..') || path.isAbsolute(relative) ? fileName : relative;
}

/** Orders sites by file, then by position, so every listing the analysis makes is stable. */
export function compareSites(a: Site, b: Site): number {
  if (a.fileName !== b.fileName) return a.fileName < b.fileName ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}
