// @ts-check
import path from 'node:path';

/**
 * @typedef {import('./workspaces.mjs').Workspace} Workspace
 * @typedef {import('./measure.mjs').Measurement} Measurement
 *
 * @typedef {object} Tool one of the four commands the benchmark compares
 * @property {'a' | 'b' | 'c' | 'd'} id
 * @property {string} title
 * @property {(project: string) => string[]} args node's arguments, for a project folder relative
 *   to the repository root
 * @property {(run: Measurement, workspace: Workspace) => Outcome} interpret
 *
 * @typedef {{ ok: true, findings: number | undefined } | { ok: false, problem: string }} Outcome
 */

/**
 * The four commands, each run with `node` from the repository root.
 *
 * @type {readonly Tool[]}
 */
export const TOOLS = [
  {
    id: 'a',
    title: 'tsc --noEmit (the floor)',
    args: (project) => [
      'node_modules/typescript/bin/tsc',
      '--noEmit',
      '-p',
      `${project}/tsconfig.json`,
    ],
    interpret: (run) =>
      run.status === 0 ? { ok: true, findings: undefined } : failure(run, 'tsc'),
  },
  {
    id: 'b',
    title: 'ESLint, typed parsing, no rule',
    args: (project) => eslintArgs('typed-parsing', project),
    interpret: (run, workspace) => eslintOutcome(run, workspace, false),
  },
  {
    id: 'c',
    title: '(b) + wrapper-pitfalls recommended',
    args: (project) => eslintArgs('recommended', project),
    interpret: (run, workspace) => eslintOutcome(run, workspace, true),
  },
  {
    id: 'd',
    title: 'wrapper-pitfalls scan',
    args: (project) => [
      'dist/cli/main.js',
      'scan',
      '--project',
      `${project}/tsconfig.json`,
      '--format',
      'json',
    ],
    interpret: (run, workspace) => scanOutcome(run, workspace),
  },
];

/**
 * The command line as it is run, for the record.
 *
 * @param {Tool} tool
 * @param {string} project
 */
export function commandLine(tool, project) {
  return ['node', ...tool.args(project)].join(' ');
}

/**
 * @param {string} config
 * @param {string} project
 */
function eslintArgs(config, project) {
  // The corpora's own directives name rules of their lint setups, which is not the one measured.
  return [
    'node_modules/eslint/bin/eslint.js',
    '--no-inline-config',
    '--config',
    `bench/eslint/${config}.config.mjs`,
    '--format',
    'json',
    project,
  ];
}

/**
 * ESLint must have linted every file of the program, with no parsing error, and (b) must report
 * nothing at all; with the plugin, only the plugin's findings may appear.
 *
 * @param {Measurement} run
 * @param {Workspace} workspace
 * @param {boolean} withPlugin
 * @returns {Outcome}
 */
function eslintOutcome(run, workspace, withPlugin) {
  const results = parseResults(run.stdout);
  if (!results)
    return run.status === 0
      ? { ok: false, problem: 'eslint printed no JSON report' }
      : failure(run, 'eslint');

  if (results.length !== workspace.files) {
    return {
      ok: false,
      problem: `eslint linted ${results.length} files, not the program's ${workspace.files}`,
    };
  }

  const messages = results.flatMap((result) =>
    result.messages.map((message) => ({ ...message, filePath: result.filePath })),
  );
  const stray = messages.find(
    (message) => message.fatal || !withPlugin || !message.ruleId?.startsWith('wrapper-pitfalls/'),
  );
  if (stray) {
    const where = `${path.basename(stray.filePath)}:${stray.line}`;
    return { ok: false, problem: `eslint reported ${where}: ${stray.message.split('\n')[0]}` };
  }

  const expected = messages.length > 0 ? 1 : 0;
  if (run.status !== expected) return failure(run, 'eslint');

  return { ok: true, findings: withPlugin ? messages.length : undefined };
}

/**
 * @param {Measurement} run
 * @param {Workspace} workspace
 * @returns {Outcome}
 */
function scanOutcome(run, workspace) {
  if (run.status !== 0 && run.status !== 1) return failure(run, 'scan');

  const results = parseResults(run.stdout);
  if (!results) return { ok: false, problem: 'scan printed no JSON report' };
  if (results.length !== workspace.files) {
    return {
      ok: false,
      problem: `scan reported on ${results.length} files, not the program's ${workspace.files}`,
    };
  }

  return { ok: true, findings: results.reduce((sum, result) => sum + result.messages.length, 0) };
}

/**
 * @param {string} stdout
 * @typedef {{ ruleId?: string | null, fatal?: boolean, line: number, message: string }} Message
 * @returns {{ filePath: string, messages: Message[] }[] | undefined}
 */
function parseResults(stdout) {
  try {
    const results = JSON.parse(stdout);
    return Array.isArray(results) ? results : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What went wrong, in one line: the timeout, the signal, or the error the process died of.
 *
 * @param {Measurement} run
 * @param {string} name
 * @returns {Outcome}
 */
export function failure(run, name) {
  const after = `after ${run.wallSeconds.toFixed(0)} s`;
  if (run.timedOut) return { ok: false, problem: `${name} timed out ${after}` };
  if (run.signal) return { ok: false, problem: `${name} was killed by ${run.signal} ${after}` };

  // ESLint and scan print their JSON report on stdout; the cause of a failure is on stderr.
  const output = run.stdout.startsWith('[') ? run.stderr : `${run.stderr}\n${run.stdout}`;
  const error =
    /^(?:FATAL ERROR: .*|\w*Error: .*)$/m.exec(output)?.[0] ??
    /^.*error TS\d+: .*$/m.exec(output)?.[0] ??
    output.split('\n').find((line) => line.trim() !== '') ??
    'no output';
  return {
    ok: false,
    problem: `${name} exited with ${run.status} ${after}: ${error.trim().slice(0, 200)}`,
  };
}
