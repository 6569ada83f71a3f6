import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { gitRepo, installPreCommitHook } from '../helpers/git-repo.js';
import type { TestRepo } from '../helpers/git-repo.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { removeFolder } from '../helpers/temp-project.js';

/** These tests run the CLI several times each; on a loaded 2-core machine that takes a while. */
const SLOW = { timeout: 180_000 };

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  files: string;
  args?: string[];
  require_serial?: boolean;
}

const hooks = parse(
  fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8'),
) as HookDefinition[];

/** The version of a file before the fix: registry-push is what registry-push-fixed undid. */
function buggy(file: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'fixtures/registry-push', file), 'utf8');
}

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => removeFolder(repo.root)));

/**
 * The commits both hook set-ups must treat alike, on a repository that starts from the fixed
 * registry client: a change that is harmless on its own passes, even with a TypeScript file the
 * project does not include; a change that brings the wrapped `instanceof` back is blocked.
 */
function commitBothWays(repo: TestRepo): void {
  repo.write('src/repository.ts', buggy('src/repository.ts'));
  repo.write('scripts/release.ts', 'export const channel = "stable";\n');
  repo.write('README.md', '# registry client\n');
  repo.git('add', '--all');
  const harmless = repo.commit('Let a repository take scope hints');

  expect(harmless.status).toBe(0);
  expect(repo.git('log', '--format=%s')).toBe('Let a repository take scope hints\nfirst\n');

  repo.write('src/scope-hint.ts', buggy('src/scope-hint.ts'));
  repo.git('add', 'src/scope-hint.ts');
  const blocked = repo.commit('Hint scopes only for repositories');

  expect(blocked.status).not.toBe(0);
  expect(blocked.output).toContain(
    '  6:7  error  `target instanceof Repository` is false when `target` is a ProgressTarget ' +
      '(made in src/push-command.ts:20): unwrap it first, or test the capability you need.  ' +
      'wrapper-pitfalls/no-instanceof-wrapped',
  );
  expect(blocked.output).toContain('✖ 2 problems (2 errors, 0 warnings)');
  expect(repo.git('log', '--format=%s')).toBe('Let a repository take scope hints\nfirst\n');
  expect(repo.git('diff', '--cached', '--name-only')).toBe('src/scope-hint.ts\n');
}

describe('the pre-commit framework hook in .pre-commit-hooks.yaml', SLOW, () => {
  const [hook] = hooks;

  it('declares one node hook whose entry is the CLI on the files pre-commit passes', () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toMatchObject({
      id: 'wrapper-pitfalls',
      language: 'node',
      entry: 'wrapper-pitfalls scan --ignore-unknown',
      files: '\\.[cm]?tsx?$',
      require_serial: true,
    });
    expect(
      ['a.ts', 'b.tsx', 'c.mts', 'd.cts', 'e.js', 'f.ts.md'].filter((file) =>
        new RegExp(hook!.files).test(file),
      ),
    ).toEqual(['a.ts', 'b.tsx', 'c.mts', 'd.cts']);
  });

  it('passes a harmless commit and blocks one adding a wrapped instanceof, in a git repo', () => {
    const repo = gitRepo('pre-commit-hook', 'fixtures/registry-push-fixed');
    repos.push(repo);
    // What pre-commit does at commit time, without pre-commit itself (a Python tool that this
    // machine cannot install): the staged files its `files` pattern matches, appended to the
    // entry split on spaces and to the hook's args, run with the package's bin on the PATH.
    expect(hook!.entry).toMatch(/^[\w -]+$/);
    const runner = path.join(repo.root, '.git/hooks/run-pre-commit-hook.cjs');
    fs.writeFileSync(
      runner,
      `const { execFileSync, spawnSync } = require('node:child_process');
const hook = ${JSON.stringify({ entry: hook!.entry, args: hook!.args ?? [], files: hook!.files })};
const listed = ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR'];
const staged = execFileSync('git', listed, { encoding: 'utf8' }).split('\\0').filter(Boolean);
const files = staged.filter((file) => new RegExp(hook.files).test(file));
if (files.length === 0) process.exit(0);
const [command, ...entryArgs] = hook.entry.split(' ');
const run = spawnSync(command, [...entryArgs, ...hook.args, ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
`,
    );
    installPreCommitHook(
      repo,
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(runner)}\n`,
    );

    commitBothWays(repo);
  });
});

describe('the lint-staged recipe in docs/pre-commit.md', SLOW, () => {
  it('is the configuration the docs show', () => {
    const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs/pre-commit.md'), 'utf8');

    expect(docs).toContain(
      '```json\n{\n  "lint-staged": {\n' +
        '    "*.{ts,tsx,mts,cts}": "wrapper-pitfalls scan --ignore-unknown"\n  }\n}\n```',
    );
  });

  it('passes a harmless commit and blocks one adding a wrapped instanceof, in a git repo', () => {
    const manifest = {
      name: 'registry-client',
      private: true,
      'lint-staged': { '*.{ts,tsx,mts,cts}': 'wrapper-pitfalls scan --ignore-unknown' },
    };
    const repo = gitRepo('lint-staged-hook', 'fixtures/registry-push-fixed', {
      'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
    });
    repos.push(repo);
    // What husky (or a hand-written hook) runs: lint-staged itself, from this repository's
    // node_modules, which hands the staged files to the command as absolute paths.
    const lintStaged = path.join(REPO_ROOT, 'node_modules/lint-staged/bin/lint-staged.js');
    installPreCommitHook(
      repo,
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(lintStaged)}\n`,
    );

    commitBothWays(repo);
  });
});
