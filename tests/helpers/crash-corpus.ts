import fs from 'node:fs';
import path from 'node:path';

/** A set of files type-checked together: one program for ESLint, one tsconfig for the CLI. */
export interface CorpusGroup {
  readonly name: string;
  readonly files: readonly string[];
  readonly compilerOptions: Record<string, unknown>;
}

/** TypeScript in every form the compiler reads: sources, declarations, ESM and CommonJS. */
const TYPESCRIPT_FILE = /\.(?:[cm]?ts|tsx)$/;

/** Every TypeScript file installed under `node_modules`, in path order, symlinks not followed. */
export function installedTypeScriptFiles(nodeModules: string): string[] {
  const found: string[] = [];
  const pending = [nodeModules];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const fileName = path.join(folder, entry.name);
      if (entry.isDirectory()) pending.push(fileName);
      else if (entry.isFile() && TYPESCRIPT_FILE.test(entry.name)) found.push(fileName);
    }
  }

  return found.sort();
}

/** `zod`, `@types/node`: the package a file under `node_modules` belongs to, outermost first. */
export function packageOf(nodeModules: string, fileName: string): string {
  const [first = '', second = ''] = path.relative(nodeModules, fileName).split(path.sep);
  return first.startsWith('@') ? `${first}/${second}` : first;
}

const CORPUS_OPTIONS = {
  target: 'es2022',
  module: 'nodenext',
  moduleResolution: 'nodenext',
  allowImportingTsExtensions: true,
  allowJs: true,
  jsx: 'preserve',
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/**
 * Splits the installed files into a few programs: TypeScript's own `lib.*.d.ts` on their own
 * (they are the default library, so that program has `noLib`), then whole packages packed into
 * `packageGroups` programs of similar size, so each file is type-checked and linted once.
 */
export function corpusGroups(
  nodeModules: string,
  files: readonly string[],
  packageGroups: number,
): CorpusGroup[] {
  const isLib = (file: string) =>
    packageOf(nodeModules, file) === 'typescript' &&
    /[/\\]lib[/\\]lib(?:\.[^/\\]+)?\.d\.ts$/.test(file);
  const groups: CorpusGroup[] = [
    {
      name: 'typescript-lib',
      files: files.filter(isLib),
      compilerOptions: { ...CORPUS_OPTIONS, noLib: true },
    },
  ];

  const rest = files.filter((file) => !isLib(file));
  const byPackage = new Map<string, string[]>();
  for (const file of rest) {
    const name = packageOf(nodeModules, file);
    byPackage.set(name, [...(byPackage.get(name) ?? []), file]);
  }

  // Largest package first into the smallest group so far: groups of similar size, every time.
  const packed = Array.from({ length: packageGroups }, () => [] as string[]);
  const bySize = [...byPackage.entries()].sort(
    ([nameA, a], [nameB, b]) => b.length - a.length || (nameA < nameB ? -1 : 1),
  );
  for (const [, packageFiles] of bySize) {
    const smallest = packed.reduce((min, group) => (group.length < min.length ? group : min));
    smallest.push(...packageFiles);
  }

  packed.forEach((packageFiles, index) => {
    if (packageFiles.length > 0) {
      groups.push({
        name: `packages-${index + 1}`,
        files: packageFiles.sort(),
        compilerOptions: CORPUS_OPTIONS,
      });
    }
  });
  return groups;
}
