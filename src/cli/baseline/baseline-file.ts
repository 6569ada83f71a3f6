import fs from 'node:fs';

import { writeFilesAtomically } from '../atomic-write.js';
import { UsageError } from '../usage-error.js';

/** What the baseline records for one rule in one file: the fingerprints of its findings. */
export interface BaselineEntry {
  readonly count: number;
  readonly fingerprints: readonly string[];
}

/**
 * ESLint's `eslint-suppressions.json` shape, by file (relative to the baseline's folder) and rule
 * id, with the fingerprints of the findings next to their count.
 */
export type Baseline = Readonly<Record<string, Readonly<Record<string, BaselineEntry>>>>;

/** The baseline in `file`, or undefined when there is no such file. */
export function readBaseline(file: string): Baseline | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;

    throw new UsageError(`cannot read baseline ${file}: ${(error as Error).message}`);
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`cannot parse baseline ${file}: ${(error as Error).message}`);
  }

  const problem = shapeProblem(value);
  if (problem) throw new UsageError(`invalid baseline ${file}: ${problem}`);

  return value as Baseline;
}

/** Writes the baseline whole or not at all, keys and fingerprints sorted so diffs stay small. */
export function writeBaseline(file: string, baseline: Baseline): void {
  const sorted = Object.fromEntries(
    Object.keys(baseline)
      .sort()
      .map((path) => {
        const rules = baseline[path] ?? {};
        const entries = Object.keys(rules)
          .sort()
          .map((rule) => {
            const fingerprints = [...(rules[rule]?.fingerprints ?? [])].sort();
            return [rule, { count: fingerprints.length, fingerprints }];
          });
        return [path, Object.fromEntries(entries)];
      }),
  );
  writeFilesAtomically([{ file, content: `${JSON.stringify(sorted, null, 2)}\n` }]);
}

function shapeProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'it must be a JSON object of files';

  for (const [path, rules] of Object.entries(value)) {
    if (!isRecord(rules)) return `"${path}" must be an object of rule ids`;

    for (const [rule, entry] of Object.entries(rules)) {
      const where = `"${path}" › "${rule}"`;
      if (!isRecord(entry)) return `${where} must be an object with count and fingerprints`;

      const { count, fingerprints } = entry;
      if (!Array.isArray(fingerprints) || !fingerprints.every((item) => typeof item === 'string')) {
        return `${where} must have a list of fingerprints`;
      }

      if (count !== fingerprints.length) {
        const found = fingerprints.length;
        return `${where} has count ${JSON.stringify(count)} but ${found} fingerprints`;
      }
    }
  }

  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
