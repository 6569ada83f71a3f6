import fs from 'node:fs';
import path from 'node:path';

import { Project, ts } from 'ts-morph';
import type { FileSystemHost } from 'ts-morph';

import type { TypeScriptApi } from '../core/index.js';
import { UsageError } from './usage-error.js';

export interface LoadedProject {
  readonly ts: TypeScriptApi;
  readonly program: import('typescript').Program;
  readonly tsconfig: string;
  readonly root: string;
}

/** The tsconfig a `--project` argument names, as an absolute path. */
export function tsconfigPath(tsconfigArgument: string | undefined, cwd: string): string {
  return path.resolve(cwd, tsconfigArgument ?? 'tsconfig.json');
}

/**
 * Loads the project a tsconfig describes with ts-morph, and hands back the compiler and the
 * program so the core analyses it as it would inside ESLint. Nothing of the project is run.
 * `onSourceRead` hears of each TypeScript file read, for the progress display.
 */
export function loadProject(
  tsconfigArgument: string | undefined,
  cwd: string,
  onSourceRead: () => void = () => {},
): LoadedProject {
  const tsconfig = tsconfigPath(tsconfigArgument, cwd);
  if (!fs.existsSync(tsconfig)) throw new UsageError(`cannot read tsconfig ${tsconfig}: no such file`);

  let project: Project;
  try {
    const fileSystem = countingReads(new Project().getFileSystem(), onSourceRead);
    project = new Project({ tsConfigFilePath: tsconfig, fileSystem });
  } catch (error) {
    throw new UsageError(`cannot load ${tsconfig}: ${firstLine(error)}`);
  }

  const configErrors = project
    .getConfigFileParsingDiagnostics()
    .filter((diagnostic) => diagnostic.getCategory() === ts.DiagnosticCategory.Error);
  const firstError = configErrors[0];
  if (firstError) {
    const text = ts.flattenDiagnosticMessageText(firstError.compilerObject.messageText, ' ');
    throw new UsageError(`invalid tsconfig ${tsconfig}: ${text}`);
  }

  return {
    ts: ts as unknown as TypeScriptApi,
    program: project.getProgram().compilerObject as unknown as import('typescript').Program,
    tsconfig,
    root: path.dirname(tsconfig),
  };
}

/** ts-morph's own file system, telling `onSourceRead` of every TypeScript file it reads. */
function countingReads(fileSystem: FileSystemHost, onSourceRead: () => void): FileSystemHost {
  const readFileSync = fileSystem.readFileSync.bind(fileSystem);
  fileSystem.readFileSync = (filePath, encoding) => {
    const text = readFileSync(filePath, encoding);
    if (/\.[cm]?tsx?$/.test(filePath)) onSourceRead();

    return text;
  };
  return fileSystem;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
