import fs from 'node:fs';
import path from 'node:path';

import * as tsMorph from 'ts-morph';
import { ts } from 'ts-morph';
import type { FileSystemHost, RuntimeDirEntry } from 'ts-morph';

import type { ProjectSources } from './project-sources.js';

const READ_ONLY = 'the scan never changes the project it reads';

/**
 * What ts-morph sees of the disk while it builds the program: files come through the project's
 * source gate, and nothing can be written, moved or deleted.
 */
export class ProjectFileSystem implements FileSystemHost {
  constructor(
    private readonly sources: ProjectSources,
    private readonly cwd: string,
    private readonly onSourceRead: () => void = () => {},
  ) {}

  isCaseSensitive(): boolean {
    return ts.sys.useCaseSensitiveFileNames;
  }

  readDirSync(dirPath: string): RuntimeDirEntry[] {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dirPath, { withFileTypes: true });
    } catch {
      throw new DirectoryNotFoundError(dirPath);
    }

    return entries.map((entry) => {
      const name = path.join(dirPath, entry.name);
      if (!entry.isSymbolicLink()) {
        return { name, isFile: entry.isFile(), isDirectory: entry.isDirectory(), isSymlink: false };
      }

      const target = statOrUndefined(name);
      return {
        name,
        isFile: target?.isFile() ?? false,
        isDirectory: target?.isDirectory() ?? false,
        isSymlink: true,
      };
    });
  }

  readFileSync(filePath: string): string {
    const text = this.sources.read(filePath);
    if (text === undefined) throw new FileNotFoundError(filePath);

    if (/\.[cm]?tsx?$/.test(filePath)) this.onSourceRead();

    return text;
  }

  async readFile(filePath: string): Promise<string> {
    return this.readFileSync(filePath);
  }

  fileExistsSync(filePath: string): boolean {
    return this.sources.exists(filePath);
  }

  async fileExists(filePath: string): Promise<boolean> {
    return this.fileExistsSync(filePath);
  }

  directoryExistsSync(dirPath: string): boolean {
    return statOrUndefined(dirPath)?.isDirectory() ?? false;
  }

  async directoryExists(dirPath: string): Promise<boolean> {
    return this.directoryExistsSync(dirPath);
  }

  realpathSync(filePath: string): string {
    return fs.realpathSync(filePath);
  }

  getCurrentDirectory(): string {
    return this.cwd;
  }

  glob(): Promise<string[]> {
    return Promise.reject(new Error('the scan lists files through its tsconfig, not globs'));
  }

  globSync(): string[] {
    throw new Error('the scan lists files through its tsconfig, not globs');
  }

  writeFile(): Promise<void> {
    return Promise.reject(new Error(READ_ONLY));
  }

  writeFileSync(): void {
    throw new Error(READ_ONLY);
  }

  mkdir(): Promise<void> {
    return Promise.reject(new Error(READ_ONLY));
  }

  mkdirSync(): void {
    throw new Error(READ_ONLY);
  }

  move(): Promise<void> {
    return Promise.reject(new Error(READ_ONLY));
  }

  moveSync(): void {
    throw new Error(READ_ONLY);
  }

  copy(): Promise<void> {
    return Promise.reject(new Error(READ_ONLY));
  }

  copySync(): void {
    throw new Error(READ_ONLY);
  }

  delete(): Promise<void> {
    return Promise.reject(new Error(READ_ONLY));
  }

  deleteSync(): void {
    throw new Error(READ_ONLY);
  }
}

type PathError = new (path: string) => Error;

/**
 * ts-morph tells a missing path from other failures by these classes, which it exports at run
 * time though not in its type declarations.
 */
const { DirectoryNotFoundError, FileNotFoundError } = tsMorph as unknown as {
  DirectoryNotFoundError: PathError;
  FileNotFoundError: PathError;
};

function statOrUndefined(fileName: string): fs.Stats | undefined {
  try {
    return fs.statSync(fileName);
  } catch {
    return undefined;
  }
}
