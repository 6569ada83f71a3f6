import { describe, expect, it } from 'vitest';

import type { ProjectResult, ToolRuns } from '../../bench/report.mjs';
import { renderReport } from '../../bench/report.mjs';
import type { Workspace } from '../../bench/workspaces.mjs';

const environment = {
  date: '2026-12-04',
  machine: 'Test CPU, 2 cores, 24.0 GiB, Linux 6',
  node: 'v20.20.2',
  versions: 'typescript 6.0.3',
  commit: 'abc1234',
};

function runs(
  wall: number[],
  cpu: number[],
  rss: number[],
  findings?: number,
  problem?: string,
): ToolRuns {
  return { wall, cpu, rss, load: wall.map(() => 0.5), findings, problem };
}

function project(
  name: string,
  kind: Workspace['kind'],
  files: number,
  lines: number,
  tools: ProjectResult['tools'],
): ProjectResult {
  const dir = `/repo/bench/work/${name}`;
  const workspace: Workspace = {
    name,
    kind,
    version: '1.0.0',
    dir,
    tsconfig: `${dir}/tsconfig.json`,
    files,
    lines,
    plantedFindings: undefined,
  };
  return { workspace, project: `bench/work/${name}`, tools };
}

const big = project('big', 'real', 600, 500_000, {
  a: runs([40, 44, 42], [40, 44, 42], [2000, 2000, 2000]),
  b: runs([30, 30, 30], [30, 30, 30], [2500, 2500, 2500]),
  c: runs([36, 33, 35], [33, 33, 33], [2600, 2600, 2600], 4),
  d: runs([10, 11, 12], [12, 12, 12], [800, 900, 1000], 4),
});
const small = project('small', 'real', 100, 30_000, {
  a: runs([6, 6, 6], [6, 6, 6], [400, 400, 400]),
  b: runs([3, 3, 3], [3, 3, 3], [500, 500, 500]),
  c: runs([3.3, 3.3, 3.3], [3.3, 3.3, 3.3], [500, 500, 500], 0),
  d: runs([2, 2, 2], [2, 2, 2], [200, 200, 200], 0),
});
const synthetic1k = project('synthetic-1k', 'synthetic', 1000, 50_000, {
  a: runs([10], [10], [200]),
  b: runs([20], [20], [400]),
  c: runs([30], [30], [500], 120),
  d: runs([10], [8], [250], 120),
});
const synthetic20k = project('synthetic-20k', 'synthetic', 20_000, 1_000_000, {
  a: runs([100], [100], [2000]),
  b: runs([400], [400], [8000]),
  c: runs([], [], [], undefined, 'eslint timed out after 1800 s'),
  d: runs(
    [],
    [],
    [],
    undefined,
    'scan exited with 1 after 1099 s: RangeError: Map maximum size exceeded',
  ),
});

const report = renderReport({
  environment,
  rounds: 3,
  results: [big, small, synthetic1k, synthetic20k],
}).split('\n');

describe('renderReport', () => {
  it('names the heap limit every command ran with, when one was given', () => {
    const heapLine = (lines: string[]) => lines.filter((line) => line.startsWith('- Heap:'));
    expect(heapLine(report)).toEqual([]);
    expect(
      heapLine(renderReport({ environment, rounds: 3, results: [big], heapMib: 8192 }).split('\n')),
    ).toEqual([
      "- Heap: every command ran with `NODE_OPTIONS=--max-old-space-size=8192` (Node's default heap " +
        'limit is about 4 GiB here).',
    ]);
  });

  it('gives the paired-median ratios of wall time, CPU time in brackets, and the findings', () => {
    expect(report).toContain(
      '| big | 600 | 1.17 (1.10) | 0.83 (0.79) | 0.25 (0.29) | 0.45 | 4 / 4 |',
    );
    expect(report).toContain('| synthetic-20k | 20000 | — | — | — | — | — / — |');
  });

  it('gives the medians of each command, and the cause where one failed', () => {
    expect(report).toContain(
      '| big | 1.0.0 | 600 | 500000 | 42.00 s (42.00 s) · 2000 MiB | 30.00 s (30.00 s) · 2500 MiB | ' +
        '35.00 s (33.00 s) · 2600 MiB | 11.00 s (12.00 s) · 900 MiB |',
    );
    expect(report).toContain(
      '| synthetic-20k | 1.0.0 | 20000 | 1000000 | 100.00 s (100.00 s) · 2000 MiB | 400.00 s (400.00 s) · 8000 MiB | ' +
        'failed: eslint timed out after 1800 s | failed: scan exited with 1 after 1099 s: RangeError: Map maximum size exceeded |',
    );
  });

  it('gives the time and memory per file of each synthetic size and their growth', () => {
    expect(report).toContain(
      '| synthetic-1k | 1000 | 10.00 (10.00) ms · 205 KiB | 20.00 (20.00) ms · 410 KiB | 30.00 (30.00) ms · 512 KiB | 10.00 (8.00) ms · 256 KiB |',
    );
    expect(report).toContain(
      '| synthetic-20k / synthetic-1k | | 0.50 (0.50) · 0.50 | 1.00 (1.00) · 1.00 | — (—) · — | — (—) · — |',
    );
  });

  it('judges each target on the largest corpus and on the growth, on wall and on CPU time', () => {
    expect(report).toContain(
      '| c/b ≤ 1.1 on big (the largest corpus) | 1.17 | no, 6% over | 1.10 | yes |',
    );
    expect(report).toContain('| d/a ≤ 0.5 on small | 0.33 | yes | 0.33 | yes |');
    expect(report).toContain('| peak memory d/a ≤ 0.6 on big | 0.45 | yes | | |');
    expect(report).toContain(
      '| (d) time per file, synthetic-20k over synthetic-1k, ≤ 1.3 | — | not measured | — | not measured |',
    );
    expect(report.filter((line) => line.startsWith('| c/b'))).toHaveLength(1);
  });

  it('records when, where, with what and how the figures were taken', () => {
    expect(report[0]).toBe(
      'Taken on 2026-12-04 by `npm run bench`, 3 rounds per project (each round runs a, b, c, d once, in that order); ' +
        'figures are medians over the rounds, and each ratio is the median of the ratios within a round. Commit abc1234.',
    );
    expect(report).toContain('- Machine: Test CPU, 2 cores, 24.0 GiB, Linux 6; Node v20.20.2.');
    expect(report).toContain(
      '- Load: the 1-minute load average before each command was 0.5 in the median and 0.5 at most.',
    );
    expect(report).toContain(
      '| d | wrapper-pitfalls scan | `node dist/cli/main.js scan --project P/tsconfig.json --format json` |',
    );
  });
});
