import fs from 'node:fs';
import path from 'node:path';

import { ts } from 'ts-morph';

import { DirectoryListing } from './directory-listing.js';
import { ProjectLoadError } from './project-errors.js';
import type { ProjectFailure } from './project-errors.js';
import { readRegularFile } from './project-sources.js';
import { findReferenceCycle } from './reference-cycles.js';
import { decodeSource } from './source-text.js';

/** A tsconfig read and checked: its compiler options and the files it lists, in path order. */
export interface ProjectConfig {
  readonly options: ts.CompilerOptions;
  readonly fileNames: readonly string[];
  /** Listed files that are symlinks leading nowhere, with why. */
  readonly unreadable: ReadonlyMap<string, string>;
}

/** Diagnostic codes of `tsc` that have a message of their own here. */
const CANNOT_READ_FILE = 5083;
const FILE_NOT_FOUND = 6053;
const CIRCULAR_EXTENDS = 18000;
const EMPTY_FILES_LIST = 18002;
const NO_INPUTS = 18003;

/**
 * Reads a tsconfig the way `tsc` does, with `extends` and `include` patterns resolved, and turns
 * each way it can be wrong into a one-line error. Nothing it names is run: TypeScript reads
 * `extends` targets as JSON, and language-service `plugins` are never loaded.
 */
export function readProjectConfig(tsconfig: string, cwd: string): ProjectConfig {
  const text = readTsconfigText(tsconfig, cwd);
  const json = ts.parseConfigFileTextToJson(tsconfig, text);
  if (json.error) {
    const start = json.error.start ?? 0;
    const { line, column } = lineAndColumn(text, start);
    const detail = ts.flattenDiagnosticMessageText(json.error.messageText, ' ');
    throw new ProjectLoadError({ kind: 'invalid-json', tsconfig, line, column, detail }, cwd);
  }

  const cycle = findReferenceCycle(tsconfig);
  if (cycle) throw new ProjectLoadError({ kind: 'references-cycle', chain: cycle }, cwd);

  const listing = new DirectoryListing(cwd);
  let unrecoverable: ts.Diagnostic | undefined;
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, undefined, {
    useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
    readDirectory: listing.readDirectory,
    fileExists: (fileName) => ts.sys.fileExists(fileName),
    readFile: readRegularFile,
    getCurrentDirectory: () => cwd,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      unrecoverable = diagnostic;
    },
  });
  const firstError = [unrecoverable, ...(parsed?.errors ?? [])].find(
    (diagnostic) => diagnostic?.category === ts.DiagnosticCategory.Error,
  );
  if (firstError || !parsed) {
    throw new ProjectLoadError(failureOf(tsconfig, firstError), cwd);
  }

  return {
    options: parsed.options,
    fileNames: [...parsed.fileNames].sort(),
    unreadable: listing.unreadable,
  };
}

function readTsconfigText(tsconfig: string, cwd: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(tsconfig);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ProjectLoadError({ kind: 'tsconfig-missing', tsconfig }, cwd);
    }

    throw unreadable(tsconfig, error, cwd);
  }

  if (stat.isDirectory()) {
    throw new ProjectLoadError(
      { kind: 'tsconfig-unreadable', tsconfig, reason: 'it is a folder; name the JSON file' },
      cwd,
    );
  }

  if (!stat.isFile()) {
    throw new ProjectLoadError(
      { kind: 'tsconfig-unreadable', tsconfig, reason: 'it is not a regular file' },
      cwd,
    );
  }

  try {
    return decodeSource(fs.readFileSync(tsconfig)).text;
  } catch (error) {
    throw unreadable(tsconfig, error, cwd);
  }
}

function unreadable(tsconfig: string, error: unknown, cwd: string): ProjectLoadError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ELOOP'
        ? 'symlink loop'
        : (code ?? String(error));
  return new ProjectLoadError({ kind: 'tsconfig-unreadable', tsconfig, reason }, cwd);
}

function failureOf(tsconfig: string, diagnostic: ts.Diagnostic | undefined): ProjectFailure {
  const detail = diagnostic
    ? ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')
    : 'TypeScript could not parse it';
  const where = diagnostic?.file?.fileName ?? tsconfig;
  switch (diagnostic?.code) {
    case CANNOT_READ_FILE:
    case FILE_NOT_FOUND: {
      const target = /'([^']+)'/.exec(detail)?.[1] ?? detail;
      return {
        kind: 'extends-missing',
        tsconfig: configExtending(tsconfig, target) ?? where,
        target,
      };
    }

    case CIRCULAR_EXTENDS: {
      const chain = detail.replace(/^[^:]*:\s*/, '').split(' -> ');
      return { kind: 'extends-cycle', chain };
    }

    case EMPTY_FILES_LIST:
      return { kind: 'no-files', tsconfig, detail: 'its "files" list is empty' };
    case NO_INPUTS: {
      const patterns = /'include' paths were '(.*)' and 'exclude' paths were '(.*)'/.exec(detail);
      const shown = patterns ? `include ${patterns[1]}, exclude ${patterns[2]}` : detail;
      return { kind: 'no-files', tsconfig, detail: shown };
    }

    default:
      return { kind: 'invalid-tsconfig', tsconfig: where, detail };
  }
}

/**
 * The config in the `extends` chain from `tsconfig` that names `target`: TypeScript reports a
 * missing base config against the tsconfig it was asked to read, however deep the chain goes.
 */
function configExtending(
  tsconfig: string,
  target: string,
  seen = new Set<string>(),
): string | undefined {
  if (seen.has(tsconfig)) return undefined;

  seen.add(tsconfig);
  const text = readRegularFile(tsconfig);
  const json = text === undefined ? undefined : ts.parseConfigFileTextToJson(tsconfig, text).config;
  const extended: unknown = (json as { extends?: unknown } | undefined)?.extends;
  const names = (Array.isArray(extended) ? extended : [extended]).filter(
    (name): name is string => typeof name === 'string',
  );
  for (const name of names) {
    const relative = name.startsWith('.') || path.isAbsolute(name);
    const resolved = relative ? path.resolve(path.dirname(tsconfig), name) : name;
    const candidates = [resolved, `${resolved}.json`];
    if (candidates.includes(target) || name === target) return tsconfig;

    const next = candidates.find(
      (candidate) => relative && readRegularFile(candidate) !== undefined,
    );
    const found = next && configExtending(next, target, seen);
    if (found) return found;
  }

  return undefined;
}

/** 1-based line and column of an offset, as editors count them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
