#!/usr/bin/env node
// @ts-check
// `npm run bench:profile`: runs `scan` (d) and ESLint with the plugin (c) under `node --cpu-prof`
// on the largest real corpus and the largest synthetic project, and summarises where the time
// goes into docs/benchmarks.md.
// Options: --project name (repeatable; default effect and synthetic-20k), --tool c|d (repeatable),
//          --interval microseconds (1000), --heap-mib n (node's --max-old-space-size for the
//          profiled commands), --timeout seconds (3600), --no-write.
// Exit codes: 0 done (a crash of a profiled command is part of the record), 2 bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { writeSection } from './docs-section.mjs';
import { DEFAULT_SEED } from './generate-synthetic.mjs';
import { gnuTimeProblem, measure, stopRunningChildren } from './measure.mjs';
import { renderProfile } from './profile/render.mjs';
import { summarizeProfile } from './profile/summary.mjs';
import { typescriptSections } from './profile/typescript-sections.mjs';
import { TOOLS } from './tools.mjs';
import { prepareRealCorpus, prepareSyntheticProject, realCorpusNames } from './workspaces.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = path.join(root, 'docs/benchmarks.md');
const DEFAULT_PROJECTS = ['effect', 'synthetic-20k'];
const DEFAULT_TOOLS = ['d', 'c'];

class UsageError extends Error {}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        project: { type: 'string', multiple: true },
        tool: { type: 'string', multiple: true },
        interval: { type: 'string', default: '1000' },
        'heap-mib': { type: 'string' },
        timeout: { type: 'string', default: '3600' },
        'no-write': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }

  const projects = values.project ?? DEFAULT_PROJECTS;
  const real = realCorpusNames(root);
  for (const project of projects) {
    if (!real.includes(project) && !/^synthetic-\d+k?$/.test(project)) {
      throw new UsageError(`no project "${project}" (have: ${real.join(', ')}, synthetic-<n>k)`);
    }
  }

  const tools = values.tool ?? DEFAULT_TOOLS;
  const unknownTool = tools.find((id) => id !== 'c' && id !== 'd');
  if (unknownTool) throw new UsageError(`--tool is c or d, not "${unknownTool}"`);

  const interval = Number(values.interval);
  const timeout = Number(values.timeout);
  if (!Number.isInteger(interval) || interval < 100)
    throw new UsageError('--interval needs at least 100 (µs)');
  if (!Number.isInteger(timeout) || timeout < 1)
    throw new UsageError('--timeout needs a positive integer');

  const complete = !values.project && !values.tool;
  const heapMib = values['heap-mib'] === undefined ? undefined : Number(values['heap-mib']);
  if (heapMib !== undefined && (!Number.isInteger(heapMib) || heapMib < 512)) {
    throw new UsageError('--heap-mib needs an integer of at least 512');
  }

  return { projects, tools, interval, heapMib, timeout, write: complete && !values['no-write'] };
}

/** @param {string} name */
function prepare(name) {
  try {
    const synthetic = /^synthetic-(\d+)(k?)$/.exec(name);
    if (!synthetic) return prepareRealCorpus(root, name);

    const files = Number(synthetic[1]) * (synthetic[2] ? 1000 : 1);
    return prepareSyntheticProject(root, files, DEFAULT_SEED);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function main() {
  const options = readOptions();
  const missing = gnuTimeProblem();
  if (missing) throw new UsageError(missing);
  if (!fs.existsSync(path.join(root, 'dist/index.js'))) {
    throw new UsageError(
      'dist/ is missing: run `npm run build` (npm run bench:profile builds first)',
    );
  }

  const sectionOf = typescriptSections();
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  const sections = [];
  for (const name of options.projects) {
    const workspace = prepare(name);
    const project = path.relative(root, workspace.dir).split(path.sep).join('/');
    for (const id of options.tools) {
      const tool = /** @type {import('./tools.mjs').Tool} */ (TOOLS.find((each) => each.id === id));
      const profileDir = path.join(root, 'bench/work/profiles', `${name}-${id}`);
      fs.rmSync(profileDir, { recursive: true, force: true });
      fs.mkdirSync(profileDir, { recursive: true });

      const shownArgs = [
        ...(options.heapMib ? [`--max-old-space-size=${options.heapMib}`] : []),
        '--cpu-prof',
        '--cpu-prof-interval',
        String(options.interval),
      ];
      const nodeArgs = [...shownArgs, '--cpu-prof-dir', profileDir];
      process.stderr.write(`bench:profile: ${name} (${id}) …\n`);
      const run = await measure(process.execPath, [...nodeArgs, ...tool.args(project)], {
        cwd: root,
        timeoutSeconds: options.timeout,
        env,
      });
      const outcome = tool.interpret(run, workspace);
      const profileFile = largestProfile(profileDir);
      if (!profileFile) {
        const why = outcome.ok ? 'no profile was written' : outcome.problem;
        sections.push(`#### ${name}: (${id}) ${tool.title}\n\nNo profile: ${why}.`);
        continue;
      }

      const summary = summarizeProfile(JSON.parse(fs.readFileSync(profileFile, 'utf8')), {
        root,
        sectionOf,
      });
      const command = ['node', ...shownArgs, ...tool.args(project)];
      sections.push(
        renderProfile({ project: name, tool, command: command.join(' '), run, outcome, summary }),
      );
      process.stderr.write(
        `bench:profile: ${name} (${id}) ${run.wallSeconds.toFixed(1)} s, ${profileFile}\n`,
      );
    }
  }

  const report = [
    `Profiled on ${new Date().toISOString().slice(0, 10)} by \`npm run bench:profile\` (one run each; ` +
      `sampling every ${options.interval} µs slows the run down, so the wall times here are not benchmark figures).`,
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
  process.stdout.write(`${report}\n`);
  if (options.write) writeSection(DOC, 'bench:profile', report);
}

/** @param {string} dir */
function largestProfile(dir) {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => path.join(dir, file));
  return files.sort((x, y) => fs.statSync(y).size - fs.statSync(x).size)[0];
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    stopRunningChildren();
    process.exit(130);
  });
}

try {
  await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;

  process.stderr.write(`bench:profile: ${error.message}\n`);
  process.exitCode = 2;
}
