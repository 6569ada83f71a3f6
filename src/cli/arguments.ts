import { parseArgs } from 'node:util';

import { PLUGIN_NAMESPACE, RULE_NAMES } from '../core/index.js';
import { argumentErrorMessage } from './argument-errors.js';
import { outputTargets } from './output-targets.js';
import type { OutputTarget } from './output-targets.js';
import { UsageError } from './usage-error.js';

export type FailOn = 'error' | 'warning' | 'none';

/** What `--baseline` and ESLint's bulk-suppression flags ask of the baseline file. */
export interface BaselineArguments {
  readonly file: string;
  readonly suppressAll: boolean;
  /** Full rule ids (`wrapper-pitfalls/<rule>`) to record; empty unless `--suppress-rule`. */
  readonly suppressRules: readonly string[];
  readonly prune: boolean;
  readonly passOnUnpruned: boolean;
}

export interface ScanArguments {
  readonly command: 'scan';
  readonly project: string | undefined;
  readonly config: string | undefined;
  readonly outputs: readonly OutputTarget[];
  readonly files: readonly string[];
  readonly ignoreUnknown: boolean;
  readonly baseline: BaselineArguments | undefined;
  readonly failOn: FailOn;
  readonly maxWarnings: number | undefined;
  readonly progress: boolean;
  /** Report only findings with a flow the program shows, for audits. */
  readonly flowsOnly: boolean;
  /** Leave out flows through test code (mocks, fakes), and findings only they reach. */
  readonly excludeTestFlows: boolean;
  /** How many hops a flow search follows (the analysis's `maxDepth`). */
  readonly maxDepth: number | undefined;
  /** How long, in seconds, all flow searches may take together. */
  readonly timeoutSeconds: number | undefined;
  /** Read code that symlinks in the project lead to outside the scan root. */
  readonly followSymlinks: boolean;
}

export type CliArguments =
  ScanArguments | { readonly command: 'help' } | { readonly command: 'version' };

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'none'];

export const USAGE = `Usage: wrapper-pitfalls scan [options] [files...]

Finds checks of a value's concrete type that a wrapper of the value silently defeats.

Options:
  -p, --project <tsconfig>     the project to load (default: ./tsconfig.json)
  -c, --config <file>          the configuration (default: the nearest wrapper-pitfalls.config.json,
                               or package.json with a "wrapperPitfalls" key, from the tsconfig up)
  -f, --format <name>[=<file>] stylish (default), json, sarif, markdown or html; repeat it with
                               =<file> to write several reports in one run
  -o, --output-file <file>     write the report without =<file> there instead of standard output
  -u, --ignore-unknown         skip given files the project does not include, rather than fail
      --fail-on <severity>     error (default), warning or none: what makes the exit code 1
      --max-warnings <n>       exit 1 when there are more than n warnings
      --no-progress            no progress display, even on a terminal
      --follow-symlinks        also read code that symlinks in the project lead to elsewhere

Flows (from where a wrapper is made to the check it defeats):
      --flows-only             report only findings whose flow the program shows (for audits)
      --exclude-test-flows     leave out flows through test code, and findings only they reach
      --max-depth <n>          follow a value back at most n hops (default 24)
      --timeout <seconds>      stop all flow searches after this long (default: no limit)

Baseline (ESLint's bulk suppressions, by fingerprint):
      --baseline <file>        report only findings the baseline file does not record
      --suppress-all           record every current finding in the baseline file
      --suppress-rule <rule>   record the current findings of this rule (repeatable)
      --prune-suppressions     drop recorded findings that no longer occur
      --pass-on-unpruned-suppressions
                               do not exit 2 when recorded findings no longer occur

  -h, --help                   show this help
  -v, --version                show the version

Files, when given, limit the report to them; the whole project is still analysed.

Exit codes: 0 nothing to fail on, 1 findings (see --fail-on, --max-warnings), 2 usage,
configuration or output error, baseline entries that no longer occur, or files of the project
that could not be read or analysed (stderr names them; the report holds the rest).`;

export function parseArguments(argv: readonly string[], cwd: string): CliArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', multiple: true },
        'output-file': { type: 'string', short: 'o' },
        'ignore-unknown': { type: 'boolean', short: 'u' },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        'no-progress': { type: 'boolean' },
        'follow-symlinks': { type: 'boolean' },
        'flows-only': { type: 'boolean' },
        'exclude-test-flows': { type: 'boolean' },
        'max-depth': { type: 'string' },
        timeout: { type: 'string' },
        baseline: { type: 'string' },
        'suppress-all': { type: 'boolean' },
        'suppress-rule': { type: 'string', multiple: true },
        'prune-suppressions': { type: 'boolean' },
        'pass-on-unpruned-suppressions': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(argumentErrorMessage(error));
  }

  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('missing command: try `wrapper-pitfalls scan`');
  if (command !== 'scan') throw new UsageError(`unknown command "${command}": the command is scan`);

  return {
    command: 'scan',
    project: values.project,
    config: values.config,
    outputs: outputTargets(values.format ?? [], values['output-file'], cwd),
    files,
    ignoreUnknown: values['ignore-unknown'] ?? false,
    baseline: baselineArguments(values),
    failOn: failOn(values['fail-on']),
    maxWarnings: maxWarnings(values['max-warnings']),
    progress: !values['no-progress'],
    flowsOnly: values['flows-only'] ?? false,
    excludeTestFlows: values['exclude-test-flows'] ?? false,
    maxDepth: wholeNumber('--max-depth', values['max-depth'], 1),
    timeoutSeconds: wholeNumber('--timeout', values.timeout, 1),
    followSymlinks: values['follow-symlinks'] ?? false,
  };
}

/** A whole number of at least `least`, as an option gives it. */
function wholeNumber(option: string, written: string | undefined, least: number): number | undefined {
  if (written === undefined) return undefined;
  if (!/^\d+$/.test(written) || Number(written) < least) {
    throw new UsageError(`${option} needs a whole number of at least ${least}, not "${written}"`);
  }

  return Number(written);
}

function failOn(written: string | undefined): FailOn {
  if (written === undefined) return 'error';
  if (FAIL_ON.includes(written as FailOn)) return written as FailOn;

  throw new UsageError(`unknown --fail-on "${written}": use error, warning or none`);
}

function maxWarnings(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  if (!/^\d+$/.test(written)) {
    throw new UsageError(`--max-warnings needs a whole number of warnings, not "${written}"`);
  }

  return Number(written);
}

function baselineArguments(values: {
  baseline?: string | undefined;
  'suppress-all'?: boolean | undefined;
  'suppress-rule'?: string[] | undefined;
  'prune-suppressions'?: boolean | undefined;
  'pass-on-unpruned-suppressions'?: boolean | undefined;
}): BaselineArguments | undefined {
  const suppressAll = values['suppress-all'] ?? false;
  const suppressRules = (values['suppress-rule'] ?? []).map(fullRuleId);
  const prune = values['prune-suppressions'] ?? false;
  const passOnUnpruned = values['pass-on-unpruned-suppressions'] ?? false;
  if (suppressAll && suppressRules.length > 0) {
    throw new UsageError('--suppress-all and --suppress-rule cannot be used together');
  }

  if (prune && (suppressAll || suppressRules.length > 0)) {
    const other = suppressAll ? '--suppress-all' : '--suppress-rule';
    throw new UsageError(`${other} and --prune-suppressions cannot be used together`);
  }

  if (values.baseline === undefined) {
    const needing = [
      suppressAll && '--suppress-all',
      suppressRules.length > 0 && '--suppress-rule',
      prune && '--prune-suppressions',
      passOnUnpruned && '--pass-on-unpruned-suppressions',
    ].find(Boolean);
    if (needing) throw new UsageError(`${needing} needs --baseline <file>`);

    return undefined;
  }

  return { file: values.baseline, suppressAll, suppressRules, prune, passOnUnpruned };
}

/** `no-instanceof-wrapped` or `wrapper-pitfalls/no-instanceof-wrapped` as the latter. */
function fullRuleId(written: string): string {
  const short = written.startsWith(`${PLUGIN_NAMESPACE}/`)
    ? written.slice(PLUGIN_NAMESPACE.length + 1)
    : written;
  if (RULE_NAMES.includes(short as (typeof RULE_NAMES)[number]))
    return `${PLUGIN_NAMESPACE}/${short}`;

  const known = RULE_NAMES.map((rule) => `${PLUGIN_NAMESPACE}/${rule}`).join(', ');
  throw new UsageError(`unknown rule "${written}" in --suppress-rule: use ${known}`);
}
