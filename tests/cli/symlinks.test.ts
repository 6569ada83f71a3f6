import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from '../helpers/run-cli.js';
import { removeTempProject, TARGETS_MODULE, writeTempProject } from '../helpers/written-project.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeTempProject));

function tempProject(files: Record<string, string>, tsconfig?: object): string {
  const folder = writeTempProject(files, tsconfig);
  folders.push(folder);
  return folder;
}

interface JsonResult {
  readonly filePath: string;
  readonly messages: readonly {
    ruleId: string | null;
    message: string;
    flow?: { filePath: string }[];
  }[];
}

function scanJson(folder: string, ...args: string[]) {
  const run = runCli(['scan', '--format', 'json', ...args], folder);
  return { ...run, results: JSON.parse(run.stdout || '[]') as JsonResult[] };
}

/** Every path a JSON report names: its files and the files of each step of each flow. */
function pathsIn(results: readonly JsonResult[]): string[] {
  return results.flatMap((result) => [
    result.filePath,
    ...result.messages.flatMap((message) => (message.flow ?? []).map((step) => step.filePath)),
  ]);
}

/** Code that a wrapper made in it defeats, and a string that must never show up in a report. */
const SECRET = `import { ProgressTarget, Repository, type Target } from './targets.js';
export const secret = 'TOP-SECRET-VALUE';
export function leak(target: Target) { return target instanceof Repository; }
leak(new ProgressTarget(new Repository('r')));
`;

describe('symlinks that lead out of the project', () => {
  function linkedProject() {
    const outside = tempProject({ 'secret.ts': SECRET, 'targets.ts': TARGETS_MODULE });
    const inside = tempProject({
      'src/targets.ts': TARGETS_MODULE,
      'src/own.ts': 'export const own = 1;\n',
    });
    fs.symlinkSync(path.join(outside, 'secret.ts'), path.join(inside, 'src/linked.ts'));
    fs.symlinkSync(outside, path.join(inside, 'src/shared'));
    return { outside, inside };
  }

  it('are not followed: the linked code is not read, and stderr says what was left out', () => {
    const { outside, inside } = linkedProject();
    const run = scanJson(inside);

    const why = `outside ${inside} (pass --follow-symlinks to read it)`;
    expect(run.stderr).toBe(
      [
        `wrapper-pitfalls: src/linked.ts: not read: it links to ${outside}/secret.ts, ${why}`,
        `wrapper-pitfalls: src/shared/secret.ts: not read: it links to ${outside}/secret.ts, ${why}`,
        `wrapper-pitfalls: src/shared/targets.ts: not read: it links to ${outside}/targets.ts, ${why}`,
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(2);
    expect(run.results.map((result) => path.relative(inside, result.filePath))).toEqual([
      'src/own.ts',
      'src/targets.ts',
    ]);
    expect(run.stdout).not.toContain('TOP-SECRET-VALUE');
    expect(run.stdout).not.toContain(outside);
  });

  it('are followed with --follow-symlinks, and reported under their paths in the project', () => {
    const { outside, inside } = linkedProject();
    const run = scanJson(inside, '--follow-symlinks');

    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const findings = run.results.flatMap((result) =>
      result.messages.map(
        (message) => `${path.relative(inside, result.filePath)}: ${message.ruleId}`,
      ),
    );
    expect(findings).toEqual([
      'src/linked.ts: wrapper-pitfalls/no-instanceof-wrapped',
      'src/shared/secret.ts: wrapper-pitfalls/no-instanceof-wrapped',
    ]);
    expect(pathsIn(run.results).every((fileName) => fileName.startsWith(`${inside}/`))).toBe(true);
    expect(run.stdout).not.toContain(outside);
  });
});

describe('symlinks that lead nowhere', () => {
  it('a loop of file symlinks is named as not read; the rest is scanned', () => {
    const folder = tempProject({ 'src/targets.ts': TARGETS_MODULE });
    fs.symlinkSync('b.ts', path.join(folder, 'src/a.ts'));
    fs.symlinkSync('a.ts', path.join(folder, 'src/b.ts'));
    const run = scanJson(folder);

    expect(run.stderr).toBe(
      'wrapper-pitfalls: src/a.ts: not read: symlink loop\n' +
        'wrapper-pitfalls: src/b.ts: not read: symlink loop\n',
    );
    expect(run.status).toBe(2);
    expect(run.results.map((result) => path.relative(folder, result.filePath))).toEqual([
      'src/targets.ts',
    ]);
  });

  it('a symlink to a missing file is named as not read', () => {
    const folder = tempProject({ 'src/targets.ts': TARGETS_MODULE });
    fs.symlinkSync('gone.ts', path.join(folder, 'src/link.ts'));
    const run = scanJson(folder);

    expect(run.stderr).toBe('wrapper-pitfalls: src/link.ts: not read: broken symlink\n');
    expect(run.status).toBe(2);
  });

  it('a folder that links to its parent is walked once, each file read once', () => {
    const folder = tempProject({
      'src/targets.ts': TARGETS_MODULE,
      'src/nested/own.ts': 'export const own = 1;\n',
    });
    fs.symlinkSync('..', path.join(folder, 'src/nested/up'));
    const run = scanJson(folder);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.results.map((result) => path.relative(folder, result.filePath))).toEqual([
      'src/nested/own.ts',
      'src/targets.ts',
    ]);
  });
});
