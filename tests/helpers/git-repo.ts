import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { CLI } from './run-cli.js';
import { copyFixture } from './temp-project.js';

/** A throwaway git repository holding a copy of a fixture project, with one first commit. */
export interface TestRepo {
  readonly root: string;
  /** A folder with the `wrapper-pitfalls` command in it, put first on the hooks' PATH. */
  readonly bin: string;
  git(...args: string[]): string;
  /** Runs `git commit` (hooks included) and returns its exit code and everything it printed. */
  commit(message: string): { status: number | null; output: string };
  write(file: string, text: string): void;
}

export function gitRepo(
  name: string,
  fixture: string,
  files: Record<string, string> = {},
): TestRepo {
  const root = copyFixture(name, files, fixture);
  const bin = path.join(root, '.bin');
  fs.mkdirSync(bin);
  // What npm links for the package's `bin` entry, as `language: node` or a dev dependency has it.
  fs.writeFileSync(
    path.join(bin, 'wrapper-pitfalls'),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"\n`,
    { mode: 0o755 },
  );

  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: root,
  };
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.invalid');
  git('config', 'core.hooksPath', '.git/hooks');
  fs.writeFileSync(path.join(root, '.gitignore'), '.bin/\nnode_modules/\n');
  git('add', '--all');
  git('commit', '--quiet', '--no-verify', '-m', 'first');

  return {
    root,
    bin,
    git,
    commit(message) {
      const run = spawnSync('git', ['commit', '-m', message], { cwd: root, env, encoding: 'utf8' });
      return { status: run.status, output: `${run.stdout}${run.stderr}` };
    },
    write(file, text) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    },
  };
}

/** Installs `text` as the repository's pre-commit hook, which git runs on every commit. */
export function installPreCommitHook(repo: TestRepo, text: string): void {
  fs.writeFileSync(path.join(repo.root, '.git/hooks/pre-commit'), text, { mode: 0o755 });
}
