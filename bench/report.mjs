// @ts-check
import { median, medianRatio } from './statistics.mjs';
import { commandLine, TOOLS } from './tools.mjs';

/**
 * @typedef {import('./workspaces.mjs').Workspace} Workspace
 * @typedef {'a' | 'b' | 'c' | 'd'} ToolId
 *
 * @typedef {object} ToolRuns what one tool did on one project, round by round
 * @property {number[]} wall seconds
 * @property {number[]} cpu seconds, user plus system
 * @property {number[]} rss peak resident set size, MiB
 * @property {number[]} load the 1-minute load average before each run
 * @property {number | undefined} findings
 * @property {string | undefined} problem why it stopped, if it failed
 *
 * @typedef {object} ProjectResult
 * @property {Workspace} workspace
 * @property {string} project its folder, relative to the repository root
 * @property {Record<ToolId, ToolRuns>} tools
 *
 * @typedef {object} Environment
 * @property {string} date
 * @property {string} machine
 * @property {string} node
 * @property {string} versions
 * @property {string} commit
 */

/** The targets. */
export const TARGETS = {
  pluginOverTypedParsing: 1.1,
  scanOverTsc: 0.5,
  scanMemoryOverTsc: 0.6,
  growth: 1.3,
};

/**
 * The whole record of a run, in Markdown: what was run where, the ratios against the targets,
 * the medians behind them, and the growth per file on the synthetic projects.
 *
 * @param {{
 *   environment: Environment,
 *   rounds: number,
 *   results: readonly ProjectResult[],
 *   heapMib?: number,
 * }} run
 */
export function renderReport({ environment, rounds, results, heapMib }) {
  const real = results.filter((result) => result.workspace.kind === 'real');
  const synthetic = results.filter((result) => result.workspace.kind === 'synthetic');
  return [
    `Taken on ${environment.date} by \`npm run bench\`, ${rounds} round${rounds === 1 ? '' : 's'} per project ` +
      `(each round runs a, b, c, d once, in that order); figures are medians over the rounds, and ` +
      `each ratio is the median of the ratios within a round. Commit ${environment.commit}.`,
    '',
    `- Machine: ${environment.machine}; Node ${environment.node}.`,
    `- Load: ${describeLoad(results)}`,
    `- Versions: ${environment.versions}.`,
    ...(heapMib
      ? [
          `- Heap: every command ran with \`NODE_OPTIONS=--max-old-space-size=${heapMib}\` ` +
            "(Node's default heap limit is about 4 GiB here).",
        ]
      : []),
    '- Peak memory: the maximum resident set size of the measured process, reported by GNU time ' +
      "(`/usr/bin/time -f %M`, from the kernel's `getrusage` at exit); wall time is taken around " +
      'the child process.',
    '',
    ...commandsTable(results),
    '',
    ...ratiosTable(results),
    '',
    ...mediansTable(results),
    '',
    ...(synthetic.length > 1 ? [...growthTable(synthetic), ''] : []),
    ...targetsTable(real, synthetic),
  ].join('\n');
}

/** @param {readonly ProjectResult[]} results */
function commandsTable(results) {
  const projects = results.map((result) => `\`${result.project}\``).join(', ');
  return [
    `Each command runs from the repository root with \`P\` one of ${projects}:`,
    '',
    '| | what | command |',
    '|---|---|---|',
    ...TOOLS.map((tool) => `| ${tool.id} | ${tool.title} | \`${commandLine(tool, 'P')}\` |`),
  ];
}

/** @param {readonly ProjectResult[]} results */
function ratiosTable(results) {
  return [
    'Ratios of wall time, with the ratio of CPU time (user + system) in brackets:',
    '',
    '| project | files | c/b | c/a | d/a | peak memory d/a | findings c / d |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.map(({ workspace, tools }) => {
      const findings = `${tools.c.findings ?? '—'} / ${tools.d.findings ?? '—'}`;
      return (
        `| ${workspace.name} | ${workspace.files} | ${timeRatio(tools.c, tools.b)} | ` +
        `${timeRatio(tools.c, tools.a)} | ${timeRatio(tools.d, tools.a)} | ` +
        `${formatRatio(medianRatio(tools.d.rss, tools.a.rss))} | ${findings} |`
      );
    }),
  ];
}

/**
 * The 1-minute load average seen before the commands: on a machine others use too, a high load
 * slows wall time down much more than CPU time.
 *
 * @param {readonly ProjectResult[]} results
 */
function describeLoad(results) {
  const loads = results.flatMap((result) =>
    Object.values(result.tools).flatMap((runs) => runs.load),
  );
  if (loads.length === 0) return 'not measured.';

  return (
    `the 1-minute load average before each command was ${median(loads).toFixed(1)} in the median ` +
    `and ${Math.max(...loads).toFixed(1)} at most.`
  );
}

/** @param {readonly ProjectResult[]} results */
function mediansTable(results) {
  return [
    'Wall time (CPU time) and peak memory, medians; a failure names its cause:',
    '',
    '| project | version | files | lines | a | b | c | d |',
    '|---|---|---:|---:|---|---|---|---|',
    ...results.map(({ workspace, tools }) => {
      const cells = TOOLS.map((tool) => timeAndMemory(tools[tool.id]));
      const about = [workspace.name, workspace.version, workspace.files, workspace.lines];
      return `| ${[...about, ...cells].join(' | ')} |`;
    }),
  ];
}

/**
 * Milliseconds and KiB per file on each synthetic size, and the largest size against the
 * smallest: linear growth keeps the per-file figures flat.
 *
 * @param {readonly ProjectResult[]} synthetic
 */
function growthTable(synthetic) {
  const sorted = [...synthetic].sort((x, y) => x.workspace.files - y.workspace.files);
  const smallest = /** @type {ProjectResult} */ (sorted[0]);
  const largest = /** @type {ProjectResult} */ (sorted[sorted.length - 1]);
  const row = (/** @type {ProjectResult} */ result) =>
    `| ${result.workspace.name} | ${result.workspace.files} | ` +
    TOOLS.map((tool) => perFile(result, tool.id)).join(' | ') +
    ' |';
  const growth = TOOLS.map((tool) => {
    const time = perFileGrowth(largest, smallest, tool.id, 'wall');
    const cpu = perFileGrowth(largest, smallest, tool.id, 'cpu');
    const memory = perFileGrowth(largest, smallest, tool.id, 'rss');
    return `${formatRatio(time)} (${formatRatio(cpu)}) · ${formatRatio(memory)}`;
  });
  return [
    'Per file of the program on the synthetic projects: wall time (CPU time) in ms and peak memory in',
    "KiB; the last row divides the largest project's figures by the smallest's:",
    '',
    '| project | files | a | b | c | d |',
    '|---|---:|---|---|---|---|',
    ...sorted.map(row),
    `| ${largest.workspace.name} / ${smallest.workspace.name} | | ${growth.join(' | ')} |`,
  ];
}

/**
 * Each target of the issue against what was measured.
 *
 * @param {readonly ProjectResult[]} real
 * @param {readonly ProjectResult[]} synthetic
 */
function targetsTable(real, synthetic) {
  const rows = [];
  const largestReal = [...real].sort((x, y) => y.workspace.lines - x.workspace.lines)[0];
  if (largestReal) {
    const { tools, workspace } = largestReal;
    rows.push(
      target(
        `c/b ≤ ${TARGETS.pluginOverTypedParsing} on ${workspace.name} (the largest corpus)`,
        TARGETS.pluginOverTypedParsing,
        medianRatio(tools.c.wall, tools.b.wall),
        medianRatio(tools.c.cpu, tools.b.cpu),
      ),
    );
  }

  for (const { workspace, tools } of real) {
    rows.push(
      target(
        `d/a ≤ ${TARGETS.scanOverTsc} on ${workspace.name}`,
        TARGETS.scanOverTsc,
        medianRatio(tools.d.wall, tools.a.wall),
        medianRatio(tools.d.cpu, tools.a.cpu),
      ),
    );
    rows.push(
      target(
        `peak memory d/a ≤ ${TARGETS.scanMemoryOverTsc} on ${workspace.name}`,
        TARGETS.scanMemoryOverTsc,
        medianRatio(tools.d.rss, tools.a.rss),
      ),
    );
  }

  const sorted = [...synthetic].sort((x, y) => x.workspace.files - y.workspace.files);
  const smallest = sorted[0];
  const largest = sorted[sorted.length - 1];
  if (smallest && largest && smallest !== largest) {
    const span = `${largest.workspace.name} over ${smallest.workspace.name}`;
    for (const id of /** @type {const} */ (['c', 'd'])) {
      rows.push(
        target(
          `(${id}) time per file, ${span}, ≤ ${TARGETS.growth}`,
          TARGETS.growth,
          perFileGrowth(largest, smallest, id, 'wall'),
          perFileGrowth(largest, smallest, id, 'cpu'),
        ),
      );
      rows.push(
        target(
          `(${id}) peak memory per file, ${span}, ≤ ${TARGETS.growth}`,
          TARGETS.growth,
          perFileGrowth(largest, smallest, id, 'rss'),
        ),
      );
    }
  }

  return [
    '| target | wall time (or memory) | met | CPU time | met |',
    '|---|---:|---|---:|---|',
    ...rows,
  ];
}

/**
 * A target's row: the wall-time figure and, for time targets, the CPU-time one, each judged.
 * Where others load the machine, wall time stretches while CPU time stays close to what an idle
 * machine would show, so both are kept.
 *
 * @param {string} label
 * @param {number} limit
 * @param {number} measured
 * @param {number} [cpu] the same ratio on CPU time, for time targets
 */
function target(label, limit, measured, cpu) {
  const verdict = (/** @type {number} */ value) =>
    Number.isNaN(value)
      ? 'not measured'
      : value <= limit
        ? 'yes'
        : `no, ${((value / limit - 1) * 100).toFixed(0)}% over`;
  if (cpu === undefined)
    return `| ${label} | ${formatRatio(measured)} | ${verdict(measured)} | | |`;

  const cells = [label, formatRatio(measured), verdict(measured), formatRatio(cpu), verdict(cpu)];
  return `| ${cells.join(' | ')} |`;
}

/**
 * @param {ProjectResult} larger
 * @param {ProjectResult} smaller
 * @param {ToolId} id
 * @param {'wall' | 'cpu' | 'rss'} measure
 */
function perFileGrowth(larger, smaller, id, measure) {
  const big = median(larger.tools[id][measure]) / larger.workspace.files;
  const small = median(smaller.tools[id][measure]) / smaller.workspace.files;
  return big / small;
}

/**
 * @param {ProjectResult} result
 * @param {ToolId} id
 */
function perFile({ workspace, tools }, id) {
  const runs = tools[id];
  if (runs.wall.length === 0) return failed(runs);

  const ms = (median(runs.wall) * 1000) / workspace.files;
  const cpuMs = (median(runs.cpu) * 1000) / workspace.files;
  const kib = (median(runs.rss) * 1024) / workspace.files;
  return `${ms.toFixed(2)} (${cpuMs.toFixed(2)}) ms · ${kib.toFixed(0)} KiB`;
}

/** @param {ToolRuns} runs */
function timeAndMemory(runs) {
  if (runs.wall.length === 0) return failed(runs);

  const time =
    `${median(runs.wall).toFixed(2)} s (${median(runs.cpu).toFixed(2)} s) · ` +
    `${median(runs.rss).toFixed(0)} MiB`;
  return runs.problem ? `${time}, then ${failed(runs)}` : time;
}

/** @param {ToolRuns} runs */
function failed(runs) {
  return runs.problem ? `failed: ${runs.problem.replaceAll('|', '\\|')}` : 'not run';
}

/**
 * @param {ToolRuns} over
 * @param {ToolRuns} under
 */
function timeRatio(over, under) {
  const wall = medianRatio(over.wall, under.wall);
  if (Number.isNaN(wall)) return '—';

  return `${formatRatio(wall)} (${formatRatio(medianRatio(over.cpu, under.cpu))})`;
}

/** @param {number} value */
function formatRatio(value) {
  return Number.isNaN(value) ? '—' : value.toFixed(2);
}
