import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { analysisFor } from '../../src/core/index.js';
import { runCli } from '../helpers/run-cli.js';
import { DEFAULT_TSCONFIG, removeTempProject, TARGETS_MODULE } from '../helpers/written-project.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeTempProject));

const CALLERS = 24;

/**
 * A program where many paths of the same length bring wrappers to the same checks, from many
 * files, so any order the scan depends on shows in which flow it picks and which paths it keeps.
 */
function sources(): Record<string, string> {
  const files: Record<string, string> = {
    'src/targets.ts': TARGETS_MODULE,
    'src/wrap.ts': `import type { Target } from './targets.js';
export function wrap(inner: Target): Target { return { ...inner, push: (blob) => inner.push(blob) }; }
`,
    'src/check.ts': `import { Repository, type Target } from './targets.js';
export function hint(target: Target): void {
  if (target instanceof Repository) target.push('hint');
}
export function same(a: Target, b: Target): boolean { return a === b; }
`,
  };
  for (let index = 0; index < CALLERS; index++) {
    const folder = index % 3 === 0 ? 'src/a' : index % 3 === 1 ? 'src/b/deep' : 'src/c';
    files[`${folder}/caller-${String(index).padStart(2, '0')}.ts`] = `import { hint, same } from '${
      folder === 'src/b/deep' ? '../..' : '..'
    }/check.js';
import { ProgressTarget, Repository } from '${folder === 'src/b/deep' ? '../..' : '..'}/targets.js';
import { wrap } from '${folder === 'src/b/deep' ? '../..' : '..'}/wrap.js';
const repository = new Repository('${index}');
hint(new ProgressTarget(repository));
hint(wrap(repository));
hint(new Proxy(repository, {}));
same(repository, new ProgressTarget(repository));
`;
  }

  return files;
}

/** Writes the files into a new folder in the given order, so the file system lists them so. */
function writeInOrder(
  files: Record<string, string>,
  order: readonly string[],
  tsconfig: object,
): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wrapper-pitfalls-order-')));
  folders.push(folder);
  writeInto(folder, files, order, tsconfig);
  return folder;
}

function writeInto(
  folder: string,
  files: Record<string, string>,
  order: readonly string[],
  tsconfig: object,
) {
  for (const name of order) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), files[name]!);
  }

  fs.writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify(tsconfig));
}

/** A fixed shuffle, so the test reads the same each run but the order is far from sorted. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }

  return copy;
}

function scanJson(folder: string): string {
  const run = runCli(['scan', '--format', 'json'], folder);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  return run.stdout;
}

describe('two scans of the same tree give the same report', () => {
  const files = sources();
  const names = Object.keys(files).sort();

  it('byte for byte, whatever order the files were created in', () => {
    const folder = writeInOrder(files, names, DEFAULT_TSCONFIG);
    const first = scanJson(folder);
    fs.rmSync(path.join(folder, 'src'), { recursive: true });
    writeInto(folder, files, [...names].reverse(), DEFAULT_TSCONFIG);
    const second = scanJson(folder);
    fs.rmSync(path.join(folder, 'src'), { recursive: true });
    writeInto(folder, files, shuffled(names, 7), DEFAULT_TSCONFIG);
    const third = scanJson(folder);

    expect(
      JSON.parse(first).flatMap((result: { messages: unknown[] }) => result.messages),
    ).toHaveLength(3);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('in two folders written in opposite orders, up to the folder name', () => {
    const one = writeInOrder(files, names, DEFAULT_TSCONFIG);
    const other = writeInOrder(files, shuffled(names, 99), DEFAULT_TSCONFIG);

    expect(scanJson(other).replaceAll(other, '<project>')).toBe(
      scanJson(one).replaceAll(one, '<project>'),
    );
  });

  it('whatever order the tsconfig lists its files and patterns in', () => {
    const listed = names.filter((name) => name.endsWith('.ts'));
    const folder = writeInOrder(files, names, {
      ...DEFAULT_TSCONFIG,
      include: undefined,
      files: listed,
    });
    const sorted = scanJson(folder);
    fs.writeFileSync(
      path.join(folder, 'tsconfig.json'),
      JSON.stringify({ ...DEFAULT_TSCONFIG, include: undefined, files: shuffled(listed, 3) }),
    );
    const shuffledFiles = scanJson(folder);
    fs.writeFileSync(
      path.join(folder, 'tsconfig.json'),
      JSON.stringify({
        ...DEFAULT_TSCONFIG,
        include: ['src/c', 'src/b/**/*.ts', 'src/*.ts', 'src/a'],
      }),
    );
    const patterns = scanJson(folder);

    expect(shuffledFiles).toBe(sorted);
    expect(patterns).toBe(sorted);
  });
});

describe('the core, handed the same program with its files in any order', () => {
  it('finds the same findings with the same flows', () => {
    const files = sources();
    const names = Object.keys(files).sort();
    const folder = writeInOrder(files, names, DEFAULT_TSCONFIG);
    const { options } = ts.convertCompilerOptionsFromJson(DEFAULT_TSCONFIG.compilerOptions, folder);
    const report = (rootNames: readonly string[]) => {
      const program = ts.createProgram({
        rootNames,
        options: { ...options, configFilePath: path.join(folder, 'tsconfig.json') },
      });
      const analysis = analysisFor(ts, program);
      return names.map((name) =>
        analysis.findingsForFile(program.getSourceFile(path.join(folder, name))!),
      );
    };
    const absolute = names.map((name) => path.join(folder, name));
    const sorted = JSON.stringify(report(absolute));

    expect(JSON.stringify(report([...absolute].reverse()))).toBe(sorted);
    expect(JSON.stringify(report(shuffled(absolute, 11)))).toBe(sorted);
  });
});
