import { describe, expect, it } from 'vitest';

import type { Measurement } from '../../bench/measure.mjs';
import { commandLine, failure, TOOLS } from '../../bench/tools.mjs';
import type { Workspace } from '../../bench/workspaces.mjs';

const workspace: Workspace = {
  name: 'demo',
  kind: 'synthetic',
  version: 'seed 7',
  dir: '/repo/bench/work/synthetic/100',
  tsconfig: '/repo/bench/work/synthetic/100/tsconfig.json',
  files: 2,
  lines: 40,
  plantedFindings: undefined,
};

function run(fields: Partial<Measurement>): Measurement {
  return {
    wallSeconds: 12.3,
    cpuSeconds: 11,
    peakRssMb: 100,
    load: 0.5,
    status: 0,
    signal: null,
    timedOut: false,
    stdout: '',
    stderr: '',
    ...fields,
  };
}

function report(...messages: object[][]) {
  return JSON.stringify(
    messages.map((list, index) => ({ filePath: `/repo/src/f${index}.ts`, messages: list })),
  );
}

const tool = (id: string) => TOOLS.find((each) => each.id === id)!;
const finding = { ruleId: 'wrapper-pitfalls/no-instanceof-wrapped', line: 3, message: 'x' };

describe('the four commands', () => {
  it('run tsc, ESLint without and with the plugin, and scan, on one project folder', () => {
    expect(TOOLS.map((each) => commandLine(each, 'P'))).toEqual([
      'node node_modules/typescript/bin/tsc --noEmit -p P/tsconfig.json',
      'node node_modules/eslint/bin/eslint.js --no-inline-config --config bench/eslint/typed-parsing.config.mjs --format json P',
      'node node_modules/eslint/bin/eslint.js --no-inline-config --config bench/eslint/recommended.config.mjs --format json P',
      'node dist/cli/main.js scan --project P/tsconfig.json --format json',
    ]);
  });
});

describe('reading what a command did', () => {
  it('takes a clean tsc run, and names the first type error of another', () => {
    expect(tool('a').interpret(run({}), workspace)).toEqual({ ok: true, findings: undefined });
    expect(
      tool('a').interpret(
        run({
          status: 2,
          stdout:
            "src/a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.\n",
        }),
        workspace,
      ),
    ).toEqual({
      ok: false,
      problem:
        "tsc exited with 2 after 12 s: src/a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    });
  });

  it('counts the findings of ESLint with the plugin and of scan', () => {
    expect(
      tool('c').interpret(run({ status: 1, stdout: report([finding, finding], []) }), workspace),
    ).toEqual({ ok: true, findings: 2 });
    expect(
      tool('d').interpret(run({ status: 1, stdout: report([finding], []) }), workspace),
    ).toEqual({ ok: true, findings: 1 });
    expect(tool('b').interpret(run({ stdout: report([], []) }), workspace)).toEqual({
      ok: true,
      findings: undefined,
    });
  });

  it('rejects typed parsing that reports anything, or that lints fewer files than the program has', () => {
    const parsingError = {
      ruleId: null,
      fatal: true,
      line: 1,
      message: 'Parsing error: was not found by the project service',
    };
    expect(
      tool('b').interpret(run({ status: 1, stdout: report([parsingError], []) }), workspace),
    ).toEqual({
      ok: false,
      problem: 'eslint reported f0.ts:1: Parsing error: was not found by the project service',
    });
    expect(
      tool('b').interpret(
        run({ stdout: report([{ ruleId: null, line: 4, message: 'Unused directive' }], []) }),
        workspace,
      ),
    ).toEqual({
      ok: false,
      problem: 'eslint reported f0.ts:4: Unused directive',
    });
    expect(tool('c').interpret(run({ stdout: report([]) }), workspace)).toEqual({
      ok: false,
      problem: "eslint linted 1 files, not the program's 2",
    });
  });

  it('rejects messages of other rules next to the plugin', () => {
    const other = { ruleId: 'no-undef', line: 9, message: "'x' is not defined." };
    expect(
      tool('c').interpret(run({ status: 1, stdout: report([finding], [other]) }), workspace),
    ).toEqual({
      ok: false,
      problem: "eslint reported f1.ts:9: 'x' is not defined.",
    });
  });

  it('takes an exit code that does not match the findings as a failure', () => {
    expect(
      tool('c').interpret(
        run({ status: 2, stdout: report([], []), stderr: 'Error: boom\n' }),
        workspace,
      ),
    ).toEqual({
      ok: false,
      problem: 'eslint exited with 2 after 12 s: Error: boom',
    });
  });

  it('names the error a process died of, a timeout, or a signal', () => {
    const crash =
      'file:///x.js:1\n      relation.set(id, 2);\n\nRangeError: Map maximum size exceeded\n    at Map.set (<anonymous>)\n';
    expect(tool('d').interpret(run({ status: 1, stderr: crash, stdout: '' }), workspace)).toEqual({
      ok: false,
      problem: 'scan printed no JSON report',
    });
    expect(failure(run({ status: 134, stderr: crash }), 'scan')).toEqual({
      ok: false,
      problem: 'scan exited with 134 after 12 s: RangeError: Map maximum size exceeded',
    });
    expect(failure(run({ status: null, signal: 'SIGKILL', timedOut: true }), 'eslint')).toEqual({
      ok: false,
      problem: 'eslint timed out after 12 s',
    });
    expect(failure(run({ status: null, signal: 'SIGABRT' }), 'eslint')).toEqual({
      ok: false,
      problem: 'eslint was killed by SIGABRT after 12 s',
    });
  });
});
