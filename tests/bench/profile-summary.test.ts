import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { summarizeProfile } from '../../bench/profile/summary.mjs';
import { compilerPart, typescriptSections } from '../../bench/profile/typescript-sections.mjs';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-'));
const typescript = path.join(root, 'node_modules/typescript/lib/typescript.js');
fs.mkdirSync(path.dirname(typescript), { recursive: true });
// Lines 0-9 are the parser's, 10-19 the checker's, 20 on the utilities'.
const bundle = Array.from({ length: 30 }, (_, line) => `var line${line};`);
bundle[0] = '// src/compiler/parser.ts';
bundle[10] = '// src/compiler/checker.ts';
bundle[20] = '// src/compiler/utilities.ts';
fs.writeFileSync(typescript, bundle.join('\n'));

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const frame = (functionName: string, file: string, lineNumber: number) => ({
  functionName,
  url: file ? pathToFileURL(path.join(root, file)).href : '',
  lineNumber,
  columnNumber: 0,
});

// run → analyze → isTypeAssignableTo → analyze (recursion), and run → parseSourceFile.
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '', -1), children: [2, 7] },
    { id: 2, callFrame: frame('run', 'dist/cli/main.js', 0), children: [3, 6] },
    { id: 3, callFrame: frame('analyze', 'dist/core/analysis.js', 5), children: [4] },
    {
      id: 4,
      callFrame: frame('isTypeAssignableTo', 'node_modules/typescript/lib/typescript.js', 12),
      children: [5],
    },
    { id: 5, callFrame: frame('analyze', 'dist/core/analysis.js', 5), children: [] },
    {
      id: 6,
      callFrame: frame('parseSourceFile', 'node_modules/typescript/lib/typescript.js', 3),
      children: [],
    },
    { id: 7, callFrame: frame('(garbage collector)', '', -1), children: [] },
  ],
  samples: [4, 4, 5, 6, 6, 6, 7, 3],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe('summarizeProfile', () => {
  const summary = summarizeProfile(profile, { root, sectionOf: typescriptSections() });

  it('adds up self time by part of the program, and what of it runs below our analysis', () => {
    expect(summary.totalMs).toBe(8);
    expect(summary.parts).toEqual([
      { part: 'TypeScript parser and scanner', ms: 3, underAnalysisMs: 0 },
      { part: 'TypeScript checker', ms: 2, underAnalysisMs: 2 },
      { part: 'wrapper-pitfalls analysis (src/core)', ms: 2, underAnalysisMs: 2 },
      { part: 'garbage collector', ms: 1, underAnalysisMs: 0 },
    ]);
  });

  it('counts a recursive function of ours once per sample in its inclusive time', () => {
    expect(summary.own).toEqual([
      { name: 'run', source: 'dist/cli/main.js', inclusiveMs: 7, selfMs: 0 },
      { name: 'analyze', source: 'dist/core/analysis.js', inclusiveMs: 4, selfMs: 2 },
    ]);
  });

  it("lists the checker's functions by self time", () => {
    expect(summary.checker).toEqual([{ name: 'isTypeAssignableTo', ms: 2 }]);
  });
});

describe('compilerPart', () => {
  it("groups TypeScript's source files into the parts the summary names", () => {
    expect(
      [
        'src/compiler/checker.ts',
        'src/compiler/scanner.ts',
        'src/compiler/factory/nodeFactory.ts',
        'src/compiler/binder.ts',
        'src/compiler/program.ts',
        'src/server/editorServices.ts',
        'src/compiler/utilities.ts',
      ].map(compilerPart),
    ).toEqual([
      'TypeScript checker',
      'TypeScript parser and scanner',
      'TypeScript parser and scanner',
      'TypeScript binder',
      'TypeScript program, module resolution and project service',
      'TypeScript program, module resolution and project service',
      'TypeScript, other (utilities, core)',
    ]);
  });
});

describe('summarizeProfile on our build', () => {
  it('names our functions by their TypeScript source, through the source maps of dist/', async () => {
    const { REPO_ROOT } = await import('../helpers/run-cli.js');
    const built = path.join(REPO_ROOT, 'dist/core/program-analysis.js');
    const line = fs
      .readFileSync(built, 'utf8')
      .split('\n')
      .findIndex((text) => text.includes('findingsForFile('));
    const own = {
      functionName: 'findingsForFile',
      url: pathToFileURL(built).href,
      lineNumber: line,
      columnNumber: 4,
    };

    const summary = summarizeProfile(
      { nodes: [{ id: 1, callFrame: own, children: [] }], samples: [1], timeDeltas: [500] },
      { root: REPO_ROOT, sectionOf: typescriptSections() },
    );

    expect(summary.own).toHaveLength(1);
    expect(summary.own[0]!.source).toMatch(/^src\/core\/program-analysis\.ts:\d+$/);
  });
});
