import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ts from 'typescript';

export const DEFAULT_TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    types: [],
    skipLibCheck: true,
    noEmit: true,
  },
  include: ['src'],
};

/** The classes most tests share: a target, its concrete class, and a decorator of it. */
export const TARGETS_MODULE = `export interface Target { readonly reference: string; push(blob: string): void }
export class Repository implements Target {
  constructor(readonly reference: string) {}
  push(blob: string): void {}
}
export class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
`;

/**
 * Writes a project into a fresh folder under the system's temporary folder: `files` by path
 * relative to it, and a tsconfig.json unless `files` has one. Returns the folder's real path.
 */
export function writeTempProject(
  files: Record<string, string | Buffer>,
  tsconfig: object = DEFAULT_TSCONFIG,
): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wrapper-pitfalls-')));
  const all = { 'tsconfig.json': JSON.stringify(tsconfig, null, 2), ...files };
  for (const [name, content] of Object.entries(all)) {
    const fileName = path.join(folder, name);
    fs.mkdirSync(path.dirname(fileName), { recursive: true });
    fs.writeFileSync(fileName, content);
  }

  return folder;
}

export function removeTempProject(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}

/**
 * The program of the `.ts` files of `files`, written to a fresh temporary project (which the
 * caller removes with `removeTempProject`), under the options tests share, and `options`.
 */
export function writtenProgram(
  files: Record<string, string>,
  options: ts.CompilerOptions = {},
): { program: ts.Program; folder: string; roots: string[] } {
  const folder = writeTempProject(files);
  const roots = Object.keys(files)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file));
  const program = ts.createProgram(roots, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    types: [],
    ...options,
  });
  return { program, folder, roots };
}
