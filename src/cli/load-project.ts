import path from 'node:path';

import { Project, ts } from 'ts-morph';

import type { TypeScriptApi } from '../core/index.js';
import type { FileProblem } from './file-problem.js';
import { describeProblem, sortedProblems } from './file-problem.js';
import { isInside } from './paths.js';
import { readProjectConfig } from './project-config.js';
import { ProjectLoadError } from './project-errors.js';
import { ProjectFileSystem } from './project-file-system.js';
import { ProjectSources } from './project-sources.js';
import { isStackOverflow } from './stack-overflow.js';

export interface LoadedProject {
  readonly ts: TypeScriptApi;
  readonly program: import('typescript').Program;
  readonly tsconfig: string;
  /** The tsconfig's folder: paths in messages are shown relative to it, as ESLint shows them. */
  readonly root: string;
  /** The folder the scan reads the project's code from; see `ProjectSources`. */
  readonly scanRoot: string;
  readonly sources: ProjectSources;
  /** Files of the project that are not in the program, and why. */
  readonly unread: readonly FileProblem[];
}

export interface LoadOptions {
  /** Follow symlinks that lead out of the scan root (`--follow-symlinks`). */
  readonly followSymlinks: boolean;
  /** Hears of each TypeScript file read, for the progress display. */
  readonly onSourceRead?: () => void;
}

/** The tsconfig a `--project` argument names, as an absolute path. */
export function tsconfigPath(tsconfigArgument: string | undefined, cwd: string): string {
  return path.resolve(cwd, tsconfigArgument ?? 'tsconfig.json');
}

/**
 * Loads the project a tsconfig describes with ts-morph, and hands back the compiler and the
 * program so the core analyses it as it would inside ESLint. Nothing of the project is run, and
 * a file that cannot be read or parsed is left out and named rather than ending the scan.
 */
export function loadProject(
  tsconfigArgument: string | undefined,
  cwd: string,
  options: LoadOptions = { followSymlinks: false },
): LoadedProject {
  const tsconfig = tsconfigPath(tsconfigArgument, cwd);
  const config = readProjectConfig(tsconfig, cwd);
  const scanRoot = isInside(tsconfig, cwd) ? cwd : path.dirname(tsconfig);
  const sources = new ProjectSources(scanRoot, options.followSymlinks);
  const unread: FileProblem[] = [];

  const project = new Project({
    compilerOptions: config.options,
    fileSystem: new ProjectFileSystem(sources, cwd, options.onSourceRead),
  });
  for (const fileName of config.fileNames) {
    const broken = config.unreadable.get(fileName);
    if (broken) {
      unread.push({ fileName, stage: 'not read', reason: broken });
      continue;
    }

    if (!sources.exists(fileName) || !sources.admits(fileName)) continue;

    try {
      project.addSourceFileAtPath(fileName);
    } catch (error) {
      if (!isStackOverflow(error)) throw error;

      unread.push({
        fileName,
        stage: 'not read',
        reason: 'it nests too deeply for TypeScript to parse',
      });
    }
  }

  if (project.getSourceFiles().length === 0) {
    const first = sortedProblems([...unread, ...sources.refused])[0];
    if (first) {
      const problem = describeProblem(first, cwd);
      throw new ProjectLoadError({ kind: 'no-readable-files', tsconfig, first: problem }, cwd);
    }

    throw new ProjectLoadError(
      { kind: 'no-files', tsconfig, detail: 'none of its files exist' },
      cwd,
    );
  }

  let program: import('typescript').Program;
  try {
    program = project.getProgram().compilerObject as unknown as import('typescript').Program;
  } catch (error) {
    if (isStackOverflow(error)) throw new ProjectLoadError({ kind: 'parser-overflow' }, cwd);

    throw error;
  }

  return {
    ts: ts as unknown as TypeScriptApi,
    program,
    tsconfig,
    root: path.dirname(tsconfig),
    scanRoot,
    sources,
    unread: sortedProblems([...unread, ...sources.refused]),
  };
}
