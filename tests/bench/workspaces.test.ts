import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { prepareRealCorpus, realCorpusNames } from '../../bench/workspaces.mjs';

const made: string[] = [];

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A repository with a corpus `demo` pinned at 1.2.3, whose tsconfig leaves its tests out. */
function fakeRepository(installed: string | null = '1.2.3') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'workspaces-'));
  made.push(root);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('package.json', JSON.stringify({ devDependencies: { demo: '1.2.3' } }));
  write(
    'bench/corpora/demo.tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        paths: { demo: ['../../node_modules/demo/src/index.ts'] },
      },
      include: ['../../node_modules/demo/src/**/*.ts'],
      exclude: ['../../node_modules/demo/src/**/tests/**'],
    }),
  );
  if (installed) {
    write(
      'node_modules/demo/package.json',
      JSON.stringify({ name: 'demo', version: installed, type: 'module' }),
    );
    write('node_modules/demo/src/index.ts', 'export const one = 1;\n');
    write(
      'node_modules/demo/src/deep/two.ts',
      "import { one } from 'demo';\nexport const two = one + 1;\n",
    );
    write('node_modules/demo/src/tests/index.test.ts', 'export {};\n');
  }

  return root;
}

describe('prepareRealCorpus', () => {
  it("copies the corpus's program under a tsconfig that extends the corpus's own", () => {
    const root = fakeRepository();

    const workspace = prepareRealCorpus(root, 'demo');

    const dir = path.join(root, 'bench/work/corpora/demo');
    expect(workspace).toEqual({
      name: 'demo',
      kind: 'real',
      version: '1.2.3',
      dir,
      tsconfig: path.join(dir, 'tsconfig.json'),
      files: 2,
      lines: 5,
      plantedFindings: undefined,
    });
    expect(JSON.parse(fs.readFileSync(workspace.tsconfig, 'utf8'))).toEqual({
      extends: '../../../corpora/demo.tsconfig.json',
      compilerOptions: { paths: { demo: ['./src/index.ts'] } },
      include: ['src/**/*.ts'],
      exclude: [],
    });
    expect(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe(
      '{"private":true,"type":"module"}\n',
    );

    const parsed = ts.getParsedCommandLineOfConfigFile(
      workspace.tsconfig,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    )!;
    expect(parsed.fileNames.map((file) => path.relative(dir, file)).sort()).toEqual([
      'src/deep/two.ts',
      'src/index.ts',
    ]);
    expect(parsed.options.strict).toBe(true);
  });

  it('makes a fresh copy each time, dropping what an earlier copy had', () => {
    const root = fakeRepository();
    prepareRealCorpus(root, 'demo');
    fs.writeFileSync(path.join(root, 'bench/work/corpora/demo/src/stale.ts'), '');

    prepareRealCorpus(root, 'demo');

    expect(fs.existsSync(path.join(root, 'bench/work/corpora/demo/src/stale.ts'))).toBe(false);
  });

  it('says to run npm ci when the corpus is missing or another version is installed', () => {
    expect(() => prepareRealCorpus(fakeRepository(null), 'demo')).toThrow(
      'corpus demo is not installed (no node_modules/demo): run npm ci',
    );
    expect(() => prepareRealCorpus(fakeRepository('1.2.4'), 'demo')).toThrow(
      'corpus demo 1.2.4 is installed but package.json pins 1.2.3: run npm ci',
    );
  });

  it('leaves alone a folder in its place that it did not make', () => {
    const root = fakeRepository();
    const dir = path.join(root, 'bench/work/corpora/demo');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');

    expect(() => prepareRealCorpus(root, 'demo')).toThrow(
      `${dir} exists and was not made by the benchmark: refusing to replace it`,
    );
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });
});

describe('realCorpusNames', () => {
  it('lists one corpus per tsconfig in bench/corpora', () => {
    expect(realCorpusNames(fakeRepository())).toEqual(['demo']);
  });
});
