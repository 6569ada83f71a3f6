import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built CLI, as `npm test` builds it before running the tests. */
export const CLI = path.join(REPO_ROOT, 'dist/cli/main.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI as a real child process, without a terminal, in `cwd` (the repository root). */
export function runCli(args: readonly string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Replaces the repository's absolute path so expected output reads the same on every machine. */
export function withoutRoot<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll(`${REPO_ROOT}/`, '<root>/')) as T;
}
