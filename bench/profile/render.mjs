// @ts-check

/** How many of our functions, and of the checker's, the summary lists. */
const OWN_FUNCTIONS = 14;
const CHECKER_FUNCTIONS = 8;

/**
 * One profile's summary in Markdown: what ran, the self time by part of the program, our
 * functions by inclusive time, and the checker's busiest functions.
 *
 * @param {object} profiled
 * @param {string} profiled.project
 * @param {import('../tools.mjs').Tool} profiled.tool
 * @param {string} profiled.command
 * @param {import('../measure.mjs').Measurement} profiled.run
 * @param {import('../tools.mjs').Outcome} profiled.outcome
 * @param {import('./summary.mjs').ProfileSummary} profiled.summary
 */
export function renderProfile({ project, tool, command, run, outcome, summary }) {
  const total = summary.totalMs;
  const share = (/** @type {number} */ ms) => `${((100 * ms) / total).toFixed(1)}%`;
  const ended = outcome.ok ? '' : ` The run did not finish: ${outcome.problem}.`;
  const checker = summary.checker
    .slice(0, CHECKER_FUNCTIONS)
    .map((entry) => `\`${entry.name}\` ${ms(entry.ms)} ms`)
    .join(', ');

  return [
    `#### ${project}: (${tool.id}) ${tool.title}`,
    '',
    `\`${command}\`: ${(total / 1000).toFixed(1)} s sampled, ${run.wallSeconds.toFixed(1)} s wall, ` +
      `${run.peakRssMb.toFixed(0)} MiB peak.${ended}`,
    '',
    '| part of the program (self time) | ms | share | of which below our analysis |',
    '|---|---:|---:|---:|',
    ...summary.parts.map(
      (entry) =>
        `| ${entry.part} | ${ms(entry.ms)} | ${share(entry.ms)} | ${ms(entry.underAnalysisMs)} |`,
    ),
    '',
    `Our functions by inclusive time (all they call included), top ${OWN_FUNCTIONS}:`,
    '',
    '| function | source | inclusive ms | share | self ms |',
    '|---|---|---:|---:|---:|',
    ...summary.own.slice(0, OWN_FUNCTIONS).map((entry) => {
      const figures = [ms(entry.inclusiveMs), share(entry.inclusiveMs), ms(entry.selfMs)];
      return `| \`${entry.name}\` | ${entry.source} | ${figures.join(' | ')} |`;
    }),
    '',
    `TypeScript checker functions with the most self time: ${checker || 'none'}.`,
  ].join('\n');
}

/** @param {number} value */
function ms(value) {
  return value.toFixed(0);
}
