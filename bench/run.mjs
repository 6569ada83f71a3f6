#!/usr/bin/env node
// @ts-check
// `npm run bench`: times tsc, typed ESLint with and without the plugin, and `scan` on the real
// corpora and the synthetic projects, prints the record and writes it into docs/benchmarks.md.
// Options: --runs n (5), --quick, --project name (repeatable), --sizes 1000,5000,20000,
//          --seed n, --timeout seconds (per command), --heap-mib n (node's heap limit for
//          every command), --no-write. Exit codes: 0 done, 1 a
//          command failed (the record says which), 2 bad usage or a missing prerequisite.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { writeSection } from './docs-section.mjs';
import { describeEnvironment } from './environment.mjs';
import { DEFAULT_SEED } from './generate-synthetic.mjs';
import { gnuTimeProblem, measure, stopRunningChildren } from './measure.mjs';
import { renderReport } from './report.mjs';
import { TOOLS } from './tools.mjs';
import {
  prepareRealCorpus,
  prepareSyntheticProject,
  realCorpusNames,
  sizeLabel,
} from './workspaces.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = path.join(root, 'docs/benchmarks.md');
const DEFAULT_SIZES = [1000, 5000, 20_000];

class UsageError extends Error {}

/**
 * @typedef {import('./report.mjs').ProjectResult} ProjectResult
 * @typedef {import('./workspaces.mjs').Workspace} Workspace
 */

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        runs: { type: 'string' },
        quick: { type: 'boolean', default: false },
        project: { type: 'string', multiple: true },
        sizes: { type: 'string' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        timeout: { type: 'string', default: '1800' },
        'heap-mib': { type: 'string' },
        'no-write': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }

  const { values } = parsed;
  const runs = positiveInteger(values.runs ?? (values.quick ? '1' : '5'), '--runs');
  const sizes = values.sizes
    ? values.sizes.split(',').map((size) => positiveInteger(size, '--sizes'))
    : values.quick
      ? [1000]
      : DEFAULT_SIZES;
  const seed = positiveInteger(values.seed, '--seed');
  const timeoutSeconds = positiveInteger(values.timeout, '--timeout');
  const heapMib =
    values['heap-mib'] === undefined
      ? undefined
      : positiveInteger(values['heap-mib'], '--heap-mib');

  const realNames = realCorpusNames(root);
  const available = [...realNames, ...sizes.map((size) => `synthetic-${sizeLabel(size)}`)];
  const wanted = values.project ?? (values.quick ? ['zod', 'synthetic-1k'] : available);
  const unknown = wanted.find((name) => !available.includes(name));
  if (unknown) throw new UsageError(`no project "${unknown}" (have: ${available.join(', ')})`);

  const complete = !values.quick && !values.project && !values.sizes && seed === DEFAULT_SEED;
  return {
    runs,
    seed,
    timeoutSeconds,
    heapMib,
    real: realNames.filter((name) => wanted.includes(name)),
    sizes: sizes.filter((size) => wanted.includes(`synthetic-${sizeLabel(size)}`)),
    write: complete && !values['no-write'],
    complete,
  };
}

/**
 * @param {string} text
 * @param {string} option
 */
function positiveInteger(text, option) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${option} needs a positive integer, not "${text}"`);

  return value;
}

/**
 * Runs the four tools `runs` times on one project, round by round. A tool that fails is not
 * run again on that project: its cause is recorded instead.
 *
 * @param {Workspace} workspace
 * @param {number} runs
 * @param {number} timeoutSeconds
 * @param {number | undefined} heapMib
 * @returns {Promise<ProjectResult>}
 */
async function benchProject(workspace, runs, timeoutSeconds, heapMib) {
  const project = path.relative(root, workspace.dir).split(path.sep).join('/');
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  if (heapMib) env['NODE_OPTIONS'] = `--max-old-space-size=${heapMib}`;

  /** @type {ProjectResult['tools']} */
  const tools = {
    a: emptyRuns(),
    b: emptyRuns(),
    c: emptyRuns(),
    d: emptyRuns(),
  };
  for (let round = 1; round <= runs; round++) {
    for (const tool of TOOLS) {
      const record = tools[tool.id];
      if (record.problem) continue;

      const run = await measure(process.execPath, tool.args(project), {
        cwd: root,
        timeoutSeconds,
        env,
      });
      const outcome = tool.interpret(run, workspace);
      const figures =
        `${run.wallSeconds.toFixed(2)} s (CPU ${run.cpuSeconds.toFixed(2)} s), ` +
        `${run.peakRssMb.toFixed(0)} MiB, load ${run.load.toFixed(1)}`;
      if (!outcome.ok) {
        record.problem = outcome.problem;
        progress(
          `${workspace.name} round ${round}/${runs} (${tool.id}) failed: ${outcome.problem}`,
        );
        continue;
      }

      record.wall.push(run.wallSeconds);
      record.cpu.push(run.cpuSeconds);
      record.rss.push(run.peakRssMb);
      record.load.push(run.load);
      record.findings = outcome.findings;
      progress(`${workspace.name} round ${round}/${runs} (${tool.id}) ${figures}`);
    }
  }

  return { workspace, project, tools };
}

/** @returns {import('./report.mjs').ToolRuns} */
function emptyRuns() {
  return { wall: [], cpu: [], rss: [], load: [], findings: undefined, problem: undefined };
}

/** @param {string} line */
function progress(line) {
  process.stderr.write(`bench: ${line}\n`);
}

async function main() {
  const options = readOptions();
  const missing = gnuTimeProblem();
  if (missing) throw new UsageError(missing);
  if (!fs.existsSync(path.join(root, 'dist/index.js'))) {
    throw new UsageError('dist/ is missing: run `npm run build` (npm run bench builds first)');
  }

  const environment = await describeEnvironment(root);
  /** @type {ProjectResult[]} */
  const results = [];
  for (const name of options.real) {
    const workspace = prepareOrExplain(() => prepareRealCorpus(root, name));
    progress(`${name} ${workspace.version}: ${workspace.files} files, ${workspace.lines} lines`);
    results.push(
      await benchProject(workspace, options.runs, options.timeoutSeconds, options.heapMib),
    );
  }

  for (const size of options.sizes) {
    const workspace = prepareOrExplain(() => prepareSyntheticProject(root, size, options.seed));
    progress(`${workspace.name}: ${workspace.files} files, ${workspace.lines} lines`);
    results.push(
      await benchProject(workspace, options.runs, options.timeoutSeconds, options.heapMib),
    );
  }

  const report = renderReport({
    environment,
    rounds: options.runs,
    results,
    ...(options.heapMib ? { heapMib: options.heapMib } : {}),
  });
  process.stdout.write(`${report}\n`);
  if (options.write) {
    writeSection(DOC, 'bench:results', report);
    progress(`wrote the record into ${path.relative(root, DOC)}`);
  } else {
    progress(
      `${options.complete ? '--no-write' : 'a partial run'}: ${path.relative(root, DOC)} left as it is`,
    );
  }

  const failed = results.some((result) => Object.values(result.tools).some((runs) => runs.problem));
  return failed ? 1 : 0;
}

/**
 * @param {() => Workspace} prepare
 * @returns {Workspace}
 */
function prepareOrExplain(prepare) {
  try {
    return prepare();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    stopRunningChildren();
    process.exit(130);
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;

  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 2;
}
