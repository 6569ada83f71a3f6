import type { TypeScriptApi, ts } from '../core/typescript-api.js';

export interface DeepestNesting {
  readonly fileName: string;
  /** 1-based line of the deepest node. */
  readonly line: number;
  readonly depth: number;
}

/**
 * The file whose syntax tree nests deepest, found without recursion (the point is to name the
 * file that made TypeScript itself run out of stack).
 */
export function deepestNesting(
  ts: TypeScriptApi,
  files: readonly ts.SourceFile[],
): DeepestNesting | undefined {
  let deepest: DeepestNesting | undefined;
  for (const file of files) {
    const pending: [ts.Node, number][] = [[file, 0]];
    while (pending.length > 0) {
      const [node, depth] = pending.pop()!;
      if (!deepest || depth > deepest.depth) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        deepest = { fileName: file.fileName, line, depth };
      }

      ts.forEachChild(node, (child) => {
        pending.push([child, depth + 1]);
      });
    }
  }

  return deepest;
}
