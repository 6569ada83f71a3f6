import path from 'node:path';

import { FORMAT_NAMES } from '../report/formats.js';
import type { FormatName } from '../report/formats.js';
import { UsageError } from './usage-error.js';

/** One report to produce: a format, and the file it goes to (undefined: standard output). */
export interface OutputTarget {
  readonly format: FormatName;
  readonly file: string | undefined;
}

/**
 * Reads `--format name` and `--format name=path` (repeatable) with `--output-file`. The one
 * format without a path goes to `--output-file`, or to standard output; when every format has a
 * path, standard output (or `--output-file`) still gets the stylish report.
 */
export function outputTargets(
  formats: readonly string[],
  outputFile: string | undefined,
  cwd: string,
): OutputTarget[] {
  const targets = formats.map((written) => parseFormat(written, cwd));
  const unplaced = targets.filter((target) => target.file === undefined);
  if (unplaced.length > 1) {
    const destination = outputFile === undefined ? 'standard output' : '--output-file';
    throw new UsageError(
      `only one --format can go to ${destination}: ` +
        'give the others a file, as in --format sarif=report.sarif',
    );
  }

  const main = unplaced[0]?.format ?? 'stylish';
  const mainFile = outputFile === undefined ? undefined : path.resolve(cwd, outputFile);
  const placed = [
    { format: main, file: mainFile },
    ...targets.filter((target) => target.file !== undefined),
  ];

  const seen = new Set<string>();
  for (const { file } of placed) {
    if (file === undefined) continue;
    if (seen.has(file)) throw new UsageError(`two reports would be written to ${file}`);

    seen.add(file);
  }

  return placed;
}

function parseFormat(written: string, cwd: string): OutputTarget {
  const equals = written.indexOf('=');
  const name = equals === -1 ? written : written.slice(0, equals);
  if (!FORMAT_NAMES.includes(name as FormatName)) {
    const known = `${FORMAT_NAMES.slice(0, -1).join(', ')} or ${FORMAT_NAMES.at(-1)}`;
    throw new UsageError(`unknown format "${name}": use ${known}`);
  }

  if (equals === -1) return { format: name as FormatName, file: undefined };

  const file = written.slice(equals + 1);
  if (file === '') throw new UsageError(`--format ${name}= needs a file after "="`);

  return { format: name as FormatName, file: path.resolve(cwd, file) };
}
