import { displayPath } from '../core/index.js';

/**
 * A file of the project the scan could not read or could not analyse. The scan goes on without
 * it, says so on stderr, and exits with 2 so that a CI job never takes a partial scan for a
 * clean one.
 */
export interface FileProblem {
  readonly fileName: string;
  /** `not read`: the file is not in the program; `not analysed`: it is, but has no findings. */
  readonly stage: 'not read' | 'not analysed';
  readonly reason: string;
  /** 1-based, where the problem is known to sit in the file. */
  readonly line?: number;
  readonly column?: number;
}

/** `src/broken.ts:3:14: not analysed: syntax error: ',' expected.`, relative to `cwd`. */
export function describeProblem(problem: FileProblem, cwd: string): string {
  const place =
    problem.line === undefined
      ? displayPath(problem.fileName, cwd)
      : `${displayPath(problem.fileName, cwd)}:${problem.line}:${problem.column ?? 1}`;
  return `${place}: ${problem.stage}: ${problem.reason}`;
}

/** Problems in file order, one per file (the first one found wins). */
export function sortedProblems(problems: Iterable<FileProblem>): FileProblem[] {
  const byFile = new Map<string, FileProblem>();
  for (const problem of problems) {
    if (!byFile.has(problem.fileName)) byFile.set(problem.fileName, problem);
  }

  return [...byFile.values()].sort((a, b) =>
    a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0,
  );
}
