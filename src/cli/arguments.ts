import { parseArgs } from 'node:util';

import { UsageError } from './usage-error.js';

export type OutputFormat = 'stylish' | 'json';

export interface ScanArguments {
  readonly command: 'scan';
  readonly project: string | undefined;
  readonly format: OutputFormat;
  readonly files: readonly string[];
}

export type CliArguments = ScanArguments | { readonly command: 'help' } | { readonly command: 'version' };

const FORMATS: readonly OutputFormat[] = ['stylish', 'json'];

export const USAGE = `Usage: wrapper-pitfalls scan [options] [files...]

Finds checks of a value's concrete type that a wrapper of the value silently defeats.

Options:
  -p, --project <tsconfig>   the project to load (default: ./tsconfig.json)
  -f, --format <name>        stylish (default) or json (ESLint's JSON shape, with flows)
  -h, --help                 show this help
  -v, --version              show the version

Files, when given, limit the report to them; the whole project is still analysed.

Exit codes: 0 no finding, 1 findings, 2 usage or configuration error.`;

export function parseArguments(argv: readonly string[]): CliArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: 'string', short: 'p' },
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }

  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('missing command: try `wrapper-pitfalls scan`');
  if (command !== 'scan') throw new UsageError(`unknown command "${command}": the command is scan`);

  const format = values.format ?? 'stylish';
  if (!FORMATS.includes(format as OutputFormat)) {
    throw new UsageError(`unknown format "${format}": use ${FORMATS.join(' or ')}`);
  }

  return { command: 'scan', project: values.project, format: format as OutputFormat, files };
}
