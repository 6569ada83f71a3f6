import fs from 'node:fs';
import path from 'node:path';

import { ts } from 'ts-morph';

import { realPathOf } from './paths.js';

interface FileSystemEntries {
  readonly files: readonly string[];
  readonly directories: readonly string[];
}

/** TypeScript's own walker for `include` patterns; ts-morph uses it too, though it is internal. */
type MatchFiles = (
  path: string,
  extensions: readonly string[] | undefined,
  excludes: readonly string[] | undefined,
  includes: readonly string[] | undefined,
  useCaseSensitiveFileNames: boolean,
  currentDirectory: string,
  depth: number | undefined,
  getFileSystemEntries: (path: string) => FileSystemEntries,
  realpath: (path: string) => string,
) => string[];

const { matchFiles } = ts as unknown as { matchFiles: MatchFiles };

/**
 * Lists the files a tsconfig's `include` and `exclude` patterns match, as `tsc` does, except that
 * a symlink that cannot be followed (a loop, a missing target) is listed as a file rather than
 * silently dropped, so the scan can say it could not read it.
 */
export class DirectoryListing {
  /** Symlinks met while listing that lead nowhere, with why. */
  readonly unreadable = new Map<string, string>();

  constructor(private readonly cwd: string) {}

  readDirectory = (
    rootDir: string,
    extensions: readonly string[] | undefined,
    excludes: readonly string[] | undefined,
    includes: readonly string[],
    depth?: number,
  ): string[] =>
    matchFiles(
      rootDir,
      extensions,
      excludes,
      includes,
      ts.sys.useCaseSensitiveFileNames,
      this.cwd,
      depth,
      (folder) => this.#entries(folder),
      realPathOf,
    );

  #entries(folder: string): FileSystemEntries {
    const files: string[] = [];
    const directories: string[] = [];
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder || '.', { withFileTypes: true });
    } catch {
      return { files, directories };
    }

    for (const entry of entries) {
      if (!entry.isSymbolicLink()) {
        if (entry.isFile()) files.push(entry.name);
        else if (entry.isDirectory()) directories.push(entry.name);
        continue;
      }

      const target = path.join(folder, entry.name);
      try {
        const stat = fs.statSync(target);
        if (stat.isFile()) files.push(entry.name);
        else if (stat.isDirectory()) directories.push(entry.name);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        this.unreadable.set(
          path.resolve(target),
          code === 'ELOOP' ? 'symlink loop' : 'broken symlink',
        );
        files.push(entry.name);
      }
    }

    return { files, directories };
  }
}
